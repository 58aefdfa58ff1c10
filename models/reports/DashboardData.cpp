#include "DashboardData.h"

#include "BackgroundConnection.h"
#include "ReportFormat.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <condition_variable>
#include <iterator>
#include <memory>
#include <mutex>
#include <vector>

namespace {
const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;

// One ReportQueries call of a load. Each writes a member of its own, so two threads can share them out.
struct Read
{
    int part; // DashboardData::Part, 0 = always read
    int cost; // ms at 1M opportunities, one at a time (deskcrm-bench dashboard; SQLite and PostgreSQL alike)
    void (*read)(DashboardData& data, const ReportQueries& queries, QString* error);
};

// In the order a sequential load reads them, which is also the order errors are reported in.
const Read reads[] = {
    {0, 8,
     [](DashboardData& d, const ReportQueries& q, QString* e) {
         d.currencyTotals = q.currencyTotals(d.filter, e);
         d.otherCurrencies.clear();
         for (const auto& total : std::as_const(d.currencyTotals)) {
             if (total.currency != d.currency)
                 d.otherCurrencies.append(total);
         }
         std::sort(d.otherCurrencies.begin(), d.otherCurrencies.end(),
                   [](const auto& a, const auto& b) { return a.currency < b.currency; });
     }},
    {0, 1,
     [](DashboardData& d, const ReportQueries& q, QString* e) {
         d.teamName = q.teamName(d.filter.teamId, e);
         d.ownerName = q.userName(d.filter.ownerId, e);
     }},
    {DashboardData::Funnel, 8,
     [](DashboardData& d, const ReportQueries& q, QString* e) { d.funnel = q.funnel(d.filter, e); }},
    {DashboardData::Revenue, 5,
     [](DashboardData& d, const ReportQueries& q, QString* e) { d.revenue = q.revenue(d.filter, d.granularity, e); }},
    {DashboardData::RevenueBy, 4,
     [](DashboardData& d, const ReportQueries& q, QString* e) { d.revenueBy = q.revenueBy(d.filter, d.breakdown, e); }},
    {DashboardData::Conversion, 9,
     [](DashboardData& d, const ReportQueries& q, QString* e) { d.conversion = q.conversion(d.filter, e); }},
    {DashboardData::Team, 18,
     [](DashboardData& d, const ReportQueries& q, QString* e) { d.team = q.teamPerformance(d.filter, e); }},
    {DashboardData::Tiers, 5,
     [](DashboardData& d, const ReportQueries& q, QString* e) { d.tiers = q.tiers(d.filter, e); }},
    {DashboardData::Activity, 11,
     [](DashboardData& d, const ReportQueries& q, QString* e) { d.activity = q.activity(d.filter, e); }},
    {DashboardData::Overdue, 4,
     [](DashboardData& d, const ReportQueries& q, QString* e) { d.overdueTasks = q.overdueTasks(d.filter, e); }},
    // Campaigns side by side by first touch (issue 15), from the campaign summaries: a few ms at 1M deals.
    {0, 2,
     [](DashboardData& d, const ReportQueries& q, QString* e) {
         d.campaigns = CampaignReport(q.database()).compute(d.filter, CampaignReport::Model::FirstTouch, e);
     }},
};

// The reads of one load shared out between two connections: the background one takes them from the
// costliest, the caller's thread from the cheapest, until they meet. So both finish close together
// whatever the queries cost today, the costliest land on the connection with the big page cache, and
// the caller's thread reads everything itself while the other connection is still opening (or cannot
// open). When it is open, the costliest read is always its own (so it is predictable which connection
// reads what). Shared with the background job, which may start only after the load has returned.
class SharedReads
{
public:
    SharedReads(std::vector<int> order, bool reserveCostliest)
        : m_order(std::move(order)), m_back(int(m_order.size())), m_reserved(reserveCostliest)
    {
    }

    void readAll(DashboardData* data, const ReportQueries& queries, bool costliest)
    {
        for (int i; (i = take(costliest)) >= 0;) {
            reads[i].read(*data, queries, &m_errors[size_t(i)]);
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_failed = m_failed || !m_errors[size_t(i)].isEmpty();
            --m_running;
            m_idle.notify_all();
        }
    }
    // Starts no more reads, then returns once the other side's read in progress (if any) has finished.
    const std::vector<QString>& close()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_idle.wait(lock, [this]() { return !reservedLeft(); });
        m_closed = true;
        m_idle.wait(lock, [this]() { return m_running == 0; });
        return m_errors;
    }

private:
    bool reservedLeft() const { return m_reserved && !m_failed && m_front == 0 && m_back > 0; }

    int take(bool costliest)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_closed || m_failed || m_front >= m_back || (!costliest && m_back == 1 && reservedLeft()))
            return -1;
        ++m_running;
        m_idle.notify_all(); // close() may wait for the reserved read to be taken
        return m_order[size_t(costliest ? m_front++ : --m_back)];
    }

    const std::vector<int> m_order; // indexes into reads, costliest first
    std::vector<QString> m_errors = std::vector<QString>(std::size(reads));
    std::mutex m_mutex;
    std::condition_variable m_idle;
    int m_front = 0;
    int m_back;
    int m_running = 0;
    const bool m_reserved;
    bool m_failed = false;
    bool m_closed = false;
};
} // namespace

bool DashboardData::load(Database& db, QString* error)
{
    return load(db, nullptr, error);
}

bool DashboardData::load(Database& db, BackgroundConnection* background, QString* error)
{
    QElapsedTimer timer;
    timer.start();
    ReportQueries queries(db);
    QString message;
    currency = filter.currency.isEmpty() ? queries.defaultCurrency(&message) : filter.currency;
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return false;
    }
    // Every figure below is for this one currency, even if the main currency changes meanwhile.
    filter.currency = currency;

    std::vector<int> wanted; // indexes into reads
    for (int i = 0; i < int(std::size(reads)); ++i) {
        if (reads[i].part == 0 || (parts & reads[i].part))
            wanted.push_back(i);
    }
    std::vector<QString> errors(std::size(reads));
    if (!background || wanted.size() < 2) {
        for (int i : wanted) {
            reads[i].read(*this, queries, &errors[size_t(i)]);
            if (!errors[size_t(i)].isEmpty())
                break;
        }
    } else {
        std::stable_sort(wanted.begin(), wanted.end(), [](int a, int b) { return reads[a].cost > reads[b].cost; });
        auto shared = std::make_shared<SharedReads>(std::move(wanted), background->isOpen());
        DashboardData* data = this;
        // Not waited for: close() waits for the reads it started, and a job that starts later finds
        // nothing left to read (so a slow connect never holds up a load the caller's thread finished).
        background->run([shared, data](Database* second, const QString&) {
            if (second)
                shared->readAll(data, ReportQueries(*second), true);
        });
        shared->readAll(this, queries, false);
        errors = shared->close();
    }
    for (const QString& failure : errors) {
        if (!failure.isEmpty()) {
            if (error)
                *error = failure;
            return false;
        }
    }
    loadMs = timer.elapsed();
    return true;
}

QList<ReportQueries::FunnelStage> DashboardData::funnelStages() const
{
    QList<ReportQueries::FunnelStage> stages;
    for (const auto& stage : funnel) {
        if (!stage.isLost)
            stages << stage;
    }
    return stages;
}

QString DashboardData::stageName(const QString& stageId) const
{
    for (const auto& stage : funnel) {
        if (stage.stageId == stageId)
            return ReportFormat::stageName(stage.name);
    }
    return stageId;
}

QStringList DashboardData::channels() const
{
    QStringList codes;
    for (const auto& week : activity) {
        if (!codes.contains(week.channel))
            codes << week.channel;
    }
    return codes;
}

QList<QDate> DashboardData::weeks() const
{
    QList<QDate> result;
    for (const auto& week : activity) {
        if (result.isEmpty() || result.constLast() != week.weekStart)
            result << week.weekStart;
    }
    return result;
}

qint64 DashboardData::wonTotal() const
{
    qint64 total = 0;
    for (const auto& point : revenue)
        total += point.wonMinor;
    return total;
}

qint64 DashboardData::forecastTotal() const
{
    qint64 total = 0;
    for (const auto& point : revenue)
        total += point.weightedForecastMinor;
    return total;
}

qint64 DashboardData::targetTotal() const
{
    qint64 total = 0;
    for (const auto& point : revenue)
        total += point.targetMinor;
    return total;
}

bool DashboardData::hasTarget() const
{
    for (const auto& point : revenue) {
        if (point.targetMinor > 0)
            return true;
    }
    return false;
}

QList<QPair<QString, QString>> DashboardData::keyFigures() const
{
    QList<QPair<QString, QString>> figures;
    qint64 open = 0;
    int won = 0;
    int lost = 0;
    for (const auto& stage : funnel) {
        if (!stage.isWon && !stage.isLost)
            open += stage.amountMinor;
        if (stage.isWon)
            won += stage.count;
        if (stage.isLost)
            lost += stage.count;
    }
    int followUps = 0;
    int newCustomers = 0;
    for (const auto& rep : team) {
        followUps += rep.followUps;
        newCustomers += rep.newCustomers;
    }
    // Nothing at all reads "None", not "$0.00" (which looks like a figure that failed to add up).
    const auto amount = [this](qint64 minor) {
        return minor == 0 ? tr("None", "key figure: no amount at all") : ReportFormat::money(minor, currency);
    };
    figures << qMakePair(tr("Won amount"), amount(wonTotal()));
    figures << qMakePair(tr("Weighted forecast"), amount(forecastTotal()));
    if (hasTarget())
        figures << qMakePair(tr("Target"), ReportFormat::money(targetTotal(), currency));
    figures << qMakePair(tr("Open pipeline"), amount(open));
    figures << qMakePair(tr("Win rate"),
                         won + lost > 0 ? ReportFormat::percent(double(won) / (won + lost)) : QStringLiteral("–"));
    figures << qMakePair(tr("New customers"), ReportFormat::number(newCustomers));
    figures << qMakePair(tr("Follow-ups", "a count of follow-ups"), ReportFormat::number(followUps));
    figures << qMakePair(tr("Overdue tasks"), ReportFormat::number(overdueTasks));
    return figures;
}

QString DashboardData::otherCurrenciesNote() const
{
    QStringList amounts;
    for (const auto& other : otherCurrencies) {
        if (other.wonMinor == 0 && other.openMinor == 0)
            continue;
        amounts << tr("%1 won, %2 open")
                       .arg(ReportFormat::money(other.wonMinor, other.currency),
                            ReportFormat::money(other.openMinor, other.currency));
    }
    if (amounts.isEmpty())
        return {};
    return tr("Amounts in other currencies are not included: %1.").arg(amounts.join(QStringLiteral("; ")));
}

QString DashboardData::currencySharesText() const
{
    QStringList shares;
    for (const auto& total : currencyTotals) {
        shares << total.currency + QLatin1Char(' ') +
                      (total.wonMinor > 0 ? ReportFormat::moneyShort(total.wonMinor, total.currency)
                                          : QStringLiteral("–"));
    }
    return shares.join(QStringLiteral(" · "));
}

QString DashboardData::who() const
{
    return !ownerName.isEmpty() ? ownerName : teamName;
}

QString DashboardData::emptyNote(Part part) const
{
    const QString period = ReportFormat::periodName(filter);
    const QString person = who();
    auto noWonDeals = [&]() {
        return person.isEmpty() ? tr("No won deals in %1 in %2", "currency code, period").arg(currency, period)
                                : tr("No won deals for %1 in %2 in %3", "rep or team, currency code, period")
                                      .arg(person, currency, period);
    };
    switch (part) {
    case Funnel: {
        for (const auto& stage : funnel) {
            if (stage.count > 0)
                return {};
        }
        return person.isEmpty() ? tr("No opportunities in %1", "period").arg(period)
                                : tr("No opportunities for %1 in %2", "rep or team, period").arg(person, period);
    }
    case Revenue:
        for (const auto& point : revenue) {
            if (point.wonMinor != 0 || point.weightedForecastMinor != 0 || point.targetMinor != 0)
                return {};
        }
        return noWonDeals();
    case RevenueBy:
        for (const auto& row : revenueBy) {
            if (row.second != 0)
                return {};
        }
        return noWonDeals();
    case Tiers:
        for (const auto& tier : tiers) {
            if (tier.revenueMinor != 0)
                return {};
        }
        return noWonDeals();
    case Conversion:
        for (const auto& step : conversion) {
            if (step.entered > 0 || step.advanced > 0)
                return {};
        }
        return person.isEmpty() ? tr("No stage changes in %1", "period").arg(period)
                                : tr("No stage changes for %1 in %2", "rep or team, period").arg(person, period);
    case Activity:
        if (!activity.isEmpty())
            return {};
        return person.isEmpty() ? tr("No follow-ups in %1", "period").arg(period)
                                : tr("No follow-ups for %1 in %2", "rep or team, period").arg(person, period);
    default:
        break;
    }
    return {};
}

QString DashboardData::periodLabel(const QDate& start) const
{
    return granularity == ReportQueries::Granularity::Quarter ? ReportFormat::quarter(start)
                                                              : ReportFormat::month(start);
}

QString DashboardData::shortPeriodLabel(const QDate& start) const
{
    return granularity == ReportQueries::Granularity::Quarter
               ? tr("Q%1", "quarter number").arg((start.month() - 1) / 3 + 1)
               : ReportFormat::shortMonth(start);
}

QString DashboardData::breakdownTitle() const
{
    switch (breakdown) {
    case ReportQueries::Breakdown::Rep:
        return tr("Won amount by rep");
    case ReportQueries::Breakdown::Team:
        return tr("Won amount by team");
    case ReportQueries::Breakdown::Industry:
        return tr("Won amount by industry");
    case ReportQueries::Breakdown::None:
        break;
    }
    return tr("Won amount");
}

ReportTable DashboardData::funnelTable() const
{
    ReportTable table;
    table.title = tr("Sales funnel");
    table.headers = {tr("Stage"), tr("Opportunities"), tr("Amount"), tr("Probability")};
    table.alignments = {left, right, right, right};
    for (const auto& stage : funnel) {
        table.rows << QStringList{ReportFormat::stageName(stage.name), ReportFormat::number(stage.count),
                                  ReportFormat::money(stage.amountMinor, currency),
                                  ReportFormat::probability(stage.probability)};
    }
    return table;
}

ReportTable DashboardData::revenueTable() const
{
    ReportTable table;
    table.title = tr("Revenue and forecast");
    table.headers = {granularity == ReportQueries::Granularity::Quarter ? tr("Quarter") : tr("Month"), tr("Won amount"),
                     tr("Weighted forecast"), tr("Target")};
    table.alignments = {left, right, right, right};
    for (const auto& point : revenue) {
        table.rows << QStringList{periodLabel(point.periodStart), ReportFormat::money(point.wonMinor, currency),
                                  ReportFormat::money(point.weightedForecastMinor, currency),
                                  point.targetMinor > 0 ? ReportFormat::money(point.targetMinor, currency)
                                                        : QStringLiteral("–")};
    }
    table.note = otherCurrenciesNote();
    return table;
}

ReportTable DashboardData::revenueByTable() const
{
    ReportTable table;
    table.title = breakdownTitle();
    QString label;
    switch (breakdown) {
    case ReportQueries::Breakdown::Rep:
        label = tr("Rep");
        break;
    case ReportQueries::Breakdown::Team:
        label = tr("Team");
        break;
    case ReportQueries::Breakdown::Industry:
        label = tr("Industry");
        break;
    case ReportQueries::Breakdown::None:
        label = tr("Total");
        break;
    }
    table.headers = {label, tr("Won amount")};
    table.alignments = {left, right};
    for (const auto& row : revenueBy) {
        const QString name = row.first.isEmpty() ? tr("(none)")
                             : breakdown == ReportQueries::Breakdown::Industry
                                 ? QCoreApplication::translate("Lookup", row.first.toUtf8().constData())
                                 : row.first;
        table.rows << QStringList{name, ReportFormat::money(row.second, currency)};
    }
    return table;
}

ReportTable DashboardData::conversionTable() const
{
    ReportTable table;
    table.title = tr("Stage conversion");
    table.headers = {tr("From stage"), tr("To stage"),   tr("Entered"),
                     tr("Advanced"),   tr("Conversion"), tr("Average days in stage")};
    table.alignments = {left, left, right, right, right, right};
    for (const auto& step : conversion) {
        table.rows << QStringList{stageName(step.fromStage),          stageName(step.toStage),
                                  ReportFormat::number(step.entered), ReportFormat::number(step.advanced),
                                  ReportFormat::percent(step.rate),   ReportFormat::days(step.avgDaysInFrom)};
    }
    return table;
}

ReportTable DashboardData::teamTable() const
{
    ReportTable table;
    table.title = tr("Team performance");
    // One name per figure, as in the key figures; counts named as counts.
    table.headers = {tr("Rep"),
                     tr("Follow-ups", "a count of follow-ups"),
                     tr("New customers"),
                     tr("Won", "a count of won deals"),
                     tr("Lost", "a count of lost deals"),
                     tr("Win rate"),
                     tr("Won amount"),
                     tr("Open pipeline")};
    table.alignments = {left, right, right, right, right, right, right, right};
    for (const auto& rep : team) {
        table.rows << QStringList{rep.name,
                                  ReportFormat::number(rep.followUps),
                                  ReportFormat::number(rep.newCustomers),
                                  ReportFormat::number(rep.won),
                                  ReportFormat::number(rep.lost),
                                  rep.won + rep.lost > 0 ? ReportFormat::percent(rep.winRate) : QStringLiteral("–"),
                                  ReportFormat::money(rep.wonMinor, currency),
                                  ReportFormat::money(rep.pipelineMinor, currency)};
    }
    return table;
}

ReportTable DashboardData::tiersTable() const
{
    ReportTable table;
    table.title = tr("Customer value tiers");
    table.headers = {tr("Tier"), tr("Customers"), tr("Won amount"), tr("Share")};
    table.alignments = {left, right, right, right};
    for (const auto& tier : tiers) {
        table.rows << QStringList{ReportFormat::tierName(tier.tier), ReportFormat::number(tier.customers),
                                  ReportFormat::money(tier.revenueMinor, currency), ReportFormat::percent(tier.share)};
    }
    return table;
}

ReportTable DashboardData::activityTable() const
{
    ReportTable table;
    table.title = tr("Follow-ups per week", "counts of follow-ups");
    const QStringList codes = channels();
    table.headers << tr("Week") << tr("Starts");
    for (const QString& code : codes)
        table.headers << ReportFormat::channelName(code);
    table.headers << tr("Total");
    table.alignments << left << left;
    for (int i = 0; i <= codes.size(); ++i)
        table.alignments << right;
    QHash<QDate, QHash<QString, int>> counts;
    for (const auto& row : activity)
        counts[row.weekStart][row.channel] += row.count;
    for (const QDate& week : weeks()) {
        QStringList values{ReportFormat::week(week), ReportFormat::date(week)};
        int total = 0;
        for (const QString& code : codes) {
            const int count = counts.value(week).value(code);
            total += count;
            values << ReportFormat::number(count);
        }
        values << ReportFormat::number(total);
        table.rows << values;
    }
    return table;
}

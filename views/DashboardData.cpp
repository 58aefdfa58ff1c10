#include "DashboardData.h"

#include "ReportFormat.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSet>

namespace {
const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
} // namespace

bool DashboardData::load(Database& db, QString* error)
{
    QElapsedTimer timer;
    timer.start();
    ReportQueries queries(db);
    QString message;
    auto failed = [&]() {
        if (message.isEmpty())
            return false;
        if (error)
            *error = message;
        return true;
    };
    currency = filter.currency.isEmpty() ? queries.mainCurrency(&message) : filter.currency;
    if (failed())
        return false;
    // Every figure below is for this one currency, even if the main currency changes meanwhile.
    filter.currency = currency;
    otherCurrencies = queries.otherCurrencies(filter, &message);
    if (failed())
        return false;
    if (parts & Funnel) {
        funnel = queries.funnel(filter, &message);
        if (failed())
            return false;
    }
    if (parts & Revenue) {
        revenue = queries.revenue(filter, granularity, &message);
        if (failed())
            return false;
    }
    if (parts & RevenueBy) {
        revenueBy = queries.revenueBy(filter, breakdown, &message);
        if (failed())
            return false;
    }
    if (parts & Conversion) {
        conversion = queries.conversion(filter, &message);
        if (failed())
            return false;
    }
    if (parts & Team) {
        team = queries.teamPerformance(filter, &message);
        if (failed())
            return false;
    }
    if (parts & Tiers) {
        tiers = queries.tiers(filter, &message);
        if (failed())
            return false;
    }
    if (parts & Activity) {
        activity = queries.activity(filter, &message);
        if (failed())
            return false;
    }
    if (parts & Overdue) {
        overdueTasks = queries.overdueTasks(filter, &message);
        if (failed())
            return false;
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
    figures << qMakePair(tr("Won amount"), ReportFormat::money(wonTotal(), currency));
    figures << qMakePair(tr("Weighted forecast"), ReportFormat::money(forecastTotal(), currency));
    if (hasTarget())
        figures << qMakePair(tr("Target"), ReportFormat::money(targetTotal(), currency));
    figures << qMakePair(tr("Open pipeline"), ReportFormat::money(open, currency));
    figures << qMakePair(tr("Win rate"), won + lost > 0 ? ReportFormat::percent(double(won) / (won + lost))
                                                         : QStringLiteral("–"));
    figures << qMakePair(tr("New customers"), ReportFormat::number(newCustomers));
    figures << qMakePair(tr("Follow-ups"), ReportFormat::number(followUps));
    figures << qMakePair(tr("Overdue tasks"), ReportFormat::number(overdueTasks));
    return figures;
}

QString DashboardData::otherCurrenciesNote() const
{
    QStringList amounts;
    for (const auto& other : otherCurrencies) {
        if (other.wonMinor == 0 && other.openMinor == 0)
            continue;
        amounts << tr("%1 won, %2 open").arg(ReportFormat::money(other.wonMinor, other.currency),
                                             ReportFormat::money(other.openMinor, other.currency));
    }
    if (amounts.isEmpty())
        return {};
    return tr("Amounts in other currencies are not included: %1.").arg(amounts.join(QStringLiteral("; ")));
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
               : QLocale().standaloneMonthName(start.month(), QLocale::ShortFormat);
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
                                  ReportFormat::percent(stage.probability / 100.0, 0)};
    }
    return table;
}

ReportTable DashboardData::revenueTable() const
{
    ReportTable table;
    table.title = tr("Revenue and forecast");
    table.headers = {granularity == ReportQueries::Granularity::Quarter ? tr("Quarter") : tr("Month"), tr("Won"),
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
    table.headers = {label, tr("Won")};
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
    table.headers = {tr("From stage"), tr("To stage"), tr("Entered"), tr("Advanced"), tr("Conversion"),
                     tr("Average days in stage")};
    table.alignments = {left, left, right, right, right, right};
    for (const auto& step : conversion) {
        table.rows << QStringList{stageName(step.fromStage), stageName(step.toStage),
                                  ReportFormat::number(step.entered), ReportFormat::number(step.advanced),
                                  ReportFormat::percent(step.rate), ReportFormat::days(step.avgDaysInFrom)};
    }
    return table;
}

ReportTable DashboardData::teamTable() const
{
    ReportTable table;
    table.title = tr("Team performance");
    table.headers = {tr("Rep"), tr("Follow-ups"), tr("New customers"), tr("Won"), tr("Lost"), tr("Win rate"),
                     tr("Won amount"), tr("Pipeline")};
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
    table.headers = {tr("Tier"), tr("Customers"), tr("Won revenue"), tr("Share")};
    table.alignments = {left, right, right, right};
    for (const auto& tier : tiers) {
        table.rows << QStringList{tier.tier, ReportFormat::number(tier.customers),
                                  ReportFormat::money(tier.revenueMinor, currency), ReportFormat::percent(tier.share)};
    }
    return table;
}

ReportTable DashboardData::activityTable() const
{
    ReportTable table;
    table.title = tr("Follow-ups per week");
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

#include "CampaignReport.h"

#include "CampaignModel.h"
#include "Database.h"
#include "ReportFormat.h"
#include "ReportQueries.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

CampaignReport::CampaignReport(Database& db) : m_db(db) {}

bool CampaignReport::modelFromName(const QString& name, Model* model)
{
    if (name == QLatin1String("first"))
        *model = Model::FirstTouch;
    else if (name == QLatin1String("last"))
        *model = Model::LastTouch;
    else if (name == QLatin1String("linear"))
        *model = Model::Linear;
    else
        return false;
    return true;
}

QString CampaignReport::modelName(Model model)
{
    switch (model) {
    case Model::FirstTouch:
        return QStringLiteral("first");
    case Model::LastTouch:
        return QStringLiteral("last");
    case Model::Linear:
        break;
    }
    return QStringLiteral("linear");
}

QString CampaignReport::modelTitle(Model model)
{
    switch (model) {
    case Model::FirstTouch:
        return tr("First touch");
    case Model::LastTouch:
        return tr("Last touch");
    case Model::Linear:
        break;
    }
    return tr("Linear");
}

namespace {
// The won deals of the report and the touches that may share their revenue (see the header).
QString wonDeals(const ReportFilter& filter, QVariantList* binds)
{
    QString period;
    binds->append(filter.currency);
    if (filter.from.isValid()) {
        period += QStringLiteral(" AND COALESCE(o.actual_close, o.expected_close) >= ?");
        binds->append(filter.from);
    }
    if (filter.to.isValid()) {
        period += QStringLiteral(" AND COALESCE(o.actual_close, o.expected_close) <= ?");
        binds->append(filter.to);
    }
    return QStringLiteral("SELECT o.id, o.amount_minor AS amount, o.contact_id, o.customer_id, o.campaign_id AS conv, "
                          "COALESCE(o.actual_close, o.expected_close) AS closed_on FROM opportunities o "
                          "JOIN pipeline_stages s ON s.id = o.stage_id "
                          "WHERE o.deleted_at IS NULL AND s.is_won AND o.currency = ?%1")
        .arg(period);
}

QString wonAndEligible(const ReportFilter& filter, QVariantList* binds)
{
    return QStringLiteral("WITH won AS (%1), ").arg(wonDeals(filter, binds)) +
           QStringLiteral(
               "touch AS ("
               "SELECT w.id AS opp, t.campaign_id, t.touched_at, t.touched_on FROM won w "
               "JOIN campaign_touches t ON t.contact_id = w.contact_id AND t.deleted_at IS NULL "
               "UNION ALL SELECT w.id, t.campaign_id, t.touched_at, t.touched_on FROM won w "
               "JOIN campaign_touches t ON t.customer_id = w.customer_id AND t.deleted_at IS NULL "
               "UNION ALL SELECT w.id, t.campaign_id, t.touched_at, t.touched_on FROM won w "
               "JOIN leads l ON l.converted_contact_id = w.contact_id AND l.deleted_at IS NULL "
               "JOIN campaign_touches t ON t.lead_id = l.id AND t.deleted_at IS NULL "
               "UNION ALL SELECT w.id, t.campaign_id, t.touched_at, t.touched_on FROM won w "
               "JOIN leads l ON l.converted_opportunity_id = w.id AND l.deleted_at IS NULL "
               "AND (w.contact_id IS NULL OR l.converted_contact_id IS NULL OR l.converted_contact_id <> w.contact_id) "
               "JOIN campaign_touches t ON t.lead_id = l.id AND t.deleted_at IS NULL), "
               "eligible AS (SELECT x.opp, x.campaign_id, x.touched_at FROM touch x "
               "JOIN campaigns c ON c.id = x.campaign_id AND c.deleted_at IS NULL JOIN won w ON w.id = x.opp "
               "WHERE (c.starts_on IS NULL OR x.touched_on >= c.starts_on) "
               "AND (c.ends_on IS NULL OR x.touched_on <= c.ends_on) "
               "AND (w.closed_on IS NULL OR x.touched_on <= w.closed_on)), ");
}

QString creditOf(CampaignReport::Model model)
{
    const QString unattributed = QStringLiteral("UNION ALL SELECT w.id, NULL, w.amount FROM won w WHERE w.conv IS NULL "
                                                "AND NOT EXISTS (SELECT 1 FROM eligible e WHERE e.opp = w.id)");
    switch (model) {
    case CampaignReport::Model::FirstTouch:
        return QStringLiteral("credit AS (SELECT opp, campaign_id, amount FROM (SELECT e.opp, e.campaign_id, w.amount, "
                              "ROW_NUMBER() OVER (PARTITION BY e.opp ORDER BY e.touched_at, e.campaign_id) AS k "
                              "FROM eligible e JOIN won w ON w.id = e.opp) r WHERE k = 1 "
                              "UNION ALL SELECT w.id, w.conv, w.amount FROM won w WHERE w.conv IS NOT NULL "
                              "AND NOT EXISTS (SELECT 1 FROM eligible e WHERE e.opp = w.id) ") +
               unattributed + QLatin1Char(')');
    case CampaignReport::Model::LastTouch:
        return QStringLiteral("credit AS (SELECT w.id AS opp, w.conv AS campaign_id, w.amount FROM won w "
                              "WHERE w.conv IS NOT NULL "
                              "UNION ALL SELECT opp, campaign_id, amount FROM (SELECT e.opp, e.campaign_id, w.amount, "
                              "ROW_NUMBER() OVER (PARTITION BY e.opp ORDER BY e.touched_at DESC, e.campaign_id DESC) "
                              "AS k FROM eligible e JOIN won w ON w.id = e.opp WHERE w.conv IS NULL) r WHERE k = 1 ") +
               unattributed + QLatin1Char(')');
    case CampaignReport::Model::Linear:
        break;
    }
    return QStringLiteral(
               "parts AS (SELECT opp, campaign_id FROM eligible "
               "UNION SELECT id, conv FROM won WHERE conv IS NOT NULL), "
               "ranked AS (SELECT p.opp, p.campaign_id, w.amount, COUNT(*) OVER (PARTITION BY p.opp) AS n, "
               "ROW_NUMBER() OVER (PARTITION BY p.opp ORDER BY p.campaign_id) AS k "
               "FROM parts p JOIN won w ON w.id = p.opp), "
               "credit AS (SELECT opp, campaign_id, amount / n + CASE WHEN k <= amount % n THEN 1 ELSE 0 END "
               "AS amount FROM ranked ") +
           unattributed + QLatin1Char(')');
}

bool fail(const Database& db, const QSqlQuery& q, QString* error)
{
    if (error)
        *error = CampaignReport::tr("Cannot compute the campaign report: %1").arg(db.describeError(q.lastError()));
    return false;
}
} // namespace

namespace {
const QLatin1String kNil("00000000-0000-0000-0000-000000000000"); // report_campaign_credit's "no campaign"

int modelCode(CampaignReport::Model model)
{
    switch (model) {
    case CampaignReport::Model::FirstTouch:
        return 1;
    case CampaignReport::Model::LastTouch:
        return 2;
    case CampaignReport::Model::Linear:
        break;
    }
    return 3;
}

int monthCode(const QDate& date)
{
    return date.year() * 100 + date.month();
}

// A period in whole days as the summaries answer it: whole close months from report_campaign_summary, the days of a
// partial first or last month from report_campaign_credit.
struct PeriodParts
{
    bool anyBound = false; // a deal without a close date counts only in an unbounded period
    int monthFrom = 0;     // summary months, inclusive; monthTo < monthFrom: none
    int monthTo = 999999;
    QList<QPair<QDate, QDate>> days; // credit days, inclusive
};

PeriodParts periodParts(const ReportFilter& filter)
{
    PeriodParts parts;
    parts.anyBound = filter.from.isValid() || filter.to.isValid();
    if (!parts.anyBound)
        return parts;
    parts.monthFrom = 1; // not month 0, the deals without a date
    QDate fullFrom;      // first day of the first whole month
    QDate fullTo;        // last day of the last whole month
    if (filter.from.isValid()) {
        fullFrom =
            filter.from.day() == 1 ? filter.from : QDate(filter.from.year(), filter.from.month(), 1).addMonths(1);
        parts.monthFrom = monthCode(fullFrom);
    }
    if (filter.to.isValid()) {
        fullTo = filter.to.day() == filter.to.daysInMonth() ? filter.to
                                                            : QDate(filter.to.year(), filter.to.month(), 1).addDays(-1);
        parts.monthTo = monthCode(fullTo);
    }
    if (filter.from.isValid() && filter.to.isValid() && fullFrom > fullTo) {
        parts.monthTo = parts.monthFrom - 1; // no whole month: every day from the credits
        parts.days.append({filter.from, filter.to});
        return parts;
    }
    if (filter.from.isValid() && filter.from < fullFrom)
        parts.days.append({filter.from, fullFrom.addDays(-1)});
    if (filter.to.isValid() && fullTo < filter.to)
        parts.days.append({fullTo.addDays(1), filter.to});
    return parts;
}
} // namespace

bool CampaignReport::prepare(const ReportFilter& given, Model model, ReportFilter* filter, Result* result,
                             QString* error) const
{
    result->model = model;
    *filter = given;
    if (filter->currency.isEmpty()) {
        QString message;
        filter->currency = ReportQueries(m_db).reportingCurrency(ReportQueries::chosenCurrency(), &message);
        if (!message.isEmpty()) {
            if (error)
                *error = message;
            return false;
        }
    }
    result->currency = filter->currency;
    result->unattributed.name = tr("No campaign");
    return true;
}

bool CampaignReport::readCampaigns(bool summarised, Result* result, QHash<QString, int>* rowOf, QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The campaigns and what is counted per campaign (each by its index, once per campaign).
    const QString counts =
        summarised
            ? QStringLiteral("COALESCE(n.leads, 0), COALESCE(n.qualified_leads, 0), COALESCE(n.opportunities, 0) "
                             "FROM campaigns c LEFT JOIN report_campaign_counts n ON n.campaign_id = c.id ")
            : QStringLiteral(
                  "(SELECT COUNT(*) FROM leads l WHERE l.campaign_id = c.id AND l.deleted_at IS NULL), "
                  "(SELECT COUNT(*) FROM leads l WHERE l.campaign_id = c.id AND l.deleted_at IS NULL "
                  "AND l.status IN ('qualified', 'converted')), "
                  "(SELECT COUNT(*) FROM opportunities o WHERE o.campaign_id = c.id AND o.deleted_at IS NULL) "
                  "FROM campaigns c ");
    if (!q.exec(QStringLiteral("SELECT c.id, c.name, c.channel, c.status, c.starts_on, c.ends_on, c.currency, "
                               "c.budget_minor, c.cost_minor, %1"
                               "WHERE c.deleted_at IS NULL ORDER BY c.starts_on, c.name, c.id")
                    .arg(counts)))
        return fail(m_db, q, error);
    while (q.next()) {
        Row row;
        row.campaignId = q.value(0).toString();
        row.name = q.value(1).toString();
        row.channel = q.value(2).toString();
        row.status = q.value(3).toString();
        row.startsOn = q.value(4).toDate();
        row.endsOn = q.value(5).toDate();
        row.campaignCurrency = q.value(6).toString();
        row.budgetMinor = q.value(7).toLongLong();
        row.costMinor = q.value(8).toLongLong();
        row.leads = q.value(9).toInt();
        row.qualifiedLeads = q.value(10).toInt();
        row.opportunities = q.value(11).toInt();
        rowOf->insert(row.campaignId, int(result->campaigns.size()));
        result->campaigns.append(row);
    }
    return true;
}

void CampaignReport::finish(Result* result)
{
    for (Row& row : result->campaigns) {
        if (row.campaignCurrency != result->currency)
            continue; // cost and revenue in different currencies are never compared
        if (row.leads > 0) {
            row.hasCostPerLead = true;
            row.costPerLeadMinor = (row.costMinor * 2 + row.leads) / (2 * qint64(row.leads));
        }
        if (row.costMinor > 0) {
            row.hasRoi = true;
            row.roi = double(row.revenueMinor - row.costMinor) / double(row.costMinor);
        }
    }
}

CampaignReport::Result CampaignReport::compute(const ReportFilter& given, Model model, QString* error) const
{
    Result result;
    ReportFilter filter;
    QHash<QString, int> rowOf;
    if (!prepare(given, model, &filter, &result, error) || !readCampaigns(true, &result, &rowOf, error))
        return result;

    const PeriodParts parts = periodParts(filter);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Adds (campaign, won, amount) rows of one model: into the rows when `rows`, else only into the totals.
    const auto read = [&](int code, bool rows, qint64* wonDeals) -> bool {
        QList<QPair<QString, QVariantList>> queries;
        // For the totals alone one sum will do: no grouping of tens of thousands of summary rows by campaign.
        const QString grouped = rows ? QStringLiteral(" GROUP BY campaign_id") : QString();
        const QString campaign = rows ? QStringLiteral("campaign_id") : QStringLiteral("NULL");
        if (parts.monthFrom <= parts.monthTo)
            queries.append({QStringLiteral("SELECT %1, CAST(SUM(won) AS BIGINT), CAST(SUM(amount_minor) AS "
                                           "BIGINT) FROM report_campaign_summary WHERE model = ? AND currency = ? "
                                           "AND close_month BETWEEN ? AND ?%2")
                                .arg(campaign, grouped),
                            {code, filter.currency, parts.monthFrom, parts.monthTo}});
        for (const auto& days : parts.days)
            queries.append({QStringLiteral("SELECT %1, COUNT(*), CAST(SUM(amount_minor) AS BIGINT) FROM "
                                           "report_campaign_credit WHERE model = ? AND currency = ? "
                                           "AND closed_on BETWEEN ? AND ?%2")
                                .arg(campaign, grouped),
                            {code, filter.currency, days.first, days.second}});
        for (const auto& query : std::as_const(queries)) {
            if (!q.prepare(query.first))
                return fail(m_db, q, error);
            for (const QVariant& bind : query.second)
                q.addBindValue(bind);
            if (!q.exec())
                return fail(m_db, q, error);
            while (q.next()) {
                const qint64 won = q.value(1).toLongLong();
                const qint64 amount = q.value(2).toLongLong();
                if (wonDeals)
                    *wonDeals += won;
                if (!rows)
                    continue;
                const QString id = q.value(0).toString();
                // A deleted campaign's credit has no row of its own: it is shown as unattributed.
                Row& row = id != kNil && rowOf.contains(id) ? result.campaigns[rowOf.value(id)] : result.unattributed;
                row.won += int(won);
                row.revenueMinor += amount;
                result.totalWonMinor += amount;
            }
            q.finish();
        }
        return true;
    };
    qint64 totalWon = 0;
    // Under first touch every won deal has exactly one credit, so its count is the number of won deals.
    const bool first = model == Model::FirstTouch;
    if (!read(modelCode(model), true, first ? &totalWon : nullptr) ||
        (!first && !read(modelCode(Model::FirstTouch), false, &totalWon)))
        return result;
    result.totalWon = int(totalWon);
    finish(&result);
    if (error)
        error->clear();
    return result;
}

CampaignReport::Result CampaignReport::computeDirect(const ReportFilter& given, Model model, QString* error) const
{
    Result result;
    ReportFilter filter;
    QHash<QString, int> rowOf;
    if (!prepare(given, model, &filter, &result, error) || !readCampaigns(false, &result, &rowOf, error))
        return result;

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The attributed won revenue per campaign (NULL: unattributed).
    QVariantList binds;
    const QString sql = wonAndEligible(filter, &binds) + creditOf(model) +
                        QStringLiteral(" SELECT campaign_id, COUNT(*), CAST(SUM(amount) AS BIGINT) FROM credit "
                                       "GROUP BY campaign_id");
    if (!q.prepare(sql)) {
        fail(m_db, q, error);
        return result;
    }
    for (const QVariant& bind : std::as_const(binds))
        q.addBindValue(bind);
    if (!q.exec()) {
        fail(m_db, q, error);
        return result;
    }
    while (q.next()) {
        const QString id = q.value(0).toString();
        // A deleted campaign's credit has no row of its own: it is shown as unattributed.
        Row& row = !id.isEmpty() && rowOf.contains(id) ? result.campaigns[rowOf.value(id)] : result.unattributed;
        row.won += q.value(1).toInt();
        row.revenueMinor += q.value(2).toLongLong();
        result.totalWonMinor += q.value(2).toLongLong();
    }
    q.finish();
    // Every won deal once, whichever model shares it out.
    binds.clear();
    if (!q.prepare(QStringLiteral("SELECT COUNT(*) FROM (%1) w").arg(wonDeals(filter, &binds)))) {
        fail(m_db, q, error);
        return result;
    }
    for (const QVariant& bind : std::as_const(binds))
        q.addBindValue(bind);
    if (!q.exec() || !q.next()) {
        fail(m_db, q, error);
        return result;
    }
    result.totalWon = q.value(0).toInt();
    finish(&result);
    if (error)
        error->clear();
    return result;
}

ReportTable CampaignReport::table(const Result& result)
{
    ReportTable t;
    t.title = tr("Campaigns by %1 attribution").arg(modelTitle(result.model).toLower());
    t.headers = {tr("Campaign"),  tr("Channel"),     tr("Leads"), tr("Qualified leads"), tr("Opportunities"),
                 tr("Won deals"), tr("Won revenue"), tr("Cost"),  tr("Cost per lead"),   tr("ROI")};
    t.alignments = {Qt::AlignLeft, Qt::AlignLeft};
    for (int i = 2; i < t.headers.size(); ++i)
        t.alignments << Qt::AlignRight;
    const QString none = tr("—", "no figure");
    auto add = [&](const Row& row, const QString& name, const QString& channel) {
        t.rows << QStringList{
            name,
            channel,
            ReportFormat::number(row.leads),
            ReportFormat::number(row.qualifiedLeads),
            ReportFormat::number(row.opportunities),
            ReportFormat::number(row.won),
            ReportFormat::money(row.revenueMinor, result.currency),
            row.campaignId.isEmpty() ? none : ReportFormat::money(row.costMinor, row.campaignCurrency),
            row.hasCostPerLead ? ReportFormat::money(row.costPerLeadMinor, row.campaignCurrency) : none,
            row.hasRoi ? ReportFormat::percent(row.roi) : none};
    };
    for (const Row& row : result.campaigns)
        add(row, row.name, CampaignModel::channelName(row.channel));
    add(result.unattributed, tr("(no campaign)"), QString());
    t.note =
        tr("Won revenue in all: %1 from %2 deals; every model shares out the same total.")
            .arg(ReportFormat::money(result.totalWonMinor, result.currency), ReportFormat::number(result.totalWon));
    return t;
}

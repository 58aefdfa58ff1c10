#include "ReportSummaries.h"

#include "BulkLoadDialect.h"
#include "Database.h"
#include "ServiceSummaries.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ReportSummaries", text);
}

// Kept identical to the fill blocks at the end of 0002_reporting.sql, 0006_customer_revenue.sql,
// 0007_revenue_histogram.sql and 0024_campaign_summary.sql (and so to the triggers' sums). The histogram is filled
// last, from report_customer_revenue, after emptying it again: with the triggers on, filling report_customer_revenue
// has already added to it.
const char* const kSummaries[] = {"report_opportunity_summary", "report_industry_summary", "report_stage_flow",
                                  "report_activity_summary",    "report_customer_summary", "report_customer_revenue",
                                  "report_revenue_histogram",   "report_campaign_credit",  "report_campaign_summary",
                                  "report_campaign_counts"};

// Written like a migration, a section per dialect (SqlDialect::statements).
const char kFill[] = R"sql(
-- @sqlite
INSERT INTO report_opportunity_summary (close_month, stage_id, owner_id, currency, opportunities, amount_minor, weighted_x100)
SELECT COALESCE(CAST(strftime('%Y%m', COALESCE(actual_close, expected_close)) AS INTEGER), 0), stage_id,
       COALESCE(owner_id, '00000000-0000-0000-0000-000000000000'), currency, COUNT(*), SUM(amount_minor), SUM(amount_minor * probability)
FROM opportunities WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4;
INSERT INTO report_industry_summary (close_month, industry_id, owner_id, currency, opportunities, amount_minor)
SELECT COALESCE(CAST(strftime('%Y%m', COALESCE(o.actual_close, o.expected_close)) AS INTEGER), 0), COALESCE(c.industry_id, 0),
       COALESCE(o.owner_id, '00000000-0000-0000-0000-000000000000'), o.currency, COUNT(*), SUM(o.amount_minor)
FROM opportunities o LEFT JOIN customers c ON c.id = o.customer_id JOIN pipeline_stages s ON s.id = o.stage_id
WHERE o.deleted_at IS NULL AND s.is_won GROUP BY 1, 2, 3, 4;
INSERT INTO report_stage_flow (month, from_stage_id, to_stage_id, owner_id, changes, timed, seconds)
SELECT x.month, x.from_stage_id, x.to_stage_id, x.owner_id, COUNT(*), SUM(x.prev IS NOT NULL),
       SUM(COALESCE(CAST(strftime('%s', x.changed_at) AS INTEGER) - CAST(strftime('%s', x.prev) AS INTEGER), 0))
FROM (SELECT CAST(strftime('%Y%m', h.changed_at) AS INTEGER) AS month,
             COALESCE(h.from_stage_id, '00000000-0000-0000-0000-000000000000') AS from_stage_id, h.to_stage_id,
             COALESCE(o.owner_id, '00000000-0000-0000-0000-000000000000') AS owner_id, h.changed_at,
             (SELECT MAX(p.changed_at) FROM stage_history p WHERE p.opportunity_id = h.opportunity_id AND p.changed_at < h.changed_at AND p.id <> h.id) AS prev
      FROM stage_history h JOIN opportunities o ON o.id = h.opportunity_id
      WHERE h.deleted_at IS NULL AND o.deleted_at IS NULL) x
GROUP BY 1, 2, 3, 4;
INSERT INTO report_activity_summary (bucket, author_id, channel_id, interactions)
SELECT CAST(MAX(strftime('%Y%m%d', occurred_at, 'weekday 0', '-6 days'), strftime('%Y%m01', occurred_at)) AS INTEGER),
       COALESCE(author_id, '00000000-0000-0000-0000-000000000000'), COALESCE(channel_id, 0), COUNT(*)
FROM interactions WHERE deleted_at IS NULL GROUP BY 1, 2, 3;
INSERT INTO report_customer_summary (month, owner_id, customers)
SELECT CAST(strftime('%Y%m', created_at) AS INTEGER), COALESCE(owner_id, '00000000-0000-0000-0000-000000000000'), COUNT(*)
FROM customers WHERE deleted_at IS NULL GROUP BY 1, 2;
INSERT INTO report_customer_revenue (currency, period, customer_id, opportunities, amount_minor)
SELECT x.currency, x.period, x.customer_id, COUNT(*), SUM(x.amount_minor)
FROM (SELECT o.currency, COALESCE(CAST(strftime('%Y', COALESCE(o.actual_close, o.expected_close)) AS INTEGER), 0) * 10 AS period,
             o.customer_id, o.amount_minor
      FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won
      UNION ALL
      SELECT o.currency, CAST(strftime('%Y', COALESCE(o.actual_close, o.expected_close)) AS INTEGER) * 10
                         + (CAST(strftime('%m', COALESCE(o.actual_close, o.expected_close)) AS INTEGER) + 2) / 3,
             o.customer_id, o.amount_minor
      FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.deleted_at IS NULL AND s.is_won
          AND COALESCE(o.actual_close, o.expected_close) IS NOT NULL) x
GROUP BY 1, 2, 3;
-- @end
-- @postgresql
INSERT INTO report_opportunity_summary (close_month, stage_id, owner_id, currency, opportunities, amount_minor, weighted_x100)
SELECT report_month(COALESCE(actual_close, expected_close)), stage_id, report_nil(owner_id), currency, COUNT(*), SUM(amount_minor), SUM(amount_minor * probability)
FROM opportunities WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4;
INSERT INTO report_industry_summary (close_month, industry_id, owner_id, currency, opportunities, amount_minor)
SELECT report_month(COALESCE(o.actual_close, o.expected_close)), COALESCE(c.industry_id, 0), report_nil(o.owner_id), o.currency, COUNT(*), SUM(o.amount_minor)
FROM opportunities o LEFT JOIN customers c ON c.id = o.customer_id JOIN pipeline_stages s ON s.id = o.stage_id
WHERE o.deleted_at IS NULL AND s.is_won GROUP BY 1, 2, 3, 4;
INSERT INTO report_stage_flow (month, from_stage_id, to_stage_id, owner_id, changes, timed, seconds)
SELECT x.month, x.from_stage_id, x.to_stage_id, x.owner_id, COUNT(*), COUNT(x.prev),
       COALESCE(SUM(floor(extract(epoch FROM x.changed_at))::BIGINT - floor(extract(epoch FROM x.prev))::BIGINT), 0)
FROM (SELECT report_month(h.changed_at) AS month, report_nil(h.from_stage_id) AS from_stage_id, h.to_stage_id,
             report_nil(o.owner_id) AS owner_id, h.changed_at,
             (SELECT MAX(p.changed_at) FROM stage_history p WHERE p.opportunity_id = h.opportunity_id AND p.changed_at < h.changed_at AND p.id <> h.id) AS prev
      FROM stage_history h JOIN opportunities o ON o.id = h.opportunity_id
      WHERE h.deleted_at IS NULL AND o.deleted_at IS NULL) x
GROUP BY 1, 2, 3, 4;
INSERT INTO report_activity_summary (bucket, author_id, channel_id, interactions)
SELECT report_bucket(occurred_at), report_nil(author_id), COALESCE(channel_id, 0), COUNT(*)
FROM interactions WHERE deleted_at IS NULL GROUP BY 1, 2, 3;
INSERT INTO report_customer_summary (month, owner_id, customers)
SELECT report_month(created_at), report_nil(owner_id), COUNT(*)
FROM customers WHERE deleted_at IS NULL GROUP BY 1, 2;
INSERT INTO report_customer_revenue (currency, period, customer_id, opportunities, amount_minor)
SELECT o.currency, p.period, o.customer_id, COUNT(*), SUM(o.amount_minor)
FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id, report_periods(COALESCE(o.actual_close, o.expected_close)) AS p(period)
WHERE o.deleted_at IS NULL AND s.is_won GROUP BY 1, 2, 3;
-- @end
DELETE FROM report_revenue_histogram;
-- @sqlite
INSERT INTO report_revenue_histogram (currency, period, bucket, customers, amount_minor)
SELECT currency, period,
       CASE WHEN amount_minor <= 0 THEN 0 ELSE length(CAST(amount_minor AS TEXT)) * 100 + CAST(substr(CAST(amount_minor AS TEXT) || '0', 1, 2) AS INTEGER) END,
       COUNT(*), SUM(amount_minor)
FROM report_customer_revenue WHERE opportunities > 0 GROUP BY 1, 2, 3;
-- @end
-- @postgresql
INSERT INTO report_revenue_histogram (currency, period, bucket, customers, amount_minor)
SELECT currency, period, report_revenue_bucket(amount_minor), COUNT(*), SUM(amount_minor)
FROM report_customer_revenue WHERE opportunities > 0 GROUP BY 1, 2, 3;
-- @end
-- The campaign report's (0024_campaign_summary.sql): each won deal's credits per model, then their sums.
-- @sqlite
INSERT INTO report_campaign_credit (opportunity_id, model, campaign_id, currency, closed_on, close_month, amount_minor)
SELECT r.id, 1, COALESCE(r.campaign_id, '00000000-0000-0000-0000-000000000000'), r.currency, r.closed_on, COALESCE(CAST(strftime('%Y%m', r.closed_on) AS INTEGER), 0), r.amount_minor
FROM (SELECT o.id, p.campaign_id, o.currency, COALESCE(o.actual_close, o.expected_close) AS closed_on, o.amount_minor,
             ROW_NUMBER() OVER (PARTITION BY o.id ORDER BY p.is_conv, p.touched_at, p.campaign_id) AS k
      FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id LEFT JOIN report_campaign_parts p ON p.opportunity_id = o.id WHERE o.deleted_at IS NULL AND s.is_won) r
WHERE r.k = 1;
INSERT INTO report_campaign_credit (opportunity_id, model, campaign_id, currency, closed_on, close_month, amount_minor)
SELECT r.id, 2, COALESCE(r.campaign_id, '00000000-0000-0000-0000-000000000000'), r.currency, r.closed_on, COALESCE(CAST(strftime('%Y%m', r.closed_on) AS INTEGER), 0), r.amount_minor
FROM (SELECT o.id, p.campaign_id, o.currency, COALESCE(o.actual_close, o.expected_close) AS closed_on, o.amount_minor,
             ROW_NUMBER() OVER (PARTITION BY o.id ORDER BY p.is_conv DESC, p.touched_at DESC, p.campaign_id DESC) AS k
      FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id LEFT JOIN report_campaign_parts p ON p.opportunity_id = o.id WHERE o.deleted_at IS NULL AND s.is_won) r
WHERE r.k = 1;
INSERT INTO report_campaign_credit (opportunity_id, model, campaign_id, currency, closed_on, close_month, amount_minor)
SELECT d.id, 3, d.campaign_id, d.currency, d.closed_on, COALESCE(CAST(strftime('%Y%m', d.closed_on) AS INTEGER), 0),
       d.amount_minor / d.n + CASE WHEN d.k <= d.amount_minor % d.n THEN 1 ELSE 0 END
FROM (SELECT e.id, e.campaign_id, e.currency, e.closed_on, e.amount_minor, COUNT(*) OVER (PARTITION BY e.id) AS n,
             ROW_NUMBER() OVER (PARTITION BY e.id ORDER BY e.campaign_id) AS k
      FROM (SELECT DISTINCT o.id, COALESCE(p.campaign_id, '00000000-0000-0000-0000-000000000000') AS campaign_id, o.currency, COALESCE(o.actual_close, o.expected_close) AS closed_on, o.amount_minor
            FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id LEFT JOIN report_campaign_parts p ON p.opportunity_id = o.id WHERE o.deleted_at IS NULL AND s.is_won) e) d;
INSERT INTO report_campaign_summary (model, currency, close_month, campaign_id, won, amount_minor)
SELECT model, currency, close_month, campaign_id, COUNT(*), SUM(amount_minor) FROM report_campaign_credit GROUP BY 1, 2, 3, 4;
INSERT INTO report_campaign_counts (campaign_id, leads, qualified_leads, opportunities)
SELECT campaign_id, SUM(leads), SUM(qualified_leads), SUM(opportunities)
FROM (SELECT campaign_id, COUNT(*) AS leads, SUM(CASE WHEN status IN ('qualified', 'converted') THEN 1 ELSE 0 END) AS qualified_leads, 0 AS opportunities
      FROM leads WHERE campaign_id IS NOT NULL AND deleted_at IS NULL GROUP BY campaign_id
      UNION ALL
      SELECT campaign_id, 0, 0, COUNT(*) FROM opportunities WHERE campaign_id IS NOT NULL AND deleted_at IS NULL GROUP BY campaign_id) x
GROUP BY campaign_id;
-- @end
-- @postgresql
INSERT INTO report_campaign_credit (opportunity_id, model, campaign_id, currency, closed_on, close_month, amount_minor)
SELECT r.id, 1, COALESCE(r.campaign_id, '00000000-0000-0000-0000-000000000000'::UUID), r.currency, r.closed_on, report_month(r.closed_on), r.amount_minor
FROM (SELECT o.id, p.campaign_id, o.currency, COALESCE(o.actual_close, o.expected_close) AS closed_on, o.amount_minor,
             ROW_NUMBER() OVER (PARTITION BY o.id ORDER BY p.is_conv, p.touched_at, p.campaign_id) AS k
      FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id LEFT JOIN report_campaign_parts p ON p.opportunity_id = o.id WHERE o.deleted_at IS NULL AND s.is_won) r
WHERE r.k = 1;
INSERT INTO report_campaign_credit (opportunity_id, model, campaign_id, currency, closed_on, close_month, amount_minor)
SELECT r.id, 2, COALESCE(r.campaign_id, '00000000-0000-0000-0000-000000000000'::UUID), r.currency, r.closed_on, report_month(r.closed_on), r.amount_minor
FROM (SELECT o.id, p.campaign_id, o.currency, COALESCE(o.actual_close, o.expected_close) AS closed_on, o.amount_minor,
             ROW_NUMBER() OVER (PARTITION BY o.id ORDER BY p.is_conv DESC, p.touched_at DESC, p.campaign_id DESC) AS k
      FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id LEFT JOIN report_campaign_parts p ON p.opportunity_id = o.id WHERE o.deleted_at IS NULL AND s.is_won) r
WHERE r.k = 1;
INSERT INTO report_campaign_credit (opportunity_id, model, campaign_id, currency, closed_on, close_month, amount_minor)
SELECT d.id, 3, d.campaign_id, d.currency, d.closed_on, report_month(d.closed_on),
       d.amount_minor / d.n + CASE WHEN d.k <= d.amount_minor % d.n THEN 1 ELSE 0 END
FROM (SELECT e.id, e.campaign_id, e.currency, e.closed_on, e.amount_minor, COUNT(*) OVER (PARTITION BY e.id) AS n,
             ROW_NUMBER() OVER (PARTITION BY e.id ORDER BY e.campaign_id) AS k
      FROM (SELECT DISTINCT o.id, COALESCE(p.campaign_id, '00000000-0000-0000-0000-000000000000'::UUID) AS campaign_id, o.currency, COALESCE(o.actual_close, o.expected_close) AS closed_on, o.amount_minor
            FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id LEFT JOIN report_campaign_parts p ON p.opportunity_id = o.id WHERE o.deleted_at IS NULL AND s.is_won) e) d;
INSERT INTO report_campaign_summary (model, currency, close_month, campaign_id, won, amount_minor)
SELECT model, currency, close_month, campaign_id, COUNT(*), SUM(amount_minor) FROM report_campaign_credit GROUP BY 1, 2, 3, 4;
INSERT INTO report_campaign_counts (campaign_id, leads, qualified_leads, opportunities)
SELECT campaign_id, SUM(leads), SUM(qualified_leads), SUM(opportunities)
FROM (SELECT campaign_id, COUNT(*) AS leads, SUM(CASE WHEN status IN ('qualified', 'converted') THEN 1 ELSE 0 END) AS qualified_leads, 0 AS opportunities
      FROM leads WHERE campaign_id IS NOT NULL AND deleted_at IS NULL GROUP BY campaign_id
      UNION ALL
      SELECT campaign_id, 0, 0, COUNT(*) FROM opportunities WHERE campaign_id IS NOT NULL AND deleted_at IS NULL GROUP BY campaign_id) x
GROUP BY campaign_id;
-- @end
)sql";

bool exec(QSqlQuery& q, const QString& sql, QString* error)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = tr("Cannot update the report summaries: %1").arg(q.lastError().text());
    return false;
}
} // namespace

ReportSummaries::ReportSummaries(Database& db) : m_db(db) {}

ReportSummaries::~ReportSummaries() = default;

bool ReportSummaries::rebuild(QString* error)
{
    QSqlQuery q(m_db.connection());
    for (const char* table : kSummaries)
        if (!exec(q, QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)), error))
            return false;
    for (const QString& sql : m_db.sqlDialect().statements(QString::fromUtf8(kFill), QString()))
        if (!exec(q, sql, error))
            return false;
    for (const ServiceSummaries::Summary& summary : ServiceSummaries::summaries(m_db)) // the service report's (0023)
        if (!exec(q, QStringLiteral("DELETE FROM ") + summary.table, error) ||
            !exec(q, QStringLiteral("INSERT INTO %1 (%2) ").arg(summary.table, summary.columns) + summary.grouped,
                  error))
            return false;
    return true;
}

bool ReportSummaries::suspendTriggers(QString* error)
{
    if (m_suspended)
        return true;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!exec(q, m_db.bulkLoadDialect().triggers(QStringLiteral("report_")), error))
        return false;
    QList<QPair<QString, QString>> triggers;
    while (q.next())
        triggers.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    // Only the tables' owner may disable triggers on PostgreSQL; a savepoint keeps the transaction usable if we
    // may not, and brings back whatever was suspended before the refusal.
    if (!exec(q, QStringLiteral("SAVEPOINT deskcrm_summaries"), error))
        return false;
    for (const auto& trigger : std::as_const(triggers)) {
        if (!exec(q, trigger.first, error)) {
            q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT deskcrm_summaries"));
            q.exec(QStringLiteral("RELEASE SAVEPOINT deskcrm_summaries"));
            return false;
        }
    }
    if (!exec(q, QStringLiteral("RELEASE SAVEPOINT deskcrm_summaries"), error))
        return false;
    m_triggers = triggers;
    m_suspended = true;
    return true;
}

bool ReportSummaries::resumeTriggers(QString* error)
{
    if (!m_suspended)
        return true;
    if (!rebuild(error))
        return false;
    QSqlQuery q(m_db.connection());
    for (const auto& trigger : std::as_const(m_triggers))
        if (!exec(q, trigger.second, error))
            return false;
    m_suspended = false;
    m_triggers.clear();
    return true;
}

#include "CompetitorReport.h"

#include "Database.h"
#include "ReportFormat.h"
#include "ReportQueries.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

CompetitorReport::CompetitorReport(Database& db) : m_db(db) {}

namespace {
bool fail(const Database& db, const QSqlQuery& q, QString* error)
{
    if (error)
        *error = CompetitorReport::tr("Cannot compute the competitor report: %1").arg(db.describeError(q.lastError()));
    return false;
}
} // namespace

CompetitorReport::Result CompetitorReport::compute(const ReportFilter& given, QString* error) const
{
    Result result;
    ReportFilter filter = given;
    if (filter.currency.isEmpty()) {
        QString message;
        filter.currency = ReportQueries(m_db).reportingCurrency(ReportQueries::chosenCurrency(), &message);
        if (!message.isEmpty()) {
            if (error)
                *error = message;
            return result;
        }
    }
    result.currency = filter.currency;
    QString period;
    QVariantList binds{filter.currency, filter.currency};
    if (filter.from.isValid()) {
        period += QStringLiteral(" AND COALESCE(o.actual_close, o.expected_close) >= ?");
        binds.append(filter.from);
    }
    if (filter.to.isValid()) {
        period += QStringLiteral(" AND COALESCE(o.actual_close, o.expected_close) <= ?");
        binds.append(filter.to);
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString sql =
        QStringLiteral(
            "SELECT c.id, c.name, COUNT(o.id), "
            "SUM(CASE WHEN s.is_won THEN 1 ELSE 0 END), SUM(CASE WHEN s.is_lost THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN s.is_lost AND l.is_winner THEN 1 ELSE 0 END), "
            "CAST(SUM(CASE WHEN s.is_won AND o.currency = ? THEN o.amount_minor ELSE 0 END) AS BIGINT), "
            "CAST(SUM(CASE WHEN s.is_lost AND o.currency = ? THEN o.amount_minor ELSE 0 END) AS BIGINT) "
            "FROM competitors c LEFT JOIN opportunity_competitors l ON l.competitor_id = c.id AND l.deleted_at IS NULL "
            "LEFT JOIN opportunities o ON o.id = l.opportunity_id AND o.deleted_at IS NULL%1 "
            "LEFT JOIN pipeline_stages s ON s.id = o.stage_id "
            "WHERE c.deleted_at IS NULL GROUP BY c.id, c.name ORDER BY c.name, c.id")
            .arg(period);
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
        Row row;
        row.competitorId = q.value(0).toString();
        row.name = q.value(1).toString();
        row.deals = q.value(2).toInt();
        row.won = q.value(3).toInt();
        row.lost = q.value(4).toInt();
        row.lostToThem = q.value(5).toInt();
        row.wonMinor = q.value(6).toLongLong();
        row.lostMinor = q.value(7).toLongLong();
        row.open = row.deals - row.won - row.lost;
        if (row.won + row.lost > 0) {
            row.hasWinRate = true;
            row.winRate = double(row.won) / double(row.won + row.lost);
        }
        result.competitors.append(row);
    }
    if (error)
        error->clear();
    return result;
}

QList<QPair<QString, int>> CompetitorReport::lostReasons(const QString& competitorId, QString* error) const
{
    QList<QPair<QString, int>> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COALESCE(o.lost_reason, ''), COUNT(*) FROM opportunity_competitors l "
                             "JOIN opportunities o ON o.id = l.opportunity_id AND o.deleted_at IS NULL "
                             "JOIN pipeline_stages s ON s.id = o.stage_id AND s.is_lost "
                             "WHERE l.competitor_id = ? AND l.deleted_at IS NULL "
                             "GROUP BY COALESCE(o.lost_reason, '') "
                             "ORDER BY CASE WHEN COALESCE(o.lost_reason, '') = '' THEN 1 ELSE 0 END, COUNT(*) DESC, "
                             "COALESCE(o.lost_reason, '')"));
    q.addBindValue(competitorId);
    if (!q.exec()) {
        fail(m_db, q, error);
        return result;
    }
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toInt()});
    return result;
}

QList<CompetitorReport::Observation> CompetitorReport::latestObservations(const QString& competitorId,
                                                                          QString* error) const
{
    QList<Observation> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString where = competitorId.isEmpty() ? QString() : QStringLiteral(" AND b.competitor_id = ?");
    q.prepare(QStringLiteral("SELECT id, name, product, price_minor, currency, promotion, observed_on, place, "
                             "display_name, link FROM (SELECT b.id, c.name, b.product, b.price_minor, b.currency, "
                             "b.promotion, b.observed_on, b.place, u.display_name, b.link, ROW_NUMBER() OVER "
                             "(PARTITION BY b.competitor_id, COALESCE(b.product, '') ORDER BY b.observed_on DESC, "
                             "b.created_at DESC, b.id DESC) AS k "
                             "FROM competitor_observations b JOIN competitors c ON c.id = b.competitor_id "
                             "AND c.deleted_at IS NULL LEFT JOIN users u ON u.id = b.observed_by "
                             "WHERE b.deleted_at IS NULL%1) r WHERE k = 1 ORDER BY observed_on DESC, name, product")
                  .arg(where));
    if (!competitorId.isEmpty())
        q.addBindValue(competitorId);
    if (!q.exec()) {
        fail(m_db, q, error);
        return result;
    }
    while (q.next()) {
        Observation o;
        o.id = q.value(0).toString();
        o.competitorName = q.value(1).toString();
        o.product = q.value(2).toString();
        o.hasPrice = !q.value(3).isNull();
        o.priceMinor = q.value(3).toLongLong();
        o.currency = q.value(4).toString();
        o.promotion = q.value(5).toString();
        o.observedOn = q.value(6).toDate();
        o.place = q.value(7).toString();
        o.observedBy = q.value(8).toString();
        o.link = q.value(9).toString();
        result.append(o);
    }
    return result;
}

ReportTable CompetitorReport::table(const Result& result)
{
    ReportTable t;
    t.title = tr("Win/loss against competitors");
    t.headers = {tr("Competitor"),  tr("Deals"),        tr("Won"),  tr("Won amount"), tr("Lost"),
                 tr("Lost amount"), tr("Lost to them"), tr("Open"), tr("Win rate")};
    t.alignments = {Qt::AlignLeft};
    for (int i = 1; i < t.headers.size(); ++i)
        t.alignments << Qt::AlignRight;
    for (const Row& row : result.competitors)
        t.rows << QStringList{row.name,
                              ReportFormat::number(row.deals),
                              ReportFormat::number(row.won),
                              ReportFormat::money(row.wonMinor, result.currency),
                              ReportFormat::number(row.lost),
                              ReportFormat::money(row.lostMinor, result.currency),
                              ReportFormat::number(row.lostToThem),
                              ReportFormat::number(row.open),
                              row.hasWinRate ? ReportFormat::percent(row.winRate) : tr("—", "no figure")};
    return t;
}

ReportTable CompetitorReport::observationsTable(const QList<Observation>& observations)
{
    ReportTable t;
    t.title = tr("Latest observations per competitor and product");
    t.headers = {tr("Competitor"), tr("Product"), tr("Price"),  tr("Promotion"),
                 tr("Seen on"),    tr("Where"),   tr("Seen by")};
    t.alignments = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight};
    for (const Observation& o : observations)
        t.rows << QStringList{o.competitorName,
                              o.product,
                              o.hasPrice ? ReportFormat::money(o.priceMinor, o.currency) : QString(),
                              o.promotion,
                              ReportFormat::date(o.observedOn),
                              o.place,
                              o.observedBy};
    return t;
}

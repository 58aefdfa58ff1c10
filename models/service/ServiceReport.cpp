#include "ServiceReport.h"

#include "Database.h"
#include "ReportFormat.h"
#include "SqlValues.h"
#include "TicketWorkflow.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace {
bool run(QSqlQuery& q, const QString& sql, const QVariantList& binds, QString* error)
{
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text().trimmed();
        return false;
    }
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text().trimmed();
        return false;
    }
    return true;
}

QString utc(const QDateTime& when)
{
    return SqlValues::timestamp(when);
}

// The start of a local calendar day as the stored UTC text.
QString dayStart(const QDate& day)
{
    return utc(QDateTime(day, QTime(0, 0)).toUTC());
}
} // namespace

ServiceReport::ServiceReport(Database& db) : m_db(db) {}

QString ServiceReport::ageBucketText(int bucket)
{
    switch (bucket) {
    case 0:
        return tr("Under 1 day");
    case 1:
        return tr("1–3 days");
    case 2:
        return tr("3–7 days");
    case 3:
        return tr("7–30 days");
    default:
        return tr("30 days or more");
    }
}

QString ServiceReport::ageBucketKey(int bucket)
{
    static const char* const keys[] = {"lt_1d", "1d_3d", "3d_7d", "7d_30d", "ge_30d"};
    return QLatin1String(keys[qBound(0, bucket, kAgeBuckets - 1)]);
}

QString ServiceReport::where(const ReportFilter& filter, QVariantList* binds) const
{
    QString sql = QStringLiteral(" WHERE t.deleted_at IS NULL");
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND t.received_at >= ?");
        *binds << dayStart(filter.from);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND t.received_at < ?");
        *binds << dayStart(filter.to.addDays(1));
    }
    if (!filter.ownerId.isEmpty()) {
        sql += QStringLiteral(" AND t.owner_id = ?");
        *binds << filter.ownerId;
    }
    if (!filter.teamId.isEmpty()) {
        sql += QStringLiteral(" AND t.owner_id IN (SELECT u.id FROM users u WHERE u.team_id = ?)");
        *binds << filter.teamId;
    }
    return sql;
}

QList<ServiceReport::OpenRow> ServiceReport::openByAge(const ReportFilter& filter, QString* error) const
{
    const QDateTime now = m_db.clock().nowUtc();
    QVariantList binds{utc(now.addDays(-1)), utc(now.addDays(-3)), utc(now.addDays(-7)), utc(now.addDays(-30))};
    const QString sql = QStringLiteral("SELECT t.priority, CASE WHEN t.received_at >= ? THEN 0 WHEN t.received_at >= ? "
                                       "THEN 1 WHEN t.received_at >= ? THEN 2 WHEN t.received_at >= ? THEN 3 ELSE 4 "
                                       "END AS bucket, COUNT(*) FROM tickets t") +
                        where(filter, &binds) + QStringLiteral(" AND t.status <> 'closed' GROUP BY t.priority, 2");
    QList<OpenRow> rows;
    for (const QString& priority : TicketWorkflow::priorities())
        rows.append(OpenRow{priority});
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!run(q, sql, binds, error))
        return {};
    while (q.next()) {
        for (OpenRow& row : rows) {
            if (row.priority == q.value(0).toString())
                row.counts[qBound(0, q.value(1).toInt(), kAgeBuckets - 1)] += q.value(2).toLongLong();
        }
    }
    std::reverse(rows.begin(), rows.end()); // urgent first
    return rows;
}

ServiceReport::Sla ServiceReport::sla(const ReportFilter& filter, QString* error) const
{
    QVariantList binds{utc(m_db.clock().nowUtc())};
    const QString sql =
        QStringLiteral("SELECT COUNT(*), COUNT(t.first_response_at), "
                       "SUM(CASE WHEN t.first_response_at <= t.first_response_due THEN 1 ELSE 0 END), "
                       "COUNT(t.resolved_at), SUM(CASE WHEN t.resolved_at <= t.resolution_due THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN t.resolved_at IS NULL AND t.status NOT IN ('closed', 'on_hold') "
                       "AND t.resolution_due < ? THEN 1 ELSE 0 END), "
                       "AVG(t.first_response_minutes), AVG(t.resolution_minutes) FROM tickets t") +
        where(filter, &binds);
    Sla s;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!run(q, sql, binds, error) || !q.next())
        return s;
    s.tickets = q.value(0).toLongLong();
    s.responded = q.value(1).toLongLong();
    s.respondedInTime = q.value(2).toLongLong();
    s.resolved = q.value(3).toLongLong();
    s.resolvedInTime = q.value(4).toLongLong();
    s.openOverdue = q.value(5).toLongLong();
    s.meanFirstResponseMinutes = q.value(6).toDouble();
    s.meanResolutionMinutes = q.value(7).toDouble();
    return s;
}

QList<ServiceReport::SatisfactionRow> ServiceReport::satisfaction(const ReportFilter& filter, By by,
                                                                  QString* error) const
{
    QString key;
    QString label;
    QString join;
    switch (by) {
    case By::Rep:
        key = QStringLiteral("t.owner_id");
        label = QStringLiteral("u.display_name");
        join = QStringLiteral(" LEFT JOIN users u ON u.id = t.owner_id");
        break;
    case By::Product:
        key = QStringLiteral("t.product_id");
        label = QStringLiteral("p.name");
        join = QStringLiteral(" LEFT JOIN products p ON p.id = t.product_id");
        break;
    case By::Category:
        key = QStringLiteral("t.category");
        label = QStringLiteral("t.category");
        break;
    }
    QVariantList binds;
    const QString sql =
        QStringLiteral("SELECT %1, %2, COUNT(*), AVG(t.satisfaction), "
                       "SUM(CASE WHEN t.satisfaction = 1 THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN t.satisfaction = 2 THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN t.satisfaction = 3 THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN t.satisfaction = 4 THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN t.satisfaction = 5 THEN 1 ELSE 0 END) FROM tickets t")
            .arg(key, label) +
        join + where(filter, &binds) +
        QStringLiteral(" AND t.satisfaction IS NOT NULL GROUP BY %1, %2 ORDER BY 4 DESC, 2").arg(key, label);
    QList<SatisfactionRow> rows;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!run(q, sql, binds, error))
        return rows;
    while (q.next()) {
        SatisfactionRow row;
        row.key = q.value(0).toString();
        row.label = q.value(1).isNull() ? tr("(none)") : q.value(1).toString();
        row.count = q.value(2).toLongLong();
        row.average = q.value(3).toDouble();
        for (int i = 0; i < 5; ++i)
            row.distribution[i] = q.value(4 + i).toLongLong();
        rows.append(row);
    }
    return rows;
}

ServiceReport::ComplaintTrend ServiceReport::complaints(const ReportFilter& filter, QString* error, int months) const
{
    ComplaintTrend trend;
    const QDate end = filter.to.isValid() ? filter.to : m_db.clock().today();
    const QDate last(end.year(), end.month(), 1);
    for (int i = months - 1; i >= 0; --i)
        trend.months << last.addMonths(-i);
    // One scan: a column per month, bounded by the months' first days (local time), as bound values.
    QStringList columns;
    QVariantList binds;
    for (int i = 0; i < trend.months.size(); ++i) {
        columns << QStringLiteral("SUM(CASE WHEN t.received_at >= ? AND t.received_at < ? THEN 1 ELSE 0 END)");
        binds << dayStart(trend.months.at(i)) << dayStart(trend.months.at(i).addMonths(1));
    }
    ReportFilter period = filter;
    period.from = trend.months.first();
    period.to = last.addMonths(1).addDays(-1);
    const QString sql = QStringLiteral("SELECT t.category, ") + columns.join(QStringLiteral(", ")) +
                        QStringLiteral(" FROM tickets t") + where(period, &binds) +
                        QStringLiteral(" AND t.kind = 'complaint' GROUP BY t.category ORDER BY t.category");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!run(q, sql, binds, error))
        return trend;
    while (q.next()) {
        ComplaintRow row;
        row.category = q.value(0).isNull() ? tr("(none)") : q.value(0).toString();
        for (int i = 0; i < trend.months.size(); ++i)
            row.counts << q.value(1 + i).toLongLong();
        trend.rows.append(row);
    }
    return trend;
}

QString ServiceReport::hoursText(double minutes)
{
    return tr("%1 h", "business hours").arg(QLocale().toString(minutes / 60.0, 'f', 1));
}

QList<ReportTable> ServiceReport::tables(const ReportFilter& filter, QString* error) const
{
    QList<ReportTable> result;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;

    ReportTable open;
    open.title = tr("Open tickets by age and priority");
    open.headers << tr("Priority");
    for (int b = 0; b < kAgeBuckets; ++b)
        open.headers << ageBucketText(b);
    open.headers << tr("Total");
    open.alignments << Qt::AlignLeft;
    for (int b = 0; b <= kAgeBuckets; ++b)
        open.alignments << right;
    for (const OpenRow& row : openByAge(filter, error)) {
        QStringList cells{TicketWorkflow::priorityText(row.priority)};
        qint64 total = 0;
        for (qint64 n : row.counts) {
            cells << ReportFormat::number(n);
            total += n;
        }
        cells << ReportFormat::number(total);
        open.rows << cells;
    }
    result << open;

    const Sla s = sla(filter, error);
    ReportTable slaTable;
    slaTable.title = tr("SLA compliance and mean times (business hours)");
    slaTable.headers << tr("Figure") << tr("Value");
    slaTable.alignments << Qt::AlignLeft << right;
    slaTable.rows << QStringList{tr("Tickets received"), ReportFormat::number(s.tickets)}
                  << QStringList{tr("First response within SLA"),
                                 tr("%1 (%2 of %3)")
                                     .arg(ReportFormat::percent(s.firstResponsePercent() / 100.0),
                                          ReportFormat::number(s.respondedInTime), ReportFormat::number(s.responded))}
                  << QStringList{tr("Resolution within SLA"),
                                 tr("%1 (%2 of %3)")
                                     .arg(ReportFormat::percent(s.resolutionPercent() / 100.0),
                                          ReportFormat::number(s.resolvedInTime), ReportFormat::number(s.resolved))}
                  << QStringList{tr("Open past the resolution deadline"), ReportFormat::number(s.openOverdue)}
                  << QStringList{tr("Mean time to first response"), hoursText(s.meanFirstResponseMinutes)}
                  << QStringList{tr("Mean time to resolution"), hoursText(s.meanResolutionMinutes)};
    result << slaTable;

    const QList<QPair<By, QString>> breakdowns{{By::Rep, tr("Satisfaction by rep")},
                                               {By::Product, tr("Satisfaction by product")},
                                               {By::Category, tr("Satisfaction by category")}};
    for (const auto& [by, title] : breakdowns) {
        ReportTable t;
        t.title = title;
        t.headers << (by == By::Rep       ? tr("Rep")
                      : by == By::Product ? tr("Product")
                                          : tr("Category"))
                  << tr("Scores") << tr("Average");
        for (int score = 1; score <= 5; ++score)
            t.headers << tr("%1 ★").arg(score);
        t.alignments << Qt::AlignLeft;
        for (int i = 0; i < 7; ++i)
            t.alignments << right;
        for (const SatisfactionRow& row : satisfaction(filter, by, error)) {
            QStringList cells{row.label, ReportFormat::number(row.count), QLocale().toString(row.average, 'f', 2)};
            for (qint64 n : row.distribution)
                cells << ReportFormat::number(n);
            t.rows << cells;
        }
        result << t;
    }

    const ComplaintTrend trend = complaints(filter, error);
    ReportTable c;
    c.title = tr("Complaints by category and month");
    c.headers << tr("Category");
    c.alignments << Qt::AlignLeft;
    for (const QDate& month : trend.months) {
        c.headers << ReportFormat::month(month);
        c.alignments << right;
    }
    for (const ComplaintRow& row : trend.rows) {
        QStringList cells{row.category};
        for (qint64 n : row.counts)
            cells << ReportFormat::number(n);
        c.rows << cells;
    }
    result << c;
    return result;
}

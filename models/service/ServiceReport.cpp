#include "ServiceReport.h"

#include "Database.h"
#include "ReportFormat.h"
#include "ReportQueries.h"
#include "SqlDialect.h"
#include "SqlValues.h"
#include "TicketWorkflow.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <QMap>

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

// The summaries' keys (0023_service_summaries.sql): yyyymm and yyyymmdd of UTC dates.
int monthKey(const QDate& day)
{
    return day.year() * 100 + day.month();
}

int dayKey(const QDate& day)
{
    return day.year() * 10000 + day.month() * 100 + day.day();
}

QString dayStartUtc(const QDate& day)
{
    return utc(QDateTime(day, QTime(0, 0), Qt::UTC));
}

const QLatin1String kNil("00000000-0000-0000-0000-000000000000");

// The report's period: whole UTC months of received_at (ReportQueries::wholeMonths), as summary keys and as the
// bounds of received_at for the few tickets read directly.
struct Period
{
    int fromMonth = 0;
    int toMonth = 999999;
    QString fromUtc; // empty: unbounded
    QString toUtc;   // first instant after the period; empty: unbounded
};

Period periodOf(const ReportFilter& filter)
{
    const ReportFilter whole = ReportQueries::wholeMonths(filter);
    Period p;
    if (whole.from.isValid()) {
        p.fromMonth = monthKey(whole.from);
        p.fromUtc = dayStartUtc(whole.from);
    }
    if (whole.to.isValid()) {
        p.toMonth = monthKey(whole.to);
        p.toUtc = dayStartUtc(whole.to.addDays(1));
    }
    return p;
}

// Restricts an owner column to the filter's rep and/or team.
QString people(const ReportFilter& filter, const QString& column, QVariantList* binds)
{
    QString sql;
    if (!filter.ownerId.isEmpty()) {
        sql += QStringLiteral(" AND %1 = ?").arg(column);
        *binds << filter.ownerId;
    }
    if (!filter.teamId.isEmpty()) {
        sql += QStringLiteral(" AND %1 IN (SELECT u.id FROM users u WHERE u.team_id = ?)").arg(column);
        *binds << filter.teamId;
    }
    return sql;
}

// A summary's rows of the period's months and the filter's people (r.month, r.owner_id), binds in that order.
QString summaryRows(const Period& period, const ReportFilter& filter, QVariantList* binds)
{
    *binds << period.fromMonth << period.toMonth;
    return QStringLiteral(" AND r.month BETWEEN ? AND ?") + people(filter, QStringLiteral("r.owner_id"), binds);
}

// The tickets read directly: live ones received in the period.
QString ticketsIn(const Period& period, const ReportFilter& filter, QVariantList* binds)
{
    QString sql = QStringLiteral(" WHERE t.deleted_at IS NULL");
    if (!period.fromUtc.isEmpty()) {
        sql += QStringLiteral(" AND t.received_at >= ?");
        *binds << period.fromUtc;
    }
    if (!period.toUtc.isEmpty()) {
        sql += QStringLiteral(" AND t.received_at < ?");
        *binds << period.toUtc;
    }
    return sql + people(filter, QStringLiteral("t.owner_id"), binds);
}

QString scoreSums(const QString& alias)
{
    QStringList sums;
    for (int score = 1; score <= 5; ++score)
        sums << QStringLiteral("SUM(%1.score%2)").arg(alias).arg(score);
    return sums.join(QStringLiteral(", "));
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

// Open tickets by age: the days received wholly inside one bucket from report_ticket_open, the (at most four) days a
// bucket boundary cuts through from those days' open tickets themselves.
QList<ServiceReport::OpenRow> ServiceReport::openByAge(const ReportFilter& filter, QString* error) const
{
    const QDateTime now = m_db.clock().nowUtc();
    const Period period = periodOf(filter);
    QList<QDateTime> bounds;
    QVariantList cutDays;
    for (int days : {1, 3, 7, 30}) {
        bounds << now.addDays(-days);
        cutDays << dayKey(bounds.last().date());
    }
    QList<OpenRow> rows;
    for (const QString& priority : TicketWorkflow::priorities())
        rows.append(OpenRow{priority});
    auto add = [&rows](const QString& priority, int bucket, qint64 n) {
        for (OpenRow& row : rows) {
            if (row.priority == priority)
                row.counts[qBound(0, bucket, kAgeBuckets - 1)] += n;
        }
    };
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);

    QVariantList binds = cutDays + cutDays;
    QString sql = QStringLiteral("SELECT r.priority, CASE WHEN r.day > ? THEN 0 WHEN r.day > ? THEN 1 WHEN r.day > ? "
                                 "THEN 2 WHEN r.day > ? THEN 3 ELSE 4 END, SUM(r.tickets) FROM report_ticket_open r "
                                 "WHERE r.day NOT IN (?, ?, ?, ?)");
    if (period.fromMonth > 0) {
        sql += QStringLiteral(" AND r.day >= ?");
        binds << period.fromMonth * 100;
    }
    if (period.toMonth < 999999) {
        sql += QStringLiteral(" AND r.day <= ?");
        binds << period.toMonth * 100 + 99;
    }
    sql += people(filter, QStringLiteral("r.owner_id"), &binds) + QStringLiteral(" GROUP BY r.priority, 2");
    if (!run(q, sql, binds, error))
        return {};
    while (q.next())
        add(q.value(0).toString(), q.value(1).toInt(), q.value(2).toLongLong());

    // One cut day at a time, each a short range of ix_tickets_age (migration 0023: the open tickets by received_at,
    // with the columns counted here), so no ticket row is read. Named for SQLite, whose planner picks the partial
    // index only from statistics (without them it walks ix_tickets_received and reads every ticket of the day).
    for (const QDateTime& cut : bounds) {
        binds.clear();
        for (const QDateTime& bound : bounds)
            binds << utc(bound);
        sql = QStringLiteral("SELECT t.priority, CASE WHEN t.received_at >= ? THEN 0 WHEN t.received_at >= ? THEN 1 "
                             "WHEN t.received_at >= ? THEN 2 WHEN t.received_at >= ? THEN 3 ELSE 4 END, COUNT(*) "
                             "FROM tickets t ") +
              m_db.sqlDialect().indexHint(QStringLiteral("ix_tickets_age")) + ticketsIn(period, filter, &binds) +
              QStringLiteral(" AND t.status <> 'closed' AND t.received_at >= ? AND t.received_at < ? "
                             "GROUP BY t.priority, 2");
        binds << dayStartUtc(cut.date()) << dayStartUtc(cut.date().addDays(1));
        if (!run(q, sql, binds, error))
            return {};
        while (q.next())
            add(q.value(0).toString(), q.value(1).toInt(), q.value(2).toLongLong());
    }
    std::reverse(rows.begin(), rows.end()); // urgent first
    return rows;
}

ServiceReport::Sla ServiceReport::sla(const ReportFilter& filter, QString* error) const
{
    const Period period = periodOf(filter);
    QVariantList binds;
    QString sql = QStringLiteral("SELECT SUM(r.tickets), SUM(r.responded), SUM(r.responded_in_time), SUM(r.resolved), "
                                 "SUM(r.resolved_in_time), SUM(r.first_response_minutes), SUM(r.first_response_timed), "
                                 "SUM(r.resolution_minutes), SUM(r.resolution_timed) FROM report_ticket_summary r "
                                 "WHERE 1 = 1") +
                  summaryRows(period, filter, &binds);
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
    const qint64 firstTimed = q.value(6).toLongLong();
    const qint64 resolutionTimed = q.value(8).toLongLong();
    s.meanFirstResponseMinutes = firstTimed ? q.value(5).toDouble() / double(firstTimed) : 0;
    s.meanResolutionMinutes = resolutionTimed ? q.value(7).toDouble() / double(resolutionTimed) : 0;

    // Open past the resolution deadline now: deadlines of earlier days from report_ticket_due, today's from the
    // tickets due today.
    const QDateTime now = m_db.clock().nowUtc();
    binds = {dayKey(now.date())};
    sql = QStringLiteral("SELECT SUM(r.tickets) FROM report_ticket_due r WHERE r.due_day < ?") +
          summaryRows(period, filter, &binds);
    if (!run(q, sql, binds, error) || !q.next())
        return s;
    s.openOverdue = q.value(0).toLongLong();
    binds.clear();
    sql = QStringLiteral("SELECT COUNT(*) FROM tickets t") + ticketsIn(period, filter, &binds) +
          QStringLiteral(" AND t.status <> 'closed' AND t.resolution_due >= ? AND t.resolution_due < ? "
                         "AND t.resolved_at IS NULL AND t.status <> 'on_hold'");
    binds << dayStartUtc(now.date()) << utc(now);
    if (!run(q, sql, binds, error) || !q.next())
        return s;
    s.openOverdue += q.value(0).toLongLong();
    return s;
}

QList<ServiceReport::SatisfactionRow> ServiceReport::satisfaction(const ReportFilter& filter, By by,
                                                                  QString* error) const
{
    QString key;
    QString label;
    QString from;
    switch (by) {
    case By::Rep:
        key = QStringLiteral("r.owner_id");
        label = QStringLiteral("u.display_name");
        from = QStringLiteral("report_ticket_summary r LEFT JOIN users u ON u.id = r.owner_id");
        break;
    case By::Product:
        key = QStringLiteral("r.product_id");
        label = QStringLiteral("p.name");
        from = QStringLiteral("report_ticket_product r LEFT JOIN products p ON p.id = r.product_id");
        break;
    case By::Category:
        key = QStringLiteral("r.category");
        label = QStringLiteral("r.category");
        from = QStringLiteral("report_ticket_summary r");
        break;
    }
    const Period period = periodOf(filter);
    QVariantList binds;
    const QString sql =
        QStringLiteral("SELECT %1, %2, %3 FROM %4 WHERE 1 = 1").arg(key, label, scoreSums(QStringLiteral("r")), from) +
        summaryRows(period, filter, &binds) + QStringLiteral(" GROUP BY %1, %2").arg(key, label);
    QList<SatisfactionRow> rows;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!run(q, sql, binds, error))
        return rows;
    while (q.next()) {
        SatisfactionRow row;
        row.key = q.value(0).toString();
        const bool none = row.key.isEmpty() || row.key == kNil || q.value(1).isNull();
        if (row.key == kNil)
            row.key.clear();
        row.label = none ? tr("(none)") : q.value(1).toString();
        qint64 points = 0;
        for (int i = 0; i < 5; ++i) {
            row.distribution[i] = q.value(2 + i).toLongLong();
            row.count += row.distribution[i];
            points += row.distribution[i] * (i + 1);
        }
        if (row.count == 0)
            continue;
        row.average = double(points) / double(row.count);
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const SatisfactionRow& a, const SatisfactionRow& b) {
        return a.average != b.average ? a.average > b.average : a.label < b.label;
    });
    return rows;
}

ServiceReport::ComplaintTrend ServiceReport::complaints(const ReportFilter& filter, QString* error, int months) const
{
    ComplaintTrend trend;
    const QDate end = filter.to.isValid() ? filter.to : m_db.clock().nowUtc().date();
    const QDate last(end.year(), end.month(), 1);
    for (int i = months - 1; i >= 0; --i)
        trend.months << last.addMonths(-i);
    QVariantList binds{monthKey(trend.months.first()), monthKey(last)};
    const QString sql = QStringLiteral("SELECT r.category, r.month, SUM(r.complaints) FROM report_ticket_summary r "
                                       "WHERE r.month BETWEEN ? AND ?") +
                        people(filter, QStringLiteral("r.owner_id"), &binds) +
                        QStringLiteral(" GROUP BY r.category, r.month HAVING SUM(r.complaints) <> 0");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!run(q, sql, binds, error))
        return trend;
    QMap<QString, QVector<qint64>> byCategory; // '' (no category) sorts first
    while (q.next()) {
        QVector<qint64>& counts = byCategory[q.value(0).toString()];
        counts.resize(trend.months.size());
        const int month = q.value(1).toInt();
        const int index = int(trend.months.indexOf(QDate(month / 100, month % 100, 1)));
        if (index >= 0)
            counts[index] += q.value(2).toLongLong();
    }
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        trend.rows.append(ComplaintRow{it.key().isEmpty() ? tr("(none)") : it.key(), it.value()});
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

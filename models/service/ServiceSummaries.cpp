#include "ServiceSummaries.h"

#include "Database.h"
#include "SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
// One summary: its columns, which of its rows count (a row whose counts went back to zero is not a difference), and
// the grouped query over the tickets that fills it, per dialect — kept identical to the fill at the end of
// 0023_service_summaries.sql (0028_ticket_status_counts.sql for the last) and so to what the triggers add up.
struct Grouped
{
    const char* table;
    const char* columns;
    const char* counted;
    const char* sqlite;
    const char* postgresql;
};

const Grouped kSummaries[] = {
    {"report_ticket_summary",
     "month, owner_id, category, tickets, complaints, responded, responded_in_time, resolved, resolved_in_time, "
     "first_response_timed, first_response_minutes, resolution_timed, resolution_minutes, score1, score2, score3, "
     "score4, score5",
     "tickets <> 0",
     R"sql(SELECT CAST(strftime('%Y%m', received_at) AS INTEGER), COALESCE(owner_id, '00000000-0000-0000-0000-000000000000'), COALESCE(category, ''), COUNT(*), SUM(kind = 'complaint'),
       COUNT(first_response_at), SUM(COALESCE(first_response_at <= first_response_due, 0)), COUNT(resolved_at), SUM(COALESCE(resolved_at <= resolution_due, 0)),
       COUNT(first_response_minutes), COALESCE(SUM(first_response_minutes), 0), COUNT(resolution_minutes), COALESCE(SUM(resolution_minutes), 0),
       SUM(COALESCE(satisfaction = 1, 0)), SUM(COALESCE(satisfaction = 2, 0)), SUM(COALESCE(satisfaction = 3, 0)), SUM(COALESCE(satisfaction = 4, 0)), SUM(COALESCE(satisfaction = 5, 0))
FROM tickets WHERE deleted_at IS NULL GROUP BY 1, 2, 3)sql",
     R"sql(SELECT report_month(received_at), report_nil(owner_id), COALESCE(category, ''), COUNT(*), SUM(report_flag(kind = 'complaint')),
       COUNT(first_response_at), SUM(report_flag(first_response_at <= first_response_due)), COUNT(resolved_at), SUM(report_flag(resolved_at <= resolution_due)),
       COUNT(first_response_minutes), COALESCE(SUM(first_response_minutes), 0), COUNT(resolution_minutes), COALESCE(SUM(resolution_minutes), 0),
       SUM(report_flag(satisfaction = 1)), SUM(report_flag(satisfaction = 2)), SUM(report_flag(satisfaction = 3)), SUM(report_flag(satisfaction = 4)), SUM(report_flag(satisfaction = 5))
FROM tickets WHERE deleted_at IS NULL GROUP BY 1, 2, 3)sql"},
    {"report_ticket_product", "month, owner_id, product_id, score1, score2, score3, score4, score5",
     "score1 <> 0 OR score2 <> 0 OR score3 <> 0 OR score4 <> 0 OR score5 <> 0",
     R"sql(SELECT CAST(strftime('%Y%m', received_at) AS INTEGER), COALESCE(owner_id, '00000000-0000-0000-0000-000000000000'), COALESCE(product_id, '00000000-0000-0000-0000-000000000000'),
       SUM(satisfaction = 1), SUM(satisfaction = 2), SUM(satisfaction = 3), SUM(satisfaction = 4), SUM(satisfaction = 5)
FROM tickets WHERE deleted_at IS NULL AND satisfaction IS NOT NULL GROUP BY 1, 2, 3)sql",
     R"sql(SELECT report_month(received_at), report_nil(owner_id), report_nil(product_id),
       SUM(report_flag(satisfaction = 1)), SUM(report_flag(satisfaction = 2)), SUM(report_flag(satisfaction = 3)), SUM(report_flag(satisfaction = 4)), SUM(report_flag(satisfaction = 5))
FROM tickets WHERE deleted_at IS NULL AND satisfaction IS NOT NULL GROUP BY 1, 2, 3)sql"},
    {"report_ticket_open", "day, priority, owner_id, tickets", "tickets <> 0",
     R"sql(SELECT CAST(strftime('%Y%m%d', received_at) AS INTEGER), priority, COALESCE(owner_id, '00000000-0000-0000-0000-000000000000'), COUNT(*)
FROM tickets WHERE deleted_at IS NULL AND status <> 'closed' GROUP BY 1, 2, 3)sql",
     R"sql(SELECT report_day(received_at), priority, report_nil(owner_id), COUNT(*)
FROM tickets WHERE deleted_at IS NULL AND status <> 'closed' GROUP BY 1, 2, 3)sql"},
    {"report_ticket_due", "due_day, month, owner_id, tickets", "tickets <> 0",
     R"sql(SELECT CAST(strftime('%Y%m%d', resolution_due) AS INTEGER), CAST(strftime('%Y%m', received_at) AS INTEGER), COALESCE(owner_id, '00000000-0000-0000-0000-000000000000'), COUNT(*)
FROM tickets WHERE deleted_at IS NULL AND resolved_at IS NULL AND status NOT IN ('closed', 'on_hold') AND resolution_due IS NOT NULL GROUP BY 1, 2, 3)sql",
     R"sql(SELECT report_day(resolution_due), report_month(received_at), report_nil(owner_id), COUNT(*)
FROM tickets WHERE deleted_at IS NULL AND resolved_at IS NULL AND status NOT IN ('closed', 'on_hold') AND resolution_due IS NOT NULL GROUP BY 1, 2, 3)sql"},
    // The ticket board's column totals (0028_ticket_status_counts.sql).
    {"report_ticket_status", "status, owner_id, tickets", "tickets <> 0",
     "SELECT status, COALESCE(owner_id, '00000000-0000-0000-0000-000000000000'), COUNT(*) FROM tickets WHERE "
     "deleted_at IS NULL GROUP BY 1, 2",
     "SELECT status, report_nil(owner_id), COUNT(*) FROM tickets WHERE deleted_at IS NULL GROUP BY 1, 2"},
};

// The grouped query in this database's dialect (SqlDialect::statements picks the section).
QString grouped(const Database& db, const Grouped& summary)
{
    const QString script = QStringLiteral("-- @sqlite\n%1;\n-- @end\n-- @postgresql\n%2;\n-- @end\n")
                               .arg(QString::fromUtf8(summary.sqlite), QString::fromUtf8(summary.postgresql));
    return db.sqlDialect().statements(script, QString()).join(QLatin1Char(' '));
}

bool exec(QSqlQuery& q, const QString& sql, QString* error)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = ServiceSummaries::tr("Cannot read or write the service report's summaries: %1")
                     .arg(q.lastError().text().trimmed());
    return false;
}
} // namespace

QList<ServiceSummaries::Summary> ServiceSummaries::summaries(const Database& db)
{
    QList<Summary> result;
    for (const Grouped& summary : kSummaries)
        result.append({QLatin1String(summary.table), QLatin1String(summary.columns), grouped(db, summary)});
    return result;
}

bool ServiceSummaries::verify(const Database& db, QStringList* problems, QString* error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    for (const Grouped& summary : kSummaries) {
        const QString kept =
            QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                .arg(QLatin1String(summary.columns), QLatin1String(summary.table), QLatin1String(summary.counted));
        const QString fromTickets = grouped(db, summary);
        // Rows the summary has and the tickets do not add up to, and the other way round.
        const QString sql = QStringLiteral("SELECT (SELECT COUNT(*) FROM (%1 EXCEPT %2) a), "
                                           "(SELECT COUNT(*) FROM (%2 EXCEPT %1) b)")
                                .arg(kept, fromTickets);
        if (!exec(q, sql, error) || !q.next())
            return false;
        const qint64 wrong = q.value(0).toLongLong() + q.value(1).toLongLong();
        q.finish();
        if (wrong > 0)
            problems->append(tr("The service report summary %1 does not match the tickets (%n row(s) differ): "
                                "rebuild it with \"deskcrm-cli check --rebuild-summaries\".",
                                nullptr, int(wrong))
                                 .arg(QLatin1String(summary.table)));
    }
    return true;
}

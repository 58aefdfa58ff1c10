#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QtGlobal>

class Database;

// The report_* summary tables of migrations 0002_reporting, 0006, 0007 and 0024 (campaigns) as a whole: rebuild()
// recomputes them from the rows with one grouped INSERT each (what the per-row triggers add up to), and
// suspendTriggers() / resumeTriggers() bracket a bulk load inside the caller's transaction, so a million inserted rows
// cost one rebuild instead of a million single-row upserts (on PostgreSQL each also leaves a dead version of a hot
// summary row behind). TestReportQueries checks rebuild() against what the triggers built.
class ReportSummaries
{
public:
    explicit ReportSummaries(Database& db);
    ~ReportSummaries();
    Q_DISABLE_COPY(ReportSummaries)

    // Empties every summary and fills it again from the non-deleted rows. Call inside a transaction.
    bool rebuild(QString* error);

    // Inside the caller's transaction. True when the triggers are off until resumeTriggers(); false when
    // they stay on (a PostgreSQL role that does not own the tables may not disable them) — the load is
    // then just slower, and *error says why. Other connections cannot write meanwhile: SQLite holds the
    // write lock, PostgreSQL's ALTER TABLE locks out writers until the transaction ends.
    bool suspendTriggers(QString* error = nullptr);
    // Rebuilds the summaries and turns the triggers back on (a no-op when none were suspended). A
    // rollback of the transaction also restores them.
    bool resumeTriggers(QString* error);
    bool triggersSuspended() const { return m_suspended; }

private:
    Database& m_db;
    bool m_suspended = false;
    QList<QPair<QString, QString>> m_triggers; // (suspend, resume) statements (BulkLoadDialect::triggers)
};

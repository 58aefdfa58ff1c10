#pragma once

#include "ReportSummaries.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QtGlobal>

class Database;

// Brackets a bulk load of many rows into some tables inside the caller's transaction: secondary
// indexes of those tables are dropped and built again at the end (one sort instead of a random B-tree
// insert per row and index, which is what made a million demo customers take half an hour), the
// report summary triggers are suspended and the summaries rebuilt (ReportSummaries), and the planner
// statistics refreshed; a full-text index fed row by row by a trigger (SQLite FTS5) is rebuilt once at the end. On
// PostgreSQL the tables' foreign keys are dropped and added back too: adding one checks every row with a single join,
// where a live one costs a lookup per row and key (SQLite's own checks are cheap and cannot be switched off in a
// transaction). Unique indexes are rebuilt too, so their constraints are still checked — at finish() instead of per
// row. All of it is transactional on both databases: a rollback restores the indexes and triggers. Worth it when the
// load is large next to what the tables already hold.
class BulkLoad
{
public:
    BulkLoad(Database& db, QStringList tables);
    ~BulkLoad();
    Q_DISABLE_COPY(BulkLoad)

    // False with *error when the database refused (e.g. a PostgreSQL role that does not own the
    // tables); the load can still go ahead, just row by row through indexes and triggers.
    bool begin(QString* error);
    bool finish(QString* error);

private:
    Database& m_db;
    QStringList m_tables;
    QList<QPair<QString, QString>> m_indexes;        // DROP INDEX, CREATE INDEX (BulkLoadDialect)
    QList<QPair<QString, QString>> m_foreignKeys;    // ALTER TABLE … DROP / ADD (none on SQLite)
    QList<QPair<QString, QString>> m_searchTriggers; // full-text insert triggers: DROP / CREATE (SQLite)
    QStringList m_searchRebuilds;                    // and the index rebuilds that replace them
    ReportSummaries m_summaries;
    bool m_begun = false;
};

#pragma once

#include <QString>
#include <QtGlobal>

class Database;

// The connection settings of one big load, kept for as long as the object lives: a larger page cache and, on SQLite, a
// rollback journal instead of the WAL (BulkLoadDialect::enlargeCache / leaveWriteAheadLog: a load of a million rows
// spills its pages into a WAL of gigabytes and then probes it for every page it reads back — bench data generation
// crawled for more than half an hour). Both are restored by the destructor. Nothing changes on PostgreSQL.
class BulkLoadConnection
{
public:
    BulkLoadConnection(Database& db, int cacheMebibytes);
    ~BulkLoadConnection();
    Q_DISABLE_COPY(BulkLoadConnection)

private:
    Database& m_db;
    QString m_restoreCache;
    QString m_restoreJournal;
};

#include "BulkLoadConnection.h"

#include "BulkLoadDialect.h"
#include "Database.h"

#include <QSqlQuery>

BulkLoadConnection::BulkLoadConnection(Database& db, int cacheMebibytes) : m_db(db)
{
    const BulkLoadDialect& loading = m_db.bulkLoadDialect();
    m_restoreCache = loading.enlargeCache(m_db.connection(), cacheMebibytes);
    m_restoreJournal = loading.leaveWriteAheadLog(m_db);
}

BulkLoadConnection::~BulkLoadConnection()
{
    if (!m_restoreJournal.isEmpty())
        m_db.setJournalMode(m_restoreJournal);
    if (!m_restoreCache.isEmpty())
        QSqlQuery(m_db.connection()).exec(m_restoreCache);
}

#include "TicketBenchData.h"

#include "BulkLoad.h"
#include "BulkLoadDialect.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "MaintenanceDialect.h"
#include "RecordWriter.h"
#include "TicketDemoData.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
qint64 countOf(const Database& db, const QString& sql, QString* error)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}
} // namespace

TicketBenchData::TicketBenchData(Database& db) : m_db(db) {}

qint64 TicketBenchData::ticketCount(QString* error) const
{
    return countOf(m_db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE deleted_at IS NULL"), error);
}

qint64 TicketBenchData::transitionCount(QString* error) const
{
    return countOf(m_db, QStringLiteral("SELECT COUNT(*) FROM ticket_transitions"), error);
}

QString TicketBenchData::sampleAssignee(QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT owner_id FROM tickets WHERE owner_id IS NOT NULL AND deleted_at IS NULL "
                               "LIMIT 1"))) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    return q.next() ? q.value(0).toString() : QString();
}

bool TicketBenchData::generate(qint64 tickets, qint64 customers, quint64 seed, QString* error)
{
    const qint64 have = ticketCount(error);
    if (have < 0)
        return false;
    if (have >= tickets)
        return true;
    const qint64 haveCustomers = countOf(m_db, QStringLiteral("SELECT COUNT(*) FROM customers"), error);
    if (haveCustomers < 0)
        return false;
    if (haveCustomers < customers) {
        DemoDataGenerator::Options options;
        options.customers = customers;
        options.activities = false; // customers and the demo reps; the tickets follow
        options.seed = seed;
        if (!DemoDataGenerator(m_db).generate(options, error))
            return false;
    }
    // One write through BulkLoad, as the demo generator loads customers.
    const BulkLoadDialect& loading = m_db.bulkLoadDialect();
    const QString restoreCache = loading.enlargeCache(m_db.connection(), 256);
    const QString restoreJournal = loading.leaveWriteAheadLog(m_db);
    bool ok = true;
    {
        RecordWriter writer(m_db);
        BulkLoad bulk(m_db, {QStringLiteral("tickets"), QStringLiteral("ticket_transitions")});
        QString refused; // a PostgreSQL role that does not own the tables loads row by row instead
        bulk.begin(&refused);
        TicketDemoData data(writer, seed + 1);
        if (!data.generate(tickets - have, error) || !bulk.finish(error))
            ok = false;
        if (ok) {
            const WriteResult committed = writer.commit();
            if (!committed.ok()) {
                if (error)
                    *error = committed.message;
                ok = false;
            }
        }
    }
    if (!restoreJournal.isEmpty())
        m_db.setJournalMode(restoreJournal);
    if (!restoreCache.isEmpty())
        QSqlQuery(m_db.connection()).exec(restoreCache);
    if (ok)
        QSqlQuery(m_db.connection()).exec(m_db.maintenanceDialect().afterLoad());
    return ok;
}

#include "BulkLoad.h"

#include "BulkLoadDialect.h"
#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("BulkLoad", text);
}

bool exec(QSqlQuery& q, const QString& sql, QString* error)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = tr("Cannot prepare the database for a bulk load: %1").arg(q.lastError().text());
    return false;
}

// Reads rows of two statements (BulkLoadDialect's SELECTs); an empty select yields none.
bool readPairs(QSqlQuery& q, const QString& select, QList<QPair<QString, QString>>* pairs, QString* error)
{
    if (select.isEmpty())
        return true;
    if (!exec(q, select, error))
        return false;
    while (q.next())
        pairs->append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    return true;
}
} // namespace

BulkLoad::BulkLoad(Database& db, QStringList tables) : m_db(db), m_tables(std::move(tables)), m_summaries(db) {}

BulkLoad::~BulkLoad() = default;

bool BulkLoad::begin(QString* error)
{
    if (m_begun)
        return true;
    const BulkLoadDialect& dialect = m_db.bulkLoadDialect();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Only the owner may drop indexes and constraints on PostgreSQL: a savepoint keeps the transaction usable
    // and puts back whatever was dropped before a refusal.
    if (!exec(q, QStringLiteral("SAVEPOINT deskcrm_bulk_load"), error))
        return false;
    const auto undo = [&q]() {
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT deskcrm_bulk_load"));
        q.exec(QStringLiteral("RELEASE SAVEPOINT deskcrm_bulk_load"));
    };
    QList<QPair<QString, QString>> indexes;
    QList<QPair<QString, QString>> foreignKeys;
    if (!readPairs(q, dialect.secondaryIndexes(m_tables), &indexes, error) ||
        !readPairs(q, dialect.foreignKeys(m_tables), &foreignKeys, error)) {
        undo();
        return false;
    }
    QList<QPair<QString, QString>> searchTriggers;
    QStringList searchRebuilds;
    const QString search = dialect.searchIndexTriggers(m_tables);
    if (!search.isEmpty()) {
        if (!exec(q, search, error)) {
            undo();
            return false;
        }
        while (q.next()) {
            searchTriggers.append({q.value(0).toString(), q.value(1).toString()});
            searchRebuilds << q.value(2).toString();
        }
        q.finish();
    }
    for (const auto& drop : indexes + foreignKeys + searchTriggers) {
        if (!exec(q, drop.first, error)) {
            undo();
            return false;
        }
    }
    if (!exec(q, QStringLiteral("RELEASE SAVEPOINT deskcrm_bulk_load"), error))
        return false;
    m_indexes = indexes;
    m_foreignKeys = foreignKeys;
    m_searchTriggers = searchTriggers;
    m_searchRebuilds = searchRebuilds;
    m_begun = true;
    QString summaryError;
    if (!m_summaries.suspendTriggers(&summaryError) && error)
        *error = summaryError; // still a bulk load, with per-row summaries
    return true;
}

bool BulkLoad::finish(QString* error)
{
    if (!m_begun)
        return true;
    QSqlQuery q(m_db.connection());
    for (const QString& setting : m_db.bulkLoadDialect().indexBuildSettings())
        q.exec(setting);
    for (const auto& index : std::as_const(m_indexes))
        if (!exec(q, index.second, error))
            return false;
    m_indexes.clear();
    for (const auto& key : std::as_const(m_foreignKeys))
        if (!exec(q, key.second, error))
            return false;
    m_foreignKeys.clear();
    for (const auto& trigger : std::as_const(m_searchTriggers))
        if (!exec(q, trigger.second, error))
            return false;
    m_searchTriggers.clear();
    for (const QString& rebuild : std::as_const(m_searchRebuilds))
        if (!exec(q, rebuild, error))
            return false;
    m_searchRebuilds.clear();
    if (!m_summaries.resumeTriggers(error))
        return false;
    // Fresh statistics: the planner must know the tables grew (ANALYZE is transactional on both).
    for (const QString& table : std::as_const(m_tables))
        if (!exec(q, QStringLiteral("ANALYZE %1").arg(table), error))
            return false;
    m_begun = false;
    return true;
}

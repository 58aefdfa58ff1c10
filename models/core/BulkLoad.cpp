#include "BulkLoad.h"

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

QString quotedList(const QStringList& names)
{
    QStringList quoted;
    for (const QString& name : names)
        quoted << QLatin1Char('\'') + QString(name).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
    return quoted.join(QLatin1Char(','));
}
} // namespace

BulkLoad::BulkLoad(Database& db, QStringList tables) : m_db(db), m_tables(std::move(tables)), m_summaries(db)
{
}

BulkLoad::~BulkLoad() = default;

bool BulkLoad::begin(QString* error)
{
    if (m_begun)
        return true;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool pg = m_db.isPostgres();
    // Indexes that are not a primary key or other constraint (those cannot be dropped on their own).
    const QString list = pg ? QStringLiteral("SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
                                             "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
                                             "WHERE t.relname IN (%1) AND t.relnamespace = current_schema()::regnamespace "
                                             "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid) "
                                             "ORDER BY 1")
                            : QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN (%1) "
                                             "AND sql IS NOT NULL ORDER BY name");
    if (!exec(q, list.arg(quotedList(m_tables)), error))
        return false;
    QList<QPair<QString, QString>> indexes;
    while (q.next())
        indexes.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    // Only the owner may drop indexes on PostgreSQL; a savepoint keeps the transaction usable otherwise.
    if (pg && !exec(q, QStringLiteral("SAVEPOINT deskcrm_bulk_load"), error))
        return false;
    for (const auto& index : std::as_const(indexes)) {
        if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(index.first))) {
            if (error)
                *error = tr("Cannot prepare the database for a bulk load: %1").arg(q.lastError().text());
            if (pg) {
                q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT deskcrm_bulk_load"));
                q.exec(QStringLiteral("RELEASE SAVEPOINT deskcrm_bulk_load"));
            } else {
                // SQLite drops what it can; put back what was dropped so far.
                for (const auto& dropped : std::as_const(indexes)) {
                    if (dropped.first == index.first)
                        break;
                    q.exec(dropped.second);
                }
            }
            return false;
        }
    }
    QList<QPair<QString, QString>> foreignKeys;
    if (pg) {
        if (!exec(q, QStringLiteral("SELECT format('ALTER TABLE %I DROP CONSTRAINT %I', t.relname, c.conname), "
                                    "format('ALTER TABLE %I ADD CONSTRAINT %I ', t.relname, c.conname) || "
                                    "pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
                                    "WHERE c.contype = 'f' AND t.relname IN (%1) "
                                    "AND t.relnamespace = current_schema()::regnamespace ORDER BY t.relname, c.conname")
                              .arg(quotedList(m_tables)),
                  error)) {
            q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT deskcrm_bulk_load"));
            return false;
        }
        while (q.next())
            foreignKeys.append({q.value(0).toString(), q.value(1).toString()});
        q.finish();
        for (const auto& key : std::as_const(foreignKeys)) {
            if (!q.exec(key.first)) {
                if (error)
                    *error = tr("Cannot prepare the database for a bulk load: %1").arg(q.lastError().text());
                q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT deskcrm_bulk_load"));
                q.exec(QStringLiteral("RELEASE SAVEPOINT deskcrm_bulk_load"));
                return false;
            }
        }
    }
    if (pg && !exec(q, QStringLiteral("RELEASE SAVEPOINT deskcrm_bulk_load"), error))
        return false;
    m_indexes = indexes;
    m_foreignKeys = foreignKeys;
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
    if (m_db.isPostgres()) {
        // Index builds sort in maintenance_work_mem; give them room for this transaction only.
        q.exec(QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"));
    }
    for (const auto& index : std::as_const(m_indexes))
        if (!exec(q, index.second, error))
            return false;
    m_indexes.clear();
    for (const auto& key : std::as_const(m_foreignKeys))
        if (!exec(q, key.second, error))
            return false;
    m_foreignKeys.clear();
    if (!m_summaries.resumeTriggers(error))
        return false;
    // Fresh statistics: the planner must know the tables grew (ANALYZE is transactional on both).
    for (const QString& table : std::as_const(m_tables))
        if (!exec(q, QStringLiteral("ANALYZE %1").arg(table), error))
            return false;
    m_begun = false;
    return true;
}

#include "SyncTables.h"

#include "AuditTriggers.h"
#include "Database.h"
#include "SyncDialect.h"

#include <QSqlError>
#include <QSqlQuery>

const QStringList& SyncTables::referenceTables()
{
    static const QStringList tables{QStringLiteral("industries"),        QStringLiteral("lead_sources"),
                                    QStringLiteral("lead_types"),        QStringLiteral("interaction_channels"),
                                    QStringLiteral("interaction_types"), QStringLiteral("roles"),
                                    QStringLiteral("role_visibility"),   QStringLiteral("role_hidden_columns")};
    return tables;
}

const QStringList& SyncTables::localOnlyPatterns()
{
    static const QStringList patterns{
        QStringLiteral("schema_migrations"),
        QStringLiteral("audit_log"),
        QStringLiteral("audit_context"),
        QStringLiteral("search_*"),
        QStringLiteral("customers_fts*"),
        QStringLiteral("report_*"),
        QStringLiteral("row_security_state"),
        QStringLiteral("visible_owner"),
        QStringLiteral("sync_*"),
        // A file's bytes: the attachments row (name, size, hash) syncs; fetching the content by hash when a replica
        // opens the file is not built yet, so on a replica an attachment made elsewhere has no content.
        QStringLiteral("attachment_chunks"),
    };
    return patterns;
}

bool SyncTables::isLocalOnly(const QString& table)
{
    for (const QString& pattern : localOnlyPatterns()) {
        if (pattern.endsWith(QLatin1Char('*')) ? table.startsWith(pattern.chopped(1)) : table == pattern)
            return true;
    }
    return false;
}

SyncTables::Kind SyncTables::classify(const QString& table, bool business)
{
    if (isLocalOnly(table))
        return Kind::LocalOnly;
    if (referenceTables().contains(table))
        return Kind::Reference;
    return business ? Kind::Synced : Kind::Unclassified;
}

bool SyncTables::syncedTables(Database& db, QStringList* tables, QString* error)
{
    QStringList business;
    if (!AuditTriggers::auditedTables(db, &business, error))
        return false;
    for (const QString& table : std::as_const(business)) {
        if (classify(table, true) == Kind::Synced)
            tables->append(table);
    }
    return true;
}

bool SyncTables::classifyAll(Database& db, QList<QPair<QString, Kind>>* tables, QString* error)
{
    QStringList all;
    QStringList business;
    if (!SyncDialect::of(db.dialect()).allTables(db.connection(), &all, error) ||
        !AuditTriggers::auditedTables(db, &business, error))
        return false;
    for (const QString& table : std::as_const(all))
        tables->append({table, classify(table, business.contains(table))});
    return true;
}

bool SyncTables::present(const Database& db)
{
    return db.schemaVersion() >= 21;
}

bool SyncTables::ensure(Database& db, QString* error)
{
    const SyncDialect& dialect = SyncDialect::of(db.dialect());
    if (!present(db) || !dialect.servesReplicas())
        return true;
    QString problem;
    QStringList tables;
    if (!syncedTables(db, &tables, &problem)) {
        if (error)
            *error = problem;
        return false;
    }
    QStringList statements;
    for (const QString& table : std::as_const(tables)) {
        statements << dialect.triggerStatements(db.connection(), table, &problem);
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return false;
        }
    }
    if (statements.isEmpty())
        return true;
    Transaction tx(db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return false;
    }
    QSqlQuery q(db.connection());
    for (const QString& statement : std::as_const(statements)) {
        if (!q.exec(statement)) {
            // Not the tables' owner: the owner's next open adds them (as AuditTriggers does).
            if (db.sqlDialect().mustRetry(q.lastError()) || q.lastError().nativeErrorCode() == QLatin1String("42501")) {
                qWarning("sync triggers not updated: %s", qPrintable(q.lastError().text()));
                return true;
            }
            if (error)
                *error = QStringLiteral("%1\n%2").arg(q.lastError().text(), statement.left(200));
            return false;
        }
    }
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

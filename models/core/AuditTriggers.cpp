#include "AuditTriggers.h"

#include "AuditDialect.h"
#include "Database.h"
#include "WriteHook.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
class AuditHook final : public WriteHook
{
public:
    bool beforeCommit(Database& db, const ChangeSet& changes, QString* error) override
    {
        const QString statement = AuditDialect::of(db.dialect()).endOfTransactionStatement();
        if (changes.isEmpty() || statement.isEmpty())
            return true;
        QSqlQuery q(db.connection());
        if (!q.exec(statement)) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    }
};
} // namespace

const QStringList& AuditTriggers::localOnlyTables()
{
    static const QStringList tables{QStringLiteral("audit_log")};
    return tables;
}

const QStringList& AuditTriggers::fileDataTables()
{
    static const QStringList tables{QStringLiteral("attachment_chunks")};
    return tables;
}

bool AuditTriggers::present(const Database& db)
{
    return db.schemaVersion() >= 15;
}

bool AuditTriggers::auditedTables(Database& db, QStringList* tables, QString* error)
{
    QStringList all;
    if (!AuditDialect::of(db.dialect()).businessTables(db.connection(), &all, error))
        return false;
    for (const QString& table : std::as_const(all)) {
        if (!localOnlyTables().contains(table) && !fileDataTables().contains(table))
            tables->append(table);
    }
    return true;
}

bool AuditTriggers::tablesWithoutTriggers(Database& db, QStringList* tables, QString* error)
{
    QStringList audited;
    if (!auditedTables(db, &audited, error))
        return false;
    for (const QString& table : std::as_const(audited)) {
        const QStringList statements = AuditDialect::of(db.dialect()).triggerStatements(db.connection(), table, error);
        if (!error->isEmpty())
            return false;
        if (!statements.isEmpty())
            tables->append(table);
    }
    return true;
}

bool AuditTriggers::ensure(Database& db, QString* error)
{
    if (!present(db))
        return true;
    QString problem;
    QStringList tables;
    if (!auditedTables(db, &tables, &problem)) {
        if (error)
            *error = problem;
        return false;
    }
    QStringList statements;
    for (const QString& table : std::as_const(tables)) {
        statements << AuditDialect::of(db.dialect()).triggerStatements(db.connection(), table, &problem);
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
            // Not the tables' owner (a PostgreSQL rep opening a database upgraded by someone else): the owner's next
            // open adds the triggers; this connection works on without them.
            if (db.sqlDialect().mustRetry(q.lastError()) || q.lastError().nativeErrorCode() == QLatin1String("42501")) {
                qWarning("audit triggers not updated: %s", qPrintable(q.lastError().text()));
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

bool AuditTriggers::remove(Database& db, QString* error)
{
    QStringList tables;
    if (!auditedTables(db, &tables, error))
        return false;
    QSqlQuery q(db.connection());
    for (const QString& table : std::as_const(tables)) {
        for (const QString& statement : AuditDialect::of(db.dialect()).dropStatements(db.connection(), table)) {
            if (!q.exec(statement)) {
                *error = q.lastError().text();
                return false;
            }
        }
    }
    return true;
}

std::unique_ptr<WriteHook> AuditTriggers::makeHook()
{
    return std::make_unique<AuditHook>();
}

#pragma once

#include "ConnectionSettings.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;

// The audit trail's SQL as each dialect writes it: which tables are business tables (read from the catalogue), the
// triggers that record every change of one of them in audit_log (SQLite: three triggers per table spelling out its
// columns, re-made when the columns change; PostgreSQL: one generic plpgsql function, migration 0015, attached per
// table), the action label a write gives its audit rows, and the channel live updates arrive on. Asked through
// AuditDialect::of(db.dialect()); one stateless instance per dialect.
class AuditDialect
{
public:
    virtual ~AuditDialect();

    static const AuditDialect& of(ConnectionSettings::Dialect dialect);

    // Every table of the database with an `id` and a `version` column, by name.
    virtual bool businessTables(const QSqlDatabase& connection, QStringList* tables, QString* error) const = 0;
    // The statements that make table's audit triggers what they must be now; empty when they are already.
    virtual QStringList triggerStatements(const QSqlDatabase& connection, const QString& table,
                                          QString* error) const = 0;
    // The statements that take table's audit triggers off again (benchmarks measure what they cost).
    virtual QStringList dropStatements(const QSqlDatabase& connection, const QString& table) const = 0;
    // A statement binding one value, the label this transaction's audit rows carry (e.g. a revert's).
    virtual QString setActionStatement() const = 0;
    // Run by RecordWriter's audit hook before every commit that changed something (SQLite: the next transaction
    // number, and the label cleared); empty when the database keeps both by itself.
    virtual QString endOfTransactionStatement() const = 0;
    // A query giving the database's time now, as audit_log.at holds it (what "since" compares with).
    virtual QString nowQuery() const = 0;
    // The notification channel the audit triggers announce committed changes on; empty: none (SQLite).
    virtual QString notificationChannel() const = 0;
    // A query giving this connection's server session, as the notifications name their sender ("pid"); empty: none.
    virtual QString sessionQuery() const = 0;
};

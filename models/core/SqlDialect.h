#pragma once

#include "ConnectionSettings.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;
class QSqlError;

// The SQL text that differs between SQLite and PostgreSQL and has no dialect class of its own (SearchDialect,
// BulkLoadDialect, BulkReadDialect, MaintenanceDialect): the schema's column types and literals, scripts written
// for both dialects, keyset paging and planner hints. Feature code asks Database::sqlDialect() instead of
// branching on the dialect. One stateless instance per dialect, safe to share between threads.
class SqlDialect
{
public:
    virtual ~SqlDialect();

    static const SqlDialect& of(ConnectionSettings::Dialect dialect);

    // "sqlite" / "postgresql": the section tag of scripts written for both dialects ("-- @sqlite") and the backend
    // name benchmarks report.
    virtual QString name() const = 0;

    // The schema's column types and literals (the {UUID} {TS} {DATE} {BOOL} {TRUE} {FALSE} tokens of scripts).
    virtual QString uuidType() const = 0;      // UUID / TEXT
    virtual QString timestampType() const = 0; // TIMESTAMPTZ / TEXT (UTC ISO-8601)
    virtual QString dateType() const = 0;      // DATE / TEXT ('YYYY-MM-DD')
    virtual QString booleanType() const = 0;   // BOOLEAN / INTEGER
    virtual QString trueLiteral() const = 0;
    virtual QString falseLiteral() const = 0;

    // The statements a script written for both dialects runs on this one, in order: its lines outside any section
    // and inside this dialect's "-- @<name()>" … "-- @end" sections, split at a ';' that ends a line (a CREATE TRIGGER
    // at its "END;"), comment lines dropped, tokens replaced ({META} for the row metadata columns, {NOW} for `now`
    // quoted). The migrations and the report summary fills are written so.
    QStringList statements(const QString& script, const QString& now) const;

    // Run first in the transaction that upgrades the schema, so two programs opening a fresh database at once do
    // not both create it. Empty where the write transaction itself keeps the other one out.
    virtual QString schemaUpgradeLock() const = 0;
    // Run inside a write transaction to serialise one kind of decision between connections until the transaction
    // ends (whose round-robin turn, who is at a cap: AssignmentRules). Empty where write transactions already
    // exclude each other (SQLite's BEGIN IMMEDIATE). key: a fixed number per kind of decision.
    virtual QString transactionLock(qint64 key) const = 0;

    // How a write transaction starts; empty for the driver's own BEGIN. SQLite takes the write lock at once (BEGIN
    // IMMEDIATE), waiting up to the busy timeout for another writer, so a transaction that reads before it writes is
    // never refused halfway (a deferred BEGIN fails with "database is locked" when another connection wrote since its
    // first read, and no timeout helps).
    virtual QString beginWrite() const = 0;
    // True when the database gave up on the transaction for a reason that running it again from the start
    // may not meet: PostgreSQL's serialization failure (40001) and deadlock (40P01).
    virtual bool mustRetry(const QSqlError& error) const = 0;
    // True when the connection itself is gone (PostgreSQL restarted, the network dropped, an administrator ended
    // the session): the statement failed because nothing answered, and a new connection may succeed.
    virtual bool connectionLost(const QSqlDatabase& connection, const QSqlError& error) const = 0;

    // Keyset paging. Whether NULLs come first in this order, as the dialect's own indexes deliver them (SQLite:
    // first ascending, PostgreSQL: first descending).
    virtual bool nullsFirst(bool descending) const = 0;
    // How a sort key is selected so that binding it back into the next page's seek compares exactly (as text on
    // PostgreSQL, the value itself on SQLite).
    virtual QString seekKey(const QString& expression) const = 0;

    // "INDEXED BY index " after a table in FROM where the planner needs telling (SQLite guesses for an index without
    // statistics, e.g. one a migration made after the last ANALYZE); empty where it keeps its own statistics.
    virtual QString indexHint(const QString& index) const = 0;

    // False when a second connection with these settings would open another, private database (SQLite in memory or
    // with an empty name) instead of this one.
    virtual bool sharedBetweenConnections(const ConnectionSettings& settings) const = 0;
};

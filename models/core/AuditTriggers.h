#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class Database;
class WriteHook;

// Keeps the audit trail's triggers on every business table (a table with `id` and `version` columns), read from the
// catalogue each time the schema is brought up to date, so a table added by any later migration is audited without a
// list to remember: Database::open() calls ensure() after the migrations. Idempotent and cheap when nothing changed.
class AuditTriggers
{
public:
    // Tables that carry id and version but are this database's own bookkeeping, never audited.
    static const QStringList& localOnlyTables();
    // Tables whose rows are pieces of files (attachment_chunks): business data, but the audit keeps their parent row
    // (name, size, hash) rather than a copy of every byte.
    static const QStringList& fileDataTables();

    // Puts the audit triggers on every business table that lacks them (SQLite: also where a table's columns
    // changed) in one transaction. Nothing happens before migration 0015 made the audit log. On PostgreSQL only the
    // tables' owner may add triggers: another role skips the step (the next owner to open the database does it).
    static bool ensure(Database& db, QString* error);
    // Takes every audit trigger off until the next ensure() (the next open): for benchmarks that measure their cost.
    static bool remove(Database& db, QString* error);
    // The business tables the audit must cover, and of those the ones whose triggers are missing or out of date.
    static bool auditedTables(Database& db, QStringList* tables, QString* error);
    static bool tablesWithoutTriggers(Database& db, QStringList* tables, QString* error);
    // Whether this database has an audit log at all (schema 15 or later).
    static bool present(const Database& db);

    // The hook RecordWriter runs before each commit for the audit: closes the transaction's audit rows where the
    // dialect needs it (SQLite's transaction number). Database::open() installs one per connection.
    static std::unique_ptr<WriteHook> makeHook();
};

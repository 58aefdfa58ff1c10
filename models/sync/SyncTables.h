#pragma once

#include <QString>
#include <QStringList>

class Database;

// Which tables an offline replica holds, and how. Every table of the schema is one of:
//  - synced: a business table (id and version columns) minus the local-only ones; changes travel both ways, field by
//    field, with per-field versions on the server (the sync_row trigger, attached by ensure());
//  - reference: a lookup table with integer ids (industries, lead sources, channels…) that two laptops would number
//    twice: copied whole at each clone and sync, editable only while connected to the server;
//  - local-only: this database's own bookkeeping or data derived from the synced tables (audit trail, search index,
//    report summaries, schema version, the sync's own tables), rebuilt or kept by each database itself.
// A table that is none of them is a mistake the test TestSyncTables catches.
class SyncTables
{
public:
    enum class Kind { Synced, Reference, LocalOnly, Unclassified };

    static const QStringList& referenceTables();
    // Names, or prefixes ending in '*'.
    static const QStringList& localOnlyPatterns();
    static bool isLocalOnly(const QString& table);

    // The tables a replica synchronises (present in this database).
    static bool syncedTables(Database& db, QStringList* tables, QString* error);
    // How table is treated; business: whether it has id and version columns.
    static Kind classify(const QString& table, bool business);
    // Every table of db with its kind.
    static bool classifyAll(Database& db, QList<QPair<QString, Kind>>* tables, QString* error);

    // Puts the field-version trigger on every synced table lacking it (PostgreSQL; nothing on SQLite, or before
    // migration 0021). Called by Database::open() after the migrations, like AuditTriggers::ensure().
    static bool ensure(Database& db, QString* error);
    static bool present(const Database& db);
};

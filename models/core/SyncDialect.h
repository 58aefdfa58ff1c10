#pragma once

#include "ConnectionSettings.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;

// The offline sync's SQL as each dialect writes it. The team server (PostgreSQL) keeps per-field versions with one
// trigger per synced table (function sync_row, migration 0021), attached here after every upgrade so a table a later
// migration adds is synced without a list to remember; a SQLite database (a replica, or a one-person file) has none.
// Asked through SyncDialect::of(db.dialect()); one stateless instance per dialect.
class SyncDialect
{
public:
    virtual ~SyncDialect();

    static const SyncDialect& of(ConnectionSettings::Dialect dialect);

    // Every table of the database, by name (the sync's classification test walks them all).
    virtual bool allTables(const QSqlDatabase& connection, QStringList* tables, QString* error) const = 0;
    // The statements that give table its field-version trigger; empty when it has it or the dialect keeps none.
    virtual QStringList triggerStatements(const QSqlDatabase& connection, const QString& table,
                                          QString* error) const = 0;
    // Whether this database can serve replicas (it keeps field versions and applies client operations).
    virtual bool servesReplicas() const = 0;
    // Whether a database of this dialect can be a replica (a SQLite file).
    virtual bool holdsReplicas() const = 0;
};

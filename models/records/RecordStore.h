#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

class Database;
class RecordWriter;

// Actions on whole records by entity name ("customer", "contact", "interaction", "opportunity",
// "task"), each one transaction. Deleting a customer tombstones its contacts, interactions,
// opportunities and tasks with the same deleted_at, so restore brings back exactly what went with it
// and nothing is left pointing at a deleted customer.
class RecordStore
{
public:
    explicit RecordStore(Database& db);

    bool softDelete(const QString& entity, const QString& id, QString* error);
    bool restore(const QString& entity, const QString& id, QString* error);
    // Administrators only: hard delete of a tombstone and its children.
    bool purge(const QString& entity, const QString& id, QString* error);

    // The same tombstoning inside the caller's write (RecordModel's delete uses it).
    // expectedVersion: an int to check the row's version, or a null QVariant to skip the check.
    static bool tombstone(RecordWriter& writer, const QString& entity, const QString& id,
                          const QVariant& expectedVersion, QString* error);

    static QStringList entities();
    static QString tableOf(const QString& entity); // empty for an unknown entity
    static QString entityOfTable(const QString& table);

private:
    Database& m_db;
};

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

    // The customer a record belongs to: the customer itself, a contact's, follow-up's or opportunity's
    // customer, a task's own customer or else its opportunity's. Empty when it has none (a task on its own) or
    // does not exist; a failed query also says why in *error.
    QString customerOf(const QString& entity, const QString& id, QString* error = nullptr) const;

    // The columns of table a user's change may set: every column but the id and the metadata the writer stamps
    // (version, created/updated at and by, deleted_at). Empty for a table the database lacks.
    QStringList settableFields(const QString& table) const;

    static QStringList entities();
    static QString tableOf(const QString& entity); // empty for an unknown entity
    static QString entityOfTable(const QString& table);

private:
    Database& m_db;
};

#pragma once

#include "AttributeDefinition.h"
#include "WriteResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class Database;
class RecordWriter;

// The custom fields of each entity: read in their order, added, edited, reordered and (de)activated through
// RecordWriter. Every entity whose records may carry custom fields is listed in entities(); the editors, lists,
// import and export of those entities show their active fields.
class AttributeDefinitions
{
    Q_DECLARE_TR_FUNCTIONS(AttributeDefinitions)

public:
    explicit AttributeDefinitions(Database& db);

    // Entities with custom fields ("customer", "opportunity", …); a later record kind adds itself with enable().
    static QStringList entities();
    static void enable(const QString& entity);
    static QString entityName(const QString& entity); // translated, for the settings dialog

    // The fields of entity in their order. recordType empty: every field; otherwise the fields for every record
    // plus those of that record type. activeOnly false: deactivated fields too (the settings dialog).
    QList<AttributeDefinition> forEntity(const QString& entity, bool activeOnly = true,
                                         const QString& recordType = QString(), QString* error = nullptr) const;
    AttributeDefinition byId(const QString& id, QString* error = nullptr) const;

    // Field errors of a definition before it is saved (column name -> translated message): key syntax,
    // labels, choices, currency. The key's uniqueness is checked by save().
    static QHash<QString, QString> validate(const AttributeDefinition& definition);

    // Inserts (no id / version 0) or updates (optimistically, by version) one definition; a new one goes last.
    // The key and kind of a field with values cannot change (its values would be read differently). On success
    // definition carries its id and new version.
    WriteResult save(AttributeDefinition& definition);
    WriteResult save(RecordWriter& writer, AttributeDefinition& definition);
    // Positions 0…n-1 in the order given (ids of one entity's fields), one transaction.
    WriteResult reorder(const QStringList& ids);
    WriteResult setActive(const QString& id, bool active, int expectedVersion);

private:
    Database& m_db;
};

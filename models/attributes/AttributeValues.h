#pragma once

#include "AttributeDefinition.h"
#include "WriteResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantHash>

class Database;
class RecordWriter;

// What a record editor hands its model to save with the record: the fields it showed, their values by key (a
// null value clears one) and the version of each value's row as it was loaded (0: there was none), so a value a
// colleague changed meanwhile is a conflict, never an overwrite.
struct AttributeEdit
{
    QList<AttributeDefinition> definitions;
    QVariantHash values;
    QHash<QString, int> versions;
};

// Custom field values of records (attribute_values): read, checked against their definitions, written through
// RecordWriter inside the record's own transaction, and read from and written to text (import, export).
class AttributeValues
{
    Q_DECLARE_TR_FUNCTIONS(AttributeValues)

public:
    struct Stored
    {
        QVariant value;
        int version = 0;
    };

    // The values of one record for these definitions, by key (fields without a row are absent).
    static QHash<QString, Stored> load(const Database& db, const QString& recordId,
                                       const QList<AttributeDefinition>& definitions, QString* error = nullptr);

    // The value as it is kept: empty text and empty lists are "no value" (null); choices in definition order.
    static QVariant normalised(const AttributeDefinition& definition, const QVariant& value);
    // Why a value does not fit its field (translated), or empty: required, kind, choices.
    static QString check(const AttributeDefinition& definition, const QVariant& value);
    // Every definition's value checked: AttributeDefinition::fieldName(key) -> message.
    static QHash<QString, QString> validate(const QList<AttributeDefinition>& definitions, const QVariantHash& values);

    // Writes the values of edit that differ from the stored ones, in writer's transaction (Invalid when a value
    // does not fit, Conflict when a value's row changed since it was loaded). affected: the values written.
    static WriteResult write(RecordWriter& writer, const QString& entity, const QString& recordId,
                             const AttributeEdit& edit);

    // A cell of an imported file as a value of the field: numbers, money (ImportValues), dates, yes/no, choices by
    // code or by either label (multi-choice: separated by ";", "," or "、"). Empty text is null.
    static QVariant parse(const AttributeDefinition& definition, const QString& text, QString* error);

    // attribute_values columns -> values for a value (the kind's column(s) only).
    static QVariantHash storage(const AttributeDefinition& definition, const QVariant& value);
    // A stored column value read back as the kind's C++ value.
    static QVariant fromStorage(const AttributeDefinition& definition, const QVariant& stored);
};

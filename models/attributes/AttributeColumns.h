#pragma once

#include "AttributeDefinition.h"
#include "ListSpec.h"

#include <QList>
#include <QString>

class Database;

// A record list's custom field columns and filters: one column per active field of the list's entity, read through
// a LEFT JOIN of its value row (unique index (attribute_id, record_id)) and sorted through the typed index
// (attribute_id, value_x, record_id); filters probe the value of each row the list walks (EXISTS on (attribute_id,
// record_id)). ListQuery reads them like the built-in columns, so the list, its export and its keyset paging need
// nothing else.
//
// Keys: column "attr:<key>"; filters "attr:<key>" (equal; a multi-choice field: holds that code; text: starts
// with), "attr:<key>:min" and "attr:<key>:max" (numbers, money, dates; inclusive).
class AttributeColumns
{
public:
    // spec with the custom field columns and filters of its entity appended (unchanged when it has none, or when
    // the definitions cannot be read).
    static ListSpec extended(const Database& db, ListSpec spec, QString* error = nullptr);
    static ListSpec extended(const Database& db, ListSpec spec, const QList<AttributeDefinition>& definitions);
    static bool isAttributeColumn(const ListColumn& column);
    // The field key of an "attr:<key>" column or filter key, else empty.
    static QString keyOf(const QString& columnOrFilterKey);
};

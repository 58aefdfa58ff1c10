#pragma once

#include "ConnectionSettings.h"

#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

// What the schema itself says about how tables hang together, read from each dialect's catalogue (SQLite's
// pragmas, PostgreSQL's pg_catalog): the foreign keys and the unique keys. Features that must follow every
// relation, including those later migrations add (a merge moving a record's related rows), ask here instead of
// keeping a hand-made list. Asked through Database::schemaDialect(); one stateless instance per dialect.
class SchemaDialect
{
public:
    virtual ~SchemaDialect();

    static const SchemaDialect& of(ConnectionSettings::Dialect dialect);

    // One single-column foreign key: table.column references referencedTable.referencedColumn.
    struct ForeignKey
    {
        QString table;
        QString column;
        QString referencedTable;
        QString referencedColumn;
    };

    // Every single-column foreign key of the database's own tables, ordered by table and column. False with the
    // database's message when the catalogue could not be read.
    virtual bool foreignKeys(const QSqlDatabase& connection, QList<ForeignKey>* keys, QString* error) const = 0;
    // The column sets of table's unique indexes and constraints besides the primary key, partial ones included
    // (a partial unique index over live rows still refuses two live rows). An expression column is named "".
    virtual bool uniqueKeys(const QSqlDatabase& connection, const QString& table, QList<QStringList>* keys,
                            QString* error) const = 0;

    // The foreign keys that reference `table` (any column of it), from foreignKeys().
    static QList<ForeignKey> referencing(const QList<ForeignKey>& keys, const QString& table);
};

#include "SchemaDialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// Rows of (group, column) pairs in order become one column list per group.
QList<QStringList> grouped(QSqlQuery& q)
{
    QList<QStringList> groups;
    QString current;
    while (q.next()) {
        const QString group = q.value(0).toString();
        if (groups.isEmpty() || group != current) {
            groups.append(QStringList());
            current = group;
        }
        groups.last().append(q.value(1).toString());
    }
    return groups;
}

bool run(QSqlQuery& q, const QString& sql, const QVariantList& binds, QString* error)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError().text().trimmed();
        return false;
    }
    for (const QVariant& bind : binds)
        q.addBindValue(bind);
    if (!q.exec()) {
        *error = q.lastError().text().trimmed();
        return false;
    }
    return true;
}

class SqliteSchemaDialect final : public SchemaDialect
{
public:
    bool foreignKeys(const QSqlDatabase& connection, QList<ForeignKey>* keys, QString* error) const override
    {
        // "to" is empty when the key names only the table (its primary key, always id here); a key over several
        // columns lists each with its seq, and is not a single-column key.
        QSqlQuery q(connection);
        if (!run(q,
                 QStringLiteral("SELECT m.name, f.\"from\", f.\"table\", coalesce(f.\"to\", 'id') "
                                "FROM sqlite_master AS m, pragma_foreign_key_list(m.name) AS f "
                                "WHERE m.type = 'table' AND NOT EXISTS (SELECT 1 FROM pragma_foreign_key_list(m.name) "
                                "AS g WHERE g.id = f.id AND g.seq > 0) ORDER BY 1, 2"),
                 {}, error))
            return false;
        keys->clear();
        while (q.next())
            keys->append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        return true;
    }

    bool uniqueKeys(const QSqlDatabase& connection, const QString& table, QList<QStringList>* keys,
                    QString* error) const override
    {
        QSqlQuery q(connection);
        if (!run(q,
                 QStringLiteral("SELECT l.name, coalesce(i.name, '') FROM pragma_index_list(?) AS l, "
                                "pragma_index_xinfo(l.name) AS i WHERE l.\"unique\" = 1 AND l.origin <> 'pk' "
                                "AND i.key = 1 ORDER BY l.name, i.seqno"),
                 {table}, error))
            return false;
        *keys = grouped(q);
        return true;
    }
};

class PostgresSchemaDialect final : public SchemaDialect
{
public:
    bool foreignKeys(const QSqlDatabase& connection, QList<ForeignKey>* keys, QString* error) const override
    {
        QSqlQuery q(connection);
        if (!run(q,
                 QStringLiteral("SELECT t.relname, a.attname, r.relname, ra.attname FROM pg_constraint c "
                                "JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
                                "JOIN pg_class r ON r.oid = c.confrelid "
                                "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
                                "JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1] "
                                "WHERE c.contype = 'f' AND cardinality(c.conkey) = 1 AND n.nspname = current_schema() "
                                "ORDER BY 1, 2"),
                 {}, error))
            return false;
        keys->clear();
        while (q.next())
            keys->append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        return true;
    }

    bool uniqueKeys(const QSqlDatabase& connection, const QString& table, QList<QStringList>* keys,
                    QString* error) const override
    {
        // indkey lists the key columns first (indnkeyatts of them), then INCLUDE columns; 0 is an expression.
        QSqlQuery q(connection);
        if (!run(q,
                 QStringLiteral(
                     "SELECT ic.relname, coalesce(a.attname, '') FROM pg_index i "
                     "JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
                     "JOIN pg_class ic ON ic.oid = i.indexrelid "
                     "CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord) "
                     "LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum "
                     "WHERE i.indisunique AND NOT i.indisprimary AND t.relname = ? "
                     "AND n.nspname = current_schema() AND k.ord <= i.indnkeyatts ORDER BY ic.relname, k.ord"),
                 {table}, error))
            return false;
        *keys = grouped(q);
        return true;
    }
};
} // namespace

SchemaDialect::~SchemaDialect() = default;

const SchemaDialect& SchemaDialect::of(ConnectionSettings::Dialect dialect)
{
    static const SqliteSchemaDialect sqlite;
    static const PostgresSchemaDialect postgres;
    if (dialect == ConnectionSettings::Dialect::PostgreSQL)
        return postgres;
    return sqlite;
}

QList<SchemaDialect::ForeignKey> SchemaDialect::referencing(const QList<ForeignKey>& keys, const QString& table)
{
    QList<ForeignKey> found;
    for (const ForeignKey& key : keys) {
        if (key.referencedTable == table)
            found.append(key);
    }
    return found;
}

#include "BulkLoadDialect.h"

#include "Database.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace {
// 'a','b' for IN (…): the names are DeskCRM's own tables, quoted all the same.
QString quotedList(const QStringList& names)
{
    QStringList quoted;
    for (const QString& name : names)
        quoted << QLatin1Char('\'') + QString(name).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
    return quoted.join(QLatin1Char(','));
}

// `prefix` as the start of a LIKE pattern with a backslash as its escape.
QString likePrefix(const QString& prefix)
{
    QString pattern = prefix;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    pattern.replace(QLatin1Char('%'), QLatin1String("\\%"));
    pattern.replace(QLatin1Char('_'), QLatin1String("\\_"));
    pattern.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + pattern + QStringLiteral("%'");
}

class SqliteBulkLoadDialect final : public BulkLoadDialect
{
public:
    int valuesPerStatement() const override { return 999; }
    QString secondaryIndexes(const QStringList& tables) const override
    {
        return QStringLiteral("SELECT 'DROP INDEX \"' || name || '\"', sql FROM sqlite_master WHERE type = 'index' "
                              "AND tbl_name IN (%1) AND sql IS NOT NULL ORDER BY name")
            .arg(quotedList(tables));
    }
    QString foreignKeys(const QStringList&) const override { return QString(); }
    QString triggers(const QString& namePrefix) const override
    {
        return QStringLiteral("SELECT 'DROP TRIGGER \"' || name || '\"', sql FROM sqlite_master WHERE type = 'trigger' "
                              "AND name LIKE %1 ESCAPE '\\' ORDER BY name")
            .arg(likePrefix(namePrefix));
    }
    QStringList indexBuildSettings() const override { return {}; }
    QString enlargeCache(const QSqlDatabase& connection, int mebibytes) const override
    {
        QSqlQuery pragma(connection);
        if (!pragma.exec(QStringLiteral("PRAGMA cache_size")) || !pragma.next())
            return QString();
        const qint64 old = pragma.value(0).toLongLong();
        pragma.finish();
        if (!pragma.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(mebibytes) * 1024))) // negative: KiB
            return QString();
        return QStringLiteral("PRAGMA cache_size = %1").arg(old);
    }
    QString leaveWriteAheadLog(Database& db) const override
    {
        QSqlQuery pragma(db.connection());
        const bool wal = pragma.exec(QStringLiteral("PRAGMA journal_mode")) && pragma.next() &&
                         pragma.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
        pragma.finish();
        return wal && db.setJournalMode(QStringLiteral("DELETE")) ? QStringLiteral("WAL") : QString();
    }
};

class PostgresBulkLoadDialect final : public BulkLoadDialect
{
public:
    int valuesPerStatement() const override { return 65535; }
    QString secondaryIndexes(const QStringList& tables) const override
    {
        return QStringLiteral("SELECT format('DROP INDEX %I', i.relname), pg_get_indexdef(i.oid) FROM pg_index x "
                              "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
                              "WHERE t.relname IN (%1) AND t.relnamespace = current_schema()::regnamespace "
                              "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid) "
                              "ORDER BY i.relname")
            .arg(quotedList(tables));
    }
    QString foreignKeys(const QStringList& tables) const override
    {
        return QStringLiteral("SELECT format('ALTER TABLE %I DROP CONSTRAINT %I', t.relname, c.conname), "
                              "format('ALTER TABLE %I ADD CONSTRAINT %I ', t.relname, c.conname) || "
                              "pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
                              "WHERE c.contype = 'f' AND t.relname IN (%1) "
                              "AND t.relnamespace = current_schema()::regnamespace ORDER BY t.relname, c.conname")
            .arg(quotedList(tables));
    }
    QString triggers(const QString& namePrefix) const override
    {
        return QStringLiteral("SELECT format('ALTER TABLE %I DISABLE TRIGGER %I', c.relname, t.tgname), "
                              "format('ALTER TABLE %I ENABLE TRIGGER %I', c.relname, t.tgname) "
                              "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                              "WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND t.tgname LIKE %1 "
                              "AND c.relnamespace = current_schema()::regnamespace ORDER BY c.relname, t.tgname")
            .arg(likePrefix(namePrefix));
    }
    // Index builds sort in maintenance_work_mem; room for this transaction only.
    QStringList indexBuildSettings() const override
    {
        return {QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'")};
    }
    // The server's memory is the server's business.
    QString enlargeCache(const QSqlDatabase&, int) const override { return QString(); }
    QString leaveWriteAheadLog(Database&) const override { return QString(); }
};
} // namespace

BulkLoadDialect::~BulkLoadDialect() = default;

const BulkLoadDialect& BulkLoadDialect::of(ConnectionSettings::Dialect dialect)
{
    static const SqliteBulkLoadDialect sqlite;
    static const PostgresBulkLoadDialect postgres;
    if (dialect == ConnectionSettings::Dialect::PostgreSQL)
        return postgres;
    return sqlite;
}

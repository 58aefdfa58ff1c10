#include "SyncDialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

SyncDialect::~SyncDialect() = default;

namespace {
class SqliteSyncDialect final : public SyncDialect
{
public:
    bool allTables(const QSqlDatabase& connection, QStringList* tables, QString* error) const override
    {
        QSqlQuery q(connection);
        if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                   "ORDER BY name"))) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next())
            tables->append(q.value(0).toString());
        return true;
    }
    QStringList triggerStatements(const QSqlDatabase&, const QString&, QString*) const override { return {}; }
    bool servesReplicas() const override { return false; }
    bool holdsReplicas() const override { return true; }
};

class PostgresSyncDialect final : public SyncDialect
{
public:
    bool allTables(const QSqlDatabase& connection, QStringList* tables, QString* error) const override
    {
        QSqlQuery q(connection);
        if (!q.exec(
                QStringLiteral("SELECT c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace "
                               "AND c.relkind IN ('r', 'p') ORDER BY c.relname"))) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next())
            tables->append(q.value(0).toString());
        return true;
    }
    QStringList triggerStatements(const QSqlDatabase& connection, const QString& table, QString* error) const override
    {
        QSqlQuery q(connection);
        q.prepare(
            QStringLiteral("SELECT 1 FROM pg_trigger t WHERE t.tgrelid = to_regclass(?) AND t.tgname = 'sync_row'"));
        q.addBindValue(table);
        if (!q.exec()) {
            *error = q.lastError().text();
            return {};
        }
        if (q.next())
            return {};
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return {QStringLiteral("CREATE TRIGGER sync_row AFTER UPDATE ON \"%1\" FOR EACH ROW "
                               "EXECUTE FUNCTION sync_row()")
                    .arg(quoted)};
    }
    bool servesReplicas() const override { return true; }
    bool holdsReplicas() const override { return false; }
};
} // namespace

const SyncDialect& SyncDialect::of(ConnectionSettings::Dialect dialect)
{
    static const SqliteSyncDialect sqlite;
    static const PostgresSyncDialect postgres;
    return dialect == ConnectionSettings::Dialect::PostgreSQL ? static_cast<const SyncDialect&>(postgres)
                                                              : static_cast<const SyncDialect&>(sqlite);
}

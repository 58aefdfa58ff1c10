#include "AuditDialect.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// Not part of the field diff: every write changes them, and the audit row has its own who and when.
const QStringList kStamps{QStringLiteral("id"),         QStringLiteral("version"),    QStringLiteral("created_at"),
                          QStringLiteral("created_by"), QStringLiteral("updated_at"), QStringLiteral("updated_by")};

QString literal(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

class SqliteAuditDialect final : public AuditDialect
{
public:
    bool businessTables(const QSqlDatabase& connection, QStringList* tables, QString* error) const override
    {
        QSqlQuery q(connection);
        if (!q.exec(QStringLiteral(
                "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' "
                "AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'id') "
                "AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'version') ORDER BY m.name"))) {
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
        q.prepare(QStringLiteral("SELECT name, type FROM pragma_table_info(?) ORDER BY cid"));
        q.addBindValue(table);
        if (!q.exec()) {
            *error = q.lastError().text();
            return {};
        }
        QStringList columns;
        QStringList blobs;
        while (q.next()) {
            const QString column = q.value(0).toString();
            if (kStamps.contains(column))
                continue;
            columns << column;
            if (q.value(1).toString().contains(QLatin1String("BLOB"), Qt::CaseInsensitive))
                blobs << column;
        }
        const QString t = connection.driver()->escapeIdentifier(table, QSqlDriver::TableName);
        const auto col = [&](const QString& row, const QString& column) {
            const QString value =
                row + QLatin1Char('.') + connection.driver()->escapeIdentifier(column, QSqlDriver::FieldName);
            // JSON holds no bytes: a BLOB is kept as hex text.
            return blobs.contains(column) ? QStringLiteral("hex(%1)").arg(value) : value;
        };
        const QString insertHead =
            QStringLiteral("INSERT INTO audit_log (txid, at, actor, table_name, row_id, op, changes, action) SELECT "
                           "c.txid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ");
        QStringList differs;
        QStringList diff;
        QStringList whole;
        for (const QString& column : std::as_const(columns)) {
            differs << QStringLiteral("%1 IS NOT %2")
                           .arg(col(QStringLiteral("OLD"), column), col(QStringLiteral("NEW"), column));
            diff << QStringLiteral("SELECT %1 AS k, json_array(%2, %3) AS v WHERE %2 IS NOT %3")
                        .arg(literal(column), col(QStringLiteral("OLD"), column), col(QStringLiteral("NEW"), column));
            whole << literal(column) << QStringLiteral("json_array(%1, NULL)").arg(col(QStringLiteral("OLD"), column));
        }
        const QString kind = columns.contains(QLatin1String("deleted_at"))
                                 ? QStringLiteral("CASE WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL "
                                                  "THEN 'soft_delete' WHEN OLD.deleted_at IS NOT NULL AND "
                                                  "NEW.deleted_at IS NULL THEN 'restore' ELSE 'update' END")
                                 : QStringLiteral("'update'");
        const QString actor = QStringLiteral("(SELECT u.username FROM users u WHERE u.id = %1.%2)");
        const QString prefix = QStringLiteral("audit_") + table;
        const QList<QPair<QString, QString>> wanted{
            {prefix + QStringLiteral("_ai"),
             QStringLiteral("CREATE TRIGGER \"%1_ai\" AFTER INSERT ON %2 BEGIN %3%4, %5, NEW.id, 'insert', NULL, "
                            "c.action FROM audit_context c; END")
                 .arg(prefix, t, insertHead, actor.arg(QStringLiteral("NEW"), QStringLiteral("created_by")),
                      literal(table))},
            {prefix + QStringLiteral("_au"),
             QStringLiteral("CREATE TRIGGER \"%1_au\" AFTER UPDATE ON %2 WHEN %3 BEGIN %4%5, %6, NEW.id, %7, "
                            "(SELECT json_group_object(k, json(v)) FROM (%8)), c.action FROM audit_context c; END")
                 .arg(prefix, t, differs.isEmpty() ? QStringLiteral("0") : differs.join(QStringLiteral(" OR ")),
                      insertHead, actor.arg(QStringLiteral("NEW"), QStringLiteral("updated_by")), literal(table), kind,
                      diff.isEmpty() ? QStringLiteral("SELECT NULL AS k, NULL AS v WHERE 0")
                                     : diff.join(QStringLiteral(" UNION ALL ")))},
            {prefix + QStringLiteral("_ad"),
             QStringLiteral("CREATE TRIGGER \"%1_ad\" AFTER DELETE ON %2 BEGIN %3%4, %5, OLD.id, 'delete', "
                            "json_object(%6), c.action FROM audit_context c; END")
                 .arg(prefix, t, insertHead, actor.arg(QStringLiteral("OLD"), QStringLiteral("updated_by")),
                      literal(table), whole.join(QStringLiteral(", ")))},
        };
        QStringList statements;
        for (const auto& [name, sql] : wanted) {
            QSqlQuery existing(connection);
            existing.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
            existing.addBindValue(name);
            if (!existing.exec()) {
                *error = existing.lastError().text();
                return {};
            }
            if (existing.next() && existing.value(0).toString() == sql)
                continue;
            statements << QStringLiteral("DROP TRIGGER IF EXISTS \"%1\"").arg(name) << sql;
        }
        return statements;
    }

    QStringList dropStatements(const QSqlDatabase&, const QString& table) const override
    {
        QStringList statements;
        for (const char* suffix : {"_ai", "_au", "_ad"})
            statements << QStringLiteral("DROP TRIGGER IF EXISTS \"audit_%1%2\"").arg(table, QLatin1String(suffix));
        return statements;
    }
    QString setActionStatement() const override { return QStringLiteral("UPDATE audit_context SET action = ?"); }
    QString endOfTransactionStatement() const override
    {
        return QStringLiteral("UPDATE audit_context SET txid = txid + 1, action = NULL");
    }
    QString nowQuery() const override { return QStringLiteral("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"); }
    QString notificationChannel() const override { return QString(); }
    QString sessionQuery() const override { return QString(); }
};

class PostgresAuditDialect final : public AuditDialect
{
public:
    bool businessTables(const QSqlDatabase& connection, QStringList* tables, QString* error) const override
    {
        QSqlQuery q(connection);
        if (!q.exec(QStringLiteral(
                "SELECT c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace "
                "AND c.relkind IN ('r', 'p') AND NOT c.relispartition "
                "AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'id' "
                "AND NOT a.attisdropped) "
                "AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'version' "
                "AND NOT a.attisdropped) ORDER BY c.relname"))) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next())
            tables->append(q.value(0).toString());
        return true;
    }

    QStringList triggerStatements(const QSqlDatabase& connection, const QString& table, QString* error) const override
    {
        // The function reads the row as JSON, so a table's new columns need nothing: only a missing trigger does.
        QSqlQuery q(connection);
        q.prepare(QStringLiteral("SELECT 1 FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                 "WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ? "
                                 "AND t.tgname = 'audit_row' AND t.tgenabled <> 'D'"));
        q.addBindValue(table);
        if (!q.exec()) {
            *error = q.lastError().text();
            return {};
        }
        if (q.next())
            return {};
        const QString t = connection.driver()->escapeIdentifier(table, QSqlDriver::TableName);
        return {QStringLiteral("DROP TRIGGER IF EXISTS audit_row ON %1").arg(t),
                QStringLiteral("CREATE TRIGGER audit_row AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW "
                               "EXECUTE FUNCTION audit_row()")
                    .arg(t)};
    }

    QStringList dropStatements(const QSqlDatabase& connection, const QString& table) const override
    {
        return {QStringLiteral("DROP TRIGGER IF EXISTS audit_row ON %1")
                    .arg(connection.driver()->escapeIdentifier(table, QSqlDriver::TableName))};
    }
    QString setActionStatement() const override
    {
        return QStringLiteral("SELECT set_config('deskcrm.audit_action', ?, true)");
    }
    QString endOfTransactionStatement() const override { return QString(); }
    QString nowQuery() const override { return QStringLiteral("SELECT now()"); }
    QString notificationChannel() const override { return QStringLiteral("deskcrm_changes"); }
    QString sessionQuery() const override { return QStringLiteral("SELECT pg_backend_pid()"); }
};
} // namespace

AuditDialect::~AuditDialect() = default;

const AuditDialect& AuditDialect::of(ConnectionSettings::Dialect dialect)
{
    static const SqliteAuditDialect sqlite;
    static const PostgresAuditDialect postgres;
    return dialect == ConnectionSettings::Dialect::PostgreSQL ? static_cast<const AuditDialect&>(postgres)
                                                              : static_cast<const AuditDialect&>(sqlite);
}

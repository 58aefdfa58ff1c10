#include "SqlDialect.h"

#include "NativeHandle.h"

#include <QSqlError>

#include <libpq-fe.h>

#include <QList>
#include <QPair>

namespace {
class SqliteSqlDialect final : public SqlDialect
{
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    QString uuidType() const override { return QStringLiteral("TEXT"); }
    QString timestampType() const override { return QStringLiteral("TEXT"); }
    QString dateType() const override { return QStringLiteral("TEXT"); }
    QString booleanType() const override { return QStringLiteral("INTEGER"); }
    QString trueLiteral() const override { return QStringLiteral("1"); }
    QString falseLiteral() const override { return QStringLiteral("0"); }
    // A write transaction is exclusive on SQLite.
    QString schemaUpgradeLock() const override { return QString(); }
    QString transactionLock(qint64) const override { return QString(); }
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    bool nullsFirst(bool descending) const override { return !descending; }
    // With BEGIN IMMEDIATE a writer holds the lock from its start; a busy database has already been waited
    // for (busy timeout), and waiting again would only freeze the window longer.
    bool mustRetry(const QSqlError&) const override { return false; }
    bool connectionLost(const QSqlDatabase&, const QSqlError&) const override { return false; } // a file stays
    QString seekKey(const QString& expression) const override { return expression; }
    QString indexHint(const QString& index) const override { return QStringLiteral("INDEXED BY %1 ").arg(index); }
    bool sharedBetweenConnections(const ConnectionSettings& settings) const override
    {
        // An empty name makes SQLite open a private temporary database, as ":memory:" does.
        return !settings.path.isEmpty() && settings.path != QLatin1String(":memory:");
    }
};

class PostgresSqlDialect final : public SqlDialect
{
public:
    QString name() const override { return QStringLiteral("postgresql"); }
    QString uuidType() const override { return QStringLiteral("UUID"); }
    QString timestampType() const override { return QStringLiteral("TIMESTAMPTZ"); }
    QString dateType() const override { return QStringLiteral("DATE"); }
    QString booleanType() const override { return QStringLiteral("BOOLEAN"); }
    QString trueLiteral() const override { return QStringLiteral("TRUE"); }
    QString falseLiteral() const override { return QStringLiteral("FALSE"); }
    QString schemaUpgradeLock() const override { return QStringLiteral("SELECT pg_advisory_xact_lock(74737261)"); }
    QString transactionLock(qint64 key) const override
    {
        return QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(key);
    }
    QString beginWrite() const override { return QString(); }
    bool nullsFirst(bool descending) const override { return descending; }
    bool mustRetry(const QSqlError& error) const override
    {
        return error.nativeErrorCode() == QLatin1String("40001") || error.nativeErrorCode() == QLatin1String("40P01");
    }
    bool connectionLost(const QSqlDatabase& connection, const QSqlError& error) const override
    {
        // Class 08 (connection exception) and the server's own shutdown codes (57P01 administrator, 57P02 crash,
        // 57P03 cannot connect now). The driver reports a socket that closed mid-statement without a code, so the
        // connection's own state decides too.
        const QString state = error.nativeErrorCode();
        if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
            state == QLatin1String("57P02") || state == QLatin1String("57P03"))
            return true;
        PGconn* conn = nativeHandle<PGconn>(connection, "PGconn*", "pg_conn*");
        return conn && PQstatus(conn) == CONNECTION_BAD;
    }
    QString seekKey(const QString& expression) const override
    {
        return QStringLiteral("CAST(") + expression + QStringLiteral(" AS TEXT)");
    }
    QString indexHint(const QString&) const override { return QString(); }
    bool sharedBetweenConnections(const ConnectionSettings&) const override { return true; }
};
} // namespace

SqlDialect::~SqlDialect() = default;

const SqlDialect& SqlDialect::of(ConnectionSettings::Dialect dialect)
{
    static const SqliteSqlDialect sqlite;
    static const PostgresSqlDialect postgres;
    if (dialect == ConnectionSettings::Dialect::PostgreSQL)
        return postgres;
    return sqlite;
}

QStringList SqlDialect::statements(const QString& script, const QString& now) const
{
    const QString meta =
        QStringLiteral("created_at {TS} NOT NULL, created_by {UUID} REFERENCES users(id), updated_at {TS} NOT NULL, "
                       "updated_by {UUID} REFERENCES users(id), version INTEGER NOT NULL DEFAULT 1, deleted_at {TS}");
    const QList<QPair<QString, QString>> tokens = {
        {QStringLiteral("{META}"), meta},
        {QStringLiteral("{UUID}"), uuidType()},
        {QStringLiteral("{TS}"), timestampType()},
        {QStringLiteral("{DATE}"), dateType()},
        {QStringLiteral("{BOOL}"), booleanType()},
        {QStringLiteral("{TRUE}"), trueLiteral()},
        {QStringLiteral("{FALSE}"), falseLiteral()},
        {QStringLiteral("{NOW}"), QLatin1Char('\'') + now + QLatin1Char('\'')},
    };
    const QString ownSection = QStringLiteral("-- @") + name();
    const QString end = QStringLiteral("-- @end");

    QStringList result;
    QString current;
    bool skipping = false;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line == end) {
            skipping = false;
            continue;
        }
        if (line.startsWith(QLatin1String("-- @"))) {
            skipping = line != ownSection; // another dialect's section
            continue;
        }
        if (skipping || line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        if (current.isEmpty() && line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += raw + QLatin1Char('\n');
        const bool ends =
            inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0 : line.endsWith(QLatin1Char(';'));
        if (ends) {
            QString statement = current.trimmed();
            statement.chop(inTrigger ? 0 : 1);
            for (int pass = 0; pass < 2; ++pass) // {META} brings tokens of its own
                for (const auto& token : tokens)
                    statement.replace(token.first, token.second);
            result << statement;
            current.clear();
            inTrigger = false;
        }
    }
    return result;
}

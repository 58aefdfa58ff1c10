#include "SchemaMigrator.h"

#include "Database.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SchemaMigrator", text);
}

// version -> resource path of its SQL file
QMap<int, QString> migrationFiles()
{
    QMap<int, QString> files;
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = name.match(file);
        if (match.hasMatch())
            files.insert(match.captured(1).toInt(), dir.filePath(file));
    }
    return files;
}
} // namespace

SchemaMigrator::SchemaMigrator(const Database& db) : m_db(db) {}

int SchemaMigrator::latestVersion()
{
    const auto files = migrationFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

int SchemaMigrator::currentVersion() const
{
    const QSqlDatabase db = m_db.connection();
    if (!db.tables().contains(QStringLiteral("schema_migrations")))
        return 0;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool SchemaMigrator::checkNotNewer(QString* error) const
{
    const int current = currentVersion();
    if (current > latestVersion()) {
        if (error)
            *error = tr("This database was made by a newer DeskCRM (schema version %1; this program knows up "
                        "to version %2). It was not changed. Please update DeskCRM to open it.")
                         .arg(current)
                         .arg(latestVersion());
        return false;
    }
    return true;
}

bool SchemaMigrator::migrateTo(int version, QString* error)
{
    if (!checkNotNewer(error))
        return false;
    // Up to date: nothing to write. A team member's login may not create tables (issue 16), so the bookkeeping
    // below is for whoever upgrades.
    if (currentVersion() >= version)
        return true;
    const QSqlDatabase db = m_db.connection();
    const auto files = migrationFiles();

    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tr("Cannot start the schema upgrade: %1").arg(tx.error());
        return false;
    }
    QSqlQuery q(db);
    const SqlDialect& dialect = m_db.sqlDialect();
    // Two programs opening a fresh team database at once must not both create the schema.
    if (!dialect.schemaUpgradeLock().isEmpty())
        q.exec(dialect.schemaUpgradeLock());
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                               "description TEXT NOT NULL, applied_at %1 NOT NULL)")
                    .arg(dialect.timestampType()))) {
        if (error)
            *error = tr("Cannot create schema_migrations: %1").arg(q.lastError().text());
        return false;
    }
    int current = 0;
    if (q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) && q.next())
        current = q.value(0).toInt();

    const QString now = m_db.clock().timestamp();
    int steps = 0;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it)
        steps += it.key() > current && it.key() <= version ? 1 : 0;
    int step = 0;
    bool applied = false;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        if (it.key() <= current || it.key() > version)
            continue;
        if (m_progress)
            m_progress(step++, steps);
        applied = true;
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("Missing migration %1.").arg(it.value());
            return false;
        }
        const QString sql = QString::fromUtf8(file.readAll());
        for (const QString& statement : dialect.statements(sql, now)) {
            if (!q.exec(statement)) {
                if (error)
                    *error = tr("Schema upgrade to version %1 failed; the database was left as it was.\n%2\n%3")
                                 .arg(it.key())
                                 .arg(q.lastError().text(), statement.left(200));
                return false;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"));
        q.addBindValue(it.key());
        q.addBindValue(QFileInfo(it.value()).completeBaseName().mid(5));
        q.addBindValue(now);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    if (!tx.commit()) {
        if (error)
            *error = tr("Cannot commit the schema upgrade: %1").arg(tx.error());
        return false;
    }
    if (m_progress && applied)
        m_progress(steps, steps);
    // An index a migration (re)created has no statistics yet, and SQLite's planner then picks a wrong
    // index and sorts whole tables (seen on the board after 0005). Fresh statistics are cheap next to
    // the upgrade itself; a failure here leaves a correct, merely slower database, so it is not an error.
    if (applied)
        QSqlQuery(m_db.connection()).exec(QStringLiteral("ANALYZE"));
    return true;
}

QStringList SchemaMigrator::statements(const QString& sql, ConnectionSettings::Dialect dialect, const QString& now)
{
    return SqlDialect::of(dialect).statements(sql, now);
}

#pragma once

#include "ConnectionSettings.h"

#include <QStringList>

#include <functional>

class Database;

// Applies the numbered migrations in resources/migrations (NNNN_name.sql) inside one transaction and
// records each in schema_migrations. A database whose schema is newer than this program is refused
// untouched. The SQL files are written once for both dialects; see the header of 0001_initial.sql.
class SchemaMigrator
{
public:
    explicit SchemaMigrator(const Database& db);

    static int latestVersion();
    int currentVersion() const; // 0 for an empty database

    bool migrate(QString* error) { return migrateTo(latestVersion(), error); }
    bool migrateTo(int version, QString* error);
    bool checkNotNewer(QString* error) const;
    // Told before each migration migrateTo() applies and once after the last (step == steps).
    void setProgress(std::function<void(int step, int steps)> progress) { m_progress = std::move(progress); }

    // The statements one migration file runs on a dialect, tokens replaced. Public for tests.
    static QStringList statements(const QString& sql, ConnectionSettings::Dialect dialect, const QString& now);

private:
    const Database& m_db;
    std::function<void(int step, int steps)> m_progress;
};

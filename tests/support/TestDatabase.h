#pragma once

#include "Database.h"

#include <QSqlError>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A fresh, empty DeskCRM database for one test: a SQLite file in a temporary folder, or a new
// PostgreSQL database on the server named by DESKCRM_TEST_PG (dropped again afterwards).
// Data-driven tests call addTargets() in their _data() function, giving one row per backend.
class TestDatabase
{
public:
    explicit TestDatabase(const QString& target);
    ~TestDatabase();
    Q_DISABLE_COPY(TestDatabase)

    // QTest::addColumn<QString>("target") and one row per available backend. PostgreSQL rows are
    // present only when DESKCRM_TEST_PG is set; without it the suite says so once (QSKIP is per row).
    static void addTargets();
    static bool postgresAvailable();

    // Opens (and migrates, unless options say otherwise) a connection to this test's database.
    std::unique_ptr<Database> open(QString* error = nullptr, const Database::Options& options = {}) const;
    const ConnectionSettings& settings() const { return m_settings; }
    // What --database takes for this database (a file path, or a postgresql:// URL with the password).
    QString databaseArgument() const;
    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    ConnectionSettings m_settings;
    QString m_pgDatabase;
    bool m_valid = false;
    QString m_error;
};

// Fails the test with the query's own error text, so a red CI says why.
#define DESKCRM_VERIFY_SQL(q, ok) QVERIFY2(ok, qPrintable((q).lastError().text()))

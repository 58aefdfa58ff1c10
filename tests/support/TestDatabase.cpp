#include "TestDatabase.h"

#include <QUrl>

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace {
bool adminSettings(ConnectionSettings* settings, QString* error)
{
    const QString url = qEnvironmentVariable("DESKCRM_TEST_PG");
    return !url.isEmpty() && ConnectionSettings::parse(url, settings, error);
}
} // namespace

bool TestDatabase::postgresAvailable()
{
    return !qEnvironmentVariableIsEmpty("DESKCRM_TEST_PG");
}

void TestDatabase::addTargets()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    if (postgresAvailable())
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    else
        qWarning("DESKCRM_TEST_PG is not set: PostgreSQL rows are not run");
}

TestDatabase::TestDatabase(const QString& target)
{
    if (target == QLatin1String("sqlite")) {
        m_settings.dialect = ConnectionSettings::Dialect::SQLite;
        m_settings.path = m_dir.filePath(QStringLiteral("test.sqlite"));
        m_valid = m_dir.isValid();
        return;
    }
    ConnectionSettings admin;
    if (!adminSettings(&admin, &m_error)) {
        m_error = QStringLiteral("DESKCRM_TEST_PG is not set or invalid");
        return;
    }
    m_pgDatabase = QStringLiteral("deskcrm_test_%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("deskcrm-test-admin"));
        db.setHostName(admin.host);
        db.setPort(admin.port);
        db.setDatabaseName(admin.database);
        db.setUserName(admin.user);
        db.setPassword(admin.password);
        if (!db.open()) {
            m_error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(m_pgDatabase)))
                m_error = q.lastError().text();
            else
                m_valid = true;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("deskcrm-test-admin"));
    m_settings = admin;
    m_settings.database = m_pgDatabase;
}

TestDatabase::~TestDatabase()
{
    if (m_pgDatabase.isEmpty() || !m_valid)
        return;
    ConnectionSettings admin;
    QString error;
    if (!adminSettings(&admin, &error))
        return;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("deskcrm-test-admin"));
        db.setHostName(admin.host);
        db.setPort(admin.port);
        db.setDatabaseName(admin.database);
        db.setUserName(admin.user);
        db.setPassword(admin.password);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("deskcrm-test-admin"));
}

std::unique_ptr<Database> TestDatabase::open(QString* error, const Database::Options& options) const
{
    return Database::open(m_settings, options, error);
}

QString TestDatabase::databaseArgument() const
{
    if (m_settings.dialect == ConnectionSettings::Dialect::SQLite)
        return m_settings.path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_settings.host);
    url.setPort(m_settings.port);
    url.setUserName(m_settings.user);
    url.setPassword(m_settings.password);
    url.setPath(QLatin1Char('/') + m_settings.database);
    return url.toString();
}

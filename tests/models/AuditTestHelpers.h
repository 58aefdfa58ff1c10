#pragma once

#include "Database.h"
#include "RecordWriter.h"
#include "TestDatabase.h"
#include "UserAdministration.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>

// Colleagues for the audit tests: on PostgreSQL each is a real login role (the audit records session_user, so the
// test must log in as them), made by the test and dropped again; on SQLite a users row the connection acts as.
class AuditPeople
{
public:
    AuditPeople(const TestDatabase& tdb, Database& admin) : m_tdb(tdb), m_admin(admin) {}
    ~AuditPeople()
    {
        if (!m_admin.isPostgres())
            return;
        QSqlQuery q(m_admin.connection());
        for (const QString& role : std::as_const(m_roles)) {
            q.exec(QStringLiteral("DROP OWNED BY %1").arg(role));
            q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
        }
    }
    Q_DISABLE_COPY(AuditPeople)

    // A connection acting as a new person called `name` (PostgreSQL: a login role name_<random> with DeskCRM role
    // `role`; an administrator sees every record, a rep only their own); *username is what the audit log calls them.
    std::unique_ptr<Database> open(const QString& name, QString* username, QString* error,
                                   const QString& role = QStringLiteral("admin"))
    {
        if (m_admin.isPostgres()) {
            const QString login =
                QStringLiteral("%1_%2").arg(name).arg(QRandomGenerator::global()->generate() & 0xffffff, 0, 16);
            // Made the way an administrator makes a colleague: a login role in its DeskCRM role's group, all in one
            // team.
            UserAdministration administration(m_admin);
            const WriteResult team = administration.teamNamed(QStringLiteral("Audit colleagues"));
            if (!team.ok()) {
                *error = team.message;
                return nullptr;
            }
            UserAdministration::NewUser user;
            user.username = login;
            user.displayName = name;
            user.role = role;
            user.teamId = team.id;
            const WriteResult made = administration.createUser(user, QStringLiteral("secret-") + login);
            if (!made.ok()) {
                *error = made.message;
                return nullptr;
            }
            m_roles << login;
            ConnectionSettings settings = m_tdb.settings();
            settings.user = login;
            settings.password = QStringLiteral("secret-") + login;
            *username = login;
            return Database::open(settings, error);
        }
        auto db = m_tdb.open(error);
        if (!db)
            return nullptr;
        const WriteResult user = RecordWriter::transact(*db, [&](RecordWriter& writer) {
            return writer.insert(QStringLiteral("users"),
                                 {{QStringLiteral("username"), name}, {QStringLiteral("display_name"), name}});
        });
        if (!user.ok()) {
            *error = user.message;
            return nullptr;
        }
        db->setCurrentUser(user.id, name);
        *username = name;
        return db;
    }

    // The users row of someone open() made.
    QString userId(const QString& username) const
    {
        QSqlQuery q(m_admin.connection());
        q.prepare(QStringLiteral("SELECT id FROM users WHERE username = ?"));
        q.addBindValue(username);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    // A second connection as the same PostgreSQL role, for raw SQL (QSqlDatabase named `connectionName`).
    QSqlDatabase raw(const QString& username, const QString& connectionName) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(m_tdb.settings().host);
        db.setPort(m_tdb.settings().port);
        db.setDatabaseName(m_tdb.settings().database);
        db.setUserName(username);
        db.setPassword(QStringLiteral("secret-") + username);
        db.open();
        return db;
    }

private:
    const TestDatabase& m_tdb;
    Database& m_admin;
    QStringList m_roles;
};

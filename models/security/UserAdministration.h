#pragma once

#include "WriteResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// What an administrator does to a team database's users (Tools > Users and Roles…, deskcrm-cli users): each
// DeskCRM user is a PostgreSQL login role (SCRAM password, hashed on the client) in the group role of their DeskCRM
// role, matched to their users row. Every action is one transaction through RecordWriter; the role statements run
// in it, so a failure leaves neither a row without a role nor a role without a row. Needs a connection allowed to
// create roles (an administrator's, see RowSecurity); SQLite has no users to administer (isAvailable() is false).
class UserAdministration
{
    Q_DECLARE_TR_FUNCTIONS(UserAdministration)

public:
    struct User
    {
        QString id;
        QString username;
        QString displayName;
        QString role;
        QString teamId;
        QString teamName;
        bool active = true;
    };
    struct NewUser
    {
        QString username;
        QString displayName;
        QString role = QStringLiteral("rep");
        QString teamId; // may be empty
        QString managerId;
    };

    explicit UserAdministration(Database& db);

    bool isAvailable() const;
    // Whether the signed-in user's role may administer users (roles.can_administer_users).
    bool mayAdminister() const;
    static QStringList roleCodes();
    static QString roleLabel(const QString& code); // "Sales rep", "销售代表"

    QList<User> users(QString* error) const;
    // Teams as (id, name), by name.
    QList<QPair<QString, QString>> teams(QString* error) const;
    // The id of the team named so, made when there is none.
    WriteResult teamNamed(const QString& name);
    QString userId(const QString& username) const;

    WriteResult createUser(const NewUser& user, const QString& password);
    // A login role for a users row that has none yet (registered before the team database had roles, or made by
    // an import), in the group of the row's role.
    WriteResult enableLogin(const QString& username, const QString& password);
    WriteResult resetPassword(const QString& username, const QString& password);
    // Revokes the login at once (and ends the user's open sessions), marks the users row inactive and makes
    // reassignTo the owner of every record the user owned, in one transaction.
    WriteResult deactivate(const QString& username, const QString& reassignTo);
    WriteResult changeTeam(const QString& username, const QString& teamId);
    // Gives the user another role (rep, lead, admin, readonly, finance): the users row and the login role's group, in
    // one transaction, so what the server lets them see changes with their next statement.
    WriteResult changeRole(const QString& username, const QString& role);

    // A PostgreSQL role name DeskCRM accepts for a user: lower-case letters, digits, _ . -, starting with a letter.
    static bool validUsername(const QString& username);

private:
    Database& m_db;
};

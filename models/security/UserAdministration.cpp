#include "UserAdministration.h"

#include "Database.h"
#include "NativeHandle.h"
#include "RecordWriter.h"
#include "RoleDialect.h"
#include "RowSecurity.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace {
WriteResult failed(const QString& message)
{
    return WriteResult::failure(WriteResult::Failed, message);
}

WriteResult sqlFailed(const QSqlQuery& q)
{
    return failed(UserAdministration::tr("The server refused: %1").arg(q.lastError().text()));
}

// The SCRAM-SHA-256 verifier of a password, made on the client so the password itself never travels to the
// server or into its statement log.
QString scramVerifier(const Database& db, const QString& username, const QString& password)
{
    PGconn* conn = nativeHandle<PGconn>(db.connection(), "PGconn*", "pg_conn*");
    if (!conn)
        return {};
    char* encrypted =
        PQencryptPasswordConn(conn, password.toUtf8().constData(), username.toUtf8().constData(), "scram-sha-256");
    if (!encrypted)
        return {};
    const QString verifier = QString::fromUtf8(encrypted);
    PQfreemem(encrypted);
    return verifier;
}
} // namespace

UserAdministration::UserAdministration(Database& db) : m_db(db) {}

bool UserAdministration::isAvailable() const
{
    return RoleDialect::of(m_db.dialect()).serverRoles();
}

bool UserAdministration::mayAdminister() const
{
    if (!isAvailable())
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT r.can_administer_users FROM users u JOIN roles r ON r.code = u.role WHERE u.id = ?"));
    q.addBindValue(m_db.currentUserId());
    return q.exec() && q.next() && q.value(0).toBool();
}

QStringList UserAdministration::roleCodes()
{
    return {QStringLiteral("rep"), QStringLiteral("lead"), QStringLiteral("admin"), QStringLiteral("readonly"),
            QStringLiteral("finance")};
}

QString UserAdministration::roleLabel(const QString& code)
{
    if (code == QLatin1String("rep"))
        return tr("Sales rep");
    if (code == QLatin1String("lead"))
        return tr("Team lead");
    if (code == QLatin1String("admin"))
        return tr("Administrator");
    if (code == QLatin1String("readonly"))
        return tr("Read-only");
    if (code == QLatin1String("finance"))
        return tr("Finance");
    return code;
}

bool UserAdministration::validUsername(const QString& username)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_.-]{0,62}$"));
    return pattern.match(username).hasMatch();
}

QList<UserAdministration::User> UserAdministration::users(QString* error) const
{
    QList<User> result;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT u.id, u.username, u.display_name, u.role, u.team_id, t.name, u.active "
                               "FROM users u LEFT JOIN teams t ON t.id = u.team_id WHERE u.deleted_at IS NULL "
                               "ORDER BY u.active DESC, u.display_name, u.username"))) {
        if (error)
            *error = q.lastError().text();
        return result;
    }
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString(), q.value(6).toBool()});
    return result;
}

QList<QPair<QString, QString>> UserAdministration::teams(QString* error) const
{
    QList<QPair<QString, QString>> result;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, name FROM teams WHERE deleted_at IS NULL ORDER BY name"))) {
        if (error)
            *error = q.lastError().text();
        return result;
    }
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString()});
    return result;
}

QString UserAdministration::userId(const QString& username) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM users WHERE username = ? AND deleted_at IS NULL"));
    q.addBindValue(username);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

WriteResult UserAdministration::teamNamed(const QString& name)
{
    return RecordWriter::transact(m_db, [&](RecordWriter& writer) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id FROM teams WHERE name = ? AND deleted_at IS NULL"));
        q.addBindValue(name);
        if (!q.exec())
            return sqlFailed(q);
        if (q.next()) {
            WriteResult found;
            found.id = q.value(0).toString();
            return found;
        }
        return writer.insert(QStringLiteral("teams"), {{QStringLiteral("name"), name}});
    });
}

WriteResult UserAdministration::createUser(const NewUser& user, const QString& password)
{
    if (!isAvailable())
        return failed(tr("Users and roles need a PostgreSQL team database; a local database has one user."));
    if (!validUsername(user.username))
        return WriteResult::failure(
            WriteResult::Invalid,
            tr("A user name is 1 to 63 lower-case letters, digits, “_”, “.” or “-”, starting with a letter."));
    if (!roleCodes().contains(user.role))
        return WriteResult::failure(WriteResult::Invalid, tr("Unknown role “%1”.").arg(user.role));
    if (password.size() < 8)
        return WriteResult::failure(WriteResult::Invalid, tr("The password must have at least 8 characters."));
    const QString verifier = scramVerifier(m_db, user.username, password);
    if (verifier.isEmpty())
        return failed(tr("Cannot prepare the password for the server."));
    return RecordWriter::transact(m_db, [&](RecordWriter& writer) {
        QVariantHash row{
            {QStringLiteral("username"), user.username},
            {QStringLiteral("display_name"), user.displayName.isEmpty() ? user.username : user.displayName},
            {QStringLiteral("role"), user.role},
            {QStringLiteral("db_role"), user.username},
            {QStringLiteral("active"), true}};
        if (!user.teamId.isEmpty())
            row.insert(QStringLiteral("team_id"), user.teamId);
        if (!user.managerId.isEmpty())
            row.insert(QStringLiteral("manager_id"), user.managerId);
        WriteResult added = writer.insert(QStringLiteral("users"), row);
        if (!added.ok())
            return added;
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("CREATE ROLE %1 LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS "
                                   "PASSWORD %2 IN ROLE %3")
                        .arg(RowSecurity::quotedIdentifier(user.username), RowSecurity::quotedLiteral(verifier),
                             RowSecurity::quotedIdentifier(RowSecurity::groupRole(m_db, user.role)))))
            return sqlFailed(q);
        return added;
    });
}

WriteResult UserAdministration::enableLogin(const QString& username, const QString& password)
{
    if (!isAvailable())
        return failed(tr("Users and roles need a PostgreSQL team database; a local database has one user."));
    if (!validUsername(username))
        return WriteResult::failure(
            WriteResult::Invalid,
            tr("A user name is 1 to 63 lower-case letters, digits, “_”, “.” or “-”, starting with a letter."));
    if (password.size() < 8)
        return WriteResult::failure(WriteResult::Invalid, tr("The password must have at least 8 characters."));
    const QString id = userId(username);
    if (id.isEmpty())
        return WriteResult::failure(WriteResult::NotFound, tr("There is no user “%1”.").arg(username));
    const QString verifier = scramVerifier(m_db, username, password);
    if (verifier.isEmpty())
        return failed(tr("Cannot prepare the password for the server."));
    return RecordWriter::transact(m_db, [&](RecordWriter& writer) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT role FROM users WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return sqlFailed(q);
        const QString role = q.value(0).toString();
        WriteResult done = writer.update(QStringLiteral("users"), id, -1, {{QStringLiteral("db_role"), username}});
        if (!done.ok())
            return done;
        if (!q.exec(QStringLiteral("CREATE ROLE %1 LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS "
                                   "PASSWORD %2 IN ROLE %3")
                        .arg(RowSecurity::quotedIdentifier(username), RowSecurity::quotedLiteral(verifier),
                             RowSecurity::quotedIdentifier(RowSecurity::groupRole(m_db, role)))))
            return sqlFailed(q);
        return done;
    });
}

WriteResult UserAdministration::resetPassword(const QString& username, const QString& password)
{
    if (!isAvailable())
        return failed(tr("Users and roles need a PostgreSQL team database; a local database has one user."));
    if (password.size() < 8)
        return WriteResult::failure(WriteResult::Invalid, tr("The password must have at least 8 characters."));
    if (userId(username).isEmpty())
        return WriteResult::failure(WriteResult::NotFound, tr("There is no user “%1”.").arg(username));
    const QString verifier = scramVerifier(m_db, username, password);
    if (verifier.isEmpty())
        return failed(tr("Cannot prepare the password for the server."));
    return RecordWriter::transact(m_db, [&](RecordWriter&) {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("ALTER ROLE %1 PASSWORD %2")
                        .arg(RowSecurity::quotedIdentifier(username), RowSecurity::quotedLiteral(verifier))))
            return sqlFailed(q);
        return WriteResult();
    });
}

WriteResult UserAdministration::deactivate(const QString& username, const QString& reassignTo)
{
    if (!isAvailable())
        return failed(tr("Users and roles need a PostgreSQL team database; a local database has one user."));
    const QString id = userId(username);
    if (id.isEmpty())
        return WriteResult::failure(WriteResult::NotFound, tr("There is no user “%1”.").arg(username));
    const QString heir = userId(reassignTo);
    if (heir.isEmpty() || heir == id)
        return WriteResult::failure(WriteResult::Invalid,
                                    tr("Choose another, active user to take over the records of “%1”.").arg(username));
    QString error;
    const QList<RowSecurity::Table> tables = RowSecurity::tables(m_db, &error);
    if (!error.isEmpty())
        return failed(error);
    const WriteResult result = RecordWriter::transact(m_db, [&](RecordWriter& writer) {
        QSqlQuery q(m_db.connection());
        // Login first: from the commit on, the role cannot sign in again.
        if (!q.exec(QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(RowSecurity::quotedIdentifier(username))))
            return sqlFailed(q);
        WriteResult done = writer.update(QStringLiteral("users"), id, -1, {{QStringLiteral("active"), false}});
        if (!done.ok())
            return done;
        int moved = 0;
        for (const RowSecurity::Table& table : tables) {
            // Records, not what triggers derive from them (summaries follow by themselves) nor logs.
            if (table.coverage != RowSecurity::Coverage::Owner || table.ownerColumn != QLatin1String("owner_id") ||
                table.derived || !table.hasVersion)
                continue;
            const WriteResult reassigned = writer.updateWhere(table.name, {{QStringLiteral("owner_id"), heir}},
                                                              QStringLiteral("owner_id = ?"), {id});
            if (!reassigned.ok())
                return reassigned;
            moved += reassigned.affected;
        }
        done.affected = moved;
        return done;
    });
    if (!result.ok())
        return result;
    // After the commit: sessions already open end now (a deactivated user keeps nothing open).
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ?"));
    q.addBindValue(username);
    q.exec();
    return result;
}

WriteResult UserAdministration::changeRole(const QString& username, const QString& role)
{
    if (!isAvailable())
        return failed(tr("Users and roles need a PostgreSQL team database; a local database has one user."));
    if (!roleCodes().contains(role))
        return WriteResult::failure(WriteResult::Invalid, tr("Unknown role “%1”.").arg(role));
    const QString id = userId(username);
    if (id.isEmpty())
        return WriteResult::failure(WriteResult::NotFound, tr("There is no user “%1”.").arg(username));
    return RecordWriter::transact(m_db, [&](RecordWriter& writer) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT u.role, r.rolname FROM users u LEFT JOIN pg_roles r "
                                 "ON r.rolname = COALESCE(u.db_role, u.username) WHERE u.id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return sqlFailed(q);
        const QString before = q.value(0).toString();
        const QString login = q.value(1).toString();
        q.finish();
        if (before == role)
            return WriteResult();
        WriteResult done = writer.update(QStringLiteral("users"), id, -1, {{QStringLiteral("role"), role}});
        if (!done.ok())
            return done;
        // The policies are bound to the role groups, and the server checks membership at every statement: the
        // user's open sessions see with the new role's eyes from their next query on, in this same transaction's
        // commit. A row without a login role yet gets the new group when one is made (enableLogin).
        if (!login.isEmpty()) {
            const QString member = RowSecurity::quotedIdentifier(login);
            if (!q.exec(QStringLiteral("REVOKE %1 FROM %2")
                            .arg(RowSecurity::quotedIdentifier(RowSecurity::groupRole(m_db, before)), member)) ||
                !q.exec(QStringLiteral("GRANT %1 TO %2")
                            .arg(RowSecurity::quotedIdentifier(RowSecurity::groupRole(m_db, role)), member)))
                return sqlFailed(q);
        }
        return done;
    });
}

WriteResult UserAdministration::changeTeam(const QString& username, const QString& teamId)
{
    const QString id = userId(username);
    if (id.isEmpty())
        return WriteResult::failure(WriteResult::NotFound, tr("There is no user “%1”.").arg(username));
    return RecordWriter::transact(m_db, [&](RecordWriter& writer) {
        return writer.update(QStringLiteral("users"), id, -1,
                             {{QStringLiteral("team_id"), teamId.isEmpty() ? QVariant() : QVariant(teamId)}});
    });
}

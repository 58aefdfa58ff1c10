#include "Permissions.h"

#include "Database.h"
#include "RecordWriter.h"
#include "RoleDialect.h"

#include <QSqlQuery>

Permissions Permissions::of(const Database& db)
{
    Permissions permissions;
    if (!RoleDialect::of(db.dialect()).serverRoles())
        return permissions;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT r.code, r.can_write, r.can_export, r.can_print, r.can_bulk_delete, "
                             "r.can_administer_users FROM users u JOIN roles r ON r.code = u.role WHERE u.id = ?"));
    q.addBindValue(db.currentUserId());
    if (!q.exec() || !q.next()) {
        // Not a DeskCRM user of this database (or no roles yet): nothing beyond reading and editing.
        permissions.canExport = permissions.canPrint = permissions.canBulkDelete = false;
        return permissions;
    }
    permissions.role = q.value(0).toString();
    permissions.canWrite = q.value(1).toBool();
    permissions.canExport = q.value(2).toBool();
    permissions.canPrint = q.value(3).toBool();
    permissions.canBulkDelete = q.value(4).toBool();
    permissions.canAdministerUsers = q.value(5).toBool();
    return permissions;
}

bool Permissions::mayLeaveOwnerEmpty(const Database& db, const QString& table)
{
    if (!RoleDialect::of(db.dialect()).serverRoles())
        return true;
    // The role's level for the table, else its default ('*'): what RowSecurity::ensure made the policy from.
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT r.can_administer_users OR COALESCE((SELECT v.level FROM role_visibility v "
                             "WHERE v.role_code = r.code AND v.entity IN (?, '*') ORDER BY v.entity = '*' LIMIT 1), "
                             "'own') = 'all' OR EXISTS (SELECT 1 FROM pg_roles p WHERE p.rolname = current_user "
                             "AND (p.rolsuper OR p.rolbypassrls)) FROM users u JOIN roles r ON r.code = u.role "
                             "WHERE u.id = ?"));
    q.addBindValue(table);
    q.addBindValue(db.currentUserId());
    // Not a DeskCRM user of this database (the server's superuser): nothing restricts them.
    return !q.exec() || !q.next() || q.value(0).toBool();
}

bool Permissions::logPrint(Database& db, const QString& what, const QString& destination, QString* error)
{
    // A file opened read-only keeps no log (nothing can be written to it; it is one person's own file).
    if (db.isReadOnly())
        return true;
    const WriteResult result = RecordWriter::transact(db, [&](RecordWriter& writer) {
        return writer.insert(
            QStringLiteral("print_log"),
            {{QStringLiteral("user_id"), db.currentUserId().isEmpty() ? QVariant() : QVariant(db.currentUserId())},
             {QStringLiteral("printed_at"), db.clock().nowUtc()},
             {QStringLiteral("what"), what},
             {QStringLiteral("destination"), destination.isEmpty() ? QVariant() : QVariant(destination)}});
    });
    if (!result.ok() && error)
        *error = result.message;
    return result.ok();
}

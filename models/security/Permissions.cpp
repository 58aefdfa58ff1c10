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

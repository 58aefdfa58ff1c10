#pragma once

#include <QString>

class Database;

// What the signed-in user's role allows besides reading and editing the records they see (roles.can_*): the
// program hides what is not allowed, and the server refuses what it can (RowSecurity). A local SQLite database has
// one user, who may do everything. logPrint() records a print or a PDF in print_log (exports go to export_log).
struct Permissions
{
    bool canWrite = true;
    bool canExport = true;
    bool canPrint = true;
    bool canBulkDelete = true;
    bool canAdministerUsers = false;
    QString role; // roles.code; empty on SQLite

    static Permissions of(const Database& db);
    // Whether the signed-in user may save a record of table with no owner. On a team database a record without an
    // owner is visible only to those who see every record of the table (administrators, a role at level 'all'), so
    // the server refuses anyone else's save of it: their editors default Owner to themselves and offer no
    // "(nobody)". Always true on a local database.
    static bool mayLeaveOwnerEmpty(const Database& db, const QString& table);
    // One row in print_log (who, when, what, where to); false with a message when it could not be written.
    static bool logPrint(Database& db, const QString& what, const QString& destination, QString* error);
};

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
    // One row in print_log (who, when, what, where to); false with a message when it could not be written.
    static bool logPrint(Database& db, const QString& what, const QString& destination, QString* error);
};

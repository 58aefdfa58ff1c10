#pragma once

#include <QLocale>
#include <QString>

class QSqlDatabase;
struct sqlite3;

// The one order names are sorted in, in the database: the collation "deskcrm_name", Chinese in pinyin
// order and Latin alphabetically, exactly as ICU's "zh" collation orders them (QCollator for
// QLocale::Chinese gives the same order). It is fixed, not the UI language's, because list indexes are
// built in it and keyset paging compares in it: an order that changed with the language would need
// other indexes per language.
//
// PostgreSQL has it as an ICU collation created by migration 0003_name_collation. SQLite has no ICU,
// so every SQLite connection DeskCRM opens registers it (Database::configure, DatabaseBackup) through
// QCollator before it runs any statement: an index on `name COLLATE deskcrm_name` cannot be written,
// checked or used by a connection that lacks the collation ("no such collation sequence"), which also
// means a plain sqlite3 shell can read such a database but not change those tables.
class NameCollation
{
public:
    static constexpr const char* name = "deskcrm_name"; // the same SQL text on both dialects

    // The locale whose QCollator implements it on SQLite.
    static QLocale locale();

    // Registers deskcrm_name on a SQLite connection (QSQLITE driver or a raw handle). Idempotent.
    static bool install(const QSqlDatabase& db, QString* error);
    // The comparison is QCollator's; strings it finds equal are ordered by their UTF-8 bytes, as
    // PostgreSQL's deterministic collations do, so both backends have the same total order.
    static bool install(sqlite3* handle, QString* error);

    // A number that changes when the collator's order changes (a new ICU with Qt or the OS, a copy of
    // the file opened on another platform). SQLite indexes in deskcrm_name were built in the old order,
    // and keyset paging over a misordered index skips or repeats rows; PostgreSQL warns about collation
    // versions itself, SQLite does not.
    static int fingerprint();
    // SQLite: rebuilds the deskcrm_name indexes when the fingerprint differs from the one recorded in
    // the file (PRAGMA user_version, which DeskCRM uses for nothing else) and records the current one.
    static bool reindexIfChanged(const QSqlDatabase& db, QString* error);
};

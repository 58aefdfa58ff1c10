#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// Server-enforced visibility on a team's PostgreSQL database (issue 16). Nothing is listed by hand: ensure() reads
// the catalogue and the roles tables and installs, idempotently,
//  - a NOLOGIN owner role that owns every table, view and function (tables ENABLE + FORCE ROW LEVEL SECURITY;
//    trigger functions run as it, SECURITY DEFINER, so summaries and logs stay whole),
//  - one NOLOGIN group role per DeskCRM role (roles.db_group), granted to the users' login roles, with the table
//    and column privileges the role has (readers only SELECT; role_hidden_columns become column privileges),
//  - per group and table a policy: every table with an owner column gets the owner policy (own/team reach through
//    deskcrm_visible_owners(), an init plan seeking the owner index, plus explicit shares); a table without one
//    follows its parent through its foreign key (contacts, follow-ups, opportunity lines…); level "all" sees all.
// A table neither owned, nor a child, nor marked in kinds() below gets no privileges at all (fail closed), and
// TestRowSecurity fails on it, so whoever adds a table decides.
class RowSecurity
{
    Q_DECLARE_TR_FUNCTIONS(RowSecurity)

public:
    enum class Coverage {
        Owner,     // owner column → the owner policy
        Child,     // follows its parents through foreign keys
        Directory, // users, teams: everyone reads, administrators write
        Lookup,    // lists and catalogues: everyone reads, roles that write may add to them
        Settings,  // roles and schema bookkeeping: everyone reads, administrators write
        Aggregate, // counts without names (a histogram): everyone reads, triggers write
        Search,    // search_index: a row is visible when the record it finds is
        Shares,    // record_shares: the sharer and whoever it is shared with
        Attached,  // about a record of any table (audit_log, attribute_values): visible when that record is
        Internal,  // read only through SECURITY DEFINER functions
        Uncovered, // none of the above: no privileges (TestRowSecurity fails)
    };

    struct ParentLink
    {
        QString column;
        QString table;
        QString referencedColumn;
    };

    struct Table
    {
        QString name;
        Coverage coverage = Coverage::Uncovered;
        QString ownerColumn;       // Owner
        QList<ParentLink> parents; // Child: visible when any parent is
        bool hasId = false;        // an id column explicit shares can name
        bool hasVersion = false;   // the row metadata of DESIGN.md (RecordWriter may update it)
        bool derived = false;      // written only by triggers (report summaries, logs): readers get SELECT only
        bool appendOnly = false;   // logs: SELECT and INSERT
        bool uuidId = false;       // id is a UUID, so a text reference can be cast to it
        QString kindColumn;        // Attached: the column naming the record's table (or entity)…
        QString recordColumn;      // …and the one holding its id
        bool kindIsEntity = false; // Attached: kindColumn holds "customer", not "customers"
        QString alsoVisible;       // Child: rows every role reads besides (a summary's "no campaign" sums)
    };

    // The database's tables and how each is covered, from the catalogue. Empty on SQLite.
    static QList<Table> tables(const Database& db, QString* error);
    static QString coverageName(Coverage coverage);

    // Installs what is missing (see the class comment); true and nothing done when all is in place, on SQLite, or
    // when the connected role may not create roles (a rep's connection; the administrator's next start installs
    // it). Runs in a transaction of its own.
    static bool ensure(Database& db, QString* error);
    // Whether ensure() has installed the policies on this database (false on SQLite).
    static bool isInstalled(const Database& db);

    // PostgreSQL roles are per server, so DeskCRM's carry the database's name: "<db>_owner", "<db>_rep"…
    static QString ownerRole(const Database& db);
    static QString groupRole(const Database& db, const QString& roleCode);
    static QString quotedIdentifier(const QString& name);
    static QString quotedLiteral(const QString& text);
};

#pragma once

#include "AuditEntry.h"
#include "WriteResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantHash>

class Database;
class RecordWriter;

// "Roll back user X's changes since time T" (administrators; on SQLite the single user): what X created is deleted,
// what X changed gets its earlier value back, what X deleted comes back, in one transaction through RecordWriter
// and in an order that respects the foreign keys (re-made rows parents first, deletions children first). Where
// someone else changed the same field (or the same record, for one X created or deleted) afterwards, the later value
// is kept and the field is listed as a conflict instead of overwritten. The revert's own changes are audited with a
// label of their own (Result::action), so a second revert with Scope::action set undoes the first.
class AuditRevert
{
    Q_DECLARE_TR_FUNCTIONS(AuditRevert)

public:
    struct Scope
    {
        QString actor;   // whose changes (audit_log.actor); empty with action set: anyone's
        QDateTime since; // from when (the database's time); invalid: from the beginning
        QString action;  // only the changes written under this label (undoing a revert)
    };

    // One record the revert writes.
    struct Item
    {
        enum Kind { Recreate, Restore, SetFields, Delete };
        Kind kind = SetFields;
        QString table;
        QString id;
        QVariantHash values;  // Recreate: the whole row; SetFields: the fields and the values they get back
        QVariantHash current; // SetFields: those fields as they are now
        QString label;        // what users call the record (its name, title or subject), for previews
    };

    // A field (or a whole record: field empty) someone else changed after the scope's change: kept as it is.
    struct Conflict
    {
        QString table;
        QString id;
        QString field;
        QVariant reverted; // the value the scope's change left
        QVariant kept;     // the later value that stays
        QString laterActor;
        QDateTime laterAt;
        QString label; // as Item::label
    };

    struct Plan
    {
        QList<Item> items;
        QList<Conflict> conflicts;
        int entries = 0; // audit rows in scope
        int created() const { return count(Item::Delete); }
        int deleted() const { return count(Item::Recreate) + count(Item::Restore); }
        int changed() const { return count(Item::SetFields); }
        int count(Item::Kind kind) const;
        bool isEmpty() const { return items.isEmpty(); }
    };

    struct Result
    {
        WriteResult write;
        Plan plan;
        QString action; // the label the revert's own audit rows carry: Scope{.action = it} undoes the revert
    };

    explicit AuditRevert(Database& db);

    // Whether the connection's user may roll back others' changes (an administrator; on SQLite the single user is
    // the first one, an administrator).
    static bool permitted(const Database& db);

    // What apply() would do now.
    bool preview(const Scope& scope, Plan* plan, QString* error) const;
    // Does it, in one transaction (administrators only: permitted()).
    Result apply(const Scope& scope) const;

    // The JSON scripts read (`deskcrm-cli audit revert --format json`).
    static QJsonObject toJson(const Plan& plan, bool applied);

private:
    bool plan(const Database& db, const Scope& scope, Plan* plan, QString* error) const;
    WriteResult write(RecordWriter& writer, const Plan& plan) const;

    Database& m_db;
};

#pragma once

#include "AuditEntry.h"
#include "WriteResult.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QSqlQuery>
#include <QString>

class Database;

// The audit trail of one record, read back: who changed which field from what to what, and when, oldest first;
// and a field put back to an earlier value (through RecordWriter, with the optimistic lock). Used by the record
// history dialog and `deskcrm-cli audit history`.
class AuditHistory
{
    Q_DECLARE_TR_FUNCTIONS(AuditHistory)

public:
    explicit AuditHistory(Database& db);

    // The entries of table's row id, oldest first. False with the database's message.
    bool entries(const QString& table, const QString& id, QList<AuditEntry>* entries, QString* error) const;
    // Writes value into field of the live row, expecting its version (a Conflict when someone changed it since).
    WriteResult putBack(const QString& table, const QString& id, int expectedVersion, const QString& field,
                        const QVariant& value) const;
    // Everyone the log names, by name (whose changes a revert can roll back).
    bool actors(QStringList* actors, QString* error) const;
    // The row's current version (0 when it is gone).
    int currentVersion(const QString& table, const QString& id) const;

    // The columns every audit query selects, and one of its rows read into an entry.
    static QString selectColumns();
    static AuditEntry read(const QSqlQuery& q);
    // A JSON value of the log as the value a column takes back (integers stay integers).
    static QVariant toVariant(const QJsonValue& value);
    // One entry as JSON for scripts: id, txid, at, actor, table, row_id, op, action, changes {field: [old, new]}.
    static QJsonValue toJson(const AuditEntry& entry);
    // The op as users read it ("changed", "deleted", …).
    static QString describeOp(const QString& op);

private:
    Database& m_db;
};

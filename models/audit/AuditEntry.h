#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantHash>

// One row of the audit log as the history and the revert read it: one record's change in one transaction.
struct AuditEntry
{
    qint64 id = 0;   // the log's order
    qint64 txid = 0; // entries of one transaction share it
    QDateTime at;    // the database's time of the change (UTC)
    QString actor;   // PostgreSQL: the login role; SQLite: the username the writer stamped
    QString table;
    QString rowId;
    QString op;             // insert, update, soft_delete, restore, delete
    QStringList fields;     // the changed columns, sorted (a delete: every column)
    QVariantHash oldValues; // column -> value before (a SQL null is a null QVariant)
    QVariantHash newValues; // column -> value after
    QString action;         // what the write said it was (e.g. "revert:…"), empty for ordinary writes

    bool touches(const QString& field) const { return oldValues.contains(field); }
};

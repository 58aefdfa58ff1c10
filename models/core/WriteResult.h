#pragma once

#include <QHash>
#include <QString>
#include <QVariantHash>

// What a write through RecordWriter (and the services built on it) came to. One type for every write, so
// editors, boards and the CLI handle saved / invalid / conflict / failed the same way.
struct WriteResult
{
    enum Status { Saved, Invalid, Conflict, NotFound, Failed };
    Status status = Saved;
    QString message;                     // translated, for the user, when not Saved
    QHash<QString, QString> fieldErrors; // Invalid: column -> translated message shown next to the field
    QString id;                          // the row written (a new row's id after an insert)
    int version = 0;                     // the row's version after the write (0 = not known)
    int affected = 0;                    // rows touched (set-based writes)
    QVariantHash before;                 // update: the written columns as they were (what an undo writes back)
    QVariantHash theirs;                 // Conflict: the row as it is in the database now (empty if gone)
    bool retry = false;                  // Failed: the database gave up on the transaction (deadlock,
                                         // serialization); RecordWriter::transact runs it again

    bool ok() const { return status == Saved; }
    static WriteResult failure(Status status, const QString& message)
    {
        WriteResult result;
        result.status = status;
        result.message = message;
        return result;
    }
};

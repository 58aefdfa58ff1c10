#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// What one committed write changed: per table, which rows and how. The writer builds one per transaction
// and the notifier announces it; a colleague's change arriving from the server (later: LISTEN/NOTIFY)
// is announced as a ChangeSet too, so listeners cannot tell, and need not care, where it came from.
struct RowChange
{
    enum Kind { Inserted, Updated, Deleted, Restored, Purged };
    QString table;
    Kind kind = Updated;
    QStringList ids;     // empty: rows too many to list (a bulk load); listeners reload what shows the table
    QStringList columns; // Updated: the columns written besides the row metadata (empty = unknown, assume all)
};

struct ChangeSet
{
    enum Origin { Local, Remote };
    Origin origin = Local;
    QList<RowChange> changes;

    bool isEmpty() const { return changes.isEmpty(); }
    bool touches(const QString& table) const;
    bool touches(const QStringList& tables) const;
    // The rows of table that changed in any way (ids in first-seen order, each once); empty when some
    // change of table did not list its rows.
    QStringList ids(const QString& table) const;
    // True when some change of table had this kind.
    bool has(const QString& table, RowChange::Kind kind) const;
    // Merges rows of the same table and kind, so a cascade of a hundred statements is announced compactly.
    void add(const RowChange& change);
};
Q_DECLARE_METATYPE(ChangeSet)

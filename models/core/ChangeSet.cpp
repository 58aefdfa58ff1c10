#include "ChangeSet.h"

#include <QSet>

bool ChangeSet::touches(const QString& table) const
{
    for (const RowChange& change : changes) {
        if (change.table == table)
            return true;
    }
    return false;
}

bool ChangeSet::touches(const QStringList& tables) const
{
    for (const QString& table : tables) {
        if (touches(table))
            return true;
    }
    return false;
}

QStringList ChangeSet::ids(const QString& table) const
{
    QStringList result;
    QSet<QString> seen;
    for (const RowChange& change : changes) {
        if (change.table != table)
            continue;
        if (change.ids.isEmpty())
            return {};
        for (const QString& id : change.ids) {
            if (!seen.contains(id)) {
                seen.insert(id);
                result << id;
            }
        }
    }
    return result;
}

bool ChangeSet::has(const QString& table, RowChange::Kind kind) const
{
    for (const RowChange& change : changes) {
        if (change.table == table && change.kind == kind)
            return true;
    }
    return false;
}

void ChangeSet::add(const RowChange& change)
{
    for (RowChange& existing : changes) {
        if (existing.table == change.table && existing.kind == change.kind) {
            // Unlisted (empty) absorbs listed: once some rows are too many to name, the whole change is.
            if (existing.ids.isEmpty() || change.ids.isEmpty())
                existing.ids.clear();
            else
                existing.ids << change.ids;
            if (existing.columns.isEmpty() || change.columns.isEmpty()) {
                existing.columns.clear();
            } else {
                for (const QString& column : change.columns) {
                    if (!existing.columns.contains(column))
                        existing.columns << column;
                }
            }
            return;
        }
    }
    changes.append(change);
}

#include "AuditRevert.h"

#include "AuditDialect.h"
#include "AuditHistory.h"
#include "Database.h"
#include "RecordWriter.h"
#include "SchemaDialect.h"
#include "SqlValues.h"
#include "Uuid.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <functional>

namespace {
using Key = QPair<QString, QString>; // table, row id

// A value read from a row and one from the log are the same value (the log holds JSON: numbers, strings, booleans).
bool same(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    if (a.metaType().id() == QMetaType::QDateTime || b.metaType().id() == QMetaType::QDateTime)
        return SqlValues::toDateTime(a) == SqlValues::toDateTime(b);
    if (a.metaType().id() == QMetaType::Bool || b.metaType().id() == QMetaType::Bool)
        return a.toBool() == b.toBool();
    bool na = false;
    bool nb = false;
    const double da = a.toDouble(&na);
    const double db = b.toDouble(&nb);
    if (na && nb)
        return da == db;
    return a.toString() == b.toString();
}

// What users call a record: the first of its naming columns that has a value.
QString labelOf(const QVariantHash& row)
{
    for (const char* column : {"name", "title", "subject", "display_name", "username"}) {
        const QString value = row.value(QLatin1String(column)).toString();
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

// Parents before children: a table's rank is one more than its referenced tables' (self references aside).
QHash<QString, int> ranks(const QList<SchemaDialect::ForeignKey>& keys)
{
    QHash<QString, QSet<QString>> parents;
    for (const auto& key : keys) {
        if (key.table != key.referencedTable)
            parents[key.table].insert(key.referencedTable);
    }
    QHash<QString, int> rank;
    std::function<int(const QString&, int)> of = [&](const QString& table, int depth) -> int {
        if (rank.contains(table))
            return rank.value(table);
        int r = 0;
        if (depth < 32) {
            for (const QString& parent : parents.value(table))
                r = std::max(r, of(parent, depth + 1) + 1);
        }
        rank.insert(table, r);
        return r;
    };
    for (auto it = parents.cbegin(); it != parents.cend(); ++it)
        of(it.key(), 0);
    return rank;
}
} // namespace

int AuditRevert::Plan::count(Item::Kind kind) const
{
    return int(std::count_if(items.cbegin(), items.cend(), [kind](const Item& i) { return i.kind == kind; }));
}

AuditRevert::AuditRevert(Database& db) : m_db(db) {}

bool AuditRevert::permitted(const Database& db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT role FROM users WHERE id = ?"));
    q.addBindValue(db.currentUserId());
    return q.exec() && q.next() && q.value(0).toString() == QLatin1String("admin");
}

bool AuditRevert::preview(const Scope& scope, Plan* plan, QString* error) const
{
    return this->plan(m_db, scope, plan, error);
}

bool AuditRevert::plan(const Database& db, const Scope& scope, Plan* result, QString* error) const
{
    const QSqlDatabase connection = db.connection();
    QSqlQuery q(connection);
    q.setForwardOnly(true);
    QStringList where;
    QVariantList binds;
    if (!scope.actor.isEmpty()) {
        where << QStringLiteral("actor = ?");
        binds << scope.actor;
    }
    if (scope.since.isValid()) {
        where << QStringLiteral("at >= ?");
        binds << SqlValues::timestamp(scope.since);
    }
    if (!scope.action.isEmpty()) {
        where << QStringLiteral("action = ?");
        binds << scope.action;
    }
    if (where.isEmpty()) {
        *error = tr("Say whose changes to roll back, or from when.");
        return false;
    }
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE %2 ORDER BY id")
                  .arg(AuditHistory::selectColumns(), where.join(QStringLiteral(" AND "))));
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    QList<Key> order;
    QHash<Key, QList<AuditEntry>> inScope;
    QSet<qint64> scopeIds;
    while (q.next()) {
        const AuditEntry e = AuditHistory::read(q);
        const Key key{e.table, e.rowId};
        if (!inScope.contains(key))
            order << key;
        inScope[key] << e;
        scopeIds.insert(e.id);
        ++result->entries;
    }
    q.finish();

    QSqlQuery later(connection);
    later.setForwardOnly(true);
    later.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE row_id = ? AND table_name = ? AND id > ? ORDER BY id")
                      .arg(AuditHistory::selectColumns()));
    for (const Key& key : std::as_const(order)) {
        const QList<AuditEntry>& mine = inScope.value(key);
        later.addBindValue(key.second);
        later.addBindValue(key.first);
        later.addBindValue(mine.first().id);
        if (!later.exec()) {
            *error = later.lastError().text();
            return false;
        }
        QList<AuditEntry> others;
        while (later.next()) {
            AuditEntry e = AuditHistory::read(later);
            if (!scopeIds.contains(e.id))
                others << e;
        }
        later.finish();

        const QString& table = key.first;
        const QString& id = key.second;
        const auto firstOf = [&](const QString& op) {
            return std::find_if(mine.cbegin(), mine.cend(), [&](const AuditEntry& e) { return e.op == op; });
        };
        const auto recordConflict = [&](const AuditEntry& other) {
            result->conflicts << Conflict{table,      id,          QString(), QVariant(),
                                          QVariant(), other.actor, other.at,  QString()};
        };

        // The row as it is now (deleted ones too).
        QSqlQuery row(connection);
        row.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?")
                        .arg(connection.driver()->escapeIdentifier(table, QSqlDriver::TableName)));
        row.addBindValue(id);
        if (!row.exec()) {
            *error = row.lastError().text();
            return false;
        }
        QVariantHash now;
        if (row.next()) {
            const QSqlRecord record = row.record();
            for (int i = 0; i < record.count(); ++i)
                now.insert(record.fieldName(i), record.value(i));
        }
        const bool exists = !now.isEmpty();
        const int itemsBefore = int(result->items.size());
        const int conflictsBefore = int(result->conflicts.size());
        // Every item and conflict of this row gets its name, whichever way the row's planning ends.
        struct Labeller
        {
            Plan* plan;
            int items;
            int conflicts;
            QString label;
            ~Labeller()
            {
                for (int i = items; i < plan->items.size(); ++i)
                    plan->items[i].label = label;
                for (int i = conflicts; i < plan->conflicts.size(); ++i)
                    plan->conflicts[i].label = label;
            }
        };
        QString name = labelOf(now);
        for (const AuditEntry& e : mine) {
            if (name.isEmpty())
                name = labelOf(e.oldValues);
        }
        const Labeller labeller{result, itemsBefore, conflictsBefore, name};

        if (firstOf(QStringLiteral("insert")) != mine.cend()) {
            // Made in scope: it goes (a tombstone), unless someone else has worked on it since.
            if (!others.isEmpty()) {
                recordConflict(others.first());
                continue;
            }
            if (exists && now.value(QStringLiteral("deleted_at")).isNull())
                result->items << Item{Item::Delete, table, id, {}, {}, QString()};
            continue;
        }

        // The value each field had before the scope's first change of it.
        QVariantHash original;
        QHash<QString, qint64> changedAt; // field -> the scope's first entry changing it
        QVariantHash scopeValue;          // field -> what the scope's last change left
        for (const AuditEntry& e : mine) {
            for (const QString& field : e.fields) {
                if (!original.contains(field)) {
                    original.insert(field, e.oldValues.value(field));
                    changedAt.insert(field, e.id);
                }
                scopeValue.insert(field, e.newValues.value(field));
            }
        }

        const auto purge = firstOf(QStringLiteral("delete"));
        if (purge != mine.cend()) {
            // Removed for good in scope: made again as it was before the scope, unless it exists again already.
            if (exists) {
                if (!others.isEmpty())
                    recordConflict(others.first());
                continue;
            }
            QVariantHash values = purge->oldValues;
            for (auto it = original.cbegin(); it != original.cend(); ++it)
                values.insert(it.key(), it.value());
            values.insert(QStringLiteral("id"), id);
            result->items << Item{Item::Recreate, table, id, values, {}, QString()};
            continue;
        }
        if (!exists)
            continue; // gone for good since, by someone else: nothing to put back into

        Item set{Item::SetFields, table, id, {}, {}, QString()};
        bool restore = false;
        bool tombstone = false;
        QVariant deletedAt;
        for (auto it = original.cbegin(); it != original.cend(); ++it) {
            const QString& field = it.key();
            const auto laterChange = std::find_if(others.cbegin(), others.cend(), [&](const AuditEntry& e) {
                return e.id > changedAt.value(field) && e.touches(field);
            });
            if (laterChange != others.cend()) {
                result->conflicts << Conflict{
                    table,           id,       field, scopeValue.value(field), now.value(field), laterChange->actor,
                    laterChange->at, QString()};
                continue;
            }
            if (same(now.value(field), it.value()))
                continue;
            if (field == QLatin1String("deleted_at")) {
                restore = it.value().isNull();
                tombstone = !restore;
                deletedAt = it.value();
                continue;
            }
            set.values.insert(field, it.value());
            set.current.insert(field, now.value(field));
        }
        if (!restore && !now.value(QStringLiteral("deleted_at")).isNull() && !set.values.isEmpty()) {
            // Deleted since by someone else: its fields stay as they are with it.
            const auto deletion = std::find_if(others.cbegin(), others.cend(), [](const AuditEntry& e) {
                return e.op == QLatin1String("soft_delete");
            });
            result->conflicts << Conflict{table,
                                          id,
                                          QString(),
                                          QVariant(),
                                          QVariant(),
                                          deletion != others.cend() ? deletion->actor : QString(),
                                          deletion != others.cend() ? deletion->at : QDateTime(),
                                          QString()};
            continue;
        }
        if (restore)
            result->items << Item{Item::Restore, table, id, {}, {}, QString()};
        if (!set.values.isEmpty())
            result->items << set;
        if (tombstone)
            result->items << Item{Item::Delete, table, id, {{QStringLiteral("deleted_at"), deletedAt}}, {}, QString()};
    }

    // Rows made again: parents first; rows deleted: children first; the rest in between.
    QList<SchemaDialect::ForeignKey> keys;
    if (!db.schemaDialect().foreignKeys(connection, &keys, error))
        return false;
    const QHash<QString, int> rank = ranks(keys);
    const auto phase = [](Item::Kind kind) {
        switch (kind) {
        case Item::Recreate:
            return 0;
        case Item::Restore:
            return 1;
        case Item::SetFields:
            return 2;
        case Item::Delete:
            return 3;
        }
        return 2;
    };
    std::stable_sort(result->items.begin(), result->items.end(), [&](const Item& a, const Item& b) {
        if (phase(a.kind) != phase(b.kind))
            return phase(a.kind) < phase(b.kind);
        const int ra = rank.value(a.table);
        const int rb = rank.value(b.table);
        return a.kind == Item::Delete ? ra > rb : ra < rb;
    });
    return true;
}

WriteResult AuditRevert::write(RecordWriter& writer, const Plan& plan) const
{
    WriteResult total;
    for (const Item& item : plan.items) {
        WriteResult r;
        switch (item.kind) {
        case Item::Recreate:
            r = writer.insert(item.table, item.values);
            // insert() leaves out deleted_at: a row that was a tombstone before the scope becomes one again.
            if (r.ok() && !item.values.value(QStringLiteral("deleted_at")).isNull())
                r = writer.softDelete(item.table, item.id, -1);
            break;
        case Item::Restore:
            r = writer.restore(item.table, item.id);
            break;
        case Item::SetFields:
            r = writer.update(item.table, item.id, -1, item.values);
            break;
        case Item::Delete:
            // A tombstone the scope took away gets its own time back; a row the scope made goes now.
            if (item.values.value(QStringLiteral("deleted_at")).isNull())
                r = writer.softDelete(item.table, item.id, -1);
            else
                r = writer.updateWhere(item.table, item.values, QStringLiteral("id = ? AND deleted_at IS NULL"),
                                       {item.id}, RowChange::Deleted);
            break;
        }
        if (!r.ok())
            return r;
        total.affected += 1;
    }
    return total;
}

AuditRevert::Result AuditRevert::apply(const Scope& scope) const
{
    Result result;
    if (!permitted(m_db)) {
        result.write = WriteResult::failure(WriteResult::Failed, tr("Only administrators can roll back changes."));
        return result;
    }
    result.action = QStringLiteral("revert:") + Uuid::createV7();
    result.write = RecordWriter::transact(m_db, [&](RecordWriter& writer) {
        result.plan = Plan();
        // Read inside the transaction, so nothing changes between the plan and the writes.
        QString error;
        if (!plan(writer.database(), scope, &result.plan, &error))
            return WriteResult::failure(WriteResult::Failed, error);
        if (result.plan.isEmpty())
            return WriteResult();
        QSqlQuery label(writer.database().connection());
        label.prepare(AuditDialect::of(writer.database().dialect()).setActionStatement());
        label.addBindValue(result.action);
        if (!label.exec())
            return WriteResult::failure(WriteResult::Failed, label.lastError().text());
        return write(writer, result.plan);
    });
    return result;
}

QJsonObject AuditRevert::toJson(const Plan& plan, bool applied)
{
    QJsonArray items;
    for (const Item& item : plan.items) {
        static const char* const kinds[] = {"recreate", "restore", "set_fields", "delete"};
        QJsonObject o{{QStringLiteral("kind"), QLatin1String(kinds[item.kind])},
                      {QStringLiteral("table"), item.table},
                      {QStringLiteral("id"), item.id},
                      {QStringLiteral("label"), item.label}};
        if (item.kind == Item::SetFields) {
            QJsonObject fields;
            for (auto it = item.values.cbegin(); it != item.values.cend(); ++it)
                fields.insert(it.key(), QJsonArray{QJsonValue::fromVariant(item.current.value(it.key())),
                                                   QJsonValue::fromVariant(it.value())});
            o.insert(QStringLiteral("fields"), fields);
        }
        items.append(o);
    }
    QJsonArray conflicts;
    for (const Conflict& c : plan.conflicts) {
        QJsonObject o{{QStringLiteral("table"), c.table},
                      {QStringLiteral("id"), c.id},
                      {QStringLiteral("label"), c.label},
                      {QStringLiteral("later_actor"), c.laterActor},
                      {QStringLiteral("later_at"), SqlValues::timestamp(c.laterAt)}};
        if (!c.field.isEmpty()) {
            o.insert(QStringLiteral("field"), c.field);
            o.insert(QStringLiteral("reverted"), QJsonValue::fromVariant(c.reverted));
            o.insert(QStringLiteral("kept"), QJsonValue::fromVariant(c.kept));
        }
        conflicts.append(o);
    }
    return {{QStringLiteral("applied"), applied},        {QStringLiteral("entries"), plan.entries},
            {QStringLiteral("created"), plan.created()}, {QStringLiteral("changed"), plan.changed()},
            {QStringLiteral("deleted"), plan.deleted()}, {QStringLiteral("items"), items},
            {QStringLiteral("conflicts"), conflicts}};
}

#include "RecordStore.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("RecordStore", text);
}

QVariant userOf(const Database& db)
{
    return db.currentUserId().isEmpty() ? QVariant() : QVariant(db.currentUserId());
}

// Runs one prepared statement; on failure puts a user-facing message with the driver's text in *error.
bool run(QSqlQuery& q, const QString& sql, const QVariantList& binds, QString* error, int* affected = nullptr)
{
    if (!q.prepare(sql)) {
        if (error)
            *error = tr("The database refused the change: %1").arg(q.lastError().text().trimmed());
        return false;
    }
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = tr("The database refused the change: %1").arg(q.lastError().text().trimmed());
        return false;
    }
    if (affected)
        *affected = q.numRowsAffected();
    return true;
}

// Tables holding a customer's records, each with a customer_id column. Tasks may hang off an
// opportunity only, so they are matched through it as well.
const char* const kCustomerChildren[] = {"contacts", "interactions", "opportunities"};
const QString kTasksOfCustomer = QStringLiteral(
    "(customer_id = ? OR opportunity_id IN (SELECT id FROM opportunities WHERE customer_id = ?))");
} // namespace

RecordStore::RecordStore(Database& db) : m_db(db)
{
}

QStringList RecordStore::entities()
{
    return {QStringLiteral("customer"), QStringLiteral("contact"), QStringLiteral("interaction"),
            QStringLiteral("opportunity"), QStringLiteral("task")};
}

QString RecordStore::tableOf(const QString& entity)
{
    static const QHash<QString, QString> tables{
        {QStringLiteral("customer"), QStringLiteral("customers")},
        {QStringLiteral("contact"), QStringLiteral("contacts")},
        {QStringLiteral("interaction"), QStringLiteral("interactions")},
        {QStringLiteral("opportunity"), QStringLiteral("opportunities")},
        {QStringLiteral("task"), QStringLiteral("tasks")},
    };
    return tables.value(entity);
}

QString RecordStore::entityOfTable(const QString& table)
{
    for (const QString& entity : entities()) {
        if (tableOf(entity) == table)
            return entity;
    }
    return {};
}

bool RecordStore::tombstone(const QString& entity, const QString& id, const QVariant& expectedVersion, QString* error)
{
    const QString table = tableOf(entity);
    if (table.isEmpty()) {
        if (error)
            *error = tr("Unknown kind of record: %1").arg(entity);
        return false;
    }
    const QString now = SqlValues::utcNow();
    const QVariant user = userOf(m_db);
    QSqlQuery q(m_db.connection());
    QString sql = QStringLiteral("UPDATE %1 SET deleted_at = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                                 "WHERE id = ? AND deleted_at IS NULL")
                      .arg(table);
    QVariantList binds{now, now, user, id};
    if (!expectedVersion.isNull()) {
        sql += QStringLiteral(" AND version = ?");
        binds << expectedVersion.toInt();
    }
    int affected = 0;
    if (!run(q, sql, binds, error, &affected))
        return false;
    if (affected == 0) {
        if (error)
            *error = tr("The record was already deleted or changed by someone else.");
        return false;
    }

    // Children go with the same deleted_at, which is how restore() knows what belonged to this delete.
    const QString cascade = QStringLiteral("UPDATE %1 SET deleted_at = ?, updated_at = ?, updated_by = ?, "
                                           "version = version + 1 WHERE deleted_at IS NULL AND %2");
    if (entity == QLatin1String("customer")) {
        // Tasks first: they are found through the customer's opportunities too.
        if (!run(q, cascade.arg(QStringLiteral("tasks"), kTasksOfCustomer), {now, now, user, id, id}, error))
            return false;
        for (const char* child : kCustomerChildren) {
            if (!run(q, cascade.arg(QLatin1String(child), QStringLiteral("customer_id = ?")), {now, now, user, id},
                     error))
                return false;
        }
    } else if (entity == QLatin1String("opportunity")) {
        if (!run(q, cascade.arg(QStringLiteral("tasks"), QStringLiteral("opportunity_id = ?")), {now, now, user, id},
                 error))
            return false;
    }
    return true;
}

bool RecordStore::softDelete(const QString& entity, const QString& id, QString* error)
{
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return false;
    }
    if (!tombstone(entity, id, QVariant(), error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

bool RecordStore::restore(const QString& entity, const QString& id, QString* error)
{
    const QString table = tableOf(entity);
    if (table.isEmpty()) {
        if (error)
            *error = tr("Unknown kind of record: %1").arg(entity);
        return false;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return false;
    }
    QSqlQuery q(m_db.connection());
    if (!run(q, QStringLiteral("SELECT deleted_at FROM %1 WHERE id = ?").arg(table), {id}, error))
        return false;
    if (!q.next() || q.value(0).isNull()) {
        if (error)
            *error = tr("This record is not in the deleted items.");
        return false;
    }

    // A record cannot come back under a customer (or opportunity) that is still deleted.
    QString parentCheck;
    if (entity == QLatin1String("contact") || entity == QLatin1String("interaction") ||
        entity == QLatin1String("opportunity"))
        parentCheck = QStringLiteral("SELECT 1 FROM %1 t JOIN customers p ON p.id = t.customer_id "
                                     "WHERE t.id = ? AND p.deleted_at IS NOT NULL")
                          .arg(table);
    else if (entity == QLatin1String("task"))
        parentCheck = QStringLiteral("SELECT 1 FROM tasks t LEFT JOIN customers c ON c.id = t.customer_id "
                                     "LEFT JOIN opportunities o ON o.id = t.opportunity_id WHERE t.id = ? AND "
                                     "(c.deleted_at IS NOT NULL OR o.deleted_at IS NOT NULL)");
    if (!parentCheck.isEmpty()) {
        if (!run(q, parentCheck, {id}, error))
            return false;
        if (q.next()) {
            if (error)
                *error = tr("This record belongs to a deleted customer or opportunity. Restore that first.");
            return false;
        }
    }

    const QString now = SqlValues::utcNow();
    const QVariant user = userOf(m_db);
    // Children deleted together with the record carry its exact deleted_at; compare in SQL so the
    // timestamp never round-trips through a client type.
    const QString sameDelete = QStringLiteral("deleted_at = (SELECT deleted_at FROM %1 WHERE id = ?)").arg(table);
    const QString cascade = QStringLiteral("UPDATE %1 SET deleted_at = NULL, updated_at = ?, updated_by = ?, "
                                           "version = version + 1 WHERE %2 AND ") +
                            sameDelete;
    if (entity == QLatin1String("customer")) {
        if (!run(q, cascade.arg(QStringLiteral("tasks"), kTasksOfCustomer), {now, user, id, id, id}, error))
            return false;
        for (const char* child : kCustomerChildren) {
            if (!run(q, cascade.arg(QLatin1String(child), QStringLiteral("customer_id = ?")), {now, user, id, id},
                     error))
                return false;
        }
    } else if (entity == QLatin1String("opportunity")) {
        if (!run(q, cascade.arg(QStringLiteral("tasks"), QStringLiteral("opportunity_id = ?")), {now, user, id, id},
                 error))
            return false;
    }
    if (!run(q,
             QStringLiteral("UPDATE %1 SET deleted_at = NULL, updated_at = ?, updated_by = ?, version = version + 1 "
                            "WHERE id = ?")
                 .arg(table),
             {now, user, id}, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

bool RecordStore::purge(const QString& entity, const QString& id, QString* error)
{
    const QString table = tableOf(entity);
    if (table.isEmpty()) {
        if (error)
            *error = tr("Unknown kind of record: %1").arg(entity);
        return false;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return false;
    }
    QSqlQuery q(m_db.connection());
    // The server enforces this with roles on PostgreSQL; the check here gives the clear message.
    if (!run(q, QStringLiteral("SELECT role FROM users WHERE id = ?"), {m_db.currentUserId()}, error))
        return false;
    if (!q.next() || q.value(0).toString() != QLatin1String("admin")) {
        if (error)
            *error = tr("Only an administrator can remove deleted records for good.");
        return false;
    }
    if (!run(q, QStringLiteral("SELECT deleted_at FROM %1 WHERE id = ?").arg(table), {id}, error))
        return false;
    if (!q.next() || q.value(0).isNull()) {
        if (error)
            *error = tr("Only deleted records can be removed for good.");
        return false;
    }

    const QString now = SqlValues::utcNow();
    const QVariant user = userOf(m_db);
    // Live records that merely point at the purged one lose the link (a version bump tells other editors).
    const QString unlink = QStringLiteral("UPDATE %1 SET %2 = NULL, updated_at = ?, updated_by = ?, "
                                          "version = version + 1 WHERE %2 = ?");
    QList<std::pair<QString, QVariantList>> steps;
    if (entity == QLatin1String("customer")) {
        const QString opps = QStringLiteral("(SELECT id FROM opportunities WHERE customer_id = ?)");
        const QString contacts = QStringLiteral("(SELECT id FROM contacts WHERE customer_id = ?)");
        steps = {
            {QStringLiteral("DELETE FROM stage_history WHERE opportunity_id IN ") + opps, {id}},
            {QStringLiteral("DELETE FROM tasks WHERE ") + kTasksOfCustomer, {id, id}},
            {QStringLiteral("DELETE FROM interactions WHERE customer_id = ?"), {id}},
            // Another customer's records linked to this one's opportunities or contacts keep their own data.
            {QStringLiteral("UPDATE interactions SET opportunity_id = NULL, updated_at = ?, updated_by = ?, "
                            "version = version + 1 WHERE opportunity_id IN ") + opps, {now, user, id}},
            {QStringLiteral("UPDATE interactions SET contact_id = NULL, updated_at = ?, updated_by = ?, "
                            "version = version + 1 WHERE contact_id IN ") + contacts, {now, user, id}},
            {QStringLiteral("UPDATE opportunities SET contact_id = NULL WHERE customer_id = ?"), {id}},
            {QStringLiteral("DELETE FROM opportunities WHERE customer_id = ?"), {id}},
            {QStringLiteral("UPDATE opportunities SET contact_id = NULL, updated_at = ?, updated_by = ?, "
                            "version = version + 1 WHERE contact_id IN ") + contacts, {now, user, id}},
            {QStringLiteral("DELETE FROM contacts WHERE customer_id = ?"), {id}},
            {QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ?"), {id}},
        };
    } else if (entity == QLatin1String("opportunity")) {
        steps = {
            {QStringLiteral("DELETE FROM stage_history WHERE opportunity_id = ?"), {id}},
            {QStringLiteral("DELETE FROM tasks WHERE opportunity_id = ? AND deleted_at IS NOT NULL"), {id}},
            {unlink.arg(QStringLiteral("tasks"), QStringLiteral("opportunity_id")), {now, user, id}},
            {unlink.arg(QStringLiteral("interactions"), QStringLiteral("opportunity_id")), {now, user, id}},
        };
    } else if (entity == QLatin1String("contact")) {
        steps = {
            {unlink.arg(QStringLiteral("interactions"), QStringLiteral("contact_id")), {now, user, id}},
            {unlink.arg(QStringLiteral("opportunities"), QStringLiteral("contact_id")), {now, user, id}},
        };
    }
    steps.append({QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id}});
    for (const auto& step : std::as_const(steps)) {
        if (!run(q, step.first, step.second, error))
            return false;
    }
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

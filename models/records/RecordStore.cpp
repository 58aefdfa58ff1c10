#include "RecordStore.h"

#include "Database.h"
#include "RecordWriter.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("RecordStore", text);
}

// True when every step succeeded; otherwise the first failure's message in *error.
bool succeeded(const QList<WriteResult>& steps, QString* error)
{
    for (const WriteResult& step : steps) {
        if (!step.ok()) {
            if (error)
                *error = step.message;
            return false;
        }
    }
    return true;
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
const QString kTasksOfCustomer =
    QStringLiteral("(customer_id = ? OR opportunity_id IN (SELECT id FROM opportunities WHERE customer_id = ?))");
// A lead's follow-ups that are still its own: once converted they belong to the customer.
const QString kFollowUpsOfLead = QStringLiteral("lead_id = ? AND customer_id IS NULL");
} // namespace

RecordStore::RecordStore(Database& db) : m_db(db) {}

QString RecordStore::customerOf(const QString& entity, const QString& id, QString* error) const
{
    if (id.isEmpty())
        return {};
    QString sql;
    if (entity == QLatin1String("customer"))
        sql = QStringLiteral("SELECT id FROM customers WHERE id = ?");
    else if (entity == QLatin1String("task"))
        sql = QStringLiteral("SELECT COALESCE(t.customer_id, o.customer_id) FROM tasks t "
                             "LEFT JOIN opportunities o ON o.id = t.opportunity_id WHERE t.id = ?");
    else if (entity == QLatin1String("contact") || entity == QLatin1String("interaction") ||
             entity == QLatin1String("opportunity"))
        sql = QStringLiteral("SELECT customer_id FROM %1 WHERE id = ?").arg(tableOf(entity));
    if (sql.isEmpty()) {
        if (error)
            *error = tr("Unknown kind of record: %1").arg(entity);
        return {};
    }
    QSqlQuery q(m_db.connection());
    bool ok = q.prepare(sql);
    if (ok) {
        q.addBindValue(id);
        ok = q.exec();
    }
    if (!ok) {
        if (error)
            *error = tr("Cannot read the record: %1").arg(m_db.describeError(q.lastError()));
        return {};
    }
    return q.next() && !q.value(0).isNull() ? q.value(0).toString() : QString();
}

QStringList RecordStore::settableFields(const QString& table) const
{
    static const QStringList stamps{QStringLiteral("id"),         QStringLiteral("version"),
                                    QStringLiteral("created_at"), QStringLiteral("created_by"),
                                    QStringLiteral("updated_at"), QStringLiteral("updated_by"),
                                    QStringLiteral("deleted_at")};
    const QSqlRecord columns = m_db.connection().record(table);
    QStringList fields;
    for (int i = 0; i < columns.count(); ++i) {
        if (!stamps.contains(columns.fieldName(i)))
            fields << columns.fieldName(i);
    }
    return fields;
}

QStringList RecordStore::entities()
{
    return {QStringLiteral("customer"),    QStringLiteral("contact"),   QStringLiteral("interaction"),
            QStringLiteral("opportunity"), QStringLiteral("task"),      QStringLiteral("lead"),
            QStringLiteral("product"),     QStringLiteral("quote"),     QStringLiteral("contract"),
            QStringLiteral("campaign"),    QStringLiteral("competitor")};
}

QString RecordStore::tableOf(const QString& entity)
{
    static const QHash<QString, QString> tables{
        {QStringLiteral("customer"), QStringLiteral("customers")},
        {QStringLiteral("contact"), QStringLiteral("contacts")},
        {QStringLiteral("interaction"), QStringLiteral("interactions")},
        {QStringLiteral("opportunity"), QStringLiteral("opportunities")},
        {QStringLiteral("task"), QStringLiteral("tasks")},
        {QStringLiteral("lead"), QStringLiteral("leads")},
        {QStringLiteral("product"), QStringLiteral("products")},
        {QStringLiteral("quote"), QStringLiteral("quotes")},
        {QStringLiteral("contract"), QStringLiteral("contracts")},
        {QStringLiteral("campaign"), QStringLiteral("campaigns")},
        {QStringLiteral("competitor"), QStringLiteral("competitors")},
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

bool RecordStore::tombstone(RecordWriter& writer, const QString& entity, const QString& id,
                            const QVariant& expectedVersion, QString* error)
{
    const QString table = tableOf(entity);
    if (table.isEmpty()) {
        if (error)
            *error = tr("Unknown kind of record: %1").arg(entity);
        return false;
    }
    const WriteResult deleted = writer.softDelete(table, id, expectedVersion.isNull() ? -1 : expectedVersion.toInt());
    if (!deleted.ok()) {
        if (error)
            *error = deleted.status == WriteResult::Failed
                         ? deleted.message
                         : tr("The record was already deleted or changed by someone else.");
        return false;
    }

    // Children go with the same deleted_at (the writer's stamp), which is how restore() knows what belonged
    // to this delete.
    const QVariantHash tombstone{{QStringLiteral("deleted_at"), RecordWriter::stamp()}};
    const QString live = QStringLiteral("deleted_at IS NULL AND ");
    QList<WriteResult> steps;
    if (entity == QLatin1String("customer")) {
        // Tasks first: they are found through the customer's opportunities too.
        steps << writer.updateWhere(QStringLiteral("tasks"), tombstone, live + kTasksOfCustomer, {id, id},
                                    RowChange::Deleted);
        for (const char* child : kCustomerChildren)
            steps << writer.updateWhere(QLatin1String(child), tombstone, live + QStringLiteral("customer_id = ?"), {id},
                                        RowChange::Deleted);
    } else if (entity == QLatin1String("opportunity")) {
        steps << writer.updateWhere(QStringLiteral("tasks"), tombstone, live + QStringLiteral("opportunity_id = ?"),
                                    {id}, RowChange::Deleted);
    } else if (entity == QLatin1String("lead")) {
        // A lead's own follow-ups (not yet moved to a customer by its conversion) go with it.
        steps << writer.updateWhere(QStringLiteral("interactions"), tombstone, live + kFollowUpsOfLead, {id},
                                    RowChange::Deleted);
    }
    return succeeded(steps, error);
}

bool RecordStore::softDelete(const QString& entity, const QString& id, QString* error)
{
    RecordWriter writer(m_db);
    if (!writer.isActive()) {
        if (error)
            *error = writer.error();
        return false;
    }
    if (!tombstone(writer, entity, id, QVariant(), error))
        return false;
    return succeeded({writer.commit()}, error);
}

bool RecordStore::restore(const QString& entity, const QString& id, QString* error)
{
    const QString table = tableOf(entity);
    if (table.isEmpty()) {
        if (error)
            *error = tr("Unknown kind of record: %1").arg(entity);
        return false;
    }
    RecordWriter writer(m_db);
    if (!writer.isActive()) {
        if (error)
            *error = writer.error();
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
    q.finish();

    // Children deleted together with the record carry its exact deleted_at; compare in SQL so the
    // timestamp never round-trips through a client type. Children first: the record's own deleted_at is
    // what they are compared with.
    const QString sameDelete = QStringLiteral(" AND deleted_at = (SELECT deleted_at FROM %1 WHERE id = ?)").arg(table);
    const QVariantHash alive{{QStringLiteral("deleted_at"), QVariant()}};
    QList<WriteResult> steps;
    if (entity == QLatin1String("customer")) {
        steps << writer.updateWhere(QStringLiteral("tasks"), alive, kTasksOfCustomer + sameDelete, {id, id, id},
                                    RowChange::Restored);
        for (const char* child : kCustomerChildren)
            steps << writer.updateWhere(QLatin1String(child), alive, QStringLiteral("customer_id = ?") + sameDelete,
                                        {id, id}, RowChange::Restored);
    } else if (entity == QLatin1String("opportunity")) {
        steps << writer.updateWhere(QStringLiteral("tasks"), alive, QStringLiteral("opportunity_id = ?") + sameDelete,
                                    {id, id}, RowChange::Restored);
    } else if (entity == QLatin1String("lead")) {
        steps << writer.updateWhere(QStringLiteral("interactions"), alive, kFollowUpsOfLead + sameDelete, {id, id},
                                    RowChange::Restored);
    }
    steps << writer.restore(table, id);
    if (!succeeded(steps, error))
        return false;
    return succeeded({writer.commit()}, error);
}

bool RecordStore::purge(const QString& entity, const QString& id, QString* error)
{
    const QString table = tableOf(entity);
    if (table.isEmpty()) {
        if (error)
            *error = tr("Unknown kind of record: %1").arg(entity);
        return false;
    }
    RecordWriter writer(m_db);
    if (!writer.isActive()) {
        if (error)
            *error = writer.error();
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
    q.finish();

    // Live records that merely point at the purged one lose the link (a version bump tells other editors).
    const auto unlink = [&writer](const QString& child, const QString& column, const QString& where,
                                  const QVariantList& binds) {
        return writer.updateWhere(child, {{column, QVariant()}}, where, binds);
    };
    QList<WriteResult> steps;
    if (entity == QLatin1String("customer")) {
        const QString opps = QStringLiteral("(SELECT id FROM opportunities WHERE customer_id = ?)");
        const QString contacts = QStringLiteral("(SELECT id FROM contacts WHERE customer_id = ?)");
        steps << writer.deleteWhere(QStringLiteral("stage_history"), QStringLiteral("opportunity_id IN ") + opps, {id})
              << writer.deleteWhere(QStringLiteral("tasks"), kTasksOfCustomer, {id, id})
              << writer.deleteWhere(QStringLiteral("interactions"), QStringLiteral("customer_id = ?"), {id})
              // Another customer's records linked to this one's opportunities or contacts keep their own data.
              << unlink(QStringLiteral("interactions"), QStringLiteral("opportunity_id"),
                        QStringLiteral("opportunity_id IN ") + opps, {id})
              << unlink(QStringLiteral("interactions"), QStringLiteral("contact_id"),
                        QStringLiteral("contact_id IN ") + contacts, {id})
              << unlink(QStringLiteral("opportunities"), QStringLiteral("contact_id"),
                        QStringLiteral("contact_id IN ") + contacts, {id})
              << writer.deleteWhere(QStringLiteral("opportunities"), QStringLiteral("customer_id = ?"), {id})
              << writer.deleteWhere(QStringLiteral("contacts"), QStringLiteral("customer_id = ?"), {id})
              << writer.deleteWhere(QStringLiteral("customer_tags"), QStringLiteral("customer_id = ?"), {id})
              // A lead converted into this customer stays converted, without the links to what is gone.
              << writer.updateWhere(QStringLiteral("leads"),
                                    {{QStringLiteral("converted_customer_id"), QVariant()},
                                     {QStringLiteral("converted_contact_id"), QVariant()},
                                     {QStringLiteral("converted_opportunity_id"), QVariant()}},
                                    QStringLiteral("converted_customer_id = ?"), {id});
    } else if (entity == QLatin1String("opportunity")) {
        steps << writer.deleteWhere(QStringLiteral("stage_history"), QStringLiteral("opportunity_id = ?"), {id})
              << writer.deleteWhere(QStringLiteral("tasks"),
                                    QStringLiteral("opportunity_id = ? AND deleted_at IS NOT NULL"), {id})
              << unlink(QStringLiteral("tasks"), QStringLiteral("opportunity_id"), QStringLiteral("opportunity_id = ?"),
                        {id})
              << unlink(QStringLiteral("interactions"), QStringLiteral("opportunity_id"),
                        QStringLiteral("opportunity_id = ?"), {id});
    } else if (entity == QLatin1String("lead")) {
        steps << writer.deleteWhere(QStringLiteral("interactions"), kFollowUpsOfLead, {id})
              << unlink(QStringLiteral("interactions"), QStringLiteral("lead_id"), QStringLiteral("lead_id = ?"), {id})
              << writer.deleteWhere(QStringLiteral("lead_assignments"), QStringLiteral("lead_id = ?"), {id});
    } else if (entity == QLatin1String("contact")) {
        steps << unlink(QStringLiteral("interactions"), QStringLiteral("contact_id"), QStringLiteral("contact_id = ?"),
                        {id})
              << unlink(QStringLiteral("opportunities"), QStringLiteral("contact_id"), QStringLiteral("contact_id = ?"),
                        {id});
    }
    steps << writer.purge(table, id);
    if (!succeeded(steps, error))
        return false;
    return succeeded({writer.commit()}, error);
}

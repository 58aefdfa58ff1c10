#include "AuditHistory.h"

#include "Database.h"
#include "RecordWriter.h"
#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>

#include <cmath>

AuditHistory::AuditHistory(Database& db) : m_db(db) {}

QString AuditHistory::selectColumns()
{
    return QStringLiteral("id, txid, at, actor, table_name, row_id, op, changes, action");
}

QVariant AuditHistory::toVariant(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9007199254740992.0)
            return qlonglong(d);
        return d;
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

AuditEntry AuditHistory::read(const QSqlQuery& q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.txid = q.value(1).toLongLong();
    e.at = SqlValues::toDateTime(q.value(2));
    e.actor = q.value(3).toString();
    e.table = q.value(4).toString();
    e.rowId = q.value(5).toString();
    e.op = q.value(6).toString();
    const QJsonObject changes = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        const QJsonArray pair = it.value().toArray();
        e.fields << it.key();
        e.oldValues.insert(it.key(), toVariant(pair.at(0)));
        e.newValues.insert(it.key(), toVariant(pair.at(1)));
    }
    e.fields.sort();
    e.action = q.value(8).toString();
    return e;
}

QJsonValue AuditHistory::toJson(const AuditEntry& e)
{
    QJsonObject changes;
    for (const QString& field : e.fields)
        changes.insert(field, QJsonArray{QJsonValue::fromVariant(e.oldValues.value(field)),
                                         QJsonValue::fromVariant(e.newValues.value(field))});
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("txid"), e.txid},
                  {QStringLiteral("at"), SqlValues::timestamp(e.at)},
                  {QStringLiteral("actor"), e.actor},
                  {QStringLiteral("table"), e.table},
                  {QStringLiteral("row_id"), e.rowId},
                  {QStringLiteral("op"), e.op},
                  {QStringLiteral("changes"), changes}};
    if (!e.action.isEmpty())
        o.insert(QStringLiteral("action"), e.action);
    return o;
}

QString AuditHistory::describeOp(const QString& op)
{
    if (op == QLatin1String("insert"))
        return tr("created");
    if (op == QLatin1String("update"))
        return tr("changed");
    if (op == QLatin1String("soft_delete"))
        return tr("deleted");
    if (op == QLatin1String("restore"))
        return tr("restored");
    if (op == QLatin1String("delete"))
        return tr("removed for good");
    return op;
}

bool AuditHistory::entries(const QString& table, const QString& id, QList<AuditEntry>* entries, QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE row_id = ? AND table_name = ? ORDER BY id")
                  .arg(selectColumns()));
    q.addBindValue(id);
    q.addBindValue(table);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next())
        entries->append(read(q));
    return true;
}

bool AuditHistory::actors(QStringList* actors, QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT actor FROM audit_log WHERE actor IS NOT NULL ORDER BY actor"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next())
        actors->append(q.value(0).toString());
    return true;
}

int AuditHistory::currentVersion(const QString& table, const QString& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT version FROM %1 WHERE id = ?")
                  .arg(m_db.connection().driver()->escapeIdentifier(table, QSqlDriver::TableName)));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

WriteResult AuditHistory::putBack(const QString& table, const QString& id, int expectedVersion, const QString& field,
                                  const QVariant& value) const
{
    return RecordWriter::transact(m_db, [&](RecordWriter& writer) {
        return writer.update(table, id, expectedVersion, {{field, value}});
    });
}

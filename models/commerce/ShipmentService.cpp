#include "ShipmentService.h"

#include "Database.h"
#include "DocumentLines.h"
#include "RecordWriter.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
} // namespace

QString ShipmentService::deliveryStatusText(const QString& status)
{
    if (status == QLatin1String("partial"))
        return tr("Partly delivered");
    if (status == QLatin1String("delivered"))
        return tr("Delivered");
    return tr("Not delivered");
}

QString ShipmentService::deliveryStatus(Database& db, const QString& contractId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT delivery_status FROM contracts WHERE id = ?"));
    q.addBindValue(contractId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QList<ShipmentDocument> ShipmentService::forContract(Database& db, const QString& contractId, QString* error)
{
    QList<ShipmentDocument> out;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT s.id, s.shipped_on, s.carrier, s.tracking_number, s.notes, l.contract_line_id, "
                             "c.description, l.quantity_milli FROM shipments s JOIN shipment_lines l "
                             "ON l.shipment_id = s.id AND l.deleted_at IS NULL JOIN contract_lines c "
                             "ON c.id = l.contract_line_id WHERE s.contract_id = ? AND s.deleted_at IS NULL "
                             "ORDER BY s.shipped_on, s.id, c.position"));
    q.addBindValue(contractId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (out.isEmpty() || out.last().id != id) {
            ShipmentDocument s;
            s.id = id;
            s.contractId = contractId;
            s.shippedOn = SqlValues::toDate(q.value(1));
            s.carrier = q.value(2).toString();
            s.trackingNumber = q.value(3).toString();
            s.notes = q.value(4).toString();
            out << s;
        }
        out.last().lines.append({q.value(5).toString(), q.value(6).toString(), q.value(7).toLongLong()});
    }
    return out;
}

QHash<QString, qint64> ShipmentService::undelivered(Database& db, const QString& contractId, QString* error)
{
    QHash<QString, qint64> left;
    const QList<DocumentLine> lines =
        DocumentLines::load(db, QStringLiteral("contract_lines"), QStringLiteral("contract_id"), contractId, error);
    for (const DocumentLine& line : lines)
        left.insert(line.id, line.quantityMilli);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT l.contract_line_id, SUM(l.quantity_milli) FROM shipment_lines l JOIN shipments s "
                             "ON s.id = l.shipment_id WHERE s.contract_id = ? AND s.deleted_at IS NULL AND "
                             "l.deleted_at IS NULL GROUP BY l.contract_line_id"));
    q.addBindValue(contractId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return left;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (left.contains(line))
            left[line] -= q.value(1).toLongLong();
    }
    return left;
}

WriteResult ShipmentService::record(Database& db, const ShipmentDocument& shipment, QString* shipmentId)
{
    const QDate shippedOn = shipment.shippedOn.isValid() ? shipment.shippedOn : db.clock().today();
    const WriteResult result = RecordWriter::transact(db, [&](RecordWriter& writer) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT status, version FROM contracts WHERE id = ? AND deleted_at IS NULL"));
        q.addBindValue(shipment.contractId);
        if (!q.exec() || !q.next())
            return WriteResult::failure(WriteResult::NotFound, tr("This contract no longer exists."));
        const QString status = q.value(0).toString();
        const int version = q.value(1).toInt();
        q.finish();
        if (status != QLatin1String("signed") && status != QLatin1String("in_delivery"))
            return WriteResult::failure(WriteResult::Invalid,
                                        tr("Only a signed contract or one in delivery is shipped."));
        QString error;
        const QList<DocumentLine> contractLines = DocumentLines::load(
            db, QStringLiteral("contract_lines"), QStringLiteral("contract_id"), shipment.contractId, &error);
        QHash<QString, qint64> left = undelivered(db, shipment.contractId, &error);
        if (!error.isEmpty())
            return WriteResult::failure(WriteResult::Failed, error);
        QHash<QString, qint64> wanted;
        for (const ShipmentLine& line : shipment.lines)
            wanted[line.contractLineId] += line.quantityMilli;
        QList<QPair<QString, qint64>> shipped;
        for (const DocumentLine& line : contractLines) {
            const qint64 remaining = left.value(line.id);
            const qint64 quantity = shipment.lines.isEmpty() ? remaining : wanted.take(line.id);
            if (quantity <= 0)
                continue;
            if (quantity > remaining)
                return WriteResult::failure(WriteResult::Invalid,
                                            tr("“%1”: only %2 are left to deliver.")
                                                .arg(line.description, DocumentTotals::quantityText(remaining)));
            shipped.append({line.id, quantity});
            left[line.id] = remaining - quantity;
        }
        if (!wanted.isEmpty())
            return WriteResult::failure(WriteResult::Invalid, tr("A line to ship is not one of the contract's."));
        if (shipped.isEmpty())
            return WriteResult::failure(WriteResult::Invalid, tr("Everything on this contract is delivered already."));
        const WriteResult inserted = writer.insert(
            QStringLiteral("shipments"), {{QStringLiteral("contract_id"), shipment.contractId},
                                          {QStringLiteral("shipped_on"), shippedOn},
                                          {QStringLiteral("carrier"), orNull(shipment.carrier)},
                                          {QStringLiteral("tracking_number"), orNull(shipment.trackingNumber)},
                                          {QStringLiteral("notes"), orNull(shipment.notes)}});
        if (!inserted.ok())
            return inserted;
        for (const auto& line : std::as_const(shipped)) {
            const WriteResult written =
                writer.insert(QStringLiteral("shipment_lines"), {{QStringLiteral("shipment_id"), inserted.id},
                                                                 {QStringLiteral("contract_line_id"), line.first},
                                                                 {QStringLiteral("quantity_milli"), line.second}});
            if (!written.ok())
                return written;
        }
        bool all = true;
        for (auto it = left.cbegin(); it != left.cend(); ++it)
            all = all && it.value() <= 0;
        QVariantHash changes{
            {QStringLiteral("delivery_status"), all ? QStringLiteral("delivered") : QStringLiteral("partial")}};
        if (status == QLatin1String("signed"))
            changes.insert(QStringLiteral("status"), QStringLiteral("in_delivery"));
        const WriteResult contract = writer.update(QStringLiteral("contracts"), shipment.contractId, version, changes);
        return contract.ok() ? inserted : contract;
    });
    if (result.ok() && shipmentId)
        *shipmentId = result.id;
    return result;
}

#pragma once

#include "WriteResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

class Database;

// How much of one contract line a shipment carries.
struct ShipmentLine
{
    QString contractLineId;
    QString description; // read only
    qint64 quantityMilli = 0;
};

// One delivery of a contract.
struct ShipmentDocument
{
    QString id;
    QString contractId;
    QDate shippedOn;
    QString carrier;
    QString trackingNumber;
    QString notes;
    QList<ShipmentLine> lines;
};

// Shipments per contract (partial deliveries), each one transaction through RecordWriter. A shipment carries at most
// what is left to deliver of each line; after it the contract's delivery status is "partial" or "delivered", and a
// signed contract moves on to "in delivery" with its first shipment.
class ShipmentService
{
    Q_DECLARE_TR_FUNCTIONS(ShipmentService)

public:
    ShipmentService() = delete;

    static QList<ShipmentDocument> forContract(Database& db, const QString& contractId, QString* error = nullptr);
    // Contract line id → quantity not yet shipped.
    static QHash<QString, qint64> undelivered(Database& db, const QString& contractId, QString* error = nullptr);
    // Ships `lines` (everything left when empty).
    static WriteResult record(Database& db, const ShipmentDocument& shipment, QString* shipmentId = nullptr);

    static QString deliveryStatus(Database& db, const QString& contractId);
    static QString deliveryStatusText(const QString& status);
};

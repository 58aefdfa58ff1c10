#pragma once

#include "RecordModel.h"

// Editable products of the catalogue (table of 0008, extended by 0017): name (unique among live products), code
// (optional, unique when given), unit, category, list price with its currency, default tax rate (basis points),
// description, and whether it is still offered.
class ProductModel : public RecordModel
{
    Q_OBJECT

public:
    explicit ProductModel(Database& db, QObject* parent = nullptr);

    QString entity() const override { return QStringLiteral("product"); }
    QHash<QString, QString> validate(const QSqlRecord& record) const override;

protected:
    QVariantHash defaults() const override;
    QString childOrder() const override;
};

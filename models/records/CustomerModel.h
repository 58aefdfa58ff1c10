#pragma once

#include "RecordModel.h"

// Editable customers (organisations or persons): required name, e-mail/phone syntax, size >= 0.
class CustomerModel : public RecordModel
{
    Q_OBJECT

public:
    explicit CustomerModel(Database& db, QObject* parent = nullptr);

    QString entity() const override { return QStringLiteral("customer"); }
    QHash<QString, QString> validate(const QSqlRecord& record) const override;
    // The region the phone numbers of a customer and its contacts are read in: the customer's country
    // (FieldValidator::regionOfCountry), else FieldValidator::defaultRegion().
    static QString phoneRegionOf(Database& db, const QString& customerId);

protected:
    QVariantHash defaults() const override;
    QString childOrder() const override;
};

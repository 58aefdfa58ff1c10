#pragma once

#include "RecordModel.h"

// Editable contacts of a customer; selectChildren("customer_id", id) lists a customer's people.
class ContactModel : public RecordModel
{
    Q_OBJECT

public:
    explicit ContactModel(Database& db, QObject* parent = nullptr);

    QString entity() const override { return QStringLiteral("contact"); }
    QHash<QString, QString> validate(const QSqlRecord& record) const override;

protected:
    QVariantHash defaults() const override;
    QString childOrder() const override;
};

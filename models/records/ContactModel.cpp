#include "ContactModel.h"

#include "CustomerModel.h"
#include "FieldValidator.h"

ContactModel::ContactModel(Database& db, QObject* parent) : RecordModel(db, QStringLiteral("contacts"), parent) {}

QHash<QString, QString> ContactModel::validate(const QSqlRecord& record) const
{
    QHash<QString, QString> errors;
    if (record.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        errors.insert(QStringLiteral("name"), tr("Enter the contact's name."));
    if (record.value(QStringLiteral("customer_id")).toString().isEmpty())
        errors.insert(QStringLiteral("customer_id"), tr("Choose the customer this contact works for."));
    const QString email = FieldValidator::email(record.value(QStringLiteral("email")).toString());
    if (!email.isEmpty())
        errors.insert(QStringLiteral("email"), email);
    // Numbers without a country code are read as ones of the customer's country.
    const QString region =
        CustomerModel::phoneRegionOf(database(), record.value(QStringLiteral("customer_id")).toString());
    for (const QString& column : {QStringLiteral("phone"), QStringLiteral("mobile")}) {
        const QString phone = FieldValidator::phone(record.value(column).toString(), region);
        if (!phone.isEmpty())
            errors.insert(column, phone);
    }
    return errors;
}

QVariantHash ContactModel::defaults() const
{
    return {{QStringLiteral("is_primary"), false}};
}

QString ContactModel::childOrder() const
{
    // The primary contact first, then by name (pinyin order, NameCollation).
    return QStringLiteral("CASE WHEN is_primary THEN 0 ELSE 1 END, name COLLATE deskcrm_name");
}

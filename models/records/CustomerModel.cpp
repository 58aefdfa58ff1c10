#include "CustomerModel.h"

#include "FieldValidator.h"

#include "Database.h"

#include <QSqlQuery>

CustomerModel::CustomerModel(Database& db, QObject* parent) : RecordModel(db, QStringLiteral("customers"), parent) {}

QHash<QString, QString> CustomerModel::validate(const QSqlRecord& record) const
{
    QHash<QString, QString> errors;
    if (record.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        errors.insert(QStringLiteral("name"), tr("Enter the customer's name."));
    const QString email = FieldValidator::email(record.value(QStringLiteral("email")).toString());
    if (!email.isEmpty())
        errors.insert(QStringLiteral("email"), email);
    // A number without a country code is read as one of the customer's country (else the user's region).
    const QString phone =
        FieldValidator::phone(record.value(QStringLiteral("phone")).toString(),
                              FieldValidator::phoneRegionFor(record.value(QStringLiteral("country")).toString()));
    if (!phone.isEmpty())
        errors.insert(QStringLiteral("phone"), phone);
    const QVariant size = record.value(QStringLiteral("company_size"));
    if (!size.isNull() && size.toLongLong() < 0)
        errors.insert(QStringLiteral("company_size"), tr("The company size cannot be negative."));
    return errors;
}

QString CustomerModel::phoneRegionOf(Database& db, const QString& customerId)
{
    QString country;
    if (!customerId.isEmpty()) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT country FROM customers WHERE id = ?"));
        q.addBindValue(customerId);
        if (q.exec() && q.next())
            country = q.value(0).toString();
    }
    return FieldValidator::phoneRegionFor(country);
}

QVariantHash CustomerModel::defaults() const
{
    return {{QStringLiteral("kind"), QStringLiteral("organization")},
            {QStringLiteral("status"), QStringLiteral("prospect")}};
}

QString CustomerModel::childOrder() const
{
    return QStringLiteral("name COLLATE deskcrm_name"); // pinyin order (NameCollation)
}

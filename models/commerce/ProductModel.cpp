#include "ProductModel.h"

#include "Database.h"
#include "FieldValidator.h"

#include <QSqlQuery>

ProductModel::ProductModel(Database& db, QObject* parent) : RecordModel(db, QStringLiteral("products"), parent) {}

namespace {
// True when another live product than `id` has `value` in `column` (told in words before the index refuses it).
bool takenByAnother(const Database& db, const QString& column, const QString& value, const QString& id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM products WHERE %1 = ? AND id <> ? AND deleted_at IS NULL").arg(column));
    q.addBindValue(value);
    q.addBindValue(id);
    return q.exec() && q.next();
}
} // namespace

QHash<QString, QString> ProductModel::validate(const QSqlRecord& record) const
{
    QHash<QString, QString> errors;
    const QString id = record.value(QStringLiteral("id")).toString();
    // Codes are optional (imported deals name products by name) but identify a product when given.
    const QString code = record.value(QStringLiteral("code")).toString().trimmed();
    if (!code.isEmpty() && takenByAnother(database(), QStringLiteral("code"), code, id))
        errors.insert(QStringLiteral("code"), tr("Another product already has the code \"%1\".").arg(code));
    const QString name = record.value(QStringLiteral("name")).toString().trimmed();
    if (name.isEmpty())
        errors.insert(QStringLiteral("name"), tr("Enter a name for the product."));
    else if (takenByAnother(database(), QStringLiteral("name"), name, id))
        errors.insert(QStringLiteral("name"), tr("Another product is already called \"%1\".").arg(name));
    const int tax = record.value(QStringLiteral("tax_rate_bp")).toInt();
    if (tax < 0 || tax > 10000)
        errors.insert(QStringLiteral("tax_rate_bp"), tr("The tax rate must be between 0% and 100%."));
    if (record.value(QStringLiteral("price_minor")).toLongLong() < 0)
        errors.insert(QStringLiteral("price_minor"), tr("A price cannot be negative."));
    const QString currency = record.value(QStringLiteral("currency")).toString();
    if (!currency.isEmpty()) {
        const QString invalid = FieldValidator::currency(currency);
        if (!invalid.isEmpty())
            errors.insert(QStringLiteral("currency"), invalid);
    }
    return errors;
}

QVariantHash ProductModel::defaults() const
{
    return {{QStringLiteral("active"), true},
            {QStringLiteral("tax_rate_bp"), 0},
            {QStringLiteral("price_minor"), 0},
            {QStringLiteral("currency"), QStringLiteral("CNY")}};
}

QString ProductModel::childOrder() const
{
    return QStringLiteral("name");
}

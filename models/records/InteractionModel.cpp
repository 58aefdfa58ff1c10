#include "InteractionModel.h"

#include "Database.h"

#include <QDateTime>

InteractionModel::InteractionModel(Database& db, QObject* parent)
    : RecordModel(db, QStringLiteral("interactions"), parent)
{
}

QHash<QString, QString> InteractionModel::validate(const QSqlRecord& record) const
{
    QHash<QString, QString> errors;
    if (record.value(QStringLiteral("subject")).toString().trimmed().isEmpty())
        errors.insert(QStringLiteral("subject"), tr("Enter a subject for the interaction."));
    if (record.value(QStringLiteral("occurred_at")).isNull())
        errors.insert(QStringLiteral("occurred_at"), tr("Enter when the interaction took place."));
    if (record.value(QStringLiteral("customer_id")).toString().isEmpty())
        errors.insert(QStringLiteral("customer_id"), tr("Choose the customer of the interaction."));
    return errors;
}

QVariantHash InteractionModel::defaults() const
{
    return {{QStringLiteral("occurred_at"), database().clock().nowUtc()}};
}

QString InteractionModel::childOrder() const
{
    return QStringLiteral("occurred_at DESC");
}

QStringList InteractionModel::dateColumns() const
{
    return {QStringLiteral("next_follow_up")};
}

#include "CampaignModel.h"

#include "FieldValidator.h"

#include <QDate>

CampaignModel::CampaignModel(Database& db, QObject* parent) : RecordModel(db, QStringLiteral("campaigns"), parent) {}

QHash<QString, QString> CampaignModel::validate(const QSqlRecord& record) const
{
    QHash<QString, QString> errors;
    if (record.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        errors.insert(QStringLiteral("name"), tr("Enter a name for the campaign."));
    const QDate starts = record.value(QStringLiteral("starts_on")).toDate();
    const QDate ends = record.value(QStringLiteral("ends_on")).toDate();
    if (starts.isValid() && ends.isValid() && ends < starts)
        errors.insert(QStringLiteral("ends_on"), tr("The campaign cannot end before it starts."));
    if (record.value(QStringLiteral("budget_minor")).toLongLong() < 0)
        errors.insert(QStringLiteral("budget_minor"), tr("A budget cannot be negative."));
    if (record.value(QStringLiteral("cost_minor")).toLongLong() < 0)
        errors.insert(QStringLiteral("cost_minor"), tr("A cost cannot be negative."));
    const QString invalid = FieldValidator::currency(record.value(QStringLiteral("currency")).toString());
    if (!invalid.isEmpty())
        errors.insert(QStringLiteral("currency"), invalid);
    if (!channels().contains(record.value(QStringLiteral("channel")).toString()))
        errors.insert(QStringLiteral("channel"), tr("Choose the campaign's channel."));
    if (!statuses().contains(record.value(QStringLiteral("status")).toString()))
        errors.insert(QStringLiteral("status"), tr("Choose the campaign's status."));
    return errors;
}

QStringList CampaignModel::channels()
{
    return {QStringLiteral("trade_show"),    QStringLiteral("online_ads"), QStringLiteral("seminar"),
            QStringLiteral("email"),         QStringLiteral("social"),     QStringLiteral("webinar"),
            QStringLiteral("telemarketing"), QStringLiteral("other")};
}

QString CampaignModel::channelName(const QString& code)
{
    if (code == QLatin1String("trade_show"))
        return tr("Trade show");
    if (code == QLatin1String("online_ads"))
        return tr("Online ads");
    if (code == QLatin1String("seminar"))
        return tr("Seminar");
    if (code == QLatin1String("email"))
        return tr("E-mail");
    if (code == QLatin1String("social"))
        return tr("Social media");
    if (code == QLatin1String("webinar"))
        return tr("Webinar");
    if (code == QLatin1String("telemarketing"))
        return tr("Telemarketing");
    return tr("Other", "campaign channel");
}

QStringList CampaignModel::statuses()
{
    return {QStringLiteral("planned"), QStringLiteral("active"), QStringLiteral("completed"),
            QStringLiteral("cancelled")};
}

QString CampaignModel::statusName(const QString& code)
{
    if (code == QLatin1String("planned"))
        return tr("Planned", "campaign status");
    if (code == QLatin1String("active"))
        return tr("Running", "campaign status");
    if (code == QLatin1String("completed"))
        return tr("Completed", "campaign status");
    return tr("Cancelled", "campaign status");
}

QVariantHash CampaignModel::defaults() const
{
    return {{QStringLiteral("channel"), QStringLiteral("other")},
            {QStringLiteral("status"), QStringLiteral("planned")},
            {QStringLiteral("budget_minor"), 0},
            {QStringLiteral("cost_minor"), 0},
            {QStringLiteral("currency"), QStringLiteral("CNY")}};
}

QString CampaignModel::childOrder() const
{
    return QStringLiteral("name");
}

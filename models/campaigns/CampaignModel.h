#pragma once

#include "RecordModel.h"

#include <QStringList>

// Editable campaigns (table of 0020): name, channel, status, start and end dates, budget and actual cost in minor
// units of the campaign's currency, owner, target audience (a saved list filter) and notes.
class CampaignModel : public RecordModel
{
    Q_OBJECT

public:
    explicit CampaignModel(Database& db, QObject* parent = nullptr);

    QString entity() const override { return QStringLiteral("campaign"); }
    QHash<QString, QString> validate(const QSqlRecord& record) const override;

    // The stored codes of campaigns.channel and campaigns.status, in the order editors offer them, and their names.
    static QStringList channels();
    static QString channelName(const QString& code);
    static QStringList statuses();
    static QString statusName(const QString& code);

protected:
    QVariantHash defaults() const override;
    QString childOrder() const override;
};

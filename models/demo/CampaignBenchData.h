#pragma once

#include <QString>
#include <QtGlobal>

class Database;

// Bulk data for `deskcrm-bench campaigns`, over DashboardBenchData's deals and customers: `campaigns` campaigns
// spread over the deals' years (a month each, a cost each), about one touch per customer (a random campaign,
// inside its dates for nine in ten) and a converting campaign on every second deal. Written in one transaction
// with RecordBatch and set-based updates. Deterministic for a seed.
class CampaignBenchData
{
public:
    explicit CampaignBenchData(Database& db);
    Q_DISABLE_COPY(CampaignBenchData)

    bool generate(int campaigns, quint64 seed, QString* error);
    // Live campaigns, touches and deals with a converting campaign already in the database.
    qint64 campaignCount(QString* error) const;
    qint64 touchCount(QString* error) const;
    qint64 attributedDeals(QString* error) const;

private:
    Database& m_db;
};

#pragma once

#include "ReportFilter.h"
#include "ReportTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QtGlobal>

class Database;

// Campaigns side by side: leads, qualified leads, opportunities, won deals, won revenue, cost per lead and ROI, with
// the won revenue attributed to campaigns by one of three models. Read by the campaigns page, the dashboard's chart,
// the printed report and `deskcrm-cli report --kind campaigns`.
//
// What a won deal's campaigns are: the touches (campaign_touches) of its contact, of its customer and of the lead(s)
// it came from (leads converted into the deal or into its contact) that fall inside their campaign's dates (touched_on
// between starts_on and ends_on, either open) and not after the deal closed; plus the deal's own converting campaign
// (opportunities.campaign_id).
//   first  – the earliest such touch; a deal without one goes to its converting campaign.
//   last   – the converting campaign; a deal without one goes to its latest touch.
//   linear – every campaign among them gets an equal share, in whole minor units: amount / n each, the remainder one
//            unit at a time to the campaigns first by id, so the shares add up to the amount exactly.
// A won deal with no campaign at all counts in the unattributed row, so under every model the revenue of the rows plus
// the unattributed row is the total won revenue. Only deals in the filter's currency count (never converted); the
// period (filter.from/to, whole days) is the deal's close date (actual_close, else expected_close).
//
// Per campaign, not per deal: leads (leads.campaign_id), qualified leads (qualified or converted), opportunities
// (converting campaign, any stage) and the cost, counted once. Cost per lead = cost / leads (rounded half up); ROI =
// (revenue − cost) / cost; both only when the campaign's currency is the reporting currency and the divisor is not 0.
class CampaignReport
{
    Q_DECLARE_TR_FUNCTIONS(CampaignReport)

public:
    enum class Model { FirstTouch, LastTouch, Linear };
    static bool modelFromName(const QString& name, Model* model); // first, last, linear
    static QString modelName(Model model);                        // first, last, linear
    static QString modelTitle(Model model);                       // translated

    struct Row
    {
        QString campaignId; // empty: the unattributed row
        QString name;
        QString channel;
        QString status;
        QDate startsOn;
        QDate endsOn;
        QString campaignCurrency;
        qint64 budgetMinor = 0;
        qint64 costMinor = 0;
        int leads = 0;
        int qualifiedLeads = 0;
        int opportunities = 0;
        int won = 0;             // won deals with a share of their revenue here
        qint64 revenueMinor = 0; // attributed won revenue, reporting currency
        bool hasCostPerLead = false;
        qint64 costPerLeadMinor = 0;
        bool hasRoi = false;
        double roi = 0; // (revenue - cost) / cost: 1.5 = 150 %
    };
    struct Result
    {
        QString currency; // the reporting currency
        Model model = Model::FirstTouch;
        QList<Row> campaigns;     // live campaigns, by start date then name
        Row unattributed;         // won deals without any campaign
        qint64 totalWonMinor = 0; // every won deal in the currency and period
        int totalWon = 0;
    };

    explicit CampaignReport(Database& db);
    Q_DISABLE_COPY(CampaignReport)

    // filter.currency empty = ReportQueries' reporting currency. Read from the summaries that migration 0024's
    // triggers keep current (report_campaign_summary per close month, the credits of each deal for the days of a
    // partial first or last month, report_campaign_counts): a few thousand rows whatever the number of deals.
    Result compute(const ReportFilter& filter, Model model, QString* error = nullptr) const;
    // The same figures computed from the deals, touches and leads themselves (independent of the summaries and of
    // their triggers): what `deskcrm-cli check` and the tests hold the summaries against. Seconds on a big database.
    Result computeDirect(const ReportFilter& filter, Model model, QString* error = nullptr) const;
    // The result as users read it (the printed report, the campaigns page): one row per campaign and the
    // unattributed row, money in the reporting currency, ROI as a percentage ("—" where there is none).
    static ReportTable table(const Result& result);

private:
    bool prepare(const ReportFilter& given, Model model, ReportFilter* filter, Result* result, QString* error) const;
    bool readCampaigns(bool summarised, Result* result, QHash<QString, int>* rowOf, QString* error) const;
    static void finish(Result* result);

    Database& m_db;
};

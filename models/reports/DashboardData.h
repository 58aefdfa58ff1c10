#pragma once

#include "CampaignReport.h"
#include "ReportQueries.h"
#include "ReportTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

class BackgroundConnection;
class Database;

// Every figure the dashboard and the overview report show for one filter, read once per refresh (each
// ReportQueries call exactly once, however many charts and tables show it), plus the tables as users
// read them. Plain data: the charts, the page and ReportBuilder render it.
class DashboardData
{
    Q_DECLARE_TR_FUNCTIONS(DashboardData)

public:
    enum Part {
        Funnel = 0x01,
        Revenue = 0x02,
        RevenueBy = 0x04,
        Conversion = 0x08,
        Team = 0x10,
        Tiers = 0x20,
        Activity = 0x40,
        Overdue = 0x80,
        All = 0xff
    };

    ReportFilter filter;
    ReportQueries::Granularity granularity = ReportQueries::Granularity::Month;
    ReportQueries::Breakdown breakdown = ReportQueries::Breakdown::Rep;
    int parts = All;

    // Filled by load(); currency is the reporting currency the money figures are in.
    QString currency;
    QList<ReportQueries::CurrencyTotal> currencyTotals;  // every currency in the period (ReportQueries order)
    QList<ReportQueries::CurrencyTotal> otherCurrencies; // the same without `currency`, by code
    QString teamName;                                    // of filter.teamId, for captions
    QString ownerName;                                   // of filter.ownerId
    QList<ReportQueries::FunnelStage> funnel;
    QList<ReportQueries::RevenuePoint> revenue;
    QList<QPair<QString, qint64>> revenueBy;
    QList<ReportQueries::Conversion> conversion;
    QList<ReportQueries::RepPerformance> team;
    QList<ReportQueries::Tier> tiers;
    QList<ReportQueries::ActivityWeek> activity;
    int overdueTasks = 0;
    CampaignReport::Result campaigns; // by first touch, in the period and currency (read with every part)
    qint64 loadMs = 0;                // how long load() took

    // Reads the requested parts. False with the first query's error.
    bool load(Database& db, QString* error = nullptr);
    // The same figures, read on db and background at once (the costliest queries on background); nullptr
    // reads everything on db. False with the error of the first failed query in the order above.
    bool load(Database& db, BackgroundConnection* background, QString* error = nullptr);

    // Funnel stages drawn as the funnel: open stages then won, lost left out (shown in the table).
    QList<ReportQueries::FunnelStage> funnelStages() const;
    QString stageName(const QString& stageId) const; // translated, from the funnel rows
    QStringList channels() const;                    // channel codes present in activity, in query order
    QList<QDate> weeks() const;

    // Key figures: won, weighted forecast, open pipeline, win rate, new customers, follow-ups, overdue.
    QList<QPair<QString, QString>> keyFigures() const;
    qint64 wonTotal() const;
    qint64 forecastTotal() const;
    qint64 targetTotal() const;
    bool hasTarget() const;
    // "Also in the period, not included: USD 1,200.00 won" or empty.
    QString otherCurrenciesNote() const;
    // Won business per currency in the period, the reporting currency's place among them: "CNY ¥104M · USD $2.1M".
    QString currencySharesText() const;
    // Whom the figures are about: the rep's name, else the team's, else empty (everybody).
    QString who() const;
    // What a chart of `part` says instead of drawing zeros when the filter leaves it nothing, e.g.
    // "No won deals for 华东销售部 in USD in 2026"; empty while the part has something to show.
    // Funnel, Revenue, RevenueBy, Conversion, Tiers and Activity.
    QString emptyNote(Part part) const;

    ReportTable funnelTable() const;
    ReportTable revenueTable() const;
    ReportTable revenueByTable() const;
    ReportTable conversionTable() const;
    ReportTable teamTable() const;
    ReportTable tiersTable() const;
    ReportTable activityTable() const;

    QString breakdownTitle() const;                     // "Won amount by rep" …
    QString periodLabel(const QDate& start) const;      // month or quarter label
    QString shortPeriodLabel(const QDate& start) const; // without the year
};

#pragma once

#include "ReportFilter.h"
#include "ReportTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QtGlobal>

class Database;

// Win/loss against each competitor, the reasons deals were lost where it was met, and the latest of what reps saw it
// offer. Read by the competitors page, its printed report and `deskcrm-cli report --kind competitors`.
//
// A deal counts for every competitor linked to it (opportunity_competitors): won or lost by its stage, open otherwise.
// Win rate = won / (won + lost), none while nothing is closed. Counts are of every currency; amounts only of deals in
// the reporting currency (never converted). The period (filter.from/to) is the deal's close date, as in CampaignReport.
class CompetitorReport
{
    Q_DECLARE_TR_FUNCTIONS(CompetitorReport)

public:
    explicit CompetitorReport(Database& db);
    Q_DISABLE_COPY(CompetitorReport)

    struct Row
    {
        QString competitorId;
        QString name;
        int deals = 0;
        int won = 0;
        int lost = 0;
        int open = 0;
        int lostToThem = 0; // lost deals where this competitor is marked as the winner
        qint64 wonMinor = 0;
        qint64 lostMinor = 0;
        bool hasWinRate = false;
        double winRate = 0; // 0.25 = 25 %
    };
    struct Result
    {
        QString currency;
        QList<Row> competitors; // every live competitor, by name
    };
    // filter.currency empty = ReportQueries' reporting currency.
    Result compute(const ReportFilter& filter, QString* error = nullptr) const;

    // Lost deals where the competitor was met, per lost reason (empty reason last), most first.
    QList<QPair<QString, int>> lostReasons(const QString& competitorId, QString* error = nullptr) const;

    struct Observation
    {
        QString id;
        QString competitorName;
        QString product;
        bool hasPrice = false;
        qint64 priceMinor = 0;
        QString currency;
        QString promotion;
        QDate observedOn;
        QString place;
        QString observedBy; // the user's display name
        QString link;
    };
    // The newest observation per competitor and product (competitorId empty: of every competitor), newest first.
    QList<Observation> latestObservations(const QString& competitorId, QString* error = nullptr) const;

    // As users read them (the printed report, the competitors page).
    static ReportTable table(const Result& result);
    static ReportTable observationsTable(const QList<Observation>& observations);

private:
    Database& m_db;
};

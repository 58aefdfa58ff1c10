#pragma once

#include "DashboardData.h"
#include "ReportDocument.h"
#include "ReportFilter.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QVariantMap>

class BackgroundConnection;
class Database;
class ListSpec;
class QChart;

// Fills a ReportDocument for one report kind from the database: the business overview (经营概览) with
// every dashboard chart and table, one section of it, the pipeline list, the customer list with list
// filters, or one customer's full history for a visit. Reads figures through ReportQueries (via
// DashboardData) and lists through RecordListModel, so no SQL lives here.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    struct Options
    {
        ReportDocument::Kind kind = ReportDocument::Kind::Overview;
        ReportFilter filter;
        ReportQueries::Granularity granularity = ReportQueries::Granularity::Month;
        ReportQueries::Breakdown breakdown = ReportQueries::Breakdown::Rep;
        QString companyName; // running header; empty = "DeskCRM"
        QString customerId;  // Kind::CustomerHistory
        // Extra RecordListModel filters for the lists ("status", "tag", "stage" …); the filter's owner
        // and period are applied where the list supports them.
        QVariantMap listFilters;
        QString searchText;
        int maxListRows = 2000;            // longer lists are cut, with a note saying so
        QSize chartSize = QSize(660, 300); // 96-dpi pixels on paper
    };

    // background, if given, reads part of the figures beside db (see DashboardData::load).
    explicit ReportBuilder(Database& db, BackgroundConnection* background = nullptr);
    Q_DISABLE_COPY(ReportBuilder)

    // Reads the data and appends the report to document. False with a message on a failed query.
    bool build(const Options& options, ReportDocument* document, QString* error = nullptr);
    // The same from figures already read (the dashboard hands in what it shows).
    void buildFromData(const Options& options, const DashboardData& data, ReportDocument* document);

    // Which DashboardData parts a kind needs (0 for the lists).
    static int partsFor(ReportDocument::Kind kind);

    // The running header's right part ("January 1, 2026 – December 31, 2026 · 华东销售部 · 王小明") and the
    // sentence under the title that names the team and rep filter ("Team: all teams; sales rep: all reps.").
    static QString headerText(const ReportFilter& filter, const QString& teamName, const QString& ownerName);
    static QString peopleText(const QString& teamName, const QString& ownerName);

private:
    void addChart(ReportDocument* document, QChart* chart, const QSize& size);
    bool addList(ReportDocument* document, const ListSpec& spec, const QVariantMap& filters, const QString& search,
                 const QString& title, int maxRows, const QStringList& skipColumns, QString* error);
    bool addCustomerHistory(ReportDocument* document, const Options& options, QString* error);

    Database& m_db;
    BackgroundConnection* m_background;
};

#pragma once

#include "ReportFilter.h"
#include "ReportTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVector>

class Database;

// The service report's figures (issue 14), shared by `deskcrm-cli report --kind service`, the printed report and the
// dashboard chart. Every figure reads the summaries the triggers of migration 0023 keep from the ticket rows' stored
// columns (deadlines, first response and resolution times in business minutes, satisfaction), never the transition
// history, and a million tickets report as fast as a hundred (ServiceSummaries). The filter restricts to tickets
// received in its period, widened to whole months in UTC like the dashboard's (ReportQueries::wholeMonths), and
// owned by its team or rep. The figures that depend on the time now (age, overdue) read the summaries' days and only
// the few tickets of the days a boundary cuts through.
class ServiceReport
{
    Q_DECLARE_TR_FUNCTIONS(ServiceReport)

public:
    // Open tickets by age (since received) and priority.
    static constexpr int kAgeBuckets = 5; // < 1 day, 1-3 days, 3-7 days, 7-30 days, 30 days or more
    static QString ageBucketText(int bucket);
    static QString ageBucketKey(int bucket); // "lt_1d" …
    struct OpenRow
    {
        QString priority;
        QVector<qint64> counts = QVector<qint64>(kAgeBuckets, 0);
    };
    // SLA compliance and mean times.
    struct Sla
    {
        qint64 tickets = 0;
        qint64 responded = 0;
        qint64 respondedInTime = 0;
        qint64 resolved = 0;
        qint64 resolvedInTime = 0;
        qint64 openOverdue = 0; // open, not resolved, past the resolution deadline now
        double meanFirstResponseMinutes = 0;
        double meanResolutionMinutes = 0;
        double firstResponsePercent() const { return responded ? 100.0 * respondedInTime / responded : 0; }
        double resolutionPercent() const { return resolved ? 100.0 * resolvedInTime / resolved : 0; }
    };
    enum class By { Rep, Product, Category };
    struct SatisfactionRow
    {
        QString key; // the owner's or product's id, the category
        QString label;
        qint64 count = 0;
        double average = 0;
        QVector<qint64> distribution = QVector<qint64>(5, 0); // scores 1..5
    };
    struct ComplaintRow
    {
        QString category;
        QVector<qint64> counts; // one per month of ComplaintTrend::months
    };
    struct ComplaintTrend
    {
        QList<QDate> months; // first days, oldest first
        QList<ComplaintRow> rows;
    };

    explicit ServiceReport(Database& db);

    QList<OpenRow> openByAge(const ReportFilter& filter, QString* error) const;
    Sla sla(const ReportFilter& filter, QString* error) const;
    QList<SatisfactionRow> satisfaction(const ReportFilter& filter, By by, QString* error) const;
    // Complaints received per category and month, the twelve months up to the filter's end (or this month).
    ComplaintTrend complaints(const ReportFilter& filter, QString* error, int months = 12) const;

    // The report as users read it (translated, formatted): the printed report and the dashboard show these tables.
    QList<ReportTable> tables(const ReportFilter& filter, QString* error) const;
    static QString hoursText(double minutes); // business hours, one decimal

private:
    Database& m_db;
};

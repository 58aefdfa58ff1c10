#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// The service report's summary tables (migration 0023: report_ticket_summary, report_ticket_product,
// report_ticket_open, report_ticket_due) and the board's totals (0028: report_ticket_status), kept by triggers on
// tickets in the writer's transaction. summaries() gives each table with the grouped query over the tickets that fills
// it (ReportSummaries::rebuild refills them with it, so a bulk load with the triggers suspended ends exact); verify()
// compares them with the same queries (`deskcrm-cli check`).
class ServiceSummaries
{
    Q_DECLARE_TR_FUNCTIONS(ServiceSummaries)

public:
    struct Summary
    {
        QString table;
        QString columns; // in the order the grouped query gives them
        QString grouped; // SELECT … FROM tickets … GROUP BY …, in this database's dialect
    };
    static QList<Summary> summaries(const Database& db);
    // Appends a line to *problems per summary that differs from its tickets; false with *error when it cannot run.
    static bool verify(const Database& db, QStringList* problems, QString* error);
};

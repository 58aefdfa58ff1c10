#pragma once

#include "CliCommand.h"
#include "ReportFilter.h"

#include <QByteArray>

// `deskcrm-cli report --kind funnel|revenue|conversion|team|tiers|overview|campaigns|competitors [--from DATE] [--to
// DATE]
// [--model first|last|linear]
// [--team T] [--owner U] [--currency CUR] [--granularity month|quarter] --format csv|json [--output FILE]`:
// the dashboard's figures (ReportQueries) for scheduled reports. CSV and JSON carry exactly the numbers
// the charts show; column/key names are stable machine names (not translated), money is integer minor
// units with its currency. --format pdf belongs to the dashboard area's report documents.
class ReportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) override;

    struct Request
    {
        QString kind;                            // funnel, revenue, conversion, team, tiers, overview
        ReportFilter filter;                     // currency empty = the database's main currency
        QString granularity;                     // month (default) or quarter, for revenue
        QString format;                          // csv or json
        QString model = QStringLiteral("first"); // campaigns: first, last or linear attribution
    };
    static QStringList kinds();
    // The document bytes for a request; *error set on failure. JSON is one document, except for campaigns and
    // competitors: one object per line (JSON lines), nothing at all when there is none. Used by run() and the tests.
    static QByteArray render(Database& db, const Request& request, QString* error);
};

// The command without the dispatcher: args as after "report" (e.g. {"--kind", "funnel", …}).
// Writes to --output or stdout, messages to stderr; returns a CliExit code.
int runReportCommand(Database& db, const QStringList& args);

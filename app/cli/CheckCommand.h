#pragma once

#include "CliCommand.h"

// `deskcrm-cli check`: schema version and integrity report; exit code 3 when a problem is found. With
// --rebuild-summaries it first refills the report summaries from the rows (ReportSummaries::rebuild, one transaction).
class CheckCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) override;
};

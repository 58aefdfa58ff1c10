#pragma once

#include "CliCommand.h"

// `deskcrm-cli export --entity customers|contacts|interactions|opportunities|tasks --format csv|xlsx|vcf|ics
// --output FILE [--filter TEXT] [--encoding gb18030]`: a list as the GUI's Export… writes it (ListExporter), with
// the list's quick filter when --filter is given; every export is recorded in export_log.
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) override;

    // The list entity ("customer") of an --entity name ("customers"; the singular is accepted too); empty if none.
    static QString entityOf(const QString& name);
};

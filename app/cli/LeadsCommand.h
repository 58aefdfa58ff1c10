#pragma once

#include "CliCommand.h"

// `deskcrm-cli leads assign [--dry-run] [--format text|json]`: applies the assignment rules to the unassigned open
// leads, oldest first, and prints who got which lead and by which rule (JSON: one object per lead and line,
// {"lead", "owner", "rule"}; owner and rule null when no rule gave the lead an owner). --dry-run decides the same and
// writes nothing.
class LeadsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LeadsCommand)

public:
    QString name() const override { return QStringLiteral("leads"); }
    QString summary() const override;
    QString argumentsSyntax() const override { return tr("assign"); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) override;
};

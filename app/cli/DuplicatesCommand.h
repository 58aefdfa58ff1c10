#pragma once

#include "CliCommand.h"

// `deskcrm-cli duplicates --entity customers|contacts [--format text|json]`: the groups of likely duplicate records
// that Tools > Find duplicates shows, best first, with the reasons and the score. JSON: one object per group and line.
class DuplicatesCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DuplicatesCommand)

public:
    QString name() const override { return QStringLiteral("duplicates"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) override;
};

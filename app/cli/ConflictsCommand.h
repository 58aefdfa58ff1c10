#pragma once

#include "CliCommand.h"

// `deskcrm-cli --database FILE conflicts [--format text|json] [--all]`: the replica's sync conflicts (one JSON object
// a line); `--resolve ID --keep mine|server` or `--resolve ID --value TEXT` decides one (sent on the next sync).
class ConflictsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConflictsCommand)

public:
    QString name() const override { return QStringLiteral("conflicts"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) override;
};

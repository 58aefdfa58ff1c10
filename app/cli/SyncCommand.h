#pragma once

#include "CliCommand.h"

// `deskcrm-cli sync clone --server URL --output FILE`: a SQLite replica of what the server's user may see.
// `deskcrm-cli --database FILE sync [--server URL] [--format text|json]`: sends the replica's changes, then brings
// the server's; prints how many were pushed and pulled and how many conflicts the server answered with.
class SyncCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    QString argumentsSyntax() const override { return QStringLiteral("[clone]"); }
    int run(const QCommandLineParser& parser, CliContext& context) override;
};

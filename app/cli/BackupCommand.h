#pragma once

#include "CliCommand.h"

// `deskcrm-cli backup --output FILE`: an online backup of a SQLite database.
class BackupCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) override;
};

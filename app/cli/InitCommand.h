#pragma once

#include "CliCommand.h"

// `deskcrm-cli init`: creates the schema in a new database or upgrades an older one, and says which.
class InitCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    int run(const QCommandLineParser& parser, CliContext& context) override;
};

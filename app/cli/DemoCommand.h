#pragma once

#include "CliCommand.h"

// `deskcrm-cli demo`: fills the database with deterministic demo data, progress on stderr, and
// reports the rate (rows/s), which doubles as the write benchmark.
class DemoCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) override;
};

#pragma once

#include "CliCommand.h"

// `deskcrm-cli restore --from FILE`: replaces a SQLite database's content with a backup, after checking the file
// and saving the current content beside the database; then checks the result as `check` does.
class RestoreCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliContext& context) override;
};

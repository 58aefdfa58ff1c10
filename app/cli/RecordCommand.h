#pragma once

#include "CliCommand.h"

// `deskcrm-cli record set --entity TABLE --id ID --field COLUMN --value TEXT` and
// `deskcrm-cli record delete --entity TABLE --id ID`: one field changed, or one record moved to the deleted items,
// through the same writer as the program (stamps, version, audit trail, a replica's outbox).
class RecordCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordCommand)

public:
    QString name() const override { return QStringLiteral("record"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    QString argumentsSyntax() const override { return QStringLiteral("set|delete"); }
    int run(const QCommandLineParser& parser, CliContext& context) override;
};

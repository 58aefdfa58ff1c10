#pragma once

#include "CliCommand.h"

// `deskcrm-cli audit history --entity customers --id ID [--format text|json]`: one record's changes, oldest first.
// `deskcrm-cli audit revert --user USERNAME --since ISO_TIME [--dry-run] [--format text|json]`: rolls back what that
// user changed since then (AuditRevert), listing what it would do and the fields others changed since (kept).
class AuditCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    QString argumentsSyntax() const override { return QStringLiteral("history|revert"); }
    int run(const QCommandLineParser& parser, CliContext& context) override;

private:
    int history(const QCommandLineParser& parser, CliContext& context, bool json);
    int revert(const QCommandLineParser& parser, CliContext& context, bool json);
};

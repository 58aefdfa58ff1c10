#pragma once

#include "CliCommand.h"

// `deskcrm-cli users add USERNAME --display-name NAME --role ROLE --team TEAM` (the password from standard input)
// and `deskcrm-cli users deactivate USERNAME --reassign-to USER`: a team database's users and their PostgreSQL
// login roles (UserAdministration), run by an administrator.
class UsersCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(UsersCommand)

public:
    QString name() const override { return QStringLiteral("users"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    QString argumentsSyntax() const override { return tr("add|deactivate|password USERNAME"); }
    int run(const QCommandLineParser& parser, CliContext& context) override;
};

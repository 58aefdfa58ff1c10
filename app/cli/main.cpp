// deskcrm-cli: every DeskCRM data operation without a window. See Cli for the commands.
#include "Cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the GUI, so the default database is the same file.
    QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM"));
    QCoreApplication::setApplicationName(QStringLiteral("DeskCRM"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DESKCRM_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli;
    return cli.run(QCoreApplication::arguments(), out, err);
}

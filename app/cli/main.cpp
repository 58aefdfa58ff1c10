// deskcrm-cli: every DeskCRM data operation without a window. See Cli for the commands.
#include "BuildInfo.h"
#include "Cli.h"
#include "Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

int main(int argc, char* argv[])
{
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    const Cli::Startup startup = Cli::startup(rawArguments);

    std::unique_ptr<QCoreApplication> app;
    if (startup.needsGui) {
        // Reports are painted, never shown: no display server is needed (cron, CI, ssh).
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The same names as the GUI, so the default database is the same file.
    QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM"));
    QCoreApplication::setApplicationName(QStringLiteral("DeskCRM"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(BuildInfo::kVersion));
    Translations::install(*app, startup.language);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli;
    return cli.run(QCoreApplication::arguments(), out, err);
}

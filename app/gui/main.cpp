#include "BuildInfo.h"
#include "CollectionReminders.h"
#include "ConnectionSettings.h"
#include "Database.h"
#include "GuiOptions.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "Startup.h"
#include "Translations.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>

#include <cstdio>

namespace {
void setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM"));
    QCoreApplication::setApplicationName(QStringLiteral("DeskCRM"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(BuildInfo::kVersion));
}

// --help and --version need no window, so no display either (a terminal over ssh, help2man at build time).
int answerWithText(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setNames();
    const GuiOptions options = GuiOptions::parse(QCoreApplication::arguments());
    Translations::install(app, Startup::language(options));
    if (options.versionShown) {
        std::fprintf(stdout, "%s\n", qPrintable(BuildInfo::versionLine()));
        return 0;
    }
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(options.error));
        return 2;
    }
    std::fputs(qPrintable(GuiOptions::helpText()), stdout);
    return 0;
}

// What a second start hands to the running window; a file path made absolute (the other has another folder).
SingleInstance::Request request(const GuiOptions& options)
{
    SingleInstance::Request request{options.database, options.page, options.importFile};
    ConnectionSettings settings;
    QString ignored;
    if (!options.database.isEmpty() && ConnectionSettings::parse(options.database, &settings, &ignored) &&
        settings.dialect == ConnectionSettings::Dialect::SQLite)
        request.database = QFileInfo(settings.path).absoluteFilePath();
    return request;
}
} // namespace

int main(int argc, char* argv[])
{
    {
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments << QString::fromLocal8Bit(argv[i]);
        if (GuiOptions::answersWithText(arguments))
            return answerWithText(argc, argv);
    }

    QApplication app(argc, argv);
    setNames();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/deskcrm.svg")));
    // The .desktop file's name: Wayland compositors and the dock match the window to it (icon, grouping).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.deskcrm.DeskCRM"));
    CollectionReminders::install(); // the collecting rep's inbox items (issue 13)

    GuiOptions options = GuiOptions::parse(QApplication::arguments());
    Translations::install(app, Startup::language(options));
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "%s\n%s", qPrintable(options.error), qPrintable(GuiOptions::helpText()));
        return 2;
    }

    // A second start: the running window comes to the front with this start's page or file, and this one ends.
    SingleInstance instance(SingleInstance::defaultKey());
    if (instance.handOff(request(options)))
        return 0;
    instance.listen();

    QString error;
    std::unique_ptr<Database> db = Startup::openInitialDatabase(options, nullptr, &error);
    if (!db) {
        Startup::reportFailure(nullptr, error);
        return 1;
    }

    MainWindow window;
    window.restoreWindowState();
    window.setDatabase(std::move(db));
    if (!window.showPage(Startup::initialPage(options)))
        window.showPage(QStringLiteral("customers"));
    window.show();
    if (!options.importFile.isEmpty())
        window.importFrom(options.importFile);
    instance.setHandler(
        [&window](const SingleInstance::Request& request) { return SingleInstance::deliverTo(window, request); });
    return QApplication::exec();
}

#include "Database.h"
#include "GuiOptions.h"
#include "MainWindow.h"
#include "Startup.h"
#include "Translations.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DeskCRM"));
    QApplication::setApplicationName(QStringLiteral("DeskCRM"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    GuiOptions options = GuiOptions::parse(QApplication::arguments());
    if (options.helpShown) {
        std::fputs(qPrintable(GuiOptions::helpText()), stdout);
        return 0;
    }
    Translations::install(app, Startup::language(options));
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "%s\n%s", qPrintable(options.error), qPrintable(GuiOptions::helpText()));
        return 2;
    }

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
    return QApplication::exec();
}

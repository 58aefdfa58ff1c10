#include "GuiOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace {
struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption database{QStringList{QStringLiteral("d"), QStringLiteral("database")},
                                QCoreApplication::translate("GuiOptions", "Open the SQLite file or PostgreSQL URL."),
                                QCoreApplication::translate("GuiOptions", "path-or-url")};
    QCommandLineOption page{QStringList{QStringLiteral("p"), QStringLiteral("page")},
                            QCoreApplication::translate("GuiOptions",
                                                        "Start on a page: today, customers, contacts, interactions, "
                                                        "opportunities, pipeline, tasks, taskboard, dashboard, "
                                                        "deleted, leads, inbox, products, quotes, contracts, "
                                                        "campaigns, competitors, receivables, tickets, ticketboard or "
                                                        "customer:<id>."),
                            QCoreApplication::translate("GuiOptions", "name")};
    QCommandLineOption language{QStringList{QStringLiteral("l"), QStringLiteral("lang")},
                                QCoreApplication::translate("GuiOptions", "Language code, e.g. en or zh_CN."),
                                QCoreApplication::translate("GuiOptions", "code")};

    Parser()
    {
        parser.setApplicationDescription(QCoreApplication::translate("GuiOptions", "DeskCRM desktop client"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({database, page, language});
        parser.addPositionalArgument(QStringLiteral("file"),
                                     QCoreApplication::translate("GuiOptions", "A CSV, Excel or vCard file to import."),
                                     QCoreApplication::translate("GuiOptions", "[file]"));
    }
};
} // namespace

QStringList GuiOptions::pageNames()
{
    return {QStringLiteral("today"),        QStringLiteral("customers"),     QStringLiteral("contacts"),
            QStringLiteral("interactions"), QStringLiteral("opportunities"), QStringLiteral("pipeline"),
            QStringLiteral("tasks"),        QStringLiteral("taskboard"),     QStringLiteral("dashboard"),
            QStringLiteral("deleted"),      QStringLiteral("leads"),         QStringLiteral("inbox"),
            QStringLiteral("products"),     QStringLiteral("quotes"),        QStringLiteral("contracts"),
            QStringLiteral("campaigns"),    QStringLiteral("competitors"),   QStringLiteral("receivables"),
            QStringLiteral("tickets"),      QStringLiteral("ticketboard")};
}

bool GuiOptions::isValidPage(const QString& page)
{
    static const QString customerPrefix = QStringLiteral("customer:");
    if (page.startsWith(customerPrefix))
        return page.size() > customerPrefix.size();
    return pageNames().contains(page);
}

QString GuiOptions::helpText()
{
    Parser p;
    return p.parser.helpText();
}

bool GuiOptions::answersWithText(const QStringList& arguments)
{
    static const QStringList textOptions{QStringLiteral("-h"), QStringLiteral("--help"),
                                         QStringLiteral("-?"), QStringLiteral("--help-all"),
                                         QStringLiteral("-v"), QStringLiteral("--version")};
    for (int i = 1; i < arguments.size(); ++i) {
        if (textOptions.contains(arguments.at(i)))
            return true;
    }
    return false;
}

GuiOptions GuiOptions::parse(const QStringList& arguments)
{
    GuiOptions options;
    Parser p;
    if (!p.parser.parse(arguments)) {
        options.error = p.parser.errorText();
        return options;
    }
    if (p.parser.isSet(QStringLiteral("help"))) {
        options.helpShown = true;
        return options;
    }
    if (p.parser.isSet(QStringLiteral("version"))) {
        options.versionShown = true;
        return options;
    }
    const QStringList files = p.parser.positionalArguments();
    if (files.size() > 1) {
        options.error = QCoreApplication::translate("GuiOptions", "Unexpected argument: %1").arg(files.at(1));
        return options;
    }
    // Absolute: a running window (SingleInstance) may have another working folder.
    if (!files.isEmpty())
        options.importFile = QFileInfo(files.constFirst()).absoluteFilePath();
    options.database = p.parser.value(p.database);
    options.language = p.parser.value(p.language);
    options.page = p.parser.value(p.page).trimmed();
    if (!options.page.isEmpty() && !isValidPage(options.page)) {
        options.error = QCoreApplication::translate("GuiOptions", "Unknown page \"%1\". Pages: %2, customer:<id>.")
                            .arg(options.page, pageNames().join(QStringLiteral(", ")));
        options.page.clear();
    }
    return options;
}

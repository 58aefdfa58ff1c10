#include "CheckCommand.h"

#include "DatabaseCheck.h"
#include "RecordWriter.h"
#include "ReportSummaries.h"

#include <QCommandLineParser>

QString CheckCommand::summary() const
{
    return tr("Check the database's integrity, schema version and report summaries (changes nothing unless asked "
              "to rebuild the summaries).");
}

void CheckCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("rebuild-summaries"),
                      tr("First recompute the report summaries (dashboard, service report, campaigns) from the "
                         "records, in one transaction; the only change this command makes.")});
}

int CheckCommand::run(const QCommandLineParser& parser, CliContext& context)
{
    int exitCode = CliExit::Success;
    // Read-only: no migration, no user registration.
    Database::Options options;
    options.migrate = false;
    options.ensureUser = false;
    auto db = openDatabase(context, options, Existing::Required, &exitCode);
    if (!db)
        return exitCode;

    if (parser.isSet(QStringLiteral("rebuild-summaries"))) {
        RecordWriter writer(*db);
        QString error;
        WriteResult saved;
        if (!writer.isActive() || !ReportSummaries(*db).rebuild(&error) || !(saved = writer.commit()).ok()) {
            context.err << tr("Cannot rebuild the report summaries: %1")
                               .arg(!error.isEmpty()           ? error
                                    : !saved.message.isEmpty() ? saved.message
                                                               : writer.error())
                        << Qt::endl;
            return CliExit::Failure;
        }
        context.out << tr("The report summaries were rebuilt.") << Qt::endl;
    }
    const DatabaseCheck::Result result = DatabaseCheck(*db).run();
    context.out << tr("Database: %1").arg(context.settings.displayName()) << Qt::endl;
    context.out << tr("Schema version: %1 (this program: %2)").arg(result.schemaVersion).arg(result.programVersion)
                << Qt::endl;
    for (const QString& line : result.passed)
        context.out << tr("  ok: %1").arg(line) << Qt::endl;
    for (const QString& line : result.skipped)
        context.out << tr("  skipped: %1").arg(line) << Qt::endl;
    for (const QString& line : result.problems)
        context.out << tr("  PROBLEM: %1").arg(line) << Qt::endl;
    if (result.ok()) {
        context.out << tr("No problems found.") << Qt::endl;
        return CliExit::Success;
    }
    context.out << tr("%n problem(s) found.", nullptr, static_cast<int>(result.problems.size())) << Qt::endl;
    return CliExit::ProblemsFound;
}

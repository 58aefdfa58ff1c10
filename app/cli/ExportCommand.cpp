#include "ExportCommand.h"

#include "ListExporter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>

namespace {
const char* const kEntities[][2] = {
    {"customers", "customer"},        {"contacts", "contact"}, {"interactions", "interaction"},
    {"opportunities", "opportunity"}, {"tasks", "task"},
};
} // namespace

QString ExportCommand::summary() const
{
    return tr("Export a list (customers, contacts, follow-ups, opportunities, tasks) as CSV, Excel, vCard or "
              "iCalendar.");
}

QString ExportCommand::entityOf(const QString& name)
{
    for (const auto& entity : kEntities)
        if (name == QLatin1String(entity[0]) || name == QLatin1String(entity[1]))
            return QString::fromLatin1(entity[1]);
    if (name == QLatin1String("follow-ups"))
        return QStringLiteral("interaction");
    return {};
}

void ExportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("entity"),
                      tr("The list: customers, contacts, interactions (follow-ups), opportunities or tasks."),
                      tr("ENTITY")});
    parser.addOption({QStringLiteral("format"),
                      tr("csv, xlsx (Excel), vcf (vCard, contacts) or ics (iCalendar, tasks and follow-ups)."),
                      tr("FORMAT")});
    parser.addOption({QStringLiteral("output"), tr("The file to write."), tr("FILE")});
    parser.addOption(
        {QStringLiteral("filter"), tr("Only the rows the list's quick filter finds for this text."), tr("TEXT")});
    parser.addOption({QStringLiteral("encoding"),
                      tr("CSV only: the text encoding, such as gb18030 for Excel on Chinese Windows (default: "
                         "UTF-8 with a byte order mark)."),
                      tr("NAME")});
}

int ExportCommand::run(const QCommandLineParser& parser, CliContext& context)
{
    ListExporter::Request request;
    request.entity = entityOf(parser.value(QStringLiteral("entity")));
    if (request.entity.isEmpty()) {
        context.err << tr("--entity must be one of: customers, contacts, interactions, opportunities, tasks.")
                    << Qt::endl;
        return CliExit::UsageError;
    }
    if (!ListExporter::parseFormat(parser.value(QStringLiteral("format")), &request.format)) {
        context.err << tr("--format must be csv, xlsx, vcf or ics.") << Qt::endl;
        return CliExit::UsageError;
    }
    if (!ListExporter::supports(request.entity, request.format)) {
        context.err << (request.format == ListExporter::Format::VCard
                            ? tr("Only contacts can be exported as vCard.")
                            : tr("Only tasks and follow-ups (interactions) can be exported as iCalendar."))
                    << Qt::endl;
        return CliExit::UsageError;
    }
    request.fileName = parser.value(QStringLiteral("output"));
    if (request.fileName.isEmpty()) {
        context.err << tr("Name the file to write with --output FILE.") << Qt::endl;
        return CliExit::UsageError;
    }
    request.encoding = parser.value(QStringLiteral("encoding"));
    if (!request.encoding.isEmpty() && request.format != ListExporter::Format::Csv) {
        context.err << tr("--encoding applies to CSV files only.") << Qt::endl;
        return CliExit::UsageError;
    }
    request.state.searchText = parser.value(QStringLiteral("filter"));

    int exitCode = CliExit::Success;
    auto db = openDatabase(context, Database::Options{}, Existing::Required, &exitCode);
    if (!db)
        return exitCode;
    QElapsedTimer timer;
    timer.start();
    ListExporter exporter(*db);
    const ListExporter::Result result = exporter.run(request);
    if (!result.ok) {
        context.err << result.error << Qt::endl;
        return CliExit::Failure;
    }
    const QLocale locale;
    context.out << tr("Exported %1 row(s) to %2 in %3 s.")
                       .arg(locale.toString(result.rows), QDir::toNativeSeparators(request.fileName),
                            locale.toString(timer.elapsed() / 1000.0, 'f', 1))
                << Qt::endl;
    return CliExit::Success;
}

#include "SearchCommand.h"

#include "CsvWriter.h"
#include "GlobalSearch.h"
#include "SearchKinds.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
// A JSON string literal, escaped as QJsonDocument escapes it.
QString jsonString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}
} // namespace

QString SearchCommand::summary() const
{
    return tr("Find customers, contacts, follow-ups, opportunities and tasks by any part of their text, pinyin or "
              "phone digits.");
}

void SearchCommand::addOptions(QCommandLineParser& parser) const
{
    QStringList kinds;
    for (const SearchKind& kind : SearchKinds::all())
        kinds << kind.table;
    parser.addOption(
        {QStringLiteral("kind"),
         tr("Only these kinds, separated by commas: %1 (default: all).").arg(kinds.join(QStringLiteral(", "))),
         tr("KINDS")});
    parser.addOption(
        {QStringLiteral("limit"), tr("At most this many results in all (default 50)."), tr("N"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("format"), tr("json (one object per line, the default) or csv."), tr("FORMAT"),
                      QStringLiteral("json")});
}

int SearchCommand::run(const QCommandLineParser& parser, CliContext& context)
{
    const QStringList arguments = parser.positionalArguments();
    const QString text = arguments.join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty()) {
        context.err << tr("Say what to search for: deskcrm-cli search TEXT") << Qt::endl;
        return CliExit::UsageError;
    }
    bool numeric = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&numeric);
    if (!numeric || limit <= 0) {
        context.err << tr("--limit must be a positive number.") << Qt::endl;
        return CliExit::UsageError;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("csv")) {
        context.err << tr("--format must be json or csv.") << Qt::endl;
        return CliExit::UsageError;
    }
    QStringList kinds;
    if (parser.isSet(QStringLiteral("kind"))) {
        for (const QString& kind : parser.value(QStringLiteral("kind")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!SearchKinds::find(kind.trimmed())) {
                context.err << tr("Unknown kind \"%1\".").arg(kind.trimmed()) << Qt::endl;
                return CliExit::UsageError;
            }
            kinds << kind.trimmed();
        }
    }

    int exitCode = CliExit::Success;
    Database::Options options;
    options.ensureUser = false;
    auto db = openDatabase(context, options, Existing::Required, &exitCode);
    if (!db)
        return exitCode;
    QString error;
    const QList<GlobalSearch::Group> groups = GlobalSearch(*db).find(text, kinds, limit, &error);
    if (!error.isEmpty()) {
        context.err << tr("The search failed: %1").arg(error) << Qt::endl;
        return CliExit::Failure;
    }
    if (format == QLatin1String("csv"))
        context.out << QStringLiteral("kind,id,title") << Qt::endl;
    int written = 0;
    for (const GlobalSearch::Group& group : groups) {
        for (const GlobalSearch::Hit& hit : group.hits) {
            if (written++ >= limit)
                return CliExit::Success;
            if (format == QLatin1String("csv")) {
                context.out << CsvWriter::quoted(hit.kind) << QLatin1Char(',') << CsvWriter::quoted(hit.id)
                            << QLatin1Char(',') << CsvWriter::quoted(CsvWriter::neutralised(hit.title)) << Qt::endl;
            } else {
                // Keys in this order, as the documented output shows them.
                context.out << QStringLiteral("{\"kind\": %1, \"id\": %2, \"title\": %3}")
                                   .arg(jsonString(hit.kind), jsonString(hit.id), jsonString(hit.title))
                            << Qt::endl;
            }
        }
    }
    return CliExit::Success;
}

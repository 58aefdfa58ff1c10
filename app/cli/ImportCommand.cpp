#include "ImportCommand.h"

#include "FieldValidator.h"
#include "ImportFormats.h"
#include "Importer.h"
#include "Platform.h"
#include "ShapedRows.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <memory>
#include <vector>

namespace {
ImportCommand::ProfileHook& profileHook()
{
    static ImportCommand::ProfileHook hook;
    return hook;
}

// The rows of the report a person reads on stderr; the rest is counted.
constexpr int kShownProblems = 200;

bool parseDelimiter(const QString& text, QChar* delimiter)
{
    if (text.isEmpty())
        return true;
    if (text == QLatin1String("tab") || text == QLatin1String("\\t") || text == QLatin1String("\t")) {
        *delimiter = QLatin1Char('\t');
        return true;
    }
    if (text == QLatin1String(",") || text == QLatin1String(";") || text == QLatin1String("|")) {
        *delimiter = text.at(0);
        return true;
    }
    return false;
}

void printRows(const QList<ImportProblem>& rows, QTextStream& err)
{
    int shown = 0;
    for (const ImportProblem& p : rows) {
        if (++shown > kShownProblems)
            break;
        QString where = p.line > 0 ? ImportCommand::tr("line %1").arg(p.line) : QString();
        if (!p.column.isEmpty())
            where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + p.column;
        err << where;
        if (!p.value.isEmpty())
            err << QStringLiteral(" \"") << p.value.left(80) << QLatin1Char('"');
        err << QStringLiteral(": ") << p.problem << Qt::endl;
    }
}

void printProblems(const ImportReport& report, QTextStream& err)
{
    if (!report.fatal.isEmpty())
        err << report.fatal << Qt::endl;
    printRows(report.problems, err);
    const qint64 more = report.moreProblems + std::max<qint64>(0, report.problems.size() - kShownProblems);
    if (more > 0)
        err << ImportCommand::tr("… and %1 more problems (--report FILE saves them all).").arg(more) << Qt::endl;
    // Warnings, not refusals: the wizard's check page shows the same list before anything is written.
    if (!report.duplicates.isEmpty()) {
        err << ImportCommand::tr("%n rows look like records already saved or like earlier rows (imported all the "
                                 "same):",
                                 nullptr, int(report.duplicates.size()))
            << Qt::endl;
        printRows(report.duplicates, err);
        if (report.duplicates.size() > kShownProblems)
            err << ImportCommand::tr("… and %1 more.").arg(report.duplicates.size() - kShownProblems) << Qt::endl;
    }
}

QJsonArray rowsJson(const QList<ImportProblem>& rows)
{
    QJsonArray array;
    for (const ImportProblem& p : rows) {
        array.append(QJsonObject{{QStringLiteral("line"), p.line},
                                 {QStringLiteral("value"), p.value},
                                 {QStringLiteral("message"), p.problem}});
    }
    return array;
}
} // namespace

void ImportCommand::setProfileHook(ProfileHook hook)
{
    profileHook() = std::move(hook);
}

QString ImportCommand::summary() const
{
    return tr("Import a CSV file (customers, contacts, follow-ups, opportunities, tasks, users, teams, products), "
              "checked first and written in one transaction.");
}

void ImportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("entity"),
                      tr("What the file holds: %1.").arg(ImportEntities::names().join(QStringLiteral(", "))),
                      tr("ENTITY")});
    parser.addOption({QStringLiteral("profile"),
                      tr("Import the files of the folder given as argument with this import profile (a name, or a "
                         "JSON file)."),
                      tr("NAME")});
    parser.addOption({QStringLiteral("encoding"),
                      tr("The file's text encoding, such as UTF-8, GB18030, Big5, windows-1252 (default: detected)."),
                      tr("NAME")});
    parser.addOption(
        {QStringLiteral("delimiter"), tr("The field separator: , ; or tab (default: detected)."), tr("C")});
    parser.addOption({QStringLiteral("sheet"),
                      tr("The sheet of an Excel workbook (.xlsx) to import: its name or number (default: the first)."),
                      tr("SHEET")});
    parser.addOption({QStringLiteral("no-header"), tr("The first row is data, not column names.")});
    parser.addOption({QStringLiteral("key"),
                      tr("Match existing records on this column or field (such as external_id, email or name): "
                         "they are updated instead of added again."),
                      tr("COLUMN")});
    parser.addOption({QStringLiteral("mapping"), tr("A saved column mapping (JSON)."), tr("FILE")});
    parser.addOption({QStringLiteral("create-missing"),
                      tr("Create the users, teams, customers, contacts and products the file names but the "
                         "database does not have (default: report them).")});
    parser.addOption({QStringLiteral("date-order"),
                      tr("How to read dates such as 05/03/2024: dmy (day first) or mdy (month first)."), tr("ORDER")});
    parser.addOption(
        {QStringLiteral("currency"), tr("Currency of amounts written without one (default CNY)."), tr("CODE")});
    parser.addOption({QStringLiteral("phone-region"),
                      tr("Region of phone numbers written without a country code, such as CN or US (default: "
                         "the computer's)."),
                      tr("CODE")});
    parser.addOption({QStringLiteral("good-rows-only"), tr("Import the valid records even when others are refused.")});
    parser.addOption({QStringLiteral("dry-run"), tr("Check the file and report; write nothing.")});
    parser.addOption({QStringLiteral("report"), tr("Save the row report (every problem) as CSV."), tr("FILE")});
    parser.addOption({QStringLiteral("format"), tr("Output: text (default) or json (the counts)."), tr("FORMAT"),
                      QStringLiteral("text")});
}

int ImportCommand::run(const QCommandLineParser& parser, CliContext& context)
{
    QTextStream& err = context.err;
    const QStringList arguments = parser.positionalArguments();
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err << tr("--format must be text or json.") << Qt::endl;
        return CliExit::UsageError;
    }
    const bool profile = parser.isSet(QStringLiteral("profile"));
    if (profile == parser.isSet(QStringLiteral("entity"))) {
        err << tr("Give either --entity ENTITY FILE or --profile NAME DIR.") << Qt::endl;
        return CliExit::UsageError;
    }
    if (arguments.size() != 1) {
        err << (profile ? tr("Name the folder to import.") : tr("Name the file to import.")) << Qt::endl;
        return CliExit::UsageError;
    }

    if (profile && profileHook()) {
        const int handled = profileHook()(parser.value(QStringLiteral("profile")), arguments.first(), parser, context);
        if (handled >= 0)
            return handled;
    }

    // What every file of the import shares, from the command line.
    QChar delimiter;
    if (!parseDelimiter(parser.value(QStringLiteral("delimiter")), &delimiter)) {
        err << tr("--delimiter must be , ; | or tab.") << Qt::endl;
        return CliExit::UsageError;
    }
    ImportValues::DateOrder order = ImportValues::DateOrder::Unknown;
    const QString orderText = parser.value(QStringLiteral("date-order"));
    if (orderText == QLatin1String("dmy"))
        order = ImportValues::DateOrder::DayFirst;
    else if (orderText == QLatin1String("mdy"))
        order = ImportValues::DateOrder::MonthFirst;
    else if (!orderText.isEmpty()) {
        err << tr("--date-order must be dmy or mdy.") << Qt::endl;
        return CliExit::UsageError;
    }
    const QString currency = parser.value(QStringLiteral("currency")).toUpper();
    if (!currency.isEmpty() && !FieldValidator::currency(currency).isEmpty()) {
        err << FieldValidator::currency(currency) << Qt::endl;
        return CliExit::UsageError;
    }

    ImportProfile plan;
    QString error;
    QDir folder;
    if (profile) {
        folder = QDir(arguments.first());
        if (!folder.exists()) {
            err << tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(arguments.first())) << Qt::endl;
            return CliExit::Failure;
        }
        QString path = parser.value(QStringLiteral("profile"));
        if (!QFileInfo::exists(path))
            path = QStringLiteral(":/import-profiles/%1.json").arg(path);
        if (!QFileInfo::exists(path)) {
            err << tr("Unknown import profile \"%1\".").arg(parser.value(QStringLiteral("profile"))) << Qt::endl;
            return CliExit::UsageError;
        }
        if (!ImportProfile::load(path, &plan, &error)) {
            err << error << Qt::endl;
            return CliExit::UsageError;
        }
    } else {
        ImportSpec spec;
        if (parser.isSet(QStringLiteral("mapping"))) {
            ImportProfile mapping;
            if (!ImportProfile::load(parser.value(QStringLiteral("mapping")), &mapping, &error)) {
                err << error << Qt::endl;
                return CliExit::UsageError;
            }
            spec = mapping.files.first();
        }
        const QString entity = parser.value(QStringLiteral("entity"));
        if (!spec.entity.isEmpty() && spec.entity != entity) {
            err << tr("The mapping is for %1, not %2.").arg(spec.entity, entity) << Qt::endl;
            return CliExit::UsageError;
        }
        spec.entity = entity;
        spec.file = arguments.first();
        if (!spec.check(&error)) {
            err << error << Qt::endl;
            return CliExit::UsageError;
        }
        plan.files << spec;
    }

    int exitCode = CliExit::Success;
    auto db = openDatabase(context, Database::Options{}, Existing::MayCreate, &exitCode);
    if (!db)
        return exitCode;

    // Sources first: every file is opened (encoding and delimiter detected) before anything is checked.
    std::vector<std::unique_ptr<RowSource>> readers;
    std::vector<std::unique_ptr<ShapedRows>> shaped; // a profile's reshaping of some files
    Importer importer(*db);
    for (ImportSpec& spec : plan.files) {
        if (parser.isSet(QStringLiteral("encoding")))
            spec.encoding = parser.value(QStringLiteral("encoding"));
        if (!delimiter.isNull())
            spec.delimiter = delimiter;
        if (parser.isSet(QStringLiteral("no-header")))
            spec.header = false;
        if (parser.isSet(QStringLiteral("create-missing")))
            spec.createMissing = true;
        if (order != ImportValues::DateOrder::Unknown)
            spec.dateOrder = order;
        if (!currency.isEmpty())
            spec.currency = currency;
        if (parser.isSet(QStringLiteral("phone-region")))
            spec.phoneRegion = parser.value(QStringLiteral("phone-region")).toUpper();
        const QString path = profile ? folder.filePath(spec.file) : spec.file;
        const ImportFormat& fileFormat = ImportFormats::forFile(path);
        if (!fileFormat.entity.isEmpty() && spec.entity != fileFormat.entity) {
            err << tr("%1: %2 hold only %3; import it with --entity %3.")
                       .arg(QDir::toNativeSeparators(path), fileFormat.displayName(), fileFormat.entity)
                << Qt::endl;
            return CliExit::UsageError;
        }
        auto reader = fileFormat.open(path,
                                      ImportReadOptions(CsvOptions{spec.encoding, spec.delimiter, spec.header},
                                                        parser.value(QStringLiteral("sheet"))),
                                      &error);
        if (!reader) {
            err << QDir::toNativeSeparators(path) << QStringLiteral(": ") << error << Qt::endl;
            return CliExit::Failure;
        }
        if (spec.columns.isEmpty())
            spec.columns = fileFormat.columns;
        if (parser.isSet(QStringLiteral("key"))) {
            // A column of the file, or a field's name.
            const QString key = parser.value(QStringLiteral("key"));
            const QString mapped = spec.effectiveColumns(reader->headers()).value(key);
            spec.key = !mapped.isEmpty() ? mapped : key;
        } else if (spec.key.isEmpty()) {
            spec.key = fileFormat.key;
        }
        if (!spec.check(&error)) {
            err << error << Qt::endl;
            return CliExit::UsageError;
        }
        if (format == QLatin1String("text"))
            err << QFileInfo(path).fileName() << QStringLiteral(": ") << fileFormat.describe(*reader) << Qt::endl;
        RowSource* source = reader.get();
        readers.push_back(std::move(reader));
        if (!spec.shape.isEmpty()) {
            RowShaping shaping;
            if (!RowShaping::fromJson(spec.shape, &shaping, &error)) {
                err << error << Qt::endl;
                return CliExit::UsageError;
            }
            shaped.push_back(std::make_unique<ShapedRows>(source, shaping));
            source = shaped.back().get();
            if (!source->error().isEmpty()) {
                err << QDir::toNativeSeparators(path) << QStringLiteral(": ") << source->error() << Qt::endl;
                return CliExit::UsageError;
            }
        }
        importer.addFile(spec, source);
    }

    // On a terminal the line is redrawn in place; in a log, one line per tenth of each pass.
    const bool terminal = Platform::isTerminal(stderr);
    int lastTenth = -1;
    int lastPass = 0;
    importer.setProgress([&](const Importer::Progress& p) {
        const int percent = p.size > 0 ? int(p.position * 100 / p.size) : 100;
        const QString line =
            (p.pass == 1 ? tr("Checking: %1 rows (%2%)") : tr("Importing: %1 rows (%2%)")).arg(p.rows).arg(percent);
        if (terminal) {
            err << '\r' << line;
            err.flush();
        } else if (percent / 10 != lastTenth || p.pass != lastPass) {
            lastTenth = percent / 10;
            lastPass = p.pass;
            err << line << Qt::endl;
        }
    });

    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const ImportReport report =
        dryRun ? importer.validate()
               : importer.run(parser.isSet(QStringLiteral("good-rows-only")) ? Importer::Accept::GoodRowsOnly
                                                                             : Importer::Accept::AllRows);
    if (terminal)
        err << Qt::endl;

    if (parser.isSet(QStringLiteral("report")) && !report.saveProblems(parser.value(QStringLiteral("report")), &error))
        err << error << Qt::endl;
    printProblems(report, err);
    // What a profile normalised, said rather than done silently.
    for (const auto& rows : shaped) {
        for (const ShapedRows::Rewrite& r : rows->rewrites()) {
            err << tr("Normalised %1 \"%2\" to \"%3\" (%n rows).", nullptr, int(r.rows)).arg(r.column, r.from, r.to)
                << Qt::endl;
        }
    }

    if (format == QLatin1String("json")) {
        QJsonObject created;
        for (auto it = report.created.cbegin(); it != report.created.cend(); ++it)
            created.insert(it.key(), it.value());
        QJsonObject counts{{QStringLiteral("read"), report.read},
                           {QStringLiteral("valid"), report.valid},
                           {QStringLiteral("inserted"), report.inserted},
                           {QStringLiteral("updated"), report.updated},
                           {QStringLiteral("unchanged"), report.unchanged},
                           {QStringLiteral("rejected"), report.rejected},
                           {QStringLiteral("created"), created},
                           {QStringLiteral("written"), report.written},
                           {QStringLiteral("dry_run"), dryRun},
                           {QStringLiteral("duplicates"), rowsJson(report.duplicates)},
                           {QStringLiteral("seconds"), report.seconds}};
        if (!report.fatal.isEmpty())
            counts.insert(QStringLiteral("error"), report.fatal);
        context.out << QJsonDocument(counts).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        const QLocale locale;
        context.out << tr("%1 records read: %2 added, %3 updated, %4 unchanged, %5 refused (%6 s).")
                           .arg(locale.toString(report.read), locale.toString(report.inserted),
                                locale.toString(report.updated), locale.toString(report.unchanged),
                                locale.toString(report.rejected), locale.toString(report.seconds, 'f', 1))
                    << Qt::endl;
        for (auto it = report.created.cbegin(); it != report.created.cend(); ++it)
            context.out << tr("Created for names the file gives: %1 %2.").arg(it.value()).arg(it.key()) << Qt::endl;
        if (dryRun)
            context.out << tr("Dry run: nothing was written.") << Qt::endl;
        else if (!report.written)
            context.out << tr("Nothing was imported.") << Qt::endl;
    }
    if (report.cancelled)
        return CliExit::Failure;
    return report.ok() && (dryRun || report.written) ? CliExit::Success : CliExit::Failure;
}

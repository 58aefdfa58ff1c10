#include "ListExporter.h"

#include "AttributeColumns.h"

#include "ContactCardExport.h"

#include "CsvWriter.h"
#include "Database.h"
#include "ICalendarWriter.h"
#include "Money.h"
#include "Platform.h"
#include "RecordWriter.h"
#include "SqlValues.h"
#include "SqliteFiles.h"
#include "XlsxSheetWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

namespace {
using Kind = ListColumn::Kind;

// The sheet's name: the list's name as users know it.
QString listTitle(const QString& entity)
{
    if (entity == QLatin1String("customer"))
        return ListExporter::tr("Customers");
    if (entity == QLatin1String("contact"))
        return ListExporter::tr("Contacts");
    if (entity == QLatin1String("interaction"))
        return ListExporter::tr("Follow-ups");
    if (entity == QLatin1String("opportunity"))
        return ListExporter::tr("Opportunities");
    if (entity == QLatin1String("task"))
        return ListExporter::tr("Tasks");
    return entity;
}

// What a file saved in the ordinary way gets: an older file's permissions, else read-write for the user and what the
// umask leaves of the rest (a temporary file is the user's alone).
QFileDevice::Permissions savedPermissions(const QString& target)
{
    if (QFileInfo::exists(target))
        return QFile::permissions(target);
    return Platform::newFilePermissions();
}

// Moves the finished file over the destination (replacing an older one, as a save does).
bool moveInto(const QString& from, const QString& to, QString* error)
{
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(from).toStdString()),
                            std::filesystem::path(QFile::encodeName(to).toStdString()), code);
    if (code) {
        *error = ListExporter::tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(to), QString::fromLocal8Bit(code.message().c_str()));
        return false;
    }
    return true;
}
} // namespace

ListExporter::ListExporter(Database& db) : m_db(db) {}

QString ListExporter::formatName(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::VCard:
        return QStringLiteral("vcf");
    case Format::ICalendar:
        return QStringLiteral("ics");
    }
    return {};
}

bool ListExporter::parseFormat(const QString& name, Format* format)
{
    for (Format f : {Format::Csv, Format::Xlsx, Format::VCard, Format::ICalendar}) {
        if (name.compare(formatName(f), Qt::CaseInsensitive) == 0) {
            *format = f;
            return true;
        }
    }
    return false;
}

bool ListExporter::supports(const QString& entity, Format format)
{
    if (ListSpec::forEntity(entity).entity.isEmpty())
        return false;
    switch (format) {
    case Format::Csv:
    case Format::Xlsx:
        return true;
    case Format::VCard:
        return entity == QLatin1String("contact");
    case Format::ICalendar:
        return entity == QLatin1String("task") || entity == QLatin1String("interaction");
    }
    return false;
}

QString ListExporter::describeFilter(const ListSpec& spec, const ListState& state)
{
    QStringList parts;
    if (!state.searchText.trimmed().isEmpty())
        parts << QStringLiteral("search=") + state.searchText.trimmed();
    for (auto it = state.filters.cbegin(); it != state.filters.cend(); ++it) {
        const QVariant& v = it.value();
        parts << it.key() + QLatin1Char('=') +
                     (v.metaType().id() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString());
    }
    const int sortColumn =
        state.sortColumn >= 0 && state.sortColumn < spec.columns.size() ? state.sortColumn : spec.defaultSortColumn;
    if (sortColumn >= 0 && sortColumn < spec.columns.size())
        parts << QStringLiteral("sort=") + spec.columns.at(sortColumn).key +
                     (state.sortOrder == Qt::DescendingOrder ? QStringLiteral(" desc") : QStringLiteral(" asc"));
    return parts.join(QStringLiteral("; "));
}

bool ListExporter::progressed(qint64 rows, Result* result)
{
    if (!m_progress || rows % m_progressEvery != 0)
        return true;
    if (m_progress(rows))
        return true;
    result->cancelled = true;
    result->error = tr("The export was cancelled.");
    return false;
}

ListExporter::Result ListExporter::run(const Request& request)
{
    Result result;
    // With the entity's custom fields: an export holds them as the list does (AttributeColumns).
    const ListSpec spec = AttributeColumns::extended(m_db, ListSpec::forEntity(request.entity));
    if (spec.entity.isEmpty()) {
        result.error = tr("There is no list of \"%1\" to export.").arg(request.entity);
        return result;
    }
    if (!supports(request.entity, request.format)) {
        result.error = tr("The %1 list cannot be exported as %2.")
                           .arg(listTitle(request.entity), formatName(request.format).toUpper());
        return result;
    }
    const QFileInfo destination(request.fileName);
    if (request.fileName.isEmpty() || destination.isDir()) {
        result.error = tr("Choose a file to export to.");
        return result;
    }
    const QString target = destination.absoluteFilePath();
    // Never over the open database or its journal: that would destroy it.
    if (SqliteFiles::isOpenDatabaseFile(target)) {
        result.error = tr("%1 is an open DeskCRM database; choose another file.").arg(QDir::toNativeSeparators(target));
        return result;
    }

    // Columns in the list's order; keys the spec does not know are skipped.
    QVector<int> columns;
    for (const QString& key : request.columns) {
        const int index = spec.columnIndex(key);
        if (index >= 0 && !columns.contains(index))
            columns << index;
    }
    if (columns.isEmpty())
        for (int c = 0; c < spec.columns.size(); ++c)
            columns << c;

    // Written beside the destination and moved over it once complete and logged: a cancelled or failed export
    // leaves neither half a file nor an older file damaged.
    QTemporaryFile part(destination.absolutePath() + QLatin1String("/.") + destination.fileName() +
                        QLatin1String(".XXXXXX.part"));
    if (!part.open()) {
        result.error =
            tr("Cannot write in %1: %2").arg(QDir::toNativeSeparators(destination.absolutePath()), part.errorString());
        return result;
    }
    const QString path = part.fileName();
    part.close(); // each format writes the file by its name

    bool written = false;
    switch (request.format) {
    case Format::Csv:
    case Format::Xlsx: {
        const auto query = ListQuery::build(m_db, spec, request.state);
        written = writeTable(spec, *query, columns, request, path, &result);
        break;
    }
    case Format::ICalendar:
        written = writeCalendar(spec, request, path, &result);
        break;
    case Format::VCard:
        written = writeVCard(spec, request, path, &result);
        break;
    }
    if (!written)
        return result; // the temporary file goes with `part`
    QFile::setPermissions(path, savedPermissions(target));

    // The log row and the file's arrival are one act: the row is committed only once the file is in place, and
    // the file is taken away again if the commit fails.
    bool moved = false;
    QString moveError;
    const WriteResult logged = RecordWriter::transact(m_db, [&](RecordWriter& writer) {
        QVariantHash row;
        row.insert(QStringLiteral("user_id"), m_db.currentUserId().isEmpty() ? QVariant() : m_db.currentUserId());
        row.insert(QStringLiteral("exported_at"), m_db.clock().nowUtc());
        row.insert(QStringLiteral("entity"), spec.entity);
        row.insert(QStringLiteral("format"), formatName(request.format));
        row.insert(QStringLiteral("row_count"), result.rows);
        row.insert(QStringLiteral("filter"), describeFilter(spec, request.state));
        row.insert(QStringLiteral("destination"), target);
        WriteResult inserted = writer.insert(QStringLiteral("export_log"), row);
        if (!inserted.ok())
            return inserted;
        if (!moved) {
            if (!moveInto(path, target, &moveError))
                return WriteResult::failure(WriteResult::Failed, moveError);
            moved = true;
        }
        return inserted;
    });
    if (!logged.ok()) {
        if (moved)
            QFile::remove(target);
        result.error = moved || moveError.isEmpty()
                           ? tr("The export was not made because it could not be recorded: %1").arg(logged.message)
                           : moveError;
        return result;
    }
    part.setAutoRemove(false); // it is the destination now
    result.ok = true;
    result.logId = logged.id;
    return result;
}

bool ListExporter::writeTable(const ListSpec& spec, const ListQuery& query, const QVector<int>& columns,
                              const Request& request, const QString& path, Result* result)
{
    const bool xlsx = request.format == Format::Xlsx;
    QStringList headers;
    for (const int c : columns) {
        headers << spec.headerText(c);
        // CSV has no number formats: the amount is a plain number and its currency a column of its own.
        if (!xlsx && spec.columns.at(c).kind == Kind::Money)
            headers << tr("Currency");
    }

    QFile file;
    std::unique_ptr<CsvWriter> csv;
    std::unique_ptr<XlsxSheetWriter> sheet;
    if (xlsx) {
        sheet = std::make_unique<XlsxSheetWriter>(path, listTitle(spec.entity));
        if (!sheet->writeHeader(headers)) {
            result->error = sheet->error();
            return false;
        }
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            result->error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        csv = std::make_unique<CsvWriter>(&file, request.encoding);
        if (!csv->isValid() || !csv->writeRecord(headers)) {
            result->error = csv->error();
            return false;
        }
    }

    QString failure;
    QStringList fields;
    const bool read = query.forEachRow(
        m_db, m_pageRows,
        [&](const QVector<QVariant>& row) {
            fields.clear();
            for (int i = 0; i < columns.size(); ++i) {
                const int c = columns.at(i);
                const ListColumn& column = spec.columns.at(c);
                const QVariant value = row.value(query.valueIndex.at(c));
                const int ci = query.currencyIndex.at(c);
                const QString currency = ci >= 0 ? row.value(ci).toString() : QString();
                if (xlsx) {
                    if (value.isNull())
                        continue;
                    bool ok = true;
                    switch (column.kind) {
                    case Kind::Number:
                        ok = column.form == ListColumn::Form::Decimal
                                 ? sheet->writeText(i, QString::number(value.toDouble(), 'g', 15))
                                 : sheet->writeInteger(i, value.toLongLong());
                        break;
                    case Kind::Money:
                        ok = sheet->writeMoney(i, value.toLongLong(), currency);
                        break;
                    case Kind::Date:
                        ok = sheet->writeDate(i, SqlValues::toDate(value));
                        break;
                    case Kind::DateTime:
                        ok = sheet->writeDateTime(i, SqlValues::toDateTime(value).toLocalTime());
                        break;
                    case Kind::Text:
                    case Kind::Lookup:
                    case Kind::Choice:
                        ok = sheet->writeText(i, column.labelText(value)); // a string cell: never a formula
                        break;
                    }
                    if (!ok) {
                        failure = sheet->error();
                        return false;
                    }
                    continue;
                }
                switch (column.kind) {
                case Kind::Number:
                    fields << (value.isNull()                             ? QString()
                               : column.form == ListColumn::Form::Decimal ? QString::number(value.toDouble(), 'g', 15)
                                                                          : QString::number(value.toLongLong()));
                    break;
                case Kind::Money:
                    fields << (value.isNull() ? QString() : Money::plainText(value.toLongLong(), currency))
                           << (value.isNull() ? QString() : currency);
                    break;
                case Kind::Date:
                    fields << SqlValues::toDate(value).toString(Qt::ISODate);
                    break;
                case Kind::DateTime:
                    fields << SqlValues::toDateTime(value).toLocalTime().toString(
                        QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                    break;
                case Kind::Text:
                case Kind::Lookup:
                case Kind::Choice:
                    fields << (value.isNull() ? QString() : CsvWriter::neutralised(column.labelText(value)));
                    break;
                }
            }
            if (xlsx ? !sheet->nextRow() : !csv->writeRecord(fields)) {
                failure = xlsx ? sheet->error() : csv->error();
                return false;
            }
            ++result->rows;
            return progressed(result->rows, result);
        },
        &failure);
    if (!read || !failure.isEmpty() || result->cancelled) {
        if (!result->cancelled)
            result->error = failure;
        return false;
    }
    if (xlsx) {
        if (!sheet->close()) {
            result->error = sheet->error();
            return false;
        }
        return true;
    }
    if (!file.flush()) {
        result->error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.close();
    return true;
}

bool ListExporter::writeCalendar(const ListSpec& spec, const Request& request, const QString& path, Result* result)
{
    const bool tasks = spec.entity == QLatin1String("task");
    // The list's own query with the fields a calendar entry needs besides the list's columns; the follow-up
    // list exports only interactions that plan a next follow-up.
    const QString a = spec.alias + QLatin1Char('.');
    const QStringList extras = tasks ? QStringList{a + QStringLiteral("notes"), a + QStringLiteral("reminder_at"),
                                                   a + QStringLiteral("completed_at"), a + QStringLiteral("updated_at")}
                                     : QStringList{a + QStringLiteral("content"), a + QStringLiteral("result"),
                                                   a + QStringLiteral("updated_at")};
    const QStringList conditions =
        tasks ? QStringList{} : QStringList{a + QStringLiteral("next_follow_up IS NOT NULL")};
    const auto query = ListQuery::build(m_db, spec, request.state, extras, conditions);
    auto valueOf = [&](const QVector<QVariant>& row, const char* key) {
        const int c = spec.columnIndex(QLatin1String(key));
        return c >= 0 ? row.value(query->valueIndex.at(c)) : QVariant();
    };
    auto extra = [&](const QVector<QVariant>& row, int i) { return row.value(query->extraIndex.at(i)); };

    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        result->error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    ICalendarWriter calendar(&file, m_db.clock().nowUtc());
    if (!calendar.begin()) {
        result->error = calendar.error();
        return false;
    }
    QString failure;
    const bool read = query->forEachRow(
        m_db, m_pageRows,
        [&](const QVector<QVariant>& row) {
            bool ok = false;
            const QString customer = valueOf(row, "customer").toString();
            if (tasks) {
                ICalendarWriter::Todo todo;
                todo.uid = row.value(0).toString();
                todo.summary = valueOf(row, "title").toString();
                QString description = extra(row, 0).toString();
                if (!customer.isEmpty())
                    description = description.isEmpty()
                                      ? tr("Customer: %1").arg(customer)
                                      : tr("Customer: %1").arg(customer) + QLatin1Char('\n') + description;
                todo.description = description;
                todo.due = SqlValues::toDate(valueOf(row, "due"));
                todo.priority = valueOf(row, "priority").toInt();
                todo.status = valueOf(row, "status").toString();
                todo.reminderUtc = SqlValues::toDateTime(extra(row, 1));
                todo.completedUtc = SqlValues::toDateTime(extra(row, 2));
                todo.lastModifiedUtc = SqlValues::toDateTime(extra(row, 3));
                ok = calendar.writeTodo(todo);
            } else {
                ICalendarWriter::Event event;
                event.uid = row.value(0).toString();
                const QString subject = valueOf(row, "subject").toString();
                event.summary = customer.isEmpty() ? tr("Follow up: %1").arg(subject)
                                                   : tr("Follow up with %1: %2").arg(customer, subject);
                QStringList description;
                if (!extra(row, 0).toString().isEmpty())
                    description << extra(row, 0).toString();
                if (!extra(row, 1).toString().isEmpty())
                    description << tr("Result: %1").arg(extra(row, 1).toString());
                event.description = description.join(QLatin1Char('\n'));
                event.day = SqlValues::toDate(valueOf(row, "next"));
                event.lastModifiedUtc = SqlValues::toDateTime(extra(row, 2));
                ok = calendar.writeEvent(event);
            }
            if (!ok) {
                failure = calendar.error();
                return false;
            }
            ++result->rows;
            return progressed(result->rows, result);
        },
        &failure);
    if (!read || !failure.isEmpty() || result->cancelled) {
        if (!result->cancelled)
            result->error = failure;
        return false;
    }
    if (!calendar.end() || !file.flush()) {
        result->error = calendar.error().isEmpty() ? file.errorString() : calendar.error();
        return false;
    }
    file.close();
    return true;
}

bool ListExporter::vCardAvailable()
{
    return true;
}

bool ListExporter::writeVCard(const ListSpec& spec, const Request& request, const QString& path, Result* result)
{
    // The list's own query picks the contacts (its filters and search); ContactCardExport writes them, one card
    // at a time. Only the ids are held: a few megabytes for the largest address book.
    const auto query = ListQuery::build(m_db, spec, request.state);
    ContactCardExport::Options options;
    QString failure;
    const bool read = query->forEachRow(
        m_db, m_pageRows,
        [&](const QVector<QVariant>& row) {
            options.ids << row.value(0).toString();
            return true;
        },
        &failure);
    if (!read || !failure.isEmpty()) {
        result->error = failure;
        return false;
    }
    if (options.ids.isEmpty()) {
        // No contact passes the list's filters: an empty address book, not every contact.
        QFile empty(path);
        if (!empty.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            result->error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), empty.errorString());
            return false;
        }
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        result->error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const qint64 written = ContactCardExport::write(m_db, options, file, &failure);
    if (written < 0 || !file.flush()) {
        result->error = failure.isEmpty() ? file.errorString() : failure;
        return false;
    }
    result->rows = written;
    if (!progressed(result->rows, result))
        return false;
    file.close();
    return true;
}

#include "ImportFormats.h"

#include "VCardRowSource.h"
#include "XlsxReader.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {
std::unique_ptr<RowSource> openCsv(const QString& path, const ImportReadOptions& options, QString* error)
{
    auto reader = std::make_unique<CsvReader>(path, options.text);
    if (!reader->open()) {
        if (error)
            *error = reader->error();
        return nullptr;
    }
    return reader;
}
// The first lines of a text file decoded in the chosen encoding (else the detected one), however broken.
void readRawLines(const QString& path, const CsvOptions& options, int rows, ImportSample* sample)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = file.read(TextDecoding::kSampleSize);
    sample->detected = TextDecoding::detect(bytes);
    sample->encoding = options.encoding.isEmpty() ? sample->detected.name : options.encoding;
    QStringDecoder decoder(sample->encoding.toLatin1().constData());
    if (!decoder.isValid())
        return;
    const QString text = decoder.decode(bytes.mid(TextDecoding::bomLength(bytes, sample->encoding)));
    QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the end of the last line
    for (const QString& line : std::as_const(lines)) {
        if (sample->rawLines.size() > rows)
            break;
        sample->rawLines << line;
        sample->decodingErrors += line.count(QChar::ReplacementCharacter);
    }
}
} // namespace

namespace ImportFormats {

const QList<ImportFormat>& all()
{
    static const QList<ImportFormat> formats = [] {
        QList<ImportFormat> list;
        ImportFormat csv;
        csv.id = QStringLiteral("csv");
        csv.label = QT_TRANSLATE_NOOP("ImportFormats", "CSV and text files");
        csv.suffixes = QStringList{QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt")};
        csv.textOptions = true;
        csv.open = openCsv;
        csv.describe = [](const RowSource& source) {
            const auto& reader = static_cast<const CsvReader&>(source);
            const QChar delimiter = reader.delimiter();
            return QCoreApplication::translate("ImportFormats", "%1, fields separated by \"%2\"")
                .arg(reader.encoding(), delimiter == QLatin1Char('\t') ? QStringLiteral("\\t") : QString(delimiter));
        };
        list << csv;
        ImportFormat xlsx;
        xlsx.id = QStringLiteral("xlsx");
        xlsx.label = QT_TRANSLATE_NOOP("ImportFormats", "Excel workbooks");
        xlsx.suffixes = QStringList{QStringLiteral("xlsx"), QStringLiteral("xlsm")};
        xlsx.open = [](const QString& path, const ImportReadOptions& options,
                       QString* error) -> std::unique_ptr<RowSource> {
            // Typed cells (dates, numbers) arrive as they are.
            auto workbook = std::make_unique<XlsxReader>(path);
            bool number = false;
            const int index = options.sheet.toInt(&number);
            if (!(number ? workbook->open(index - 1) : workbook->open(options.sheet))) {
                *error = workbook->error();
                return nullptr;
            }
            return workbook;
        };
        xlsx.describe = [](const RowSource& source) {
            return QCoreApplication::translate("ImportFormats", "sheet “%1”")
                .arg(static_cast<const XlsxReader&>(source).sheetName());
        };
        list << xlsx;
        ImportFormat vcard;
        vcard.id = QStringLiteral("vcf");
        vcard.label = QT_TRANSLATE_NOOP("ImportFormats", "Address books (vCard)");
        vcard.suffixes = QStringList{QStringLiteral("vcf"), QStringLiteral("vcard")};
        vcard.open = [](const QString& path, const ImportReadOptions& options,
                        QString* error) -> std::unique_ptr<RowSource> {
            auto cards =
                std::make_unique<VCardRowSource>(path, TextDecoding::canonicalName(options.text.encoding).toLatin1());
            if (!cards->error().isEmpty()) {
                *error = cards->error();
                return nullptr;
            }
            return cards;
        };
        vcard.entity = QStringLiteral("contacts");
        vcard.columns = VCardRowSource::importColumns();
        vcard.key = QStringLiteral("external_id"); // the card's UID
        vcard.describe = [](const RowSource&) { return QCoreApplication::translate("ImportFormats", "vCard"); };
        list << vcard;
        return list;
    }();
    return formats;
}

const ImportFormat& forFile(const QString& path)
{
    // An address book is known by its first line too: phones and mail programs save them as .txt or nameless.
    const QString suffix =
        VCardRowSource::isVCardFile(path) ? QStringLiteral("vcf") : QFileInfo(path).suffix().toLower();
    for (const ImportFormat& format : all()) {
        if (format.suffixes.contains(suffix))
            return format;
    }
    return all().first();
}

QString fileFilter()
{
    QStringList everything;
    QStringList entries;
    for (const ImportFormat& format : all()) {
        QStringList patterns;
        for (const QString& suffix : format.suffixes)
            patterns << QStringLiteral("*.") + suffix;
        everything << patterns;
        entries << QStringLiteral("%1 (%2)").arg(format.displayName(), patterns.join(QLatin1Char(' ')));
    }
    return QCoreApplication::translate("ImportFormats", "Files DeskCRM can import (%1)")
               .arg(everything.join(QLatin1Char(' '))) +
           QStringLiteral(";;") + entries.join(QStringLiteral(";;")) + QStringLiteral(";;") +
           QCoreApplication::translate("ImportFormats", "All files (*)");
}

std::unique_ptr<RowSource> open(const QString& path, const ImportReadOptions& options, QString* error)
{
    return forFile(path).open(path, options, error);
}

ImportSample sample(const QString& path, const CsvOptions& options, int rows)
{
    ImportSample sample;
    sample.format = &forFile(path);
    sample.size = QFileInfo(path).size();
    sample.header = options.header;
    auto source = sample.format->open(path, options, &sample.error);
    if (!source) {
        if (sample.format->textOptions)
            readRawLines(path, options, rows, &sample);
        return sample;
    }
    sample.headers = source->headers();
    if (const auto* csv = dynamic_cast<const CsvReader*>(source.get())) {
        sample.detected = csv->detected();
        sample.encoding = csv->encoding();
        sample.delimiter = csv->delimiter();
    }
    SourceRow row;
    while (sample.rows.size() < rows && source->next(&row))
        sample.rows << row;
    if (sample.rows.size() < rows && !source->error().isEmpty())
        sample.error = source->error();
    for (const SourceRow& read : std::as_const(sample.rows)) {
        for (const QVariant& cell : read.cells) {
            if (cell.typeId() == QMetaType::QString)
                sample.decodingErrors += cell.toString().count(QChar::ReplacementCharacter);
        }
    }
    for (const QString& name : std::as_const(sample.headers))
        sample.decodingErrors += name.count(QChar::ReplacementCharacter);
    return sample;
}

} // namespace ImportFormats

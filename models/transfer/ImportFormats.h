#pragma once

#include "CsvReader.h"
#include "RowSource.h"
#include "TextDecoding.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

// How to read a file of any format: the text options of delimited files, the sheet of a workbook. Formats use what
// applies to them.
struct ImportReadOptions
{
    ImportReadOptions(const CsvOptions& textOptions = {}, const QString& sheetName = {})
        : text(textOptions), sheet(sheetName)
    {
    }
    CsvOptions text;
    QString sheet; // a workbook's sheet: its name or its number from 1; empty: the first
};

// One kind of file an import reads: which file names it takes and how it becomes a RowSource. The wizard and the
// CLI ask ImportFormats for the format of a file instead of naming a reader, so a new reader is one entry in
// ImportFormats::all().
struct ImportFormat
{
    using Opener = std::function<std::unique_ptr<RowSource>(const QString& path, const ImportReadOptions& options,
                                                            QString* error)>;

    QString id;               // "csv"
    const char* label = "";   // "CSV files", translated in the context "ImportFormats"
    QStringList suffixes;     // lower case, without the dot: "csv", "tsv", "txt"
    bool textOptions = false; // read as delimited text: the encoding, delimiter and header row can be chosen
    // Opens the file and reads its header (options are used by text formats only); nullptr and *error when it
    // cannot be read. A text format's source is a CsvReader (CsvReader::detected() says what was detected).
    Opener open;
    // A format that holds one kind of record only (an address book holds contacts): that entity; empty: any.
    QString entity;
    // A format whose columns are fixed (vCard): the mapping used when the user gives none, and the key a re-import
    // matches on unless told otherwise.
    QMap<QString, QString> columns;
    QString key;
    // What the import read, in words, for the log: "UTF-8, fields separated by ","", "sheet “Deals”".
    std::function<QString(const RowSource&)> describe;

    QString displayName() const { return QCoreApplication::translate("ImportFormats", label); }
};

// The first records of a file as the import wizard shows them: decoded with the chosen (or detected) options.
struct ImportSample
{
    QString error; // why the file cannot be read; empty when it can
    const ImportFormat* format = nullptr;
    QStringList headers;
    QList<SourceRow> rows;
    // Text formats: what detection found, and what the sample was read with.
    TextEncodingGuess detected;
    QString encoding;
    QChar delimiter;
    bool header = true;
    qint64 decodingErrors = 0; // characters the encoding could not decode in the rows read (shown as U+FFFD)
    qint64 size = 0;           // bytes in the file
    // A text file that cannot be read as records with these options (error set): its first lines decoded as they
    // are, so the user sees what the encoding makes of them (mojibake, replacement characters) and can switch.
    QStringList rawLines;

    bool ok() const { return error.isEmpty(); }
};

namespace ImportFormats {
// Every format an import reads, CSV first.
const QList<ImportFormat>& all();
// The format of a file by its name's suffix, an address book also by its first line; delimited text (CSV) for
// files no format claims.
const ImportFormat& forFile(const QString& path);
// A file dialog filter: all importable files, then one entry per format, then all files.
QString fileFilter();
// Opens path in its format.
std::unique_ptr<RowSource> open(const QString& path, const ImportReadOptions& options, QString* error);
// The header and the first `rows` records of path, read in its format with options (what options leave empty
// is detected). Reads at most those records, so it is quick on any file.
ImportSample sample(const QString& path, const CsvOptions& options, int rows);
} // namespace ImportFormats

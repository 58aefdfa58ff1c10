#pragma once

#include "RowSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QXmlStreamReader>

// An Excel workbook (.xlsx, Office Open XML) read as rows: the first sheet, or one chosen by name or index. The
// zip is opened with minizip through the QIODevice, the parts streamed with QXmlStreamReader: the workbook and its
// relationships, the shared strings (held, as every reader must), the styles (which number formats are dates) and
// the sheet itself, whose rows are read one at a time as next() asks — a sheet of a million rows is never built
// in memory.
//
// Cells are typed: numbers as double, booleans as bool, text as QString, and numbers whose format is a date
// (built-in formats 14–22, 45–47 and the East Asian 27–36, 50–58, or a custom format with date tokens such as
// yyyy/mm/dd or yyyy"年"m"月"d"日") as QDate, QDateTime (local time) or, for a time of day alone, QTime — in the
// workbook's 1900 or 1904 date system. A missing cell (C7 after A7) is a null QVariant. A cell holding an error
// (#DIV/0!, #N/A) makes its row's problem. The header is the first row that is not empty; empty rows are skipped;
// a row's line is its row number in the sheet.
class XlsxReader : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    explicit XlsxReader(const QString& fileName);
    // device: open for reading and seekable (a QBuffer, a QFile); not owned.
    explicit XlsxReader(QIODevice* device);
    ~XlsxReader() override;
    Q_DISABLE_COPY(XlsxReader)

    // Opens the workbook and the sheet named `sheet` (empty: the first visible one) and reads its header row.
    // False with error() for a file that is not a workbook, a damaged one or a sheet it does not have.
    bool open(const QString& sheet = QString());
    bool open(int sheetIndex);
    // The workbook's sheets, in the order Excel shows their tabs (after open(), even a failed one when the
    // workbook itself could be read).
    QStringList sheetNames() const;
    QString sheetName() const { return m_sheetName; }

    QStringList headers() const override { return m_headers; }
    bool next(SourceRow* row) override;
    QString error() const override { return m_error; }
    bool rewind() override;
    qint64 position() const override { return m_fed; }
    qint64 size() const override { return m_sheetSize; }

private:
    enum class DateKind { None, Date, DateTime, Time };
    struct Sheet
    {
        QString name;
        QString path;
        bool hidden = false;
    };
    struct RawRow
    {
        qint64 number = 0;
        QVariantList cells;
        QString problem;
    };

    bool openWorkbook();
    bool openSheet(int index);
    bool openEntry(const QString& path, qint64* size = nullptr);
    bool feed(QXmlStreamReader* xml);
    bool closeEntry();
    bool readWholeEntry(const QString& path, QXmlStreamReader* xml, bool optional);
    bool readRow(RawRow* row);
    QVariant cellValue(const QString& type, int style, const QString& text, const QString& ref, QString* problem) const;
    QVariant fromSerial(double serial, DateKind kind) const;
    static DateKind formatKind(int id, const QString& code);
    void damaged(const QString& part, const QString& why);
    void closeZip();

    QFile m_file;
    QIODevice* m_device = nullptr;
    void* m_zip = nullptr; // unzFile
    bool m_entryOpen = false;
    QString m_error;

    QList<Sheet> m_sheets;
    QStringList m_sharedStrings;
    QList<DateKind> m_styleKinds; // per cellXfs index
    bool m_date1904 = false;
    bool m_workbookRead = false;

    int m_sheetIndex = -1;
    QString m_sheetName;
    QString m_sheetPath;
    QXmlStreamReader m_xml;
    qint64 m_fed = 0;
    qint64 m_sheetSize = 0;
    qint64 m_lastRow = 0;
    bool m_sheetDone = false;
    QStringList m_headers;
    qint64 m_headerRow = 0;
};

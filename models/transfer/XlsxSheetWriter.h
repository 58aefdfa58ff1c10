#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

// One worksheet of an .xlsx file written through libxlsxwriter in its constant-memory mode: rows go to disk as
// they are written (in order, one at a time), so a million rows cost no more memory than ten. A bold header row
// that stays in view (frozen) with an autofilter over the data, typed cells (dates as dates with a date format,
// money as numbers with the currency's number format) and column widths fitted to what the first rows hold.
// Text is always written as a string, never as a formula, so nothing in a cell runs when the file is opened.
class XlsxSheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetWriter)

public:
    // Excel's limit: 1,048,576 rows including the header.
    static constexpr qint64 kMaxRows = 1048576;
    static constexpr int kMaxTextLength = 32767; // characters a cell holds; longer text is cut

    XlsxSheetWriter(const QString& fileName, const QString& sheetName);
    ~XlsxSheetWriter(); // closes the workbook if close() was not called (the file is then the caller's to remove)
    Q_DISABLE_COPY(XlsxSheetWriter)

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // Row 0: the headers in bold, frozen above the data.
    bool writeHeader(const QStringList& headers);
    // The cells of the next data row; a column not written stays empty. Then nextRow().
    bool writeText(int column, const QString& text);
    bool writeInteger(int column, qint64 value);
    bool writeMoney(int column, qint64 minor, const QString& currency);
    bool writeDate(int column, const QDate& date);
    bool writeDateTime(int column, const QDateTime& local); // shown as given (the caller's local time)
    bool nextRow();
    qint64 dataRows() const { return m_row - 1; }

    // Column widths, the autofilter, then the file is finished. False with error() when it cannot be written.
    bool close();

    // The Excel number format money of `currency` is shown with ("[$¥-804]#,##0.00", "[$JPY] #,##0").
    static QString moneyFormat(const QString& currency);

private:
    lxw_format* numberFormat(const QString& format);
    bool check(int status);
    bool rowFits(); // false (with the message) once the rows pass Excel's limit
    void measure(int column, const QString& shown);

    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_bold = nullptr;
    QHash<QString, lxw_format*> m_formats;
    QVector<double> m_widths; // characters, measured over the first rows
    int m_columns = 0;
    qint64 m_row = 0; // the row being written
    bool m_closed = false;
    QString m_error;
    QString m_fileName;
};

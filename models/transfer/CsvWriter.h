#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringConverter>
#include <QStringList>

#include <optional>

class QIODevice;

// Writes CSV as RFC 4180 says and spreadsheet programs read it: fields quoted when they hold a comma, a
// quote or a line break (quotes doubled), CRLF after every record, UTF-8 with a byte order mark (so Excel
// takes it for UTF-8, Chinese included) or another encoding on request (GB18030, what Excel on Chinese
// Windows reads without one). Text that a spreadsheet would run as a formula is neutralised (neutralised()).
// Streams: nothing but the current record is held.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    // encoding: empty or "utf-8" = UTF-8 with BOM; otherwise a name QStringEncoder knows ("GB18030", "UTF-16LE" …),
    // written without a BOM except for UTF-16. Check isValid() before writing.
    CsvWriter(QIODevice* device, const QString& encoding = QString());
    Q_DISABLE_COPY(CsvWriter)

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // One record. Each field is written as given: call neutralised() on text from users first.
    bool writeRecord(const QStringList& fields);

    // A field as RFC 4180 writes it (quoted only when it must be).
    static QString quoted(const QString& field);
    // Text from a record, made safe for a spreadsheet: a cell beginning with =, +, -, @, a tab or a carriage
    // return is a formula to Excel and LibreOffice (CSV injection), so it gets a leading apostrophe, which they
    // show as text. A plain number ("-2", "+86138…", "3.5") is left alone: it cannot run anything.
    static QString neutralised(const QString& text);
    // True when text would be run as a formula (what neutralised() changes).
    static bool isFormulaLike(const QString& text);

private:
    bool write(const QString& text);

    QIODevice* m_device;
    std::optional<QStringEncoder> m_encoder;
    QString m_error;
    QString m_line;
};

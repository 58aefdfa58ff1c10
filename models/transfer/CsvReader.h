#pragma once

#include "RowSource.h"
#include "TextDecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <memory>

class QIODevice;

// How CsvReader reads a file (CsvReader::Options).
struct CsvOptions
{
    QString encoding;               // a QStringDecoder name (TextDecoding::canonicalName); empty: detected
    QChar delimiter;                // ',', ';' or '\t'; null: detected
    bool header = true;             // the first record names the columns
    qsizetype fieldLimit = 1 << 20; // characters; a longer field makes its record a problem
};

// A CSV file as a RowSource (RFC 4180): quoted fields with delimiters, doubled quotes and line breaks, CRLF or LF
// (or CR) line ends, comma, semicolon or tab between fields (detected from the first lines unless given), a header
// row or none. The file is decoded in chunks through QStringDecoder in the detected or chosen encoding and parsed
// as it streams: only the record being read is held, whatever the file's size.
//
// What is wrong is said, never guessed: a record whose field count differs from the header's, a field longer than
// the limit, NUL bytes or undecodable bytes in a record make that record's SourceRow::problem (the rest of the file
// reads on); a quote still open at the end of the file, a file that is binary from its first bytes or a read
// error stop reading with error() naming the line.
class CsvReader : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    using Options = CsvOptions;

    // Reads the file at path.
    explicit CsvReader(const QString& path, Options options = {});
    // Reads an open, seekable device the caller keeps alive (a QBuffer in tests and the fuzzer).
    explicit CsvReader(QIODevice* device, Options options = {});
    ~CsvReader() override;
    Q_DISABLE_COPY(CsvReader)

    // Detects what was not given and reads the header row; false with error() when the file cannot be read
    // as text. Must be called before next().
    bool open();

    // What detection found on the first TextDecoding::kSampleSize bytes (also when an encoding was given).
    const TextEncodingGuess& detected() const { return m_guess; }
    QString encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    // Characters the encoding could not decode so far (each became U+FFFD).
    qint64 decodingErrors() const { return m_decodingErrors; }

    QStringList headers() const override { return m_headers; }
    bool next(SourceRow* row) override;
    QString error() const override { return m_error; }
    bool rewind() override;
    qint64 position() const override;
    qint64 size() const override;

    // The delimiter of decoded CSV text: the candidate (',', ';', '\t') that splits the most of its first lines
    // into the same number of fields; ',' when none does.
    static QChar detectDelimiter(const QString& text);

private:
    bool fill();
    bool atEnd();
    // One record into fields; false at the end of the data or on a fatal error (m_error).
    bool readRecord(QStringList* fields, qint64* line, QString* problem);
    void appendToField(QString* field, QStringView text, bool* tooLong) const;
    bool restart();

    std::unique_ptr<QIODevice> m_owned;
    QIODevice* m_device = nullptr;
    Options m_options;
    TextEncodingGuess m_guess;
    QString m_encoding;
    QChar m_delimiter;
    int m_bom = 0;
    QStringDecoder m_decoder;
    QByteArray m_bytes; // read buffer, reused
    QString m_buffer;   // decoded text of the current chunk
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_line = 1;
    qint64 m_decodingErrors = 0;
    QStringList m_headers;
    qsizetype m_columns = -1;   // fields a record must have (the header's count, else the first record's)
    bool m_havePending = false; // without a header: the first record, read by open() to count the columns
    SourceRow m_pending;
    QString m_error;
    bool m_opened = false;
};

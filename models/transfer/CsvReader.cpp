#include "CsvReader.h"

#include <QFile>
#include <QLocale>

#include <algorithm>

namespace {
// Bytes decoded per chunk: large enough that a read and a decoder call per chunk cost nothing next to parsing.
constexpr qint64 kChunk = 256 * 1024;
const QChar kQuote = QLatin1Char('"');
const QChar kCr = QLatin1Char('\r');
const QChar kLf = QLatin1Char('\n');
} // namespace

CsvReader::CsvReader(const QString& path, Options options)
    : m_owned(std::make_unique<QFile>(path)), m_device(m_owned.get()), m_options(std::move(options))
{
}

CsvReader::CsvReader(QIODevice* device, Options options) : m_device(device), m_options(std::move(options)) {}

CsvReader::~CsvReader() = default;

QChar CsvReader::detectDelimiter(const QString& text)
{
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    QChar best = candidates[0];
    int bestLines = 0;
    for (const QChar candidate : candidates) {
        // Fields per line outside quotes, for the first complete lines.
        QList<int> counts;
        int count = 0;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size() && counts.size() < 50; ++i) {
            const QChar c = text.at(i);
            if (c == kQuote)
                quoted = !quoted;
            else if (!quoted && c == candidate)
                ++count;
            else if (!quoted && c == kLf) {
                counts << count;
                count = 0;
            }
        }
        if (counts.isEmpty())
            counts << count; // a single line without its end
        if (counts.first() == 0)
            continue;
        const int lines = int(std::count(counts.cbegin(), counts.cend(), counts.first()));
        if (lines > bestLines) {
            bestLines = lines;
            best = candidate;
        }
    }
    return best;
}

bool CsvReader::open()
{
    m_error.clear();
    if (!m_device->isOpen() && !m_device->open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot open the file: %1").arg(m_device->errorString());
        return false;
    }
    if (m_device->isSequential()) {
        m_error = tr("The file cannot be read twice (it is not a regular file).");
        return false;
    }
    m_device->seek(0);
    const QByteArray sample = m_device->read(TextDecoding::kSampleSize);
    m_guess = TextDecoding::detect(sample);
    m_encoding = m_guess.name;
    if (!m_options.encoding.isEmpty()) {
        m_encoding = TextDecoding::canonicalName(m_options.encoding);
        if (m_encoding.isEmpty()) {
            m_error = tr("Unknown text encoding \"%1\".").arg(m_options.encoding);
            return false;
        }
    }
    if (m_guess.binary && !m_encoding.startsWith(QLatin1String("UTF-16"))) {
        m_error = tr("This is not a text file: its first bytes contain binary data (NUL bytes).");
        return false;
    }
    m_bom = TextDecoding::bomLength(sample, m_encoding);
    m_delimiter = m_options.delimiter;
    if (m_delimiter.isNull()) {
        QStringDecoder decoder(m_encoding.toLatin1().constData());
        m_delimiter = detectDelimiter(decoder.decode(sample.mid(m_bom)));
    }
    if (m_delimiter == kQuote || m_delimiter == kCr || m_delimiter == kLf) {
        m_error = tr("A quote or a line break cannot separate fields.");
        return false;
    }
    m_opened = true;
    return restart();
}

bool CsvReader::restart()
{
    m_error.clear();
    if (!m_device->seek(m_bom)) {
        m_error = tr("Cannot read the file: %1").arg(m_device->errorString());
        return false;
    }
    m_decoder = QStringDecoder(m_encoding.toLatin1().constData());
    if (!m_decoder.isValid()) {
        m_error = tr("Unknown text encoding \"%1\".").arg(m_encoding);
        return false;
    }
    m_buffer.clear();
    m_pos = 0;
    m_eof = false;
    m_line = 1;
    m_decodingErrors = 0;
    m_havePending = false;
    m_headers.clear();
    m_columns = -1;

    QStringList fields;
    qint64 line = 0;
    QString problem;
    if (!readRecord(&fields, &line, &problem))
        return m_error.isEmpty(); // an empty file: no headers, no rows
    if (m_options.header) {
        if (!problem.isEmpty()) {
            m_error = tr("The header row cannot be read: %1").arg(problem);
            return false;
        }
        for (int i = 0; i < fields.size(); ++i) {
            QString name = fields.at(i).trimmed();
            if (i == 0 && name.startsWith(QChar(0xFEFF)))
                name.remove(0, 1);
            m_headers << (name.isEmpty() ? tr("Column %1").arg(i + 1) : name);
        }
    } else {
        for (int i = 0; i < fields.size(); ++i)
            m_headers << tr("Column %1").arg(i + 1);
        m_pending.cells.clear();
        for (const QString& field : std::as_const(fields))
            m_pending.cells << field;
        m_pending.line = line;
        m_pending.problem = problem;
        m_havePending = true;
    }
    m_columns = fields.size();
    return true;
}

bool CsvReader::rewind()
{
    if (!m_opened)
        return open();
    return restart();
}

qint64 CsvReader::position() const
{
    return m_device ? m_device->pos() : 0;
}

qint64 CsvReader::size() const
{
    return m_device ? m_device->size() : 0;
}

bool CsvReader::fill()
{
    while (!m_eof) {
        m_bytes.resize(kChunk);
        const qint64 got = m_device->read(m_bytes.data(), kChunk);
        if (got < 0) {
            m_error = tr("Cannot read the file after line %1: %2").arg(m_line).arg(m_device->errorString());
            m_eof = true;
            return false;
        }
        if (got == 0) {
            m_eof = true;
            break;
        }
        m_bytes.resize(got);
        m_buffer = m_decoder.decode(m_bytes);
        m_pos = 0;
        if (m_decoder.hasError())
            m_decodingErrors += m_buffer.count(QChar::ReplacementCharacter);
        if (!m_buffer.isEmpty())
            return true;
    }
    m_buffer.clear();
    m_pos = 0;
    return false;
}

bool CsvReader::atEnd()
{
    return m_pos >= m_buffer.size() && !fill();
}

void CsvReader::appendToField(QString* field, QStringView text, bool* tooLong) const
{
    if (*tooLong)
        return;
    if (field->size() + text.size() > m_options.fieldLimit) {
        *tooLong = true;
        field->clear(); // nothing of it is used
        return;
    }
    field->append(text);
}

bool CsvReader::readRecord(QStringList* fields, qint64* line, QString* problem)
{
    fields->clear();
    problem->clear();
    // Blank lines between records are no records.
    while (!atEnd()) {
        const QChar c = m_buffer.at(m_pos);
        if (c != kCr && c != kLf)
            break;
        ++m_pos;
        if (c == kLf || (c == kCr && (atEnd() || m_buffer.at(m_pos) != kLf)))
            ++m_line;
    }
    if (!m_error.isEmpty() || atEnd())
        return false;
    *line = m_line;

    const QChar delimiter = m_delimiter;
    QString field;
    for (;;) {
        field.clear();
        bool tooLong = false;
        bool strayText = false;
        const bool quoted = !atEnd() && m_buffer.at(m_pos) == kQuote;
        if (quoted) {
            const qint64 fieldLine = m_line;
            ++m_pos;
            for (;;) {
                if (atEnd()) {
                    if (m_error.isEmpty())
                        m_error = tr("Line %1: a quoted field that starts there is never closed (a missing \" "
                                     "before the end of the file).")
                                      .arg(fieldLine);
                    return false;
                }
                const qsizetype quote = m_buffer.indexOf(kQuote, m_pos);
                const qsizetype end = quote < 0 ? m_buffer.size() : quote;
                const QStringView text = QStringView(m_buffer).mid(m_pos, end - m_pos);
                m_line += text.count(kLf);
                appendToField(&field, text, &tooLong);
                m_pos = end;
                if (quote < 0)
                    continue;
                ++m_pos; // the quote
                if (!atEnd() && m_buffer.at(m_pos) == kQuote) {
                    appendToField(&field, QStringView(&kQuote, 1), &tooLong);
                    ++m_pos;
                    continue;
                }
                break;
            }
        }
        // Unquoted text, or what follows a closing quote, up to the delimiter or the line's end.
        while (!atEnd()) {
            const QChar* data = m_buffer.constData();
            const qsizetype size = m_buffer.size();
            qsizetype end = m_pos;
            while (end < size) {
                const QChar c = data[end];
                if (c == delimiter || c == kLf || c == kCr)
                    break;
                ++end;
            }
            if (end > m_pos) {
                if (quoted)
                    strayText = true;
                appendToField(&field, QStringView(m_buffer).mid(m_pos, end - m_pos), &tooLong);
            }
            m_pos = end;
            if (end < size)
                break;
        }
        if (tooLong && problem->isEmpty())
            *problem = tr("Field %1 is longer than %2 characters.")
                           .arg(fields->size() + 1)
                           .arg(QLocale().toString(qint64(m_options.fieldLimit)));
        if (strayText && problem->isEmpty())
            *problem = tr("Field %1 has text after its closing quote.").arg(fields->size() + 1);
        fields->append(field);
        if (!m_error.isEmpty())
            return false;
        if (atEnd())
            break;
        const QChar c = m_buffer.at(m_pos++);
        if (c == delimiter)
            continue;
        if (c == kCr && !atEnd() && m_buffer.at(m_pos) == kLf)
            ++m_pos;
        ++m_line;
        break;
    }
    if (!m_error.isEmpty())
        return false;

    if (problem->isEmpty()) {
        for (const QString& text : std::as_const(*fields)) {
            if (text.contains(QChar(0))) {
                *problem = tr("The record contains binary data (NUL bytes).");
                break;
            }
            if (m_decodingErrors > 0 && text.contains(QChar::ReplacementCharacter)) {
                *problem = tr("Some characters cannot be read as %1; choose the file's encoding.").arg(m_encoding);
                break;
            }
        }
    }
    return true;
}

bool CsvReader::next(SourceRow* row)
{
    if (!m_opened || !m_error.isEmpty())
        return false;
    if (m_havePending) {
        m_havePending = false;
        *row = m_pending;
        return true;
    }
    QStringList fields;
    qint64 line = 0;
    QString problem;
    if (!readRecord(&fields, &line, &problem))
        return false;
    row->line = line;
    row->cells.clear();
    row->cells.reserve(fields.size());
    for (QString& field : fields)
        row->cells.append(std::move(field));
    if (problem.isEmpty() && m_columns >= 0 && fields.size() != m_columns) {
        problem = tr("This record has %1 fields where the header has %2.").arg(fields.size()).arg(m_columns);
        if (!m_options.header)
            problem = tr("This record has %1 fields where the first has %2.").arg(fields.size()).arg(m_columns);
    }
    row->problem = problem;
    return true;
}

#include "CsvWriter.h"

#include <QIODevice>
#include <QRegularExpression>

CsvWriter::CsvWriter(QIODevice* device, const QString& encoding) : m_device(device)
{
    const QString name = encoding.trimmed();
    const bool utf8 = name.isEmpty() || name.compare(QLatin1String("utf-8"), Qt::CaseInsensitive) == 0 ||
                      name.compare(QLatin1String("utf8"), Qt::CaseInsensitive) == 0;
    if (utf8) {
        m_encoder.emplace(QStringConverter::Utf8, QStringConverter::Flag::WriteBom);
    } else {
        // UTF-16 needs its BOM to be read as such; legacy encodings (GB18030, Big5, Latin-1) have none.
        const bool utf16 = name.startsWith(QLatin1String("utf-16"), Qt::CaseInsensitive);
        m_encoder.emplace(name.toLatin1().constData(),
                          utf16 ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
        if (!m_encoder->isValid())
            m_error = tr("The encoding \"%1\" is not known.").arg(name);
    }
    if (m_error.isEmpty() && (!m_device || !m_device->isWritable()))
        m_error = tr("The file is not open for writing.");
}

bool CsvWriter::writeRecord(const QStringList& fields)
{
    m_line.clear();
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_line += QLatin1Char(',');
        m_line += quoted(fields.at(i));
    }
    m_line += QLatin1String("\r\n");
    return write(m_line);
}

bool CsvWriter::write(const QString& text)
{
    if (!m_error.isEmpty())
        return false;
    const QByteArray bytes = m_encoder->encode(text);
    if (m_encoder->hasError()) {
        // A character the encoding cannot hold (GB18030 holds all of Unicode; Latin-1 does not).
        m_error = tr("Some text cannot be written in the chosen encoding.");
        return false;
    }
    if (m_device->write(bytes) != bytes.size()) {
        m_error = tr("Cannot write the file: %1").arg(m_device->errorString());
        return false;
    }
    return true;
}

QString CsvWriter::quoted(const QString& field)
{
    bool quote = false;
    for (const QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return field;
    QString text = field;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

bool CsvWriter::isFormulaLike(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.at(0);
    if (first != QLatin1Char('=') && first != QLatin1Char('+') && first != QLatin1Char('-') &&
        first != QLatin1Char('@') && first != QLatin1Char('\t') && first != QLatin1Char('\r'))
        return false;
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    return !number.match(text).hasMatch();
}

QString CsvWriter::neutralised(const QString& text)
{
    return isFormulaLike(text) ? QLatin1Char('\'') + text : text;
}

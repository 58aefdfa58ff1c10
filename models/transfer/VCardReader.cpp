#include "VCardReader.h"

#include "TextDecoding.h"

#include <QIODevice>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

constexpr qint64 kChunk = 64 * 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// A line of nothing but white space or control characters (a DOS end-of-file mark, a stray NUL) reads as blank.
bool isBlank(const QByteArray& line)
{
    for (const char c : line) {
        if (static_cast<unsigned char>(c) > ' ')
            return false;
    }
    return true;
}

bool isMarker(const QByteArray& line, const char* marker)
{
    return line.trimmed().compare(marker, Qt::CaseInsensitive) == 0;
}

bool isBegin(const QByteArray& line)
{
    return isMarker(line, "BEGIN:VCARD");
}

bool isEnd(const QByteArray& line)
{
    return isMarker(line, "END:VCARD");
}

// Index of the colon that ends a content line's name and parameters: the first one outside double quotes.
qsizetype valueColon(const QByteArray& text)
{
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (c == ':' && !quoted)
            return i;
    }
    return -1;
}

// The property name of a content line's first physical line, upper case, without its group.
QByteArray propertyName(const QByteArray& line)
{
    qsizetype end = 0;
    qsizetype start = 0;
    while (end < line.size() && line.at(end) != ';' && line.at(end) != ':') {
        if (line.at(end) == '.')
            start = end + 1;
        ++end;
    }
    return line.mid(start, end - start).trimmed().toUpper();
}

bool isBinaryProperty(const QByteArray& name)
{
    return name == "PHOTO" || name == "LOGO" || name == "SOUND" || name == "KEY";
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QByteArray decodeQuotedPrintable(const QByteArray& in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '=' && i + 2 < in.size()) {
            const int hi = hexDigit(in.at(i + 1));
            const int lo = hexDigit(in.at(i + 2));
            if (hi >= 0 && lo >= 0) {
                out.append(static_cast<char>(hi * 16 + lo));
                i += 2;
                continue;
            }
        }
        if (c == '=' && i == in.size() - 1)
            continue; // a soft line break the writer left at the very end
        out.append(c);
    }
    return out;
}

// Undoes vCard text escaping (\n \N \, \; \: \\); a backslash before anything else stays, as 2.1 writers
// put Windows paths in notes unescaped. Line breaks of any kind become \n.
QString unescape(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar n = text.at(i + 1);
            if (n == QLatin1Char('n') || n == QLatin1Char('N')) {
                out.append(QLatin1Char('\n'));
                ++i;
                continue;
            }
            if (n == QLatin1Char(',') || n == QLatin1Char(';') || n == QLatin1Char(':') || n == QLatin1Char('\\')) {
                out.append(n);
                ++i;
                continue;
            }
        }
        if (c == QLatin1Char('\r')) {
            out.append(QLatin1Char('\n'));
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            continue;
        }
        out.append(c);
    }
    return out;
}

// A structured value's components (N, ADR, ORG), split at unescaped semicolons and unescaped each.
QStringList components(const QString& text)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (text.at(i) == QLatin1Char(';')) {
            parts << unescape(QStringView(text).mid(start, i - start)).trimmed();
            start = i + 1;
        }
    }
    parts << unescape(QStringView(text).mid(start)).trimmed();
    return parts;
}

QString component(const QStringList& parts, int index)
{
    return index < parts.size() ? parts.at(index) : QString();
}

// Apple's X-ABLabel: "_$!<Mobile>!$_" for its own labels, the text itself for a user's.
QString labelType(const QString& label)
{
    QString text = label.trimmed();
    if (text.startsWith(QLatin1String("_$!<")) && text.endsWith(QLatin1String(">!$_")))
        text = text.mid(4, text.size() - 8);
    return text.toLower();
}

QDate parseDate(const QString& text)
{
    QString day = text.trimmed();
    const qsizetype t = day.indexOf(QLatin1Char('T'));
    if (t >= 0)
        day.truncate(t);
    for (const char* format : {"yyyy-MM-dd", "yyyyMMdd", "yyyy.MM.dd", "yyyy/MM/dd"}) {
        const QDate date = QDate::fromString(day, QLatin1String(format));
        if (date.isValid())
            return date;
    }
    return {};
}

QDateTime parseTimestamp(const QString& text)
{
    QString when = text.trimmed();
    // Basic form (20240501T102030Z) to extended, which Qt reads.
    static const QRegularExpression basic(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})(.*)$"));
    const QRegularExpressionMatch m = basic.match(when);
    if (m.hasMatch())
        when = QStringLiteral("%1-%2-%3T%4:%5:%6%7")
                   .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5), m.captured(6),
                        m.captured(7));
    QDateTime at = QDateTime::fromString(when, Qt::ISODateWithMs);
    if (!at.isValid()) {
        const QDate day = parseDate(when);
        if (!day.isValid())
            return {};
        at = QDateTime(day, QTime(0, 0), QTimeZone::utc());
    }
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeZone(QTimeZone::utc()); // a REV without a zone: taken as UTC, as vCard writers mean it
    return at.toUTC();
}

QString stripPrefix(QString value, const char* prefix)
{
    value = value.trimmed();
    if (value.startsWith(QLatin1String(prefix), Qt::CaseInsensitive))
        value = value.mid(static_cast<qsizetype>(qstrlen(prefix))).trimmed();
    return value;
}

} // namespace

VCardReader::VCardReader(QIODevice* device) : m_device(device) {}

VCardReader::~VCardReader() = default;

void VCardReader::setFallbackEncoding(const QByteArray& name)
{
    m_fallbackName = name;
}

bool VCardReader::rewind()
{
    if (!m_device->seek(0)) {
        m_error = tr("The file cannot be read again from its start.");
        return false;
    }
    m_buffer.clear();
    m_pos = m_scanFrom = 0;
    m_started = m_eof = false;
    m_transcoder.reset();
    m_lineNumber = 0;
    m_peeked.clear();
    m_hasPeeked = false;
    m_guessedName.clear();
    m_error.clear();
    return true;
}

qint64 VCardReader::position() const
{
    return m_device->isSequential() ? 0 : m_device->pos();
}

qint64 VCardReader::size() const
{
    return m_device->isSequential() ? 0 : m_device->size();
}

// Appends the next chunk of the device to the buffer (as UTF-8 for a UTF-16 file); false at the end.
bool VCardReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_scanFrom -= m_pos;
        m_pos = 0;
    }
    QByteArray chunk(kChunk, Qt::Uninitialized);
    const qint64 got = m_device->read(chunk.data(), kChunk);
    if (got < 0) {
        m_error = tr("The file could not be read: %1").arg(m_device->errorString());
        m_eof = true;
        return false;
    }
    if (got == 0) {
        m_eof = true;
        if (m_transcoder) {
            const QString rest = (*m_transcoder)(QByteArray());
            m_buffer.append(rest.toUtf8());
            return !rest.isEmpty();
        }
        return false;
    }
    chunk.truncate(got);
    if (!m_started) {
        m_started = true;
        const auto at = [&chunk](qsizetype i) { return i < chunk.size() ? static_cast<uchar>(chunk.at(i)) : 0x100; };
        if (chunk.startsWith("\xEF\xBB\xBF")) {
            chunk.remove(0, 3);
        } else if (at(0) == 0xFF && at(1) == 0xFE) {
            m_transcoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16LE);
            chunk.remove(0, 2);
        } else if (at(0) == 0xFE && at(1) == 0xFF) {
            m_transcoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16BE);
            chunk.remove(0, 2);
        } else if (at(0) != 0 && at(1) == 0 && at(2) != 0 && at(3) == 0) {
            m_transcoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16LE); // "B\0E\0G\0" without a BOM
        } else if (at(0) == 0 && at(1) != 0 && at(2) == 0 && at(3) != 0) {
            m_transcoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16BE);
        }
    }
    if (m_transcoder)
        m_buffer.append(QString((*m_transcoder)(chunk)).toUtf8());
    else
        m_buffer.append(chunk);
    return true;
}

// The next physical line without its line break (LF or CRLF).
bool VCardReader::readPhysical(QByteArray* line)
{
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', m_scanFrom);
        if (nl >= 0) {
            qsizetype end = nl;
            if (end > m_pos && m_buffer.at(end - 1) == '\r')
                --end;
            *line = m_buffer.mid(m_pos, end - m_pos);
            m_pos = m_scanFrom = nl + 1;
            return true;
        }
        m_scanFrom = m_buffer.size();
        if (!fill()) {
            if (m_pos >= m_buffer.size())
                return false;
            *line = m_buffer.mid(m_pos);
            if (line->endsWith('\r'))
                line->chop(1);
            m_pos = m_scanFrom = m_buffer.size();
            return true;
        }
    }
}

bool VCardReader::peekPhysical(QByteArray** line)
{
    if (!m_hasPeeked) {
        if (!readPhysical(&m_peeked))
            return false;
        m_hasPeeked = true;
    }
    *line = &m_peeked;
    return true;
}

bool VCardReader::takePhysical(QByteArray* line, qint64* number)
{
    if (m_hasPeeked) {
        m_hasPeeked = false;
        *line = std::move(m_peeked);
        m_peeked = QByteArray();
    } else if (!readPhysical(line)) {
        return false;
    }
    *number = ++m_lineNumber;
    return true;
}

// One content line: physical lines joined where the next one is folded (starts with a space or tab), where a
// quoted-printable value ends in a soft break ("="), and, for a 2.1 BASE64 value, up to the blank line that
// ends it. The value of a PHOTO, LOGO, SOUND or KEY is dropped as it is read.
bool VCardReader::readLogical(Logical* out)
{
    qint64 number = 0;
    if (!takePhysical(&out->text, &number))
        return false;
    out->line = number;
    const qsizetype colon = valueColon(out->text);
    const QByteArray head = (colon < 0 ? out->text : out->text.left(colon)).toUpper();
    const bool binary = isBinaryProperty(propertyName(out->text));
    const bool quotedPrintable = head.contains("QUOTED-PRINTABLE");
    const bool base64Block = head.contains("BASE64");
    if (binary && colon >= 0)
        out->text.truncate(colon + 1);
    QByteArray* next = nullptr;
    qint64 ignored = 0;
    QByteArray continuation;
    while (peekPhysical(&next)) {
        if (!next->isEmpty() && isSpace(next->at(0))) {
            takePhysical(&continuation, &ignored);
            if (!binary)
                out->text.append(continuation.constData() + 1, continuation.size() - 1);
        } else if (quotedPrintable && !binary && out->text.endsWith('=') && !isEnd(*next) && !isBegin(*next)) {
            takePhysical(&continuation, &ignored);
            out->text.chop(1);
            out->text.append(continuation);
        } else if (base64Block && isBlank(*next)) {
            takePhysical(&continuation, &ignored);
            break;
        } else if (base64Block && !next->contains(':')) {
            takePhysical(&continuation, &ignored);
            if (!binary)
                out->text.append(continuation.trimmed());
        } else {
            break;
        }
    }
    return true;
}

bool VCardReader::parseProperty(const QByteArray& text, Property* property)
{
    const auto nameChar = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    };
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n && isSpace(text.at(i)))
        ++i;
    qsizetype start = i;
    while (i < n && nameChar(text.at(i)))
        ++i;
    if (i < n && text.at(i) == '.' && i > start) {
        property->group = text.mid(start, i - start).toUpper();
        start = ++i;
        while (i < n && nameChar(text.at(i)))
            ++i;
    }
    if (i == start)
        return false;
    property->name = text.mid(start, i - start).toUpper();
    while (i < n && isSpace(text.at(i)))
        ++i;
    while (i < n && text.at(i) == ';') {
        ++i;
        const qsizetype paramStart = i;
        bool quoted = false;
        while (i < n && (quoted || (text.at(i) != ';' && text.at(i) != ':'))) {
            if (text.at(i) == '"')
                quoted = !quoted;
            ++i;
        }
        const QByteArray raw = text.mid(paramStart, i - paramStart).trimmed();
        if (raw.isEmpty())
            continue;
        Param param;
        const qsizetype eq = raw.indexOf('=');
        if (eq < 0) {
            param.value = raw;
        } else {
            param.name = raw.left(eq).trimmed().toUpper();
            param.value = raw.mid(eq + 1).trimmed();
        }
        param.value.replace('"', QByteArray());
        property->params << param;
    }
    if (i >= n || text.at(i) != ':')
        return false;
    property->value = text.mid(i + 1);
    return true;
}

QString VCardReader::decodeText(const QByteArray& bytes, const QByteArray& charset)
{
    if (!charset.isEmpty()) {
        QStringDecoder named(charset.constData());
        if (named.isValid())
            return named(bytes);
    }
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    if (!m_fallbackName.isEmpty()) {
        QStringDecoder fallback(m_fallbackName.constData());
        if (fallback.isValid())
            return fallback(bytes);
    }
    if (m_guessedName.isEmpty()) {
        // The first text of the file that is not UTF-8 decides, for the whole file, as the import engine guesses a
        // text file's encoding: Chinese Windows writes GBK (read as GB18030), Taiwan's Big5, Western Windows its
        // code page.
        const TextEncodingGuess guess = TextDecoding::detect(bytes);
        m_guessedName =
            guess.name.startsWith(QLatin1String("UTF")) ? QByteArray("windows-1252") : guess.name.toLatin1();
    }
    QStringDecoder guessed(m_guessedName.constData());
    return guessed(bytes);
}

QString VCardReader::decodeValue(const Property& property)
{
    QByteArray charset;
    QByteArray encoding;
    for (const Param& param : property.params) {
        if (param.name == "CHARSET")
            charset = param.value;
        else if (param.name == "ENCODING")
            encoding = param.value.toUpper();
        else if (param.name.isEmpty()) {
            const QByteArray bare = param.value.toUpper();
            if (bare == "QUOTED-PRINTABLE" || bare == "BASE64" || bare == "8BIT" || bare == "7BIT")
                encoding = bare;
        }
    }
    QByteArray bytes = property.value;
    if (encoding == "QUOTED-PRINTABLE")
        bytes = decodeQuotedPrintable(bytes);
    else if (encoding == "BASE64" || encoding == "B")
        bytes = QByteArray::fromBase64(bytes.trimmed());
    return decodeText(bytes, charset);
}

void VCardReader::apply(const Property& property, ContactCard* card, QHash<QByteArray, QString>* labels,
                        QList<GroupRef>* grouped)
{
    const QByteArray& name = property.name;
    if (isBinaryProperty(name) || name == "VERSION" || name == "PRODID")
        return;
    // Types and preference, however the version spells them.
    QStringList types;
    bool preferred = false;
    for (const Param& param : property.params) {
        if (param.name == "PREF") {
            preferred = true;
        } else if (param.name == "TYPE" || param.name.isEmpty()) {
            for (const QByteArray& type : param.value.split(',')) {
                const QString t = QString::fromLatin1(type.trimmed()).toLower();
                if (t == QLatin1String("pref"))
                    preferred = true;
                else if (!t.isEmpty() && t != QLatin1String("quoted-printable") && t != QLatin1String("base64") &&
                         t != QLatin1String("8bit") && t != QLatin1String("7bit") && !types.contains(t))
                    types << t;
            }
        }
    }
    const QString text = decodeValue(property);
    if (name == "FN") {
        card->fullName = unescape(text).trimmed();
    } else if (name == "N") {
        const QStringList parts = components(text);
        card->familyName = component(parts, 0);
        card->givenName = component(parts, 1);
        card->additionalNames = component(parts, 2);
        card->prefixes = component(parts, 3);
        card->suffixes = component(parts, 4);
    } else if (name == "NICKNAME") {
        card->nickname = unescape(text).trimmed();
    } else if (name == "ORG") {
        const QStringList parts = components(text);
        card->organization = component(parts, 0);
        QStringList units = parts.mid(1);
        units.removeAll(QString());
        card->department = units.join(QLatin1String(", "));
    } else if (name == "TITLE") {
        card->title = unescape(text).trimmed();
    } else if (name == "ROLE") {
        card->role = unescape(text).trimmed();
    } else if (name == "NOTE") {
        const QString note = unescape(text).trimmed();
        if (!note.isEmpty())
            card->note = card->note.isEmpty() ? note : card->note + QLatin1Char('\n') + note;
    } else if (name == "UID") {
        card->uid = stripPrefix(unescape(text), "urn:uuid:");
    } else if (name == "URL") {
        const QString url = unescape(text).trimmed();
        if (!url.isEmpty())
            card->urls << url;
    } else if (name == "BDAY") {
        card->birthday = parseDate(unescape(text));
    } else if (name == "REV") {
        card->revision = parseTimestamp(unescape(text));
    } else if (name == "TEL" || name == "EMAIL") {
        QString value = unescape(text).trimmed();
        value = stripPrefix(value, name == "TEL" ? "tel:" : "mailto:");
        if (value.isEmpty())
            return;
        QList<ContactCard::Value>& list = name == "TEL" ? card->phones : card->emails;
        list << ContactCard::Value{types, value, preferred};
        if (!property.group.isEmpty())
            *grouped << GroupRef{property.group, name == "TEL" ? 0 : 1, static_cast<int>(list.size() - 1)};
    } else if (name == "ADR") {
        const QStringList parts = components(text);
        ContactCard::Address address;
        address.types = types;
        address.preferred = preferred;
        address.poBox = component(parts, 0);
        address.extended = component(parts, 1);
        address.street = component(parts, 2);
        address.locality = component(parts, 3);
        address.region = component(parts, 4);
        address.postalCode = component(parts, 5);
        address.country = component(parts, 6);
        if (address.isEmpty())
            return;
        card->addresses << address;
        if (!property.group.isEmpty())
            *grouped << GroupRef{property.group, 2, static_cast<int>(card->addresses.size() - 1)};
    } else if (name == "X-ABLABEL" && !property.group.isEmpty()) {
        labels->insert(property.group, labelType(unescape(text)));
    }
}

// Steps over a 2.1 AGENT's embedded card, BEGIN to its END.
void VCardReader::skipNestedCard()
{
    QByteArray* next = nullptr;
    if (!peekPhysical(&next) || !isBegin(*next))
        return;
    int depth = 0;
    Logical line;
    while (readLogical(&line)) {
        if (isBegin(line.text))
            ++depth;
        else if (isEnd(line.text) && --depth == 0)
            return;
    }
}

QString VCardReader::shown(const QByteArray& text)
{
    QString s = QString::fromUtf8(text.left(200)).simplified();
    for (QChar& c : s) {
        if (c.category() == QChar::Other_Control || c == QChar::ReplacementCharacter)
            c = QChar(0xFFFD);
    }
    if (s.size() > 40)
        s = s.left(40) + QChar(0x2026);
    return s;
}

bool VCardReader::next(Entry* entry)
{
    *entry = Entry();
    if (!m_error.isEmpty())
        return false;
    Logical line;
    for (;;) {
        if (!readLogical(&line))
            return false;
        if (isBlank(line.text))
            continue;
        if (isBegin(line.text))
            break;
        // Text outside any card: one entry for the whole run of it, up to the next card.
        entry->line = line.line;
        entry->problem = tr("Text outside any vCard: “%1”.").arg(shown(line.text));
        QByteArray* next = nullptr;
        qint64 ignored = 0;
        QByteArray skipped;
        while (peekPhysical(&next) && !isBegin(*next))
            takePhysical(&skipped, &ignored);
        return m_error.isEmpty();
    }
    entry->line = line.line;
    ContactCard& card = entry->card;
    QHash<QByteArray, QString> labels;
    QList<GroupRef> grouped;
    for (;;) {
        QByteArray* next = nullptr;
        if (!peekPhysical(&next) || isBegin(*next)) {
            if (!m_error.isEmpty())
                return false;
            entry->problem = tr("This card has no END:VCARD: it is cut short, or the next card begins inside it.");
            break;
        }
        readLogical(&line);
        if (isBlank(line.text))
            continue;
        if (isEnd(line.text))
            break;
        Property property;
        if (!parseProperty(line.text, &property)) {
            if (entry->problem.isEmpty())
                entry->problem =
                    tr("Line %1 of this card is not a vCard property: “%2”.").arg(line.line).arg(shown(line.text));
            continue;
        }
        if (property.name == "AGENT" && property.value.trimmed().isEmpty()) {
            skipNestedCard();
            continue;
        }
        apply(property, &card, &labels, &grouped);
    }
    for (const GroupRef& ref : grouped) {
        const QString label = labels.value(ref.group);
        if (label.isEmpty())
            continue;
        QStringList& types = ref.kind == 0   ? card.phones[ref.index].types
                             : ref.kind == 1 ? card.emails[ref.index].types
                                             : card.addresses[ref.index].types;
        if (!types.contains(label))
            types << label;
    }
    return true;
}

#include "VCardWriter.h"

#include "Uuid.h"

#include <QIODevice>
#include <QRegularExpression>

namespace {

constexpr qsizetype kLineOctets = 75;

QString escaped(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';')) {
            out.append(QLatin1Char('\\')).append(c);
        } else if (c == QLatin1Char('\r')) {
            out.append(QLatin1String("\\n"));
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n')) {
            out.append(QLatin1String("\\n"));
        } else {
            out.append(c);
        }
    }
    return out;
}

QString structured(const QStringList& parts)
{
    QStringList out;
    for (const QString& part : parts)
        out << escaped(part);
    return out.join(QLatin1Char(';'));
}

// One content line, folded: at most 75 octets a line, a continuation starting with a space, never inside a
// UTF-8 sequence.
void appendFolded(QByteArray* out, const QByteArray& line)
{
    qsizetype start = 0;
    qsizetype room = kLineOctets;
    while (line.size() - start > room) {
        qsizetype cut = start + room;
        while (cut > start && (static_cast<uchar>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out->append(line.constData() + start, cut - start);
        out->append("\r\n ");
        start = cut;
        room = kLineOctets - 1;
    }
    out->append(line.constData() + start, line.size() - start);
    out->append("\r\n");
}

QStringList tokenTypes(const QStringList& types)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9-]+$"));
    QStringList out;
    for (const QString& type : types) {
        if (token.match(type).hasMatch() && type.compare(QLatin1String("pref"), Qt::CaseInsensitive) != 0)
            out << type.toLower();
    }
    return out;
}

} // namespace

VCardWriter::VCardWriter(QIODevice* device, Version version) : m_device(device), m_version(version) {}

bool VCardWriter::parseVersion(const QString& text, Version* version)
{
    if (text == QLatin1String("3.0") || text == QLatin1String("3")) {
        *version = Version::V3_0;
        return true;
    }
    if (text == QLatin1String("4.0") || text == QLatin1String("4")) {
        *version = Version::V4_0;
        return true;
    }
    return false;
}

QByteArray VCardWriter::toBytes(const ContactCard& card, Version version)
{
    const bool v4 = version == Version::V4_0;
    QByteArray out;
    const auto line = [&out](const QString& nameAndParams, const QString& value) {
        appendFolded(&out, (nameAndParams + QLatin1Char(':') + value).toUtf8());
    };
    // ";TYPE=work,voice" (4.0 quotes a list) and the preference.
    const auto params = [v4](QStringList types, bool preferred) {
        types = tokenTypes(types);
        if (preferred && !v4)
            types << QStringLiteral("pref");
        QString text;
        if (!types.isEmpty()) {
            const QString list = types.join(QLatin1Char(','));
            text =
                QStringLiteral(";TYPE=") + (v4 && types.size() > 1 ? QLatin1Char('"') + list + QLatin1Char('"') : list);
        }
        if (preferred && v4)
            text += QStringLiteral(";PREF=1");
        return text;
    };

    line(QStringLiteral("BEGIN"), QStringLiteral("VCARD"));
    line(QStringLiteral("VERSION"), v4 ? QStringLiteral("4.0") : QStringLiteral("3.0"));
    line(QStringLiteral("PRODID"), QStringLiteral("-//DeskCRM//DeskCRM//EN"));
    if (!card.uid.isEmpty())
        line(QStringLiteral("UID"),
             (v4 && Uuid::isValid(card.uid) ? QStringLiteral("urn:uuid:") : QString()) + escaped(card.uid));
    const QString name = card.displayName();
    line(QStringLiteral("FN"), escaped(name));
    QString family = card.familyName;
    QString given = card.givenName;
    if (family.isEmpty() && given.isEmpty() && card.additionalNames.isEmpty() && card.prefixes.isEmpty() &&
        card.suffixes.isEmpty()) {
        const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
        if (space > 0 && !ContactCard::isEastAsian(name)) {
            family = name.mid(space + 1);
            given = name.left(space);
        } else {
            family = name;
        }
    }
    line(QStringLiteral("N"), structured({family, given, card.additionalNames, card.prefixes, card.suffixes}));
    if (!card.nickname.isEmpty())
        line(QStringLiteral("NICKNAME"), escaped(card.nickname));
    if (!card.organization.isEmpty() || !card.department.isEmpty()) {
        QStringList org{card.organization};
        if (!card.department.isEmpty())
            org << card.department;
        line(QStringLiteral("ORG"), structured(org));
    }
    if (!card.title.isEmpty())
        line(QStringLiteral("TITLE"), escaped(card.title));
    if (!card.role.isEmpty())
        line(QStringLiteral("ROLE"), escaped(card.role));
    static const QRegularExpression global(QStringLiteral("^\\+[0-9][0-9().-]*$"));
    for (const ContactCard::Value& phone : card.phones) {
        if (v4 && global.match(phone.value).hasMatch())
            line(QStringLiteral("TEL;VALUE=uri") + params(phone.types, phone.preferred),
                 QStringLiteral("tel:") + phone.value);
        else
            line(QStringLiteral("TEL") + (v4 ? QStringLiteral(";VALUE=text") : QString()) +
                     params(phone.types, phone.preferred),
                 escaped(phone.value));
    }
    for (const ContactCard::Value& email : card.emails)
        line(QStringLiteral("EMAIL") + params(email.types, email.preferred), escaped(email.value));
    for (const ContactCard::Address& a : card.addresses)
        line(QStringLiteral("ADR") + params(a.types, a.preferred),
             structured({a.poBox, a.extended, a.street, a.locality, a.region, a.postalCode, a.country}));
    for (const QString& url : card.urls)
        line(QStringLiteral("URL"), QString(url).remove(QLatin1Char('\r')).remove(QLatin1Char('\n')));
    if (card.birthday.isValid())
        line(QStringLiteral("BDAY"),
             card.birthday.toString(v4 ? QStringLiteral("yyyyMMdd") : QStringLiteral("yyyy-MM-dd")));
    if (!card.note.isEmpty())
        line(QStringLiteral("NOTE"), escaped(card.note));
    if (card.revision.isValid())
        line(QStringLiteral("REV"), card.revision.toUTC().toString(v4 ? QStringLiteral("yyyyMMdd'T'HHmmss'Z'")
                                                                      : QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")));
    line(QStringLiteral("END"), QStringLiteral("VCARD"));
    return out;
}

bool VCardWriter::write(const ContactCard& card)
{
    const QByteArray bytes = toBytes(card, m_version);
    if (m_device->write(bytes) != bytes.size()) {
        m_error = tr("The vCard file could not be written: %1").arg(m_device->errorString());
        return false;
    }
    return true;
}

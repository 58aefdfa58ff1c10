#include "VCardRowSource.h"

#include <QFileInfo>

namespace {

bool isMobile(const ContactCard::Value& phone)
{
    return phone.hasType(QStringLiteral("cell")) || phone.hasType(QStringLiteral("mobile")) ||
           phone.hasType(QStringLiteral("iphone"));
}

bool isLine(const ContactCard::Value& phone)
{
    return !isMobile(phone) && !phone.hasType(QStringLiteral("fax")) && !phone.hasType(QStringLiteral("pager"));
}

QVariant textCell(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

VCardRowSource::VCardRowSource(const QString& fileName, const QByteArray& fallbackEncoding) : m_file(fileName)
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = tr("The file %1 could not be opened: %2").arg(QFileInfo(fileName).fileName(), m_file.errorString());
        return;
    }
    m_reader = std::make_unique<VCardReader>(&m_file);
    m_reader->setFallbackEncoding(fallbackEncoding);
}

VCardRowSource::~VCardRowSource() = default;

QStringList VCardRowSource::columnNames()
{
    return {QStringLiteral("Name"),   QStringLiteral("Company"), QStringLiteral("Title"), QStringLiteral("Work phone"),
            QStringLiteral("Mobile"), QStringLiteral("E-mail"),  QStringLiteral("Note"),  QStringLiteral("UID")};
}

QString VCardRowSource::importField(Column column)
{
    switch (column) {
    case Name:
        return QStringLiteral("name");
    case Company:
        return QStringLiteral("customer");
    case Title:
        return QStringLiteral("title");
    case WorkPhone:
        return QStringLiteral("phone");
    case Mobile:
        return QStringLiteral("mobile");
    case Email:
        return QStringLiteral("email");
    case Note:
        return QStringLiteral("notes");
    case Uid:
        return QStringLiteral("external_id");
    case ColumnCount:
        break;
    }
    return {};
}

QMap<QString, QString> VCardRowSource::importColumns()
{
    QMap<QString, QString> columns;
    const QStringList names = columnNames();
    for (int column = 0; column < ColumnCount; ++column)
        columns.insert(names.at(column), importField(Column(column)));
    return columns;
}

QVariantList VCardRowSource::cells(const ContactCard& card)
{
    QVariantList row(ColumnCount);
    row[Name] = textCell(card.displayName());
    row[Company] = textCell(card.organization);
    row[Title] = textCell(card.title);
    row[Uid] = textCell(card.uid);

    QStringList extra;
    const auto typed = [](const QString& label, const QStringList& types, const QString& value) {
        return types.isEmpty() ? tr("%1: %2").arg(label, value)
                               : tr("%1 (%2): %3").arg(label, types.join(QLatin1String(", ")), value);
    };
    QList<ContactCard::Value> phones = card.phonesByPreference();
    for (qsizetype i = 0; i < phones.size(); ++i) {
        if (row[Mobile].isNull() && isMobile(phones[i]) && !phones[i].hasType(QStringLiteral("fax"))) {
            row[Mobile] = phones.takeAt(i).value;
            break;
        }
    }
    qsizetype line = -1;
    for (qsizetype i = 0; i < phones.size() && line < 0; ++i) {
        if (isLine(phones[i]) && phones[i].hasType(QStringLiteral("work")))
            line = i;
    }
    for (qsizetype i = 0; i < phones.size() && line < 0; ++i) {
        if (isLine(phones[i]))
            line = i;
    }
    if (line >= 0)
        row[WorkPhone] = phones.takeAt(line).value;
    QList<ContactCard::Value> emails = card.emailsByPreference();
    if (!emails.isEmpty())
        row[Email] = emails.takeFirst().value;

    if (!card.department.isEmpty())
        extra << tr("Department: %1").arg(card.department);
    if (!card.role.isEmpty())
        extra << tr("Role: %1").arg(card.role);
    if (card.birthday.isValid())
        extra << tr("Birthday: %1").arg(card.birthday.toString(Qt::ISODate));
    for (const ContactCard::Value& phone : phones)
        extra << typed(tr("Phone"), phone.types, phone.value);
    for (const ContactCard::Value& email : emails)
        extra << typed(tr("E-mail"), email.types, email.value);
    for (const ContactCard::Address& address : card.addresses)
        extra << typed(tr("Address"), address.types, address.singleLine());
    for (const QString& url : card.urls)
        extra << tr("Web site: %1").arg(url);
    QString note = card.note;
    if (!extra.isEmpty())
        note = (note.isEmpty() ? QString() : note + QLatin1String("\n\n")) + extra.join(QLatin1Char('\n'));
    row[Note] = textCell(note);
    return row;
}

bool VCardRowSource::isVCardFile(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard"))
        return true;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray head = file.read(4096);
    if (head.startsWith("\xEF\xBB\xBF")) {
        head.remove(0, 3);
    } else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        head.remove(0, 2).replace('\0', QByteArray()); // UTF-16: ASCII is all that is compared
    } else if (head.size() > 3 && (head.at(0) == 0 || head.at(1) == 0)) {
        head.replace('\0', QByteArray());
    }
    return head.trimmed().left(11).toUpper() == "BEGIN:VCARD";
}

QStringList VCardRowSource::headers() const
{
    return columnNames();
}

bool VCardRowSource::next(SourceRow* row)
{
    if (!m_reader)
        return false;
    VCardReader::Entry entry;
    if (!m_reader->next(&entry))
        return false;
    row->cells = cells(entry.card);
    row->line = entry.line;
    row->problem = entry.problem;
    return true;
}

QString VCardRowSource::error() const
{
    return m_reader && m_error.isEmpty() ? m_reader->error() : m_error;
}

bool VCardRowSource::rewind()
{
    return m_reader && m_reader->rewind();
}

qint64 VCardRowSource::position() const
{
    return m_reader ? m_reader->position() : 0;
}

qint64 VCardRowSource::size() const
{
    return m_reader ? m_reader->size() : 0;
}

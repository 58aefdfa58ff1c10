#include "XlsxReader.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTime>

#include <minizip/unzip.h>

#include <cmath>

namespace {

constexpr int kChunk = 64 * 1024;
// Parts read whole (workbook, relationships, styles) are small; a bigger one is not a real workbook's.
constexpr qint64 kMaxSmallPart = 64 * 1024 * 1024;

// minizip reads the zip through the QIODevice, so any path (and a QBuffer) works on every platform.
voidpf ZCALLBACK deviceOpen(voidpf opaque, const void*, int)
{
    return opaque;
}
uLong ZCALLBACK deviceRead(voidpf, voidpf stream, void* buf, uLong size)
{
    const qint64 got = static_cast<QIODevice*>(stream)->read(static_cast<char*>(buf), static_cast<qint64>(size));
    return got < 0 ? 0 : static_cast<uLong>(got);
}
uLong ZCALLBACK deviceWrite(voidpf, voidpf, const void*, uLong)
{
    return 0;
}
ZPOS64_T ZCALLBACK deviceTell(voidpf, voidpf stream)
{
    return static_cast<ZPOS64_T>(static_cast<QIODevice*>(stream)->pos());
}
long ZCALLBACK deviceSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto* device = static_cast<QIODevice*>(stream);
    qint64 to = static_cast<qint64>(offset);
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        to += device->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        to += device->size();
    return to >= 0 && to <= device->size() && device->seek(to) ? 0 : -1;
}
int ZCALLBACK deviceClose(voidpf, voidpf)
{
    return 0;
}
int ZCALLBACK deviceError(voidpf, voidpf)
{
    return 0;
}

// "C7" -> 2 (column index); -1 when the reference has no letters.
int columnOf(QStringView ref)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : ref) {
        const ushort u = c.toUpper().unicode();
        if (u < 'A' || u > 'Z')
            break;
        column = column * 26 + (u - 'A' + 1);
        if (++letters > 3)
            return -1; // beyond XFD
    }
    return letters == 0 ? -1 : column - 1;
}

QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar('A' + (n - 1) % 26));
    return letters;
}

// A relationship target, relative to the part that names it (or absolute from the package root).
QString resolve(const QString& base, const QString& target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(base.isEmpty() ? target : base + QLatin1Char('/') + target);
}

QString attribute(const QXmlStreamReader& xml, QLatin1String name)
{
    // By local name, whatever prefix the writer used (r:id, x:…).
    for (const QXmlStreamAttribute& a : xml.attributes()) {
        if (a.name() == name)
            return a.value().toString();
    }
    return {};
}

} // namespace

XlsxReader::XlsxReader(const QString& fileName) : m_file(fileName)
{
    m_device = &m_file;
}

XlsxReader::XlsxReader(QIODevice* device) : m_device(device) {}

XlsxReader::~XlsxReader()
{
    closeZip();
}

void XlsxReader::closeZip()
{
    if (m_zip) {
        if (m_entryOpen)
            unzCloseCurrentFile(m_zip);
        unzClose(m_zip);
    }
    m_zip = nullptr;
    m_entryOpen = false;
}

void XlsxReader::damaged(const QString& part, const QString& why)
{
    if (m_error.isEmpty())
        m_error = tr("The workbook is damaged (%1: %2).").arg(part, why);
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Sheet& sheet : m_sheets)
        names << sheet.name;
    return names;
}

bool XlsxReader::openEntry(const QString& path, qint64* size)
{
    if (m_entryOpen) {
        unzCloseCurrentFile(m_zip);
        m_entryOpen = false;
    }
    if (unzLocateFile(m_zip, path.toUtf8().constData(), 2) != UNZ_OK)
        return false;
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
        unzOpenCurrentFile(m_zip) != UNZ_OK) {
        damaged(path, tr("cannot be opened"));
        return false;
    }
    if (size)
        *size = static_cast<qint64>(info.uncompressed_size);
    m_entryOpen = true;
    return true;
}

// The next chunk of the open part into the XML reader; false at its end or on a read error (then m_error).
bool XlsxReader::feed(QXmlStreamReader* xml)
{
    if (!m_entryOpen)
        return false;
    QByteArray chunk(kChunk, Qt::Uninitialized);
    const int got = unzReadCurrentFile(m_zip, chunk.data(), kChunk);
    if (got < 0) {
        damaged(m_sheetPath.isEmpty() ? QStringLiteral("zip") : m_sheetPath, tr("its data cannot be unpacked"));
        return false;
    }
    if (got == 0)
        return false;
    chunk.truncate(got);
    xml->addData(chunk);
    m_fed += got;
    return true;
}

bool XlsxReader::closeEntry()
{
    if (!m_entryOpen)
        return true;
    m_entryOpen = false;
    return unzCloseCurrentFile(m_zip) == UNZ_OK; // UNZ_CRCERROR for data that was altered
}

// A small part (workbook, relationships, styles) read whole into xml; a missing optional part leaves xml empty.
bool XlsxReader::readWholeEntry(const QString& path, QXmlStreamReader* xml, bool optional)
{
    xml->clear();
    qint64 size = 0;
    if (!openEntry(path, &size)) {
        if (!optional)
            damaged(path, tr("missing"));
        return optional && m_error.isEmpty();
    }
    if (size > kMaxSmallPart) {
        damaged(path, tr("too large"));
        return false;
    }
    QByteArray data;
    QByteArray chunk(kChunk, Qt::Uninitialized);
    for (;;) {
        const int got = unzReadCurrentFile(m_zip, chunk.data(), kChunk);
        if (got < 0 || data.size() + got > kMaxSmallPart) {
            damaged(path, tr("its data cannot be unpacked"));
            return false;
        }
        if (got == 0)
            break;
        data.append(chunk.constData(), got);
    }
    if (!closeEntry()) {
        damaged(path, tr("its checksum is wrong"));
        return false;
    }
    xml->addData(data);
    return true;
}

bool XlsxReader::openWorkbook()
{
    if (m_workbookRead)
        return true;
    m_error.clear();
    if (!m_device->isOpen() && !m_device->open(QIODevice::ReadOnly)) {
        m_error = tr("The file %1 could not be opened: %2")
                      .arg(QFileInfo(m_file.fileName()).fileName(), m_device->errorString());
        return false;
    }
    const QByteArray magic = m_device->peek(8);
    if (magic.startsWith("\xD0\xCF\x11\xE0")) {
        m_error = tr("This is an Excel 97–2003 workbook (.xls) or an encrypted one: save it as .xlsx (Excel "
                     "Workbook) without a password and import that.");
        return false;
    }
    zlib_filefunc64_def io{};
    io.zopen64_file = deviceOpen;
    io.zread_file = deviceRead;
    io.zwrite_file = deviceWrite;
    io.ztell64_file = deviceTell;
    io.zseek64_file = deviceSeek;
    io.zclose_file = deviceClose;
    io.zerror_file = deviceError;
    io.opaque = m_device;
    m_zip = unzOpen2_64("workbook", &io);
    if (!m_zip) {
        m_error = tr("This file is not an Excel workbook (.xlsx), or it is damaged: it is not a readable zip "
                     "archive.");
        return false;
    }

    QXmlStreamReader xml;
    // The package's relationships name the workbook part (xl/workbook.xml in practice).
    QString workbookPath = QStringLiteral("xl/workbook.xml");
    if (!readWholeEntry(QStringLiteral("_rels/.rels"), &xml, true))
        return false;
    while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::Invalid) {
        if (xml.isStartElement() && xml.name() == QLatin1String("Relationship") &&
            attribute(xml, QLatin1String("Type")).endsWith(QLatin1String("/officeDocument")))
            workbookPath = resolve(QString(), attribute(xml, QLatin1String("Target")));
    }
    const QString base =
        QFileInfo(workbookPath).path() == QLatin1String(".") ? QString() : QFileInfo(workbookPath).path();
    const QString relsPath = (base.isEmpty() ? QString() : base + QLatin1Char('/')) + QStringLiteral("_rels/") +
                             QFileInfo(workbookPath).fileName() + QStringLiteral(".rels");

    // Relationships of the workbook: sheets, shared strings, styles.
    QHash<QString, QString> targets;
    QString sharedStringsPath = resolve(base, QStringLiteral("sharedStrings.xml"));
    QString stylesPath = resolve(base, QStringLiteral("styles.xml"));
    if (!readWholeEntry(relsPath, &xml, true))
        return false;
    while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::Invalid) {
        if (!xml.isStartElement() || xml.name() != QLatin1String("Relationship"))
            continue;
        const QString type = attribute(xml, QLatin1String("Type"));
        const QString target = resolve(base, attribute(xml, QLatin1String("Target")));
        targets.insert(attribute(xml, QLatin1String("Id")), target);
        if (type.endsWith(QLatin1String("/sharedStrings")))
            sharedStringsPath = target;
        else if (type.endsWith(QLatin1String("/styles")))
            stylesPath = target;
    }

    if (targets.isEmpty()) {
        m_error = tr("This file is not an Excel workbook (.xlsx): it has no workbook part.");
        return false;
    }
    if (!readWholeEntry(workbookPath, &xml, false))
        return false;
    while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::Invalid) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("workbookPr")) {
            const QString value = attribute(xml, QLatin1String("date1904"));
            m_date1904 = value == QLatin1String("1") || value == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            Sheet sheet;
            sheet.name = attribute(xml, QLatin1String("name"));
            sheet.path = targets.value(attribute(xml, QLatin1String("id")));
            sheet.hidden = !attribute(xml, QLatin1String("state")).isEmpty() &&
                           attribute(xml, QLatin1String("state")) != QLatin1String("visible");
            m_sheets << sheet;
        }
    }
    if (xml.hasError()) {
        damaged(workbookPath, xml.errorString());
        return false;
    }
    if (m_sheets.isEmpty()) {
        m_error = tr("The workbook has no sheets.");
        return false;
    }

    // Styles: which cell formats show numbers as dates.
    if (!readWholeEntry(stylesPath, &xml, true))
        return false;
    QHash<int, QString> customFormats;
    bool inCellXfs = false;
    while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::Invalid) {
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("numFmt"))
                customFormats.insert(attribute(xml, QLatin1String("numFmtId")).toInt(),
                                     attribute(xml, QLatin1String("formatCode")));
            else if (xml.name() == QLatin1String("cellXfs"))
                inCellXfs = true;
            else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                const int id = attribute(xml, QLatin1String("numFmtId")).toInt();
                m_styleKinds << formatKind(id, customFormats.value(id));
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }

    // Shared strings, streamed (they can be most of a big workbook). Phonetic runs (rPh) are not the text.
    if (openEntry(sharedStringsPath)) {
        xml.clear();
        QString text;
        int phonetic = 0;
        bool inText = false;
        bool ended = false;
        while (!ended) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::Invalid) {
                if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && feed(&xml))
                    continue;
                break;
            }
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("si"))
                    text.clear();
                else if (xml.name() == QLatin1String("rPh"))
                    ++phonetic;
                else if (xml.name() == QLatin1String("t"))
                    inText = phonetic == 0;
            } else if (xml.isCharacters() && inText) {
                text += xml.text();
            } else if (xml.isEndElement()) {
                if (xml.name() == QLatin1String("si"))
                    m_sharedStrings << text;
                else if (xml.name() == QLatin1String("rPh"))
                    --phonetic;
                else if (xml.name() == QLatin1String("t"))
                    inText = false;
                else if (xml.name() == QLatin1String("sst"))
                    ended = true;
            }
        }
        if (!m_error.isEmpty())
            return false;
        if (!ended) {
            damaged(sharedStringsPath, xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError
                                           ? xml.errorString()
                                           : tr("it ends too early"));
            return false;
        }
        if (!closeEntry()) {
            damaged(sharedStringsPath, tr("its checksum is wrong"));
            return false;
        }
    } else if (!m_error.isEmpty()) {
        return false;
    }
    m_workbookRead = true;
    return true;
}

XlsxReader::DateKind XlsxReader::formatKind(int id, const QString& code)
{
    if (code.isEmpty()) {
        if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54) || id == 57 ||
            id == 58)
            return DateKind::Date;
        if (id == 22)
            return DateKind::DateTime;
        if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || (id >= 45 && id <= 47) || id == 55 || id == 56)
            return DateKind::Time;
        return DateKind::None;
    }
    // The first section of the format, without its literal text ("…", \x, _x, *x) and bracketed parts
    // ([Red], [$¥-804]) other than elapsed time ([h], [mm], [ss]).
    QString section;
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            quoted = c != QLatin1Char('"');
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            const qsizetype end = code.indexOf(QLatin1Char(']'), i);
            const QString inside = code.mid(i + 1, end < 0 ? -1 : end - i - 1).toLower();
            static const QRegularExpression elapsed(QStringLiteral("^(h+|m+|s+)$"));
            if (elapsed.match(inside).hasMatch())
                section += inside;
            if (end < 0)
                break;
            i = end;
        } else if (c == QLatin1Char(';')) {
            break;
        } else {
            section += c.toLower();
        }
    }
    bool time = false;
    for (const char* marker : {"am/pm", "a/p", "上午/下午"}) {
        if (section.contains(QString::fromUtf8(marker))) {
            time = true;
            section.remove(QString::fromUtf8(marker));
        }
    }
    time = time || section.contains(QLatin1Char('h')) || section.contains(QLatin1Char('s'));
    const bool date = section.contains(QLatin1Char('y')) || section.contains(QLatin1Char('d')) ||
                      (section.contains(QLatin1Char('m')) && !time);
    if (date && time)
        return DateKind::DateTime;
    if (date)
        return DateKind::Date;
    return time ? DateKind::Time : DateKind::None;
}

QVariant XlsxReader::fromSerial(double serial, DateKind kind) const
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958466) // 9999-12-31
        return serial;
    double days = std::floor(serial);
    qint64 ms = std::llround((serial - days) * 86400000.0);
    if (ms >= 86400000) {
        days += 1;
        ms -= 86400000;
    }
    QDate day;
    const qint64 whole = static_cast<qint64>(days);
    if (m_date1904)
        day = QDate(1904, 1, 1).addDays(whole);
    else if (whole < 60)
        day = QDate(1899, 12, 31).addDays(whole); // serial 1 is 1900-01-01
    else if (whole == 60)
        day = QDate(1900, 2, 28); // Lotus 1-2-3's 29 February 1900, which did not exist
    else
        day = QDate(1899, 12, 30).addDays(whole);
    const QTime time = QTime::fromMSecsSinceStartOfDay(static_cast<int>(ms));
    switch (kind) {
    case DateKind::Date:
        return day;
    case DateKind::DateTime:
        return QDateTime(day, time);
    case DateKind::Time:
        return serial < 1 ? QVariant(time) : QVariant(QDateTime(day, time));
    case DateKind::None:
        break;
    }
    return serial;
}

QVariant XlsxReader::cellValue(const QString& type, int style, const QString& text, const QString& ref,
                               QString* problem) const
{
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = text.toInt(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size()) {
            *problem = tr("Cell %1 refers to text the workbook does not have.").arg(ref);
            return {};
        }
        return m_sharedStrings.at(index);
    }
    if (type == QLatin1String("inlineStr") || type == QLatin1String("str"))
        return text;
    if (type == QLatin1String("b"))
        return text.trimmed() == QLatin1String("1") || text.trimmed() == QLatin1String("true");
    if (type == QLatin1String("e")) {
        *problem = tr("Cell %1 holds the error %2.").arg(ref, text);
        return {};
    }
    if (text.isEmpty())
        return {};
    if (type == QLatin1String("d")) {
        const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (at.isValid())
            return at.time() == QTime(0, 0) && !text.contains(QLatin1Char('T')) ? QVariant(at.date()) : QVariant(at);
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            return day;
        *problem = tr("Cell %1 holds the date “%2”, which cannot be read.").arg(ref, text);
        return {};
    }
    bool ok = false;
    const double number = text.toDouble(&ok);
    if (!ok) {
        *problem = tr("Cell %1 holds “%2”, which is not a number.").arg(ref, text);
        return {};
    }
    const DateKind kind = style >= 0 && style < m_styleKinds.size() ? m_styleKinds.at(style) : DateKind::None;
    return kind == DateKind::None ? QVariant(number) : fromSerial(number, kind);
}

bool XlsxReader::open(const QString& sheet)
{
    if (!openWorkbook())
        return false;
    int index = -1;
    for (int i = 0; i < m_sheets.size() && index < 0; ++i) {
        if (sheet.isEmpty() ? !m_sheets[i].hidden : m_sheets[i].name == sheet)
            index = i;
    }
    if (index < 0 && sheet.isEmpty())
        index = 0;
    if (index < 0) {
        m_error = tr("The workbook has no sheet “%1”; its sheets are: %2.")
                      .arg(sheet, sheetNames().join(QStringLiteral(", ")));
        return false;
    }
    return openSheet(index);
}

bool XlsxReader::open(int sheetIndex)
{
    if (!openWorkbook())
        return false;
    if (sheetIndex < 0 || sheetIndex >= m_sheets.size()) {
        m_error = tr("The workbook has %n sheet(s); there is no sheet number %1.", nullptr, int(m_sheets.size()))
                      .arg(sheetIndex + 1);
        return false;
    }
    return openSheet(sheetIndex);
}

bool XlsxReader::openSheet(int index)
{
    m_error.clear();
    m_sheetIndex = index;
    m_sheetName = m_sheets[index].name;
    m_sheetPath = m_sheets[index].path;
    m_headers.clear();
    m_headerRow = 0;
    if (!rewind())
        return false;
    // The header: the first row that is not empty. Its cells name the columns; an empty one is called by its
    // column letter.
    RawRow row;
    while (readRow(&row)) {
        int width = 0;
        for (int i = 0; i < row.cells.size(); ++i) {
            if (!row.cells[i].isNull() && !row.cells[i].toString().trimmed().isEmpty())
                width = i + 1;
        }
        if (width == 0)
            continue;
        for (int i = 0; i < width; ++i) {
            const QVariant& cell = row.cells[i];
            QString name;
            if (cell.typeId() == QMetaType::Double)
                name = QString::number(cell.toDouble(), 'g', 15);
            else if (cell.typeId() == QMetaType::QDate)
                name = cell.toDate().toString(Qt::ISODate);
            else if (cell.typeId() == QMetaType::QDateTime)
                name = cell.toDateTime().toString(Qt::ISODate);
            else
                name = cell.toString().trimmed();
            m_headers << (name.isEmpty() ? tr("Column %1").arg(columnLetters(i)) : name);
        }
        m_headerRow = row.number;
        return true;
    }
    if (m_error.isEmpty())
        m_error = tr("The sheet “%1” is empty.").arg(m_sheetName);
    return false;
}

bool XlsxReader::rewind()
{
    if (m_sheetIndex < 0)
        return false;
    m_xml.clear();
    m_fed = 0;
    m_lastRow = 0;
    m_sheetDone = false;
    if (!openEntry(m_sheetPath, &m_sheetSize)) {
        damaged(m_sheetPath.isEmpty() ? m_sheetName : m_sheetPath, tr("missing"));
        return false;
    }
    // Past the header row again, for the second pass.
    if (m_headerRow > 0) {
        RawRow row;
        while (m_lastRow < m_headerRow && readRow(&row)) {
        }
    }
    return m_error.isEmpty();
}

// The next <row> of the sheet, its cells placed by their references. False at the end of the sheet data or on
// an error (m_error).
bool XlsxReader::readRow(RawRow* row)
{
    if (m_sheetDone || !m_error.isEmpty())
        return false;
    row->cells.clear();
    row->problem.clear();
    bool inRow = false;
    int nextColumn = 0;
    // The cell being read.
    int column = 0;
    QString type, ref, text;
    int style = -1;
    bool inValue = false, inInline = false, inText = false;
    int phonetic = 0;
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::Invalid) {
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
                if (feed(&m_xml))
                    continue;
                if (m_error.isEmpty())
                    damaged(m_sheetPath, tr("it ends too early"));
                return false;
            }
            damaged(m_sheetPath, tr("%1 at line %2").arg(m_xml.errorString()).arg(m_xml.lineNumber()));
            return false;
        }
        if (token == QXmlStreamReader::EndDocument) {
            m_sheetDone = true;
            if (!closeEntry())
                damaged(m_sheetPath, tr("its checksum is wrong"));
            return false;
        }
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("row")) {
                inRow = true;
                bool ok = false;
                const qint64 number = attribute(m_xml, QLatin1String("r")).toLongLong(&ok);
                row->number = ok && number > m_lastRow ? number : m_lastRow + 1;
                m_lastRow = row->number;
            } else if (inRow && name == QLatin1String("c")) {
                // One pass over the cell's attributes: this runs for every cell of the sheet.
                ref.clear();
                type.clear();
                style = -1;
                for (const QXmlStreamAttribute& a : m_xml.attributes()) {
                    const QStringView attributeName = a.name();
                    if (attributeName == QLatin1String("r"))
                        ref = a.value().toString();
                    else if (attributeName == QLatin1String("t"))
                        type = a.value().toString();
                    else if (attributeName == QLatin1String("s"))
                        style = a.value().toInt();
                }
                const int at = columnOf(ref);
                column = at >= 0 ? at : nextColumn;
                if (ref.isEmpty())
                    ref = columnLetters(column) + QString::number(row->number);
                text.clear();
                inValue = inInline = inText = false;
                phonetic = 0;
            } else if (name == QLatin1String("v")) {
                inValue = true;
            } else if (name == QLatin1String("is")) {
                inInline = true;
            } else if (name == QLatin1String("rPh")) {
                ++phonetic;
            } else if (name == QLatin1String("t")) {
                inText = inInline && phonetic == 0;
            }
        } else if (token == QXmlStreamReader::Characters) {
            if (inValue || inText)
                text += m_xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("v")) {
                inValue = false;
            } else if (name == QLatin1String("t")) {
                inText = false;
            } else if (name == QLatin1String("rPh")) {
                --phonetic;
            } else if (name == QLatin1String("is")) {
                inInline = false;
                if (type.isEmpty())
                    type = QStringLiteral("inlineStr");
            } else if (inRow && name == QLatin1String("c")) {
                QString problem;
                const QVariant value = cellValue(type, style, text, ref, &problem);
                if (!problem.isEmpty() && row->problem.isEmpty())
                    row->problem = problem;
                if (column < 16384) {
                    if (row->cells.size() <= column)
                        row->cells.resize(column + 1);
                    row->cells[column] = value;
                }
                nextColumn = column + 1;
            } else if (name == QLatin1String("row")) {
                return true;
            } else if (name == QLatin1String("sheetData")) {
                m_sheetDone = true;
                closeEntry(); // the rest of the part (merged cells, page setup) is not needed
                return false;
            }
        }
    }
}

bool XlsxReader::next(SourceRow* row)
{
    if (m_headers.isEmpty())
        return false;
    RawRow raw;
    while (readRow(&raw)) {
        bool empty = true;
        for (const QVariant& cell : std::as_const(raw.cells)) {
            if (!cell.isNull() && !(cell.typeId() == QMetaType::QString && cell.toString().trimmed().isEmpty())) {
                empty = false;
                break;
            }
        }
        if (empty && raw.problem.isEmpty())
            continue;
        const int width = int(m_headers.size());
        for (int i = width; i < raw.cells.size() && raw.problem.isEmpty(); ++i) {
            if (!raw.cells[i].isNull() && !raw.cells[i].toString().trimmed().isEmpty())
                raw.problem =
                    tr("Cell %1%2 holds a value, but its column has no header.").arg(columnLetters(i)).arg(raw.number);
        }
        raw.cells.resize(width);
        row->cells = raw.cells;
        row->line = raw.number;
        row->problem = raw.problem;
        return true;
    }
    return false;
}

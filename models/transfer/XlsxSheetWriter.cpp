#include "XlsxSheetWriter.h"

#include "Money.h"

#include <QFile>

#include <xlsxwriter.h>

#include <algorithm>

namespace {
// Widths are fitted to the header and this many data rows: enough to see what a column holds, and the rest of a
// million rows costs nothing.
constexpr qint64 kMeasuredRows = 500;
constexpr double kMinWidth = 6;
constexpr double kMaxWidth = 60;

// Characters a text takes in a cell: East Asian wide characters take two.
double displayWidth(const QString& text)
{
    double width = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        width += (u >= 0x1100 && (u <= 0x115f || (u >= 0x2e80 && u <= 0xa4cf) || (u >= 0xac00 && u <= 0xd7a3) ||
                                  (u >= 0xf900 && u <= 0xfaff) || (u >= 0xfe30 && u <= 0xfe4f) ||
                                  (u >= 0xff00 && u <= 0xff60) || (u >= 0xffe0 && u <= 0xffe6)))
                     ? 2
                     : 1;
    }
    return width;
}
} // namespace

XlsxSheetWriter::XlsxSheetWriter(const QString& fileName, const QString& sheetName) : m_fileName(fileName)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE; // a million rows of text can pass 4 GB uncompressed
    const QByteArray path = QFile::encodeName(fileName);
    m_workbook = workbook_new_opt(path.constData(), &options);
    if (!m_workbook) {
        m_error = tr("Cannot create the workbook %1.").arg(fileName);
        return;
    }
    // Sheet names: at most 31 characters, none of []:*?/\ .
    QString name = sheetName;
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar& c : name)
        if (forbidden.contains(c))
            c = QLatin1Char(' ');
    name = name.left(31).trimmed();
    const QByteArray utf8 = name.toUtf8();
    m_sheet = workbook_add_worksheet(m_workbook, name.isEmpty() ? nullptr : utf8.constData());
    if (!m_sheet) {
        m_error = tr("Cannot create the worksheet \"%1\".").arg(name);
        return;
    }
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
}

XlsxSheetWriter::~XlsxSheetWriter()
{
    if (m_workbook && !m_closed)
        workbook_close(m_workbook); // frees it; whatever it wrote is the caller's to remove
}

bool XlsxSheetWriter::check(int status)
{
    if (status == LXW_NO_ERROR)
        return true;
    if (m_error.isEmpty())
        m_error = tr("Cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(lxw_error(status))));
    return false;
}

lxw_format* XlsxSheetWriter::numberFormat(const QString& format)
{
    auto it = m_formats.find(format);
    if (it != m_formats.end())
        return it.value();
    lxw_format* made = workbook_add_format(m_workbook);
    format_set_num_format(made, format.toUtf8().constData());
    m_formats.insert(format, made);
    return made;
}

void XlsxSheetWriter::measure(int column, const QString& shown)
{
    if (m_row > kMeasuredRows || column < 0 || column >= m_widths.size())
        return;
    m_widths[column] = std::max(m_widths.at(column), displayWidth(shown));
}

bool XlsxSheetWriter::writeHeader(const QStringList& headers)
{
    if (!isValid())
        return false;
    m_columns = int(headers.size());
    m_widths.fill(0, m_columns);
    for (int c = 0; c < m_columns; ++c) {
        if (!check(worksheet_write_string(m_sheet, 0, lxw_col_t(c), headers.at(c).toUtf8().constData(), m_bold)))
            return false;
        // Bold is a little wider, and the autofilter's button takes about two characters.
        m_widths[c] = displayWidth(headers.at(c)) * 1.1 + 2;
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    m_row = 1;
    return true;
}

bool XlsxSheetWriter::writeText(int column, const QString& text)
{
    if (!isValid() || text.isEmpty())
        return isValid();
    if (!rowFits())
        return false;
    const QString cut = text.size() > kMaxTextLength ? text.left(kMaxTextLength) : text;
    measure(column, cut);
    return check(
        worksheet_write_string(m_sheet, lxw_row_t(m_row), lxw_col_t(column), cut.toUtf8().constData(), nullptr));
}

bool XlsxSheetWriter::writeInteger(int column, qint64 value)
{
    if (!isValid())
        return false;
    if (!rowFits())
        return false;
    measure(column, QString::number(value));
    return check(worksheet_write_number(m_sheet, lxw_row_t(m_row), lxw_col_t(column), double(value), nullptr));
}

bool XlsxSheetWriter::writeMoney(int column, qint64 minor, const QString& currency)
{
    if (!isValid())
        return false;
    if (!rowFits())
        return false;
    // The shown text is about the plain amount, its grouping and its symbol.
    const QString plain = Money::plainText(minor, currency);
    measure(column, plain + QString(plain.size() / 3 + 3, QLatin1Char(' ')));
    return check(worksheet_write_number(m_sheet, lxw_row_t(m_row), lxw_col_t(column), Money::toMajor(minor, currency),
                                        numberFormat(moneyFormat(currency))));
}

bool XlsxSheetWriter::writeDate(int column, const QDate& date)
{
    if (!isValid() || !date.isValid())
        return isValid();
    if (!rowFits())
        return false;
    if (date.year() < 1900 || date.year() > 9999) // Excel has no such dates: keep the text
        return writeText(column, date.toString(Qt::ISODate));
    lxw_datetime value{date.year(), date.month(), date.day(), 0, 0, 0};
    measure(column, QStringLiteral("2000-00-00"));
    return check(worksheet_write_datetime(m_sheet, lxw_row_t(m_row), lxw_col_t(column), &value,
                                          numberFormat(QStringLiteral("yyyy-mm-dd"))));
}

bool XlsxSheetWriter::writeDateTime(int column, const QDateTime& local)
{
    if (!isValid() || !local.isValid())
        return isValid();
    if (!rowFits())
        return false;
    const QDate d = local.date();
    const QTime t = local.time();
    if (d.year() < 1900 || d.year() > 9999)
        return writeText(column, local.toString(Qt::ISODate));
    lxw_datetime value{d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second() + t.msec() / 1000.0};
    measure(column, QStringLiteral("2000-00-00 00:00"));
    return check(worksheet_write_datetime(m_sheet, lxw_row_t(m_row), lxw_col_t(column), &value,
                                          numberFormat(QStringLiteral("yyyy-mm-dd hh:mm"))));
}

bool XlsxSheetWriter::rowFits()
{
    if (m_row < kMaxRows)
        return true;
    if (m_error.isEmpty())
        m_error = tr("The list has more rows than an Excel worksheet holds (%1). Export it as CSV instead.")
                      .arg(kMaxRows - 1);
    return false;
}

bool XlsxSheetWriter::nextRow()
{
    if (!isValid())
        return false;
    ++m_row;
    // The row just finished must have fitted, even one whose cells were all empty.
    return m_row <= kMaxRows || rowFits();
}

bool XlsxSheetWriter::close()
{
    if (m_closed)
        return isValid();
    if (isValid()) {
        for (int c = 0; c < m_columns; ++c)
            check(worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c),
                                       std::clamp(m_widths.at(c) + 1, kMinWidth, kMaxWidth), nullptr));
        if (m_columns > 0)
            check(worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(std::clamp<qint64>(m_row - 1, 0, kMaxRows - 1)),
                                       lxw_col_t(m_columns - 1)));
    }
    m_closed = true;
    const lxw_error status = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (status != LXW_NO_ERROR && m_error.isEmpty())
        m_error = tr("Cannot write %1: %2").arg(m_fileName, QString::fromUtf8(lxw_strerror(status)));
    return isValid();
}

QString XlsxSheetWriter::moneyFormat(const QString& currency)
{
    // Excel's own currency formats ([$symbol-locale]) for the currencies DeskCRM names with a symbol; the ISO code
    // for the rest, which every spreadsheet program shows as it is.
    struct Known
    {
        const char* code;
        const char* prefix;
    };
    static const Known known[] = {
        {"CNY", "[$¥-804]"}, {"USD", "[$$-409]"},   {"EUR", "[$€-2] "},    {"GBP", "[$£-809]"},
        {"JPY", "[$¥-411]"}, {"HKD", "[$HK$-C04]"}, {"TWD", "[$NT$-404]"}, {"KRW", "[$₩-412]"},
    };
    const QString code = currency.trimmed().toUpper();
    QString prefix = QStringLiteral("[$%1] ").arg(code.isEmpty() ? QStringLiteral("¤") : code);
    for (const Known& k : known)
        if (code == QLatin1String(k.code))
            prefix = QString::fromUtf8(k.prefix);
    const int digits = Money::minorDigits(code);
    const QString number =
        digits > 0 ? QStringLiteral("#,##0.") + QString(digits, QLatin1Char('0')) : QStringLiteral("#,##0");
    return prefix + number + QLatin1Char(';') + QLatin1Char('-') + prefix + number;
}

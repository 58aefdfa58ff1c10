#include "ReportDocument.h"

#include "BackgroundConnection.h"
#include "ReportBuilder.h"
#include "ReportFormat.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QFile>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

namespace {
struct KindInfo
{
    ReportDocument::Kind kind;
    const char* name;
    const char* title;
};

const KindInfo kinds[] = {
    {ReportDocument::Kind::Overview, "overview", QT_TRANSLATE_NOOP("ReportDocument", "Business overview")},
    {ReportDocument::Kind::Funnel, "funnel", QT_TRANSLATE_NOOP("ReportDocument", "Sales funnel")},
    {ReportDocument::Kind::Revenue, "revenue", QT_TRANSLATE_NOOP("ReportDocument", "Revenue and forecast")},
    {ReportDocument::Kind::Conversion, "conversion", QT_TRANSLATE_NOOP("ReportDocument", "Stage conversion")},
    {ReportDocument::Kind::Team, "team", QT_TRANSLATE_NOOP("ReportDocument", "Team performance")},
    {ReportDocument::Kind::Tiers, "tiers", QT_TRANSLATE_NOOP("ReportDocument", "Customer value tiers")},
    {ReportDocument::Kind::Activity, "activity", QT_TRANSLATE_NOOP("ReportDocument", "Follow-up activity")},
    {ReportDocument::Kind::Pipeline, "pipeline", QT_TRANSLATE_NOOP("ReportDocument", "Pipeline list")},
    {ReportDocument::Kind::Customers, "customers", QT_TRANSLATE_NOOP("ReportDocument", "Customer list")},
    {ReportDocument::Kind::CustomerHistory, "customer", QT_TRANSLATE_NOOP("ReportDocument", "Customer history")},
    {ReportDocument::Kind::Campaigns, "campaigns", QT_TRANSLATE_NOOP("ReportDocument", "Campaign results")},
    {ReportDocument::Kind::Competitors, "competitors", QT_TRANSLATE_NOOP("ReportDocument", "Competitor intelligence")},
    {ReportDocument::Kind::Service, "service", QT_TRANSLATE_NOOP("ReportDocument", "After-sales service")},
};

const QColor headerBackground(0xe8, 0xee, 0xf6);
const QColor ruleColor(0x9a, 0xa8, 0xbb);

QString csvField(const QString& text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r'))) {
        QString quoted = text;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return text;
}
} // namespace

ReportDocument::ReportDocument() : m_doc(std::make_unique<QTextDocument>())
{
    QFont font;
    font.setFamilies(fontFamilies());
    font.setPointSizeF(9.5);
    m_doc->setDefaultFont(font);
    m_doc->setDocumentMargin(0);
    m_doc->setUndoRedoEnabled(false);
}

ReportDocument::~ReportDocument() = default;

QString ReportDocument::kindName(Kind kind)
{
    for (const KindInfo& info : kinds) {
        if (info.kind == kind)
            return QLatin1String(info.name);
    }
    return {};
}

bool ReportDocument::kindFromName(const QString& name, Kind* kind)
{
    for (const KindInfo& info : kinds) {
        if (name.compare(QLatin1String(info.name), Qt::CaseInsensitive) == 0) {
            if (kind)
                *kind = info.kind;
            return true;
        }
    }
    return false;
}

QStringList ReportDocument::kindNames()
{
    QStringList names;
    for (const KindInfo& info : kinds)
        names << QLatin1String(info.name);
    return names;
}

QString ReportDocument::kindTitle(Kind kind)
{
    for (const KindInfo& info : kinds) {
        if (info.kind == kind)
            return tr(info.title);
    }
    return {};
}

QPageLayout ReportDocument::defaultPageLayout()
{
    return pageLayout(QPageSize::A4, QPageLayout::Portrait);
}

QPageLayout ReportDocument::pageLayout(QPageSize::PageSizeId size, QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(size), orientation, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

QStringList ReportDocument::fontFamilies()
{
    // A TrueType Latin family first: with a CJK OpenType font shaping Latin text, Qt's PDF text map loses
    // digits (pdftotext and copy/paste show "Deal 商机" for "Deal 01 商机"). Chinese glyphs then come from
    // the CJK families, embedded as subsets.
    return {QStringLiteral("DejaVu Sans"),        QStringLiteral("Arial"),
            QStringLiteral("Helvetica"),          QStringLiteral("Noto Sans CJK SC"),
            QStringLiteral("Source Han Sans SC"), QStringLiteral("Microsoft YaHei"),
            QStringLiteral("PingFang SC"),        QStringLiteral("WenQuanYi Micro Hei")};
}

QTextCursor ReportDocument::endCursor() const
{
    QTextCursor cursor(m_doc.get());
    cursor.movePosition(QTextCursor::End);
    return cursor;
}

void ReportDocument::addHeading(const QString& text, int level)
{
    QTextCursor cursor = endCursor();
    QTextBlockFormat block;
    block.setTopMargin(level <= 1 ? 14 : 10);
    block.setBottomMargin(6);
    block.setHeadingLevel(level);
    if (!m_doc->isEmpty())
        cursor.insertBlock(block);
    else
        cursor.setBlockFormat(block);
    QTextCharFormat chars;
    chars.setFontPointSize(level <= 1 ? 15 : 12);
    chars.setFontWeight(QFont::Bold);
    chars.setForeground(QColor(0x1f, 0x3a, 0x5f));
    cursor.insertText(text, chars);
}

void ReportDocument::addParagraph(const QString& text)
{
    QTextCursor cursor = endCursor();
    QTextBlockFormat block;
    block.setBottomMargin(4);
    if (!m_doc->isEmpty())
        cursor.insertBlock(block, QTextCharFormat());
    else
        cursor.setBlockFormat(block);
    cursor.insertText(text, QTextCharFormat());
}

void ReportDocument::addKeyValues(const QList<QPair<QString, QString>>& pairs)
{
    if (pairs.isEmpty())
        return;
    QTextCursor cursor = endCursor();
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(2);
    format.setCellSpacing(0);
    format.setTopMargin(4);
    format.setBottomMargin(6);
    QTextTable* table = cursor.insertTable(int(pairs.size()), 2, format);
    QTextCharFormat key;
    key.setForeground(QColor(0x55, 0x60, 0x70));
    QTextCharFormat value;
    value.setFontWeight(QFont::DemiBold);
    for (int row = 0; row < pairs.size(); ++row) {
        table->cellAt(row, 0).firstCursorPosition().insertText(pairs.at(row).first, key);
        table->cellAt(row, 1).firstCursorPosition().insertText(pairs.at(row).second, value);
    }
}

void ReportDocument::addTable(const ReportTable& data)
{
    m_tables << data;
    const int columns = int(data.headers.size());
    if (columns == 0) {
        if (!data.title.isEmpty())
            addHeading(data.title, 2);
        return;
    }
    // The title is the table's first header row (merged), so it can never be left alone at the foot of
    // a page, and a table continued on the next page says again what it is.
    const int titleRows = data.title.isEmpty() ? 0 : 1;
    QTextCursor cursor = endCursor();
    QTextBlockFormat before;
    before.setTopMargin(6);
    if (!m_doc->isEmpty())
        cursor.insertBlock(before, QTextCharFormat());
    QTextTableFormat format;
    format.setHeaderRowCount(titleRows + 1); // repeated on every page the table spans
    format.setBorder(0.5);
    format.setBorderBrush(ruleColor);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setTopMargin(2);
    format.setBottomMargin(6);
    QTextTable* table = cursor.insertTable(int(data.rows.size()) + 1 + titleRows, columns, format);

    QTextCharFormat headerChars;
    headerChars.setFontWeight(QFont::Bold);
    headerChars.setBackground(headerBackground);
    QTextCharFormat cellChars;
    auto put = [&](int row, int column, const QString& text, const QTextCharFormat& chars) {
        QTextTableCell cell = table->cellAt(row, column);
        QTextCursor at = cell.firstCursorPosition();
        QTextBlockFormat block;
        block.setAlignment(data.alignment(column) & Qt::AlignHorizontal_Mask);
        at.setBlockFormat(block);
        at.insertText(text, chars);
    };
    if (titleRows) {
        table->mergeCells(0, 0, 1, columns);
        QTextCharFormat titleChars;
        titleChars.setFontWeight(QFont::Bold);
        titleChars.setFontPointSize(11.5);
        titleChars.setForeground(QColor(0x1f, 0x3a, 0x5f));
        QTextCursor at = table->cellAt(0, 0).firstCursorPosition();
        at.insertText(data.title, titleChars);
    }
    for (int column = 0; column < columns; ++column) {
        QTextTableCell cell = table->cellAt(titleRows, column);
        QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
        cellFormat.setBackground(headerBackground);
        cell.setFormat(cellFormat);
        put(titleRows, column, data.headers.at(column), headerChars);
    }
    for (int row = 0; row < data.rows.size(); ++row) {
        const QStringList& values = data.rows.at(row);
        for (int column = 0; column < columns && column < values.size(); ++column)
            put(row + 1 + titleRows, column, values.at(column), cellChars);
    }
    if (!data.note.isEmpty()) {
        QTextCharFormat noteChars;
        noteChars.setFontItalic(true);
        noteChars.setForeground(QColor(0x55, 0x60, 0x70));
        QTextCursor after = endCursor();
        after.insertBlock(QTextBlockFormat(), noteChars);
        after.insertText(data.note, noteChars);
    }
}

void ReportDocument::addImage(const QImage& image, qreal widthPx, qreal heightPx)
{
    const QUrl name(QStringLiteral("deskcrm-chart://%1").arg(++m_imageCount));
    m_doc->addResource(QTextDocument::ImageResource, name, image);
    QTextCursor cursor = endCursor();
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignHCenter);
    block.setTopMargin(4);
    block.setBottomMargin(4);
    if (!m_doc->isEmpty())
        cursor.insertBlock(block, QTextCharFormat());
    else
        cursor.setBlockFormat(block);
    QTextImageFormat format;
    format.setName(name.toString());
    format.setWidth(widthPx);
    format.setHeight(heightPx);
    cursor.insertImage(format);
}

void ReportDocument::addPageBreak()
{
    QTextCursor cursor = endCursor();
    QTextBlockFormat block;
    block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.insertBlock(block, QTextCharFormat());
}

bool ReportDocument::paint(QPagedPaintDevice* device, QString* error)
{
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("Could not start printing.");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);

    // The painter's origin is the top left of the printable area; everything below is device pixels.
    const qreal width = device->width();
    const qreal height = device->height();
    QFont small;
    small.setFamilies(fontFamilies());
    small.setPointSizeF(8);
    QFont strong = small;
    strong.setBold(true);
    const QFontMetricsF metrics(small, device);
    const qreal line = metrics.height();
    const qreal headerHeight = line * 2.6;
    const qreal footerHeight = line * 2.0;
    const qreal bodyHeight = height - headerHeight - footerHeight;

    m_doc->documentLayout()->setPaintDevice(device);
    m_doc->setPageSize(QSizeF(width, bodyHeight)); // lays the document out in pages for this device
    m_pageCount = m_doc->pageCount();

    const QString printed = ReportFormat::dateTime(m_printedAt);
    for (int page = 0; page < m_pageCount; ++page) {
        if (page > 0 && !device->newPage()) {
            if (error)
                *error = tr("Could not start a new page.");
            return false;
        }
        // Running header: company (left), report title (centre), period (right), then a rule.
        painter.setPen(QColor(0x1f, 0x3a, 0x5f));
        painter.setFont(strong);
        const QRectF headerRect(0, 0, width, line * 1.4);
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter, m_company);
        painter.drawText(headerRect, Qt::AlignHCenter | Qt::AlignVCenter, m_title);
        painter.setFont(small);
        painter.drawText(headerRect, Qt::AlignRight | Qt::AlignVCenter, m_period);
        painter.setPen(QPen(ruleColor, 0));
        painter.drawLine(QPointF(0, line * 1.7), QPointF(width, line * 1.7));

        painter.save();
        painter.translate(0, headerHeight - page * bodyHeight);
        m_doc->drawContents(&painter, QRectF(0, page * bodyHeight, width, bodyHeight));
        painter.restore();

        // Footer: when printed (left), page x of y (right).
        const qreal footerTop = height - footerHeight;
        painter.setPen(QPen(ruleColor, 0));
        painter.drawLine(QPointF(0, footerTop + line * 0.5), QPointF(width, footerTop + line * 0.5));
        painter.setPen(QColor(0x55, 0x60, 0x70));
        painter.setFont(small);
        const QRectF footerRect(0, footerTop + line * 0.7, width, line * 1.2);
        if (!printed.isEmpty())
            painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, tr("Printed %1").arg(printed));
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(page + 1).arg(m_pageCount));
    }
    painter.end();
    return true;
}

bool ReportDocument::writePdf(const QString& fileName, const QPageLayout& layout, QString* error)
{
    QPdfWriter writer(fileName);
    writer.setCreator(QStringLiteral("DeskCRM"));
    writer.setTitle(m_title);
    writer.setResolution(300);
    writer.setPageLayout(layout);
    if (!paint(&writer, error))
        return false;
    if (!QFile::exists(fileName)) {
        if (error)
            *error = tr("Could not write %1.").arg(fileName);
        return false;
    }
    return true;
}

QByteArray ReportDocument::toCsv() const
{
    QString out;
    const QString eol = QStringLiteral("\r\n");
    bool first = true;
    for (const ReportTable& table : m_tables) {
        if (!first)
            out += eol;
        first = false;
        if (!table.title.isEmpty())
            out += csvField(table.title) + eol;
        QStringList fields;
        for (const QString& header : table.headers)
            fields << csvField(header);
        out += fields.join(QLatin1Char(',')) + eol;
        for (const QStringList& row : table.rows) {
            fields.clear();
            for (const QString& value : row)
                fields << csvField(value);
            out += fields.join(QLatin1Char(',')) + eol;
        }
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

bool ReportDocument::writeCsv(const QString& fileName, QString* error) const
{
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(toCsv()) < 0) {
        if (error)
            *error = tr("Could not write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

bool ReportDocument::writePdf(Database& db, Kind kind, const ReportFilter& filter, const QString& fileName,
                              QString* error, const QPageLayout& layout, const QString& customerId)
{
    // The overview reads every dashboard figure; a second connection pays off even when opened for this
    // report alone, as it connects while the first one reads (see DashboardData::load).
    std::unique_ptr<BackgroundConnection> background;
    if (kind == Kind::Overview && BackgroundConnection::supports(db))
        background = std::make_unique<BackgroundConnection>(db);
    ReportBuilder builder(db, background.get());
    ReportBuilder::Options options;
    options.kind = kind;
    options.filter = filter;
    options.customerId = customerId;
    ReportDocument document;
    if (!builder.build(options, &document, error))
        return false;
    return document.writePdf(fileName, layout, error);
}

#pragma once

#include "ReportTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;
class QTextCursor;
class Database;
struct ReportFilter;

// A printable report: a QTextDocument of headings, paragraphs, tables and chart images, laid out on
// pages with a running header (company, report title, period) and "page x of y" footer. Tables repeat
// their header row on every page and break between rows. The text is set in a font family list that
// ends in CJK families, so Chinese names are embedded in the PDF. No widget needed: tests and the CLI
// (with the offscreen platform) build and write reports the same way the dashboard does.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    // What the report shows; ReportBuilder fills a document for each kind.
    enum class Kind {
        Overview,
        Funnel,
        Revenue,
        Conversion,
        Team,
        Tiers,
        Activity,
        Pipeline,
        Customers,
        CustomerHistory,
        Campaigns,   // issue 15: campaigns side by side under the three attribution models
        Competitors, // issue 15: win/loss per competitor and the latest observations
        Service      // issue 14: tickets, SLA, satisfaction, complaints (ServiceReport)
    };

    ReportDocument();
    ~ReportDocument();
    Q_DISABLE_COPY(ReportDocument)

    // Kind <-> the names the CLI and settings use ("overview", "funnel", "revenue", "conversion", "team",
    // "tiers", "activity", "pipeline", "customers", "customer").
    static QString kindName(Kind kind);
    static bool kindFromName(const QString& name, Kind* kind);
    static QStringList kindNames();
    static QString kindTitle(Kind kind); // translated

    // Builds the report of `kind` for `filter` from the database and writes it as PDF (the entry point of
    // `deskcrm-cli report --format pdf`; needs a QApplication, offscreen is fine, for the charts).
    // customerId: only for Kind::CustomerHistory.
    static bool writePdf(Database& db, Kind kind, const ReportFilter& filter, const QString& fileName, QString* error,
                         const QPageLayout& layout = defaultPageLayout(), const QString& customerId = {});

    static QPageLayout defaultPageLayout(); // A4 portrait, 15 mm margins
    static QPageLayout pageLayout(QPageSize::PageSizeId size, QPageLayout::Orientation orientation);
    // Font families for report text, CJK families included so Chinese glyphs exist and get embedded.
    static QStringList fontFamilies();

    // Running header content.
    void setCompanyName(const QString& name) { m_company = name; }
    void setTitle(const QString& title) { m_title = title; }
    void setPeriod(const QString& period) { m_period = period; }
    QString companyName() const { return m_company; }
    QString title() const { return m_title; }
    QString period() const { return m_period; }
    // When the report was made (UTC), printed in the footer in local time; ReportBuilder sets it from the
    // database's clock. Not set: the footer says nothing about it.
    void setPrintedAt(const QDateTime& utc) { m_printedAt = utc; }
    QDateTime printedAt() const { return m_printedAt; }

    // Building blocks, appended in order.
    void addHeading(const QString& text, int level = 1);
    void addParagraph(const QString& text);
    // A compact two-column key/value block ("Won amount: ¥12,000.00").
    void addKeyValues(const QList<QPair<QString, QString>>& pairs);
    void addTable(const ReportTable& table);
    // A chart picture; widthPx/heightPx in 96-dpi pixels (scaled to the device when painted).
    void addImage(const QImage& image, qreal widthPx, qreal heightPx);
    void addPageBreak();

    QTextDocument* document() const { return m_doc.get(); }
    const QList<ReportTable>& tables() const { return m_tables; }

    // Lays the document out for the device's page and paints every page; false with a message if the
    // device cannot be painted on.
    bool paint(QPagedPaintDevice* device, QString* error = nullptr);
    int pageCount() const { return m_pageCount; } // of the last paint()
    bool writePdf(const QString& fileName, const QPageLayout& layout, QString* error = nullptr);
    // All tables as CSV (UTF-8 with BOM so spreadsheet programs read Chinese), one block per table.
    bool writeCsv(const QString& fileName, QString* error = nullptr) const;
    QByteArray toCsv() const;

private:
    QTextCursor endCursor() const;

    std::unique_ptr<QTextDocument> m_doc;
    QList<ReportTable> m_tables;
    QString m_company;
    QString m_title;
    QString m_period;
    QDateTime m_printedAt;
    int m_imageCount = 0;
    int m_pageCount = 0;
};

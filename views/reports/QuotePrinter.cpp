#include "QuotePrinter.h"

#include "ChineseAmountWords.h"
#include "ContractService.h"
#include "Database.h"
#include "Money.h"
#include "QuoteService.h"
#include "ReportDocument.h"
#include "ReportFormat.h"
#include "ReportTable.h"

#include <QLocale>
#include <QSettings>

namespace {
struct Header
{
    QString title;
    QString number;
    QString customerName;
    QString currency;
    QList<QPair<QString, QString>> details;
    QString terms;
    QList<DocumentLine> lines;
};

QString discountText(const DocumentLine& line, const QString& currency)
{
    switch (line.discountKind) {
    case DocumentTotals::DiscountKind::Percent:
        return DocumentTotals::percentText(line.discountValue) + QLatin1Char('%');
    case DocumentTotals::DiscountKind::Amount:
        return ReportFormat::money(line.discountValue, currency);
    case DocumentTotals::DiscountKind::None:
        break;
    }
    return QString();
}

void fill(ReportDocument& document, const Header& header, const DocumentPrintOptions& options)
{
    document.setCompanyName(options.companyName.isEmpty() ? QStringLiteral("DeskCRM") : options.companyName);
    document.setTitle(header.title);
    document.setPeriod(header.number);
    if (!options.logo.isNull()) {
        // At most 60 px high, the width following the picture's proportions.
        const qreal height = 60;
        const qreal width = options.logo.height() > 0 ? height * options.logo.width() / options.logo.height() : 0;
        document.addImage(options.logo, std::min<qreal>(width, 240), height);
    }
    if (!options.companyAddress.isEmpty() || !options.companyPhone.isEmpty()) {
        QStringList company;
        if (!options.companyAddress.isEmpty())
            company << options.companyAddress;
        if (!options.companyPhone.isEmpty())
            company << QuotePrinter::tr("Phone: %1").arg(options.companyPhone);
        document.addParagraph(company.join(QStringLiteral("  ·  ")));
    }
    document.addHeading(header.title + QLatin1Char(' ') + header.number);
    document.addKeyValues(header.details);

    const QString& currency = header.currency;
    ReportTable table;
    table.headers = {QuotePrinter::tr("No."),      QuotePrinter::tr("Description"), QuotePrinter::tr("Quantity"),
                     QuotePrinter::tr("Unit"),     QuotePrinter::tr("Unit price"),  QuotePrinter::tr("Discount"),
                     QuotePrinter::tr("Tax rate"), QuotePrinter::tr("Amount")};
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    table.alignments = {right, Qt::AlignLeft, right, Qt::AlignLeft, right, right, right, right};
    const DocumentTotals::Result totals = DocumentLines::totals(header.lines);
    for (int i = 0; i < header.lines.size(); ++i) {
        const DocumentLine& line = header.lines.at(i);
        const DocumentTotals::LineResult& computed = totals.lines.at(i);
        table.rows << QStringList{QString::number(i + 1),
                                  line.description,
                                  DocumentTotals::quantityText(line.quantityMilli),
                                  line.unit,
                                  ReportFormat::money(line.unitPriceMinor, currency),
                                  discountText(line, currency),
                                  DocumentTotals::percentText(line.taxRateBp) + QLatin1Char('%'),
                                  ReportFormat::money(computed.netMinor, currency)};
    }
    document.addTable(table);

    QList<QPair<QString, QString>> sums;
    sums << qMakePair(QuotePrinter::tr("Subtotal"), ReportFormat::money(totals.subtotalMinor, currency));
    if (totals.discountMinor > 0)
        sums << qMakePair(QuotePrinter::tr("Discount"), ReportFormat::money(-totals.discountMinor, currency));
    sums << qMakePair(QuotePrinter::tr("Net amount"), ReportFormat::money(totals.netMinor, currency));
    for (const DocumentTotals::TaxBand& band : totals.bands)
        sums << qMakePair(
            QuotePrinter::tr("Tax %1% on %2")
                .arg(DocumentTotals::percentText(band.taxRateBp), ReportFormat::money(band.netMinor, currency)),
            ReportFormat::money(band.taxMinor, currency));
    sums << qMakePair(QuotePrinter::tr("Total"), ReportFormat::money(totals.totalMinor, currency));
    document.addKeyValues(sums);
    if (options.chineseCapitals)
        document.addParagraph(QuotePrinter::amountInWords(totals.totalMinor, currency));
    if (!header.terms.trimmed().isEmpty()) {
        document.addHeading(QuotePrinter::tr("Terms"), 2);
        document.addParagraph(header.terms);
    }
}
} // namespace

DocumentPrintOptions DocumentPrintOptions::fromSettings()
{
    QSettings settings;
    DocumentPrintOptions options;
    options.companyName = settings.value(QStringLiteral("company/name")).toString();
    options.companyAddress = settings.value(QStringLiteral("company/address")).toString();
    options.companyPhone = settings.value(QStringLiteral("company/phone")).toString();
    const QString logo = settings.value(QStringLiteral("company/logo")).toString();
    if (!logo.isEmpty())
        options.logo = QImage(logo);
    options.pageSize = settings.value(QStringLiteral("printing/paper")).toString() == QLatin1String("letter")
                           ? QPageSize::Letter
                           : QPageSize::A4;
    options.chineseCapitals = QLocale().language() == QLocale::Chinese;
    return options;
}

QString QuotePrinter::amountInWords(qint64 minor, const QString& currency)
{
    const QString words = ChineseAmountWords::fromMinor(minor, Money::minorDigits(currency));
    // 人民币 for yuan; other currencies are named by their code, never converted.
    const QString name = currency == QLatin1String("CNY")
                             ? tr("RMB", "the currency named before an amount in Chinese capital numerals")
                             : currency + QLatin1Char(' ');
    return tr("Amount in words: %1%2").arg(name, words);
}

void QuotePrinter::fillQuote(ReportDocument& document, const QuoteDocument& quote, const DocumentPrintOptions& options)
{
    Header header;
    header.title = tr("Quotation");
    header.number = quote.revision > 1 ? tr("%1 (revision %2)").arg(quote.number).arg(quote.revision) : quote.number;
    header.currency = quote.currency;
    header.details << qMakePair(tr("Customer"), quote.customerName);
    if (!quote.title.isEmpty())
        header.details << qMakePair(tr("Subject"), quote.title);
    header.details << qMakePair(tr("Date"), ReportFormat::longDate(quote.issuedOn))
                   << qMakePair(tr("Valid until"), ReportFormat::longDate(quote.validUntil))
                   << qMakePair(tr("Currency"), Money::displayName(quote.currency));
    header.terms = quote.terms;
    header.lines = quote.lines;
    fill(document, header, options);
}

void QuotePrinter::fillContract(ReportDocument& document, const ContractDocument& contract,
                                const DocumentPrintOptions& options)
{
    Header header;
    header.title = tr("Contract");
    header.number = contract.number;
    header.currency = contract.currency;
    header.details << qMakePair(tr("Customer"), contract.customerName);
    if (!contract.title.isEmpty())
        header.details << qMakePair(tr("Subject"), contract.title);
    if (!contract.signatory.isEmpty())
        header.details << qMakePair(tr("Signatory"), contract.signatory);
    if (contract.signedOn.isValid())
        header.details << qMakePair(tr("Signed on"), ReportFormat::longDate(contract.signedOn));
    if (contract.startDate.isValid() || contract.endDate.isValid())
        header.details << qMakePair(tr("Term"), ReportFormat::dateRange(contract.startDate, contract.endDate, true));
    header.details << qMakePair(tr("Currency"), Money::displayName(contract.currency));
    header.terms = contract.terms;
    header.lines = contract.lines;
    fill(document, header, options);
}

bool QuotePrinter::writeQuotePdf(Database& db, const QString& quoteId, const QString& fileName,
                                 const DocumentPrintOptions& options, QString* error)
{
    QuoteDocument quote;
    if (!QuoteService::load(db, quoteId, &quote, error))
        return false;
    ReportDocument document;
    document.setPrintedAt(db.clock().nowUtc());
    fillQuote(document, quote, options);
    return document.writePdf(fileName, ReportDocument::pageLayout(options.pageSize, QPageLayout::Portrait), error);
}

bool QuotePrinter::writeContractPdf(Database& db, const QString& contractId, const QString& fileName,
                                    const DocumentPrintOptions& options, QString* error)
{
    ContractDocument contract;
    if (!ContractService::load(db, contractId, &contract, error))
        return false;
    ReportDocument document;
    document.setPrintedAt(db.clock().nowUtc());
    fillContract(document, contract, options);
    return document.writePdf(fileName, ReportDocument::pageLayout(options.pageSize, QPageLayout::Portrait), error);
}

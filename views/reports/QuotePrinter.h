#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QPageSize>
#include <QString>

class Database;
class ReportDocument;
struct ContractDocument;
struct QuoteDocument;

// What a printed quote or contract carries besides the document: the company's header (name, address, phone,
// logo) from settings, the paper, and whether the amount is written out in Chinese capital numerals too.
struct DocumentPrintOptions
{
    QString companyName;
    QString companyAddress;
    QString companyPhone;
    QImage logo;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    // Chinese documents carry 大写金额 (LOCALE-zh.md); default: when the program speaks Chinese.
    bool chineseCapitals = false;

    // QSettings "company/name", "company/address", "company/phone", "company/logo" (an image file),
    // "printing/paper" ("a4" or "letter"); chineseCapitals from the current locale.
    static DocumentPrintOptions fromSettings();
};

// The printed quote and contract: a ReportDocument (running header with the company, "page x of y" footer) holding
// the logo, the customer and document details, the lines with quantity, unit price, discount, tax rate and amount,
// the totals per tax rate and the grand total (in 大写金额 too on Chinese documents), and the terms. Texts are in the
// program's language; the same code serves the editor's Print/PDF buttons and the tests.
class QuotePrinter
{
    Q_DECLARE_TR_FUNCTIONS(QuotePrinter)

public:
    QuotePrinter() = delete;

    static void fillQuote(ReportDocument& document, const QuoteDocument& quote, const DocumentPrintOptions& options);
    static void fillContract(ReportDocument& document, const ContractDocument& contract,
                             const DocumentPrintOptions& options);
    static bool writeQuotePdf(Database& db, const QString& quoteId, const QString& fileName,
                              const DocumentPrintOptions& options, QString* error);
    static bool writeContractPdf(Database& db, const QString& contractId, const QString& fileName,
                                 const DocumentPrintOptions& options, QString* error);
    // "金额大写：人民币壹仟贰佰叁拾肆元伍角整" for an amount of `currency`.
    static QString amountInWords(qint64 minor, const QString& currency);
};

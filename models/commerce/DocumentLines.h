#pragma once

#include "DocumentTotals.h"
#include "WriteResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;
class RecordWriter;

// One line of a quote or contract as stored (quote_lines, contract_lines: the same columns).
struct DocumentLine
{
    QString id;
    QString productId;
    QString description;
    QString unit;
    qint64 quantityMilli = 1000;
    qint64 unitPriceMinor = 0;
    DocumentTotals::DiscountKind discountKind = DocumentTotals::DiscountKind::None;
    qint64 discountValue = 0;
    int taxRateBp = 0;
    // Not stored: the line editor's note that the price is still the price list's (a quantity change then looks up
    // the volume price again); a typed price clears it.
    bool listPrice = false;
    // Not compared: on an invoice or credit note, the contract line it bills (written to the column replace() is
    // given as sourceColumn).
    QString sourceLineId;

    DocumentTotals::Line totalsLine() const;
    bool operator==(const DocumentLine& other) const;
};

// Reading and writing a document's lines; the totals of a list of lines.
class DocumentLines
{
    Q_DECLARE_TR_FUNCTIONS(DocumentLines)

public:
    DocumentLines() = delete;

    static DocumentTotals::Result totals(const QList<DocumentLine>& lines);
    // The live lines of a document in their order. table: "quote_lines" or "contract_lines"; parentColumn
    // "quote_id" or "contract_id".
    static QList<DocumentLine> load(Database& db, const QString& table, const QString& parentColumn,
                                    const QString& parentId, QString* error = nullptr);
    // Inside the caller's write: the document's lines become `lines` (old ones tombstoned, the new ones inserted
    // in order with their computed net and tax). Lines must compute (totals(lines).ok()). With a sourceColumn
    // ("contract_line_id") each line's sourceLineId is written there.
    static WriteResult replace(RecordWriter& writer, const QString& table, const QString& parentColumn,
                               const QString& parentId, const QList<DocumentLine>& lines,
                               const QString& sourceColumn = {});
    // What a document's stored header columns say of its totals (subtotal/discount/tax/total_minor and, for quotes,
    // max_discount_bp), from computed totals.
    static QVariantHash totalColumns(const DocumentTotals::Result& totals);
};

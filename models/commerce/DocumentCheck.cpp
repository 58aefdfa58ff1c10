#include "DocumentCheck.h"

#include "CollectionCheck.h"
#include "Database.h"
#include "DocumentTotals.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {
struct Stored
{
    QString number;
    qint64 subtotal = 0;
    qint64 discount = 0;
    qint64 tax = 0;
    qint64 total = 0;
};

bool verifyKind(const Database& db, const QString& table, const QString& linesTable, const QString& parentColumn,
                QStringList* problems, int* checked, QString* error)
{
    QHash<QString, Stored> stored;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, number, subtotal_minor, discount_minor, tax_minor, total_minor FROM %1 "
                               "WHERE deleted_at IS NULL")
                    .arg(table))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        stored.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                                              q.value(4).toLongLong(), q.value(5).toLongLong()});
    *checked += int(stored.size());

    // Lines in document order, one document after another; the last document is finished after the loop.
    if (!q.exec(QStringLiteral("SELECT %1, quantity_milli, unit_price_minor, discount_kind, discount_value, "
                               "tax_rate_bp, net_minor, tax_minor FROM %2 WHERE deleted_at IS NULL "
                               "ORDER BY %1, position, id")
                    .arg(parentColumn, linesTable))) {
        *error = q.lastError().text();
        return false;
    }
    QHash<QString, DocumentTotals::Result> computed;
    QString current;
    QList<DocumentTotals::Line> lines;
    QList<QPair<qint64, qint64>> storedLines;
    auto finish = [&] {
        if (current.isEmpty())
            return;
        const DocumentTotals::Result result = DocumentTotals::compute(lines);
        const QString number = stored.value(current).number;
        for (int i = 0; i < lines.size(); ++i) {
            const DocumentTotals::LineResult& line = result.lines.at(i);
            if (!line.ok() || line.netMinor != storedLines.at(i).first || line.taxMinor != storedLines.at(i).second)
                problems->append(DocumentCheck::tr("%1 %2, line %3: stored net %4 and tax %5, computed %6 and %7.")
                                     .arg(table, number)
                                     .arg(i + 1)
                                     .arg(storedLines.at(i).first)
                                     .arg(storedLines.at(i).second)
                                     .arg(line.netMinor)
                                     .arg(line.taxMinor));
        }
        computed.insert(current, result);
    };
    while (q.next()) {
        const QString parent = q.value(0).toString();
        if (parent != current) {
            finish();
            current = parent;
            lines.clear();
            storedLines.clear();
        }
        DocumentTotals::Line line;
        line.quantityMilli = q.value(1).toLongLong();
        line.unitPriceMinor = q.value(2).toLongLong();
        line.discountKind = DocumentTotals::discountKindFromText(q.value(3).toString());
        line.discountValue = q.value(4).toLongLong();
        line.taxRateBp = q.value(5).toInt();
        lines << line;
        storedLines << qMakePair(q.value(6).toLongLong(), q.value(7).toLongLong());
    }
    finish();

    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const DocumentTotals::Result result = computed.value(it.key()); // no lines: all zero
        const Stored& s = it.value();
        if (s.subtotal != result.subtotalMinor || s.discount != result.discountMinor || s.tax != result.taxMinor ||
            s.total != result.totalMinor)
            problems->append(DocumentCheck::tr("%1 %2: stored total %3 (tax %4), computed from its lines %5 (tax %6).")
                                 .arg(table, s.number)
                                 .arg(s.total)
                                 .arg(s.tax)
                                 .arg(result.totalMinor)
                                 .arg(result.taxMinor));
    }
    return true;
}
} // namespace

bool DocumentCheck::verify(const Database& db, QStringList* problems, int* checked, QString* error)
{
    *checked = 0;
    return verifyKind(db, QStringLiteral("quotes"), QStringLiteral("quote_lines"), QStringLiteral("quote_id"), problems,
                      checked, error) &&
           verifyKind(db, QStringLiteral("contracts"), QStringLiteral("contract_lines"), QStringLiteral("contract_id"),
                      problems, checked, error) &&
           verifyKind(db, QStringLiteral("invoices"), QStringLiteral("invoice_lines"), QStringLiteral("invoice_id"),
                      problems, checked, error) &&
           CollectionCheck::verify(db, problems, checked, error);
}

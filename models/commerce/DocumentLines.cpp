#include "DocumentLines.h"

#include "Database.h"
#include "RecordWriter.h"

#include <QSqlError>
#include <QSqlQuery>

DocumentTotals::Line DocumentLine::totalsLine() const
{
    DocumentTotals::Line line;
    line.quantityMilli = quantityMilli;
    line.unitPriceMinor = unitPriceMinor;
    line.discountKind = discountKind;
    line.discountValue = discountKind == DocumentTotals::DiscountKind::None ? 0 : discountValue;
    line.taxRateBp = taxRateBp;
    return line;
}

bool DocumentLine::operator==(const DocumentLine& o) const
{
    return productId == o.productId && description == o.description && unit == o.unit &&
           quantityMilli == o.quantityMilli && unitPriceMinor == o.unitPriceMinor && discountKind == o.discountKind &&
           discountValue == o.discountValue && taxRateBp == o.taxRateBp;
}

DocumentTotals::Result DocumentLines::totals(const QList<DocumentLine>& lines)
{
    QList<DocumentTotals::Line> computed;
    computed.reserve(lines.size());
    for (const DocumentLine& line : lines)
        computed << line.totalsLine();
    return DocumentTotals::compute(computed);
}

QList<DocumentLine> DocumentLines::load(Database& db, const QString& table, const QString& parentColumn,
                                        const QString& parentId, QString* error)
{
    QList<DocumentLine> lines;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, product_id, description, unit, quantity_milli, unit_price_minor, "
                             "discount_kind, discount_value, tax_rate_bp FROM %1 "
                             "WHERE %2 = ? AND deleted_at IS NULL ORDER BY position, id")
                  .arg(table, parentColumn));
    q.addBindValue(parentId);
    if (!q.exec()) {
        if (error)
            *error = tr("The lines could not be read: %1").arg(q.lastError().text());
        return lines;
    }
    while (q.next()) {
        DocumentLine line;
        line.id = q.value(0).toString();
        line.productId = q.value(1).toString();
        line.description = q.value(2).toString();
        line.unit = q.value(3).toString();
        line.quantityMilli = q.value(4).toLongLong();
        line.unitPriceMinor = q.value(5).toLongLong();
        line.discountKind = DocumentTotals::discountKindFromText(q.value(6).toString());
        line.discountValue = q.value(7).toLongLong();
        line.taxRateBp = q.value(8).toInt();
        lines << line;
    }
    return lines;
}

WriteResult DocumentLines::replace(RecordWriter& writer, const QString& table, const QString& parentColumn,
                                   const QString& parentId, const QList<DocumentLine>& lines,
                                   const QString& sourceColumn)
{
    const DocumentTotals::Result computed = totals(lines);
    if (!computed.ok())
        return WriteResult::failure(
            WriteResult::Invalid,
            tr("Line %1: %2").arg(computed.firstError + 1).arg(computed.lines.at(computed.firstError).error));
    WriteResult old = writer.updateWhere(table, {{QStringLiteral("deleted_at"), RecordWriter::stamp()}},
                                         parentColumn + QStringLiteral(" = ? AND deleted_at IS NULL"), {parentId},
                                         RowChange::Deleted);
    if (!old.ok())
        return old;
    for (int i = 0; i < lines.size(); ++i) {
        const DocumentLine& line = lines.at(i);
        const DocumentTotals::LineResult& result = computed.lines.at(i);
        const QString kind = DocumentTotals::discountKindText(line.discountKind);
        QVariantHash values{
            {parentColumn, parentId},
            {QStringLiteral("position"), i + 1},
            {QStringLiteral("product_id"), line.productId.isEmpty() ? QVariant() : QVariant(line.productId)},
            {QStringLiteral("description"), line.description},
            {QStringLiteral("unit"), line.unit.isEmpty() ? QVariant() : QVariant(line.unit)},
            {QStringLiteral("quantity_milli"), line.quantityMilli},
            {QStringLiteral("unit_price_minor"), line.unitPriceMinor},
            {QStringLiteral("discount_kind"), kind.isEmpty() ? QVariant() : QVariant(kind)},
            {QStringLiteral("discount_value"), kind.isEmpty() ? 0 : line.discountValue},
            {QStringLiteral("tax_rate_bp"), line.taxRateBp},
            {QStringLiteral("net_minor"), result.netMinor},
            {QStringLiteral("tax_minor"), result.taxMinor}};
        if (!sourceColumn.isEmpty())
            values.insert(sourceColumn, line.sourceLineId.isEmpty() ? QVariant() : QVariant(line.sourceLineId));
        WriteResult inserted = writer.insert(table, values);
        if (!inserted.ok())
            return inserted;
    }
    return WriteResult();
}

QVariantHash DocumentLines::totalColumns(const DocumentTotals::Result& totals)
{
    return {{QStringLiteral("subtotal_minor"), totals.subtotalMinor},
            {QStringLiteral("discount_minor"), totals.discountMinor},
            {QStringLiteral("tax_minor"), totals.taxMinor},
            {QStringLiteral("total_minor"), totals.totalMinor}};
}

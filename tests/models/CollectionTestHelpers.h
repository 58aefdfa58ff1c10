#pragma once

#include "CustomerModel.h"
#include "DocumentLines.h"
#include "RecordWriter.h"

// A customer and a signed contract with lines, written as the services would, for the collection tests.
namespace CollectionTestHelpers {

inline QString makeCustomer(Database& db, const QString& name)
{
    CustomerModel customers(db);
    customers.addRecord({{QStringLiteral("name"), name}});
    return customers.save().ok() ? customers.recordId(0) : QString();
}

inline DocumentLine line(const QString& description, qint64 quantityMilli, qint64 priceMinor, int taxBp = 0)
{
    DocumentLine l;
    l.description = description;
    l.quantityMilli = quantityMilli;
    l.unitPriceMinor = priceMinor;
    l.taxRateBp = taxBp;
    l.unit = QStringLiteral("pcs");
    return l;
}

inline QString makeContract(Database& db, const QString& customerId, const QString& number,
                            const QList<DocumentLine>& lines, const QString& currency = QStringLiteral("CNY"))
{
    const WriteResult r = RecordWriter::transact(db, [&](RecordWriter& writer) {
        QVariantHash values = DocumentLines::totalColumns(DocumentLines::totals(lines));
        values.insert(QStringLiteral("number"), number);
        values.insert(QStringLiteral("customer_id"), customerId);
        values.insert(QStringLiteral("currency"), currency);
        values.insert(QStringLiteral("status"), QStringLiteral("signed"));
        values.insert(QStringLiteral("signed_on"), QDate(2026, 11, 2));
        const WriteResult inserted = writer.insert(QStringLiteral("contracts"), values);
        if (!inserted.ok())
            return inserted;
        const WriteResult written = DocumentLines::replace(writer, QStringLiteral("contract_lines"),
                                                           QStringLiteral("contract_id"), inserted.id, lines);
        return written.ok() ? inserted : written;
    });
    return r.ok() ? r.id : QString();
}

} // namespace CollectionTestHelpers

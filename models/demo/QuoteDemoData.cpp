#include "QuoteDemoData.h"

#include "Database.h"
#include "DocumentNumbering.h"
#include "DocumentTotals.h"
#include "RecordBatch.h"
#include "RecordWriter.h"
#include "Uuid.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator64>
#include <QSqlError>
#include <QSqlQuery>

namespace {
struct DemoProduct
{
    const char* code;
    const char* name;
    const char* unit;
    const char* category;
    qint64 priceMinor; // CNY fen
    int taxBp;
};

// Prices in yuan fen; VAT 13 % for goods, 6 % for services, 9 % for transport.
const DemoProduct kProducts[] = {
    {"ERP-STD", "ERP 标准版许可", "套", "软件", 1280000, 1300},
    {"ERP-PRO", "ERP Professional licence", "set", "Software", 3680000, 1300},
    {"CRM-SEAT", "CRM 用户许可", "用户", "软件", 96000, 1300},
    {"SRV-IMPL", "实施服务", "人天", "服务", 250000, 600},
    {"SRV-TRAIN", "Training day", "day", "Services", 180000, 600},
    {"SRV-SUP", "年度技术支持", "年", "服务", 2400000, 600},
    {"HW-SRV", "Rack server 2U", "unit", "Hardware", 4599900, 1300},
    {"HW-SCAN", "条码扫描枪", "台", "硬件", 89900, 1300},
    {"HW-PRN", "Label printer", "unit", "Hardware", 329900, 1300},
    {"LOG-SHIP", "运输费", "次", "物流", 50000, 900},
    {"CLD-STO", "Cloud storage 1 TB", "month", "Cloud", 29900, 600},
    {"CLD-HOST", "云主机", "月", "云服务", 129900, 600},
};

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QVariant orNull(const QVariant& v)
{
    return v.isNull() || v.toString().isEmpty() ? QVariant() : v;
}
} // namespace

QuoteDemoData::QuoteDemoData(RecordWriter& writer, quint64 seed) : m_writer(writer), m_seed(seed) {}

bool QuoteDemoData::generate(QString* error)
{
    Database& db = m_writer.database();
    QRandomGenerator64 random(m_seed * 7919 + 13);
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };

    // The catalogue, once: demo products already there (an earlier run) are reused by code.
    struct Product
    {
        QString id;
        QString name;
        QString unit;
        qint64 price;
        int tax;
    };
    QList<Product> products;
    QHash<QString, QString> existing;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT code, id FROM products WHERE deleted_at IS NULL AND code IS NOT NULL")))
        return fail(q.lastError().text());
    while (q.next())
        existing.insert(q.value(0).toString(), q.value(1).toString());
    RecordBatch productRows(m_writer, QStringLiteral("products"),
                            {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("name"),
                             QStringLiteral("unit"), QStringLiteral("category"), QStringLiteral("price_minor"),
                             QStringLiteral("currency"), QStringLiteral("tax_rate_bp"), QStringLiteral("active")});
    for (const DemoProduct& p : kProducts) {
        QString id = existing.value(QLatin1String(p.code));
        if (id.isEmpty()) {
            // A product of the same name made by hand keeps its place; the demo one is left out then.
            QSqlQuery named(db.connection());
            named.prepare(QStringLiteral("SELECT id FROM products WHERE name = ? AND deleted_at IS NULL"));
            named.addBindValue(text(p.name));
            if (named.exec() && named.next()) {
                id = named.value(0).toString();
            } else {
                id = Uuid::createV7();
                productRows.addRow({id, QLatin1String(p.code), text(p.name), text(p.unit), text(p.category),
                                    p.priceMinor, QStringLiteral("CNY"), p.taxBp, true});
            }
        }
        products << Product{id, text(p.name), text(p.unit), p.priceMinor, p.taxBp};
    }
    WriteResult flushed = productRows.flush();
    if (!flushed.ok())
        return fail(flushed.message);
    m_rows += productRows.rowsWritten();

    // Deals without a quote yet, every other one.
    struct Deal
    {
        QString id, customer, currency, name, owner;
        bool won = false, lost = false;
        int probability = 0;
    };
    QList<Deal> deals;
    if (!q.exec(QStringLiteral("SELECT o.id, o.customer_id, o.currency, o.name, o.owner_id, s.is_won, s.is_lost, "
                               "o.probability FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id "
                               "WHERE o.deleted_at IS NULL AND o.customer_id IS NOT NULL AND NOT EXISTS "
                               "(SELECT 1 FROM quotes x WHERE x.opportunity_id = o.id) ORDER BY o.id")))
        return fail(q.lastError().text());
    // At most kMaxQuotes per run: the quotes of a million-customer demo would only make the run longer.
    constexpr int kMaxQuotes = 20000;
    while (q.next() && deals.size() < kMaxQuotes) {
        if (random.bounded(2) == 0)
            continue;
        deals << Deal{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(), q.value(5).toBool(),   q.value(6).toBool(),   q.value(7).toInt()};
    }
    q.finish();
    if (deals.isEmpty())
        return true;

    // Numbers: the sequences continue where they are; taken here in one go and the counters moved once at the end
    // (this write holds them, like DocumentNumbering::next would, for its whole length).
    const QDate today = db.clock().today();
    QString firstQuote, firstContract;
    if (!DocumentNumbering::next(m_writer, QStringLiteral("quote"), today, &firstQuote).ok() ||
        !DocumentNumbering::next(m_writer, QStringLiteral("contract"), today, &firstContract).ok())
        return fail(tr("The document numbers could not be taken."));
    auto counter = [&db](const QString& kind, int* year, int* last, QString* pattern) {
        QSqlQuery c(db.connection());
        c.prepare(QStringLiteral("SELECT year, last_number, pattern, id FROM document_counters WHERE kind = ?"));
        c.addBindValue(kind);
        if (!c.exec() || !c.next())
            return QString();
        *year = c.value(0).toInt();
        *last = c.value(1).toInt();
        *pattern = c.value(2).toString();
        return c.value(3).toString();
    };
    int quoteYear = 0, quoteLast = 0, contractYear = 0, contractLast = 0;
    QString quotePattern, contractPattern;
    const QString quoteCounter = counter(QStringLiteral("quote"), &quoteYear, &quoteLast, &quotePattern);
    const QString contractCounter = counter(QStringLiteral("contract"), &contractYear, &contractLast, &contractPattern);
    int quoteNumber = quoteLast - 1; // the numbers next() just took are the first ones used
    int contractNumber = contractLast - 1;

    const QStringList lineColumns{QStringLiteral("id"),
                                  QStringLiteral("position"),
                                  QStringLiteral("product_id"),
                                  QStringLiteral("description"),
                                  QStringLiteral("unit"),
                                  QStringLiteral("quantity_milli"),
                                  QStringLiteral("unit_price_minor"),
                                  QStringLiteral("discount_kind"),
                                  QStringLiteral("discount_value"),
                                  QStringLiteral("tax_rate_bp"),
                                  QStringLiteral("net_minor"),
                                  QStringLiteral("tax_minor")};
    RecordBatch quotes(m_writer, QStringLiteral("quotes"),
                       {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("revision"),
                        QStringLiteral("customer_id"), QStringLiteral("opportunity_id"), QStringLiteral("title"),
                        QStringLiteral("currency"), QStringLiteral("status"), QStringLiteral("issued_on"),
                        QStringLiteral("valid_until"), QStringLiteral("terms"), QStringLiteral("subtotal_minor"),
                        QStringLiteral("discount_minor"), QStringLiteral("tax_minor"), QStringLiteral("total_minor"),
                        QStringLiteral("max_discount_bp"), QStringLiteral("owner_id")});
    RecordBatch quoteLines(m_writer, QStringLiteral("quote_lines"),
                           QStringList{QStringLiteral("quote_id")} + lineColumns);
    RecordBatch contracts(m_writer, QStringLiteral("contracts"),
                          {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("quote_id"),
                           QStringLiteral("customer_id"), QStringLiteral("opportunity_id"), QStringLiteral("title"),
                           QStringLiteral("currency"), QStringLiteral("status"), QStringLiteral("signatory"),
                           QStringLiteral("signed_on"), QStringLiteral("start_date"), QStringLiteral("end_date"),
                           QStringLiteral("terms"), QStringLiteral("subtotal_minor"), QStringLiteral("discount_minor"),
                           QStringLiteral("tax_minor"), QStringLiteral("total_minor"), QStringLiteral("owner_id")});
    RecordBatch contractLines(m_writer, QStringLiteral("contract_lines"),
                              QStringList{QStringLiteral("contract_id")} + lineColumns);
    const QString terms = tr("Prices include delivery within 30 days of the order. Payment: 30% on signing, 70% "
                             "on acceptance.");
    const QStringList contractStatuses{QStringLiteral("signed"), QStringLiteral("in_delivery"),
                                       QStringLiteral("completed")};

    for (const Deal& deal : std::as_const(deals)) {
        // The deal's currency: demo prices are yuan, shown as they are in other currencies too (never converted:
        // a demo product list per currency would be the real thing).
        const int lineCount = 1 + int(random.bounded(4));
        QList<DocumentTotals::Line> lines;
        QList<QVariantList> lineRows;
        for (int i = 0; i < lineCount; ++i) {
            const Product& p = products.at(int(random.bounded(quint64(products.size()))));
            DocumentTotals::Line line;
            line.quantityMilli = 1000 * (1 + qint64(random.bounded(20)));
            line.unitPriceMinor = p.price;
            line.taxRateBp = p.tax;
            if (random.bounded(4) == 0) {
                line.discountKind = DocumentTotals::DiscountKind::Percent;
                line.discountValue = 500 * (1 + qint64(random.bounded(3))); // 5, 10 or 15 %
            }
            lines << line;
            lineRows << QVariantList{i + 1,
                                     p.id,
                                     p.name,
                                     p.unit,
                                     line.quantityMilli,
                                     line.unitPriceMinor,
                                     line.discountKind == DocumentTotals::DiscountKind::Percent
                                         ? QVariant(QStringLiteral("percent"))
                                         : QVariant(),
                                     line.discountValue,
                                     line.taxRateBp};
        }
        const DocumentTotals::Result totals = DocumentTotals::compute(lines);
        const QString status = deal.won                 ? QStringLiteral("accepted")
                               : deal.lost              ? QStringLiteral("rejected")
                               : deal.probability >= 60 ? QStringLiteral("sent")
                                                        : QStringLiteral("draft");
        const QDate issued = today.addDays(-qint64(random.bounded(120)));
        const QString quoteId = Uuid::createV7();
        quotes.addRow({quoteId, DocumentNumbering::format(quotePattern, quoteYear, ++quoteNumber), 1, deal.customer,
                       deal.id, deal.name, deal.currency, status, issued, issued.addDays(30), terms,
                       totals.subtotalMinor, totals.discountMinor, totals.taxMinor, totals.totalMinor,
                       totals.maxDiscountBp, orNull(deal.owner)});
        for (int i = 0; i < lineRows.size(); ++i)
            quoteLines.addRow(QVariantList{quoteId, Uuid::createV7()} + lineRows.at(i) +
                              QVariantList{totals.lines.at(i).netMinor, totals.lines.at(i).taxMinor});
        if (deal.won) {
            const QString contractId = Uuid::createV7();
            const QDate signedOn = issued.addDays(qint64(random.bounded(20)));
            contracts.addRow({contractId, DocumentNumbering::format(contractPattern, contractYear, ++contractNumber),
                              quoteId, deal.customer, deal.id, deal.name, deal.currency,
                              contractStatuses.at(int(random.bounded(3))), QVariant(), signedOn, signedOn,
                              signedOn.addYears(1), terms, totals.subtotalMinor, totals.discountMinor, totals.taxMinor,
                              totals.totalMinor, orNull(deal.owner)});
            for (int i = 0; i < lineRows.size(); ++i)
                contractLines.addRow(QVariantList{contractId, Uuid::createV7()} + lineRows.at(i) +
                                     QVariantList{totals.lines.at(i).netMinor, totals.lines.at(i).taxMinor});
        }
    }
    for (RecordBatch* batch : {&quotes, &quoteLines, &contracts, &contractLines}) {
        flushed = batch->flush();
        if (!flushed.ok())
            return fail(flushed.message);
        m_rows += batch->rowsWritten();
    }
    // The counters say what was taken: the quote and contract numbers used, no gaps (an unused contract number
    // goes back).
    const WriteResult q1 = m_writer.update(QStringLiteral("document_counters"), quoteCounter, -1,
                                           {{QStringLiteral("last_number"), quoteNumber}});
    const WriteResult q2 = m_writer.update(QStringLiteral("document_counters"), contractCounter, -1,
                                           {{QStringLiteral("last_number"), contractNumber}});
    if (!q1.ok() || !q2.ok())
        return fail(!q1.ok() ? q1.message : q2.message);
    return true;
}

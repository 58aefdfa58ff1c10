#include "PriceLists.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

bool PriceLists::priceFor(Database& db, const QString& productId, const QString& currency, const QDate& day,
                          qint64 quantityMilli, qint64* priceMinor)
{
    QSqlQuery q(db.connection());
    // An open start counts as the earliest day, so a dated list wins over an open-ended one on both dialects.
    q.prepare(QStringLiteral(
        "SELECT i.unit_price_minor FROM price_list_items i JOIN price_lists l ON l.id = i.price_list_id "
        "WHERE i.product_id = ? AND l.currency = ? AND l.active AND l.deleted_at IS NULL AND i.deleted_at IS NULL "
        "AND (l.valid_from IS NULL OR l.valid_from <= ?) AND (l.valid_to IS NULL OR l.valid_to >= ?) "
        "AND i.min_quantity_milli <= ? "
        "ORDER BY COALESCE(l.valid_from, ?) DESC, i.min_quantity_milli DESC, l.id LIMIT 1"));
    const QVariant date = SqlValues::date(day);
    q.addBindValue(productId);
    q.addBindValue(currency);
    q.addBindValue(date);
    q.addBindValue(date);
    q.addBindValue(quantityMilli);
    q.addBindValue(SqlValues::date(QDate(1, 1, 1)));
    if (q.exec() && q.next()) {
        *priceMinor = q.value(0).toLongLong();
        return true;
    }
    q.prepare(QStringLiteral("SELECT price_minor FROM products WHERE id = ? AND currency = ? AND price_minor IS NOT "
                             "NULL AND deleted_at IS NULL"));
    q.addBindValue(productId);
    q.addBindValue(currency);
    if (q.exec() && q.next()) {
        *priceMinor = q.value(0).toLongLong();
        return true;
    }
    return false;
}

#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

class Database;

// Prices from the price lists (0017: price_lists, price_list_items) as a quote line asks for them.
namespace PriceLists {
// The unit price of a product in `currency` on `day` for `quantityMilli`: among the live, active price lists of that
// currency valid on that day (either end open), the one valid from the latest day; in it the item with the largest
// minimum quantity not above the quantity (volume prices). Without such an item, the product's own list price when it
// is in that currency. False when neither exists (the user types the price).
bool priceFor(Database& db, const QString& productId, const QString& currency, const QDate& day, qint64 quantityMilli,
              qint64* priceMinor);
} // namespace PriceLists

#include "GlobalSearch.h"
#include "ListSpec.h"
#include "PriceLists.h"
#include "ProductModel.h"
#include "QuoteLineModel.h"
#include "RecordListModel.h"
#include "RecordStore.h"
#include "RecordTestHelpers.h"
#include "RecordWriter.h"
#include "TestDatabase.h"

#include <QTest>

using namespace RecordTestHelpers;

// The product catalogue: names and given codes unique among live products, the products list (search, status filter),
// products found by the global search, soft delete through RecordStore. SQLite and PostgreSQL.
class TestProductModel : public QObject
{
    Q_OBJECT

private slots:
    void catalogue_data() { TestDatabase::addTargets(); }
    void catalogue()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));

        ProductModel model(*db);
        model.addRecord({{QStringLiteral("code"), QStringLiteral("ERP-STD")},
                         {QStringLiteral("name"), QStringLiteral("ERP Standard licence")},
                         {QStringLiteral("price_minor"), 1280000},
                         {QStringLiteral("unit"), QStringLiteral("seat")},
                         {QStringLiteral("tax_rate_bp"), 1300}});
        model.addRecord({{QStringLiteral("code"), QStringLiteral("SVC-DAY")},
                         {QStringLiteral("name"), QStringLiteral("实施服务")},
                         {QStringLiteral("unit"), QStringLiteral("人天")},
                         {QStringLiteral("tax_rate_bp"), 600},
                         {QStringLiteral("active"), false}});
        auto saved = model.save();
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM products WHERE deleted_at IS NULL")), 2);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT tax_rate_bp FROM products WHERE code = 'SVC-DAY'")).toInt(), 600);

        // A second product with a live code is refused in words, next to the code field.
        ProductModel other(*db);
        other.addRecord({{QStringLiteral("code"), QStringLiteral("ERP-STD")}, {QStringLiteral("name"), QString()}});
        const auto refused = other.save();
        QCOMPARE(refused.status, RecordModel::SaveResult::Invalid);
        QVERIFY(refused.fieldErrors.value(QStringLiteral("code")).contains(QStringLiteral("ERP-STD")));
        QVERIFY(refused.fieldErrors.contains(QStringLiteral("name")));
        ProductModel sameName(*db);
        sameName.addRecord({{QStringLiteral("name"), QStringLiteral("实施服务")}});
        QVERIFY(sameName.save().fieldErrors.value(QStringLiteral("name")).contains(QStringLiteral("实施服务")));
        // Without a code (as imported deals name their products) it is fine.
        ProductModel noCode(*db);
        noCode.addRecord({{QStringLiteral("name"), QStringLiteral("Training")}});
        QVERIFY(noCode.save().ok());

        // The list: search inside code and name, the status filter over the active flag.
        RecordListModel list(*db, ListSpec::products());
        list.setBackgroundEnabled(false);
        QVERIFY2(list.refresh(&error), qPrintable(error));
        QCOMPARE(list.rowCount(), 3);
        list.setSearchText(QStringLiteral("licence"));
        QVERIFY2(list.refresh(&error), qPrintable(error));
        QCOMPARE(list.rowCount(), 1);
        list.setSearchText(QString());
        list.setFilter(QStringLiteral("status"), QStringLiteral("inactive"));
        QVERIFY2(list.refresh(&error), qPrintable(error));
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(list.data(list.index(0, ListSpec::products().columnIndex(QStringLiteral("code")))).toString(),
                 QStringLiteral("SVC-DAY"));

        // Ctrl+K finds products by name and code.
        const auto groups = GlobalSearch(*db).find(QStringLiteral("实施"), {QStringLiteral("product")}, 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().hits.size(), 1);
        QCOMPARE(groups.first().hits.first().title, QStringLiteral("实施服务"));

        // Deleted, the code is free again.
        const QString erp = scalar(*db, QStringLiteral("SELECT id FROM products WHERE code = 'ERP-STD'")).toString();
        QVERIFY2(RecordStore(*db).softDelete(QStringLiteral("product"), erp, &error), qPrintable(error));
        ProductModel again(*db);
        again.addRecord({{QStringLiteral("code"), QStringLiteral("ERP-STD")},
                         {QStringLiteral("name"), QStringLiteral("ERP Standard licence 2027")}});
        saved = again.save();
        QVERIFY2(saved.ok(), qPrintable(saved.message));
    }

    // Price lists: the latest valid list of the currency, volume prices by quantity, the product's list price as the
    // fallback; the line editor takes them and follows the volume prices until a price is typed.
    void priceLists_data() { TestDatabase::addTargets(); }
    void priceLists()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
        db->setClock(&clock);
        QString product;
        const WriteResult written = RecordWriter::transact(*db, [&](RecordWriter& w) {
            product = w.insert(QStringLiteral("products"), {{QStringLiteral("code"), QStringLiteral("P1")},
                                                            {QStringLiteral("name"), QStringLiteral("Widget")},
                                                            {QStringLiteral("price_minor"), 10000},
                                                            {QStringLiteral("currency"), QStringLiteral("CNY")}})
                          .id;
            auto list = [&](const QString& name, const QString& currency, const QDate& from, const QDate& to) {
                return w
                    .insert(QStringLiteral("price_lists"), {{QStringLiteral("name"), name},
                                                            {QStringLiteral("currency"), currency},
                                                            {QStringLiteral("valid_from"), from},
                                                            {QStringLiteral("valid_to"), to}})
                    .id;
            };
            auto item = [&](const QString& listId, qint64 minQuantity, qint64 price) {
                return w.insert(QStringLiteral("price_list_items"),
                                {{QStringLiteral("price_list_id"), listId},
                                 {QStringLiteral("product_id"), product},
                                 {QStringLiteral("min_quantity_milli"), minQuantity},
                                 {QStringLiteral("unit_price_minor"), price}});
            };
            const QString standard = list(QStringLiteral("Standard"), QStringLiteral("CNY"), QDate(), QDate());
            const QString year =
                list(QStringLiteral("2026"), QStringLiteral("CNY"), QDate(2026, 1, 1), QDate(2026, 12, 31));
            const QString dollars = list(QStringLiteral("Export"), QStringLiteral("USD"), QDate(), QDate());
            item(standard, 0, 9500);
            item(year, 0, 9000);
            item(year, 10000, 8000);
            return item(dollars, 0, 1500);
        });
        QVERIFY2(written.ok(), qPrintable(written.message));

        qint64 price = 0;
        QVERIFY(PriceLists::priceFor(*db, product, QStringLiteral("CNY"), QDate(2026, 6, 1), 1000, &price));
        QCOMPARE(price, qint64(9000));
        QVERIFY(PriceLists::priceFor(*db, product, QStringLiteral("CNY"), QDate(2026, 6, 1), 9999, &price));
        QCOMPARE(price, qint64(9000));
        QVERIFY(PriceLists::priceFor(*db, product, QStringLiteral("CNY"), QDate(2026, 6, 1), 10000, &price));
        QCOMPARE(price, qint64(8000));
        QVERIFY(PriceLists::priceFor(*db, product, QStringLiteral("CNY"), QDate(2027, 1, 5), 10000, &price));
        QCOMPARE(price, qint64(9500)); // the dated list ended; the open one applies
        QVERIFY(PriceLists::priceFor(*db, product, QStringLiteral("USD"), QDate(2026, 6, 1), 1000, &price));
        QCOMPARE(price, qint64(1500));
        QVERIFY(!PriceLists::priceFor(*db, product, QStringLiteral("EUR"), QDate(2026, 6, 1), 1000, &price));

        QuoteLineModel lines(*db);
        lines.setCurrency(QStringLiteral("CNY"));
        lines.addLine();
        QVERIFY(lines.setData(lines.index(0, QuoteLineModel::Product), QStringLiteral("p1")));
        QCOMPARE(lines.lines().at(0).unitPriceMinor, qint64(9000));
        QVERIFY(lines.setData(lines.index(0, QuoteLineModel::Quantity), QStringLiteral("12")));
        QCOMPARE(lines.lines().at(0).unitPriceMinor, qint64(8000)); // the volume price
        QVERIFY(lines.setData(lines.index(0, QuoteLineModel::UnitPrice), QStringLiteral("85")));
        QVERIFY(lines.setData(lines.index(0, QuoteLineModel::Quantity), QStringLiteral("1")));
        QCOMPARE(lines.lines().at(0).unitPriceMinor, qint64(8500)); // typed: kept
        QCOMPARE(lines.totals().totalMinor, qint64(8500));
        QVERIFY(!lines.setData(lines.index(0, QuoteLineModel::Quantity), QStringLiteral("1.0001")));
        QVERIFY(!lines.setData(lines.index(0, QuoteLineModel::Discount), QStringLiteral("120%")));
        QVERIFY(lines.setData(lines.index(0, QuoteLineModel::Discount), QStringLiteral("10%")));
        QCOMPARE(lines.totals().totalMinor, qint64(7650));
        db->setClock(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestProductModel)
#include "TestProductModel.moc"

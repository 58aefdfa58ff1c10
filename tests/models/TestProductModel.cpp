#include "GlobalSearch.h"
#include "ListSpec.h"
#include "ProductModel.h"
#include "RecordListModel.h"
#include "RecordStore.h"
#include "RecordTestHelpers.h"
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
};

QTEST_GUILESS_MAIN(TestProductModel)
#include "TestProductModel.moc"

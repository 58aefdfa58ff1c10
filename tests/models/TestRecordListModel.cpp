#include "Database.h"
#include "ListSpec.h"
#include "RecordListModel.h"
#include "SqlValues.h"
#include "TestDatabase.h"
#include "Uuid.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

// The lazy list model against a plain ORDER BY on both backends: paging across page boundaries from
// neighbouring pages, anchors and OFFSET, every sortable column both ways with NULLs and ties, search
// (Latin and Chinese), filters, soft-deleted rows and refresh after an insert.
class TestRecordListModel : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        std::unique_ptr<TestDatabase> tdb;
        std::unique_ptr<Database> db;
        QString userA;
        QString userB;
        QString tag;
        QStringList deleted;
    };

    static bool exec(QSqlQuery& q, const QString& sql, const QVariantList& binds)
    {
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
        return true;
    }

    static QString insertUser(Database& db, const QString& username)
    {
        QSqlQuery q(db.connection());
        const QString id = Uuid::createV7();
        const QString now = SqlValues::utcNow();
        if (!exec(q,
                  QStringLiteral("INSERT INTO users (id, username, display_name, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?)"),
                  {id, username, username, now, now}))
            return {};
        return id;
    }

    static QString insertCustomer(Database& db, const QString& name, const QVariantMap& fields = {})
    {
        QSqlQuery q(db.connection());
        const QString id = Uuid::createV7();
        const QString now = SqlValues::utcNow();
        auto field = [&](const char* key) { return fields.value(QLatin1String(key)); };
        if (!exec(q,
                  QStringLiteral("INSERT INTO customers (id, name, company, industry_id, phone, email, city, "
                                 "value_tier, status, owner_id, created_at, updated_at, deleted_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {id, name, field("company"), field("industry_id"), field("phone"), field("email"), field("city"),
                   field("value_tier"), fields.value(QStringLiteral("status"), QStringLiteral("prospect")),
                   field("owner_id"), fields.value(QStringLiteral("created_at"), now),
                   fields.value(QStringLiteral("updated_at"), now), field("deleted_at")}))
            return {};
        return id;
    }

    // 70 customers with ties, NULLs in every nullable sort column and every 9th row soft-deleted.
    static bool fill(Fixture* f, const QString& target)
    {
        f->tdb = std::make_unique<TestDatabase>(target);
        if (!f->tdb->isValid())
            return false;
        QString error;
        f->db = f->tdb->open(&error);
        if (!f->db) {
            qWarning() << error;
            return false;
        }
        Database& db = *f->db;
        f->userA = insertUser(db, QStringLiteral("alice"));
        f->userB = insertUser(db, QStringLiteral("bob"));
        QSqlQuery q(db.connection());
        f->tag = Uuid::createV7();
        const QString now = SqlValues::utcNow();
        if (!exec(q, QStringLiteral("INSERT INTO tags (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)"),
                  {f->tag, QStringLiteral("vip"), now, now}))
            return false;
        QRandomGenerator rng(42);
        const QStringList cities = {QStringLiteral("Shenzhen"), QStringLiteral("Beijing"), QString::fromUtf8("上海"),
                                    QString()};
        const QStringList tiers = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QString()};
        const QStringList statuses = {QStringLiteral("prospect"), QStringLiteral("active"), QStringLiteral("inactive")};
        const QDateTime base(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < 70; ++i) {
            QVariantMap m;
            auto orNull = [](const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); };
            const QString name =
                i % 10 == 0 ? QStringLiteral("Same Name") : QStringLiteral("Customer %1").arg(rng.bounded(1000));
            if (i % 4 != 0)
                m[QStringLiteral("company")] = QStringLiteral("Company %1").arg(rng.bounded(20));
            if (i % 3 != 0)
                m[QStringLiteral("industry_id")] = int(rng.bounded(1, 13));
            if (i % 5 != 0)
                m[QStringLiteral("phone")] = QStringLiteral("+86 755 %1").arg(rng.bounded(100000, 999999));
            if (i % 3 != 1)
                m[QStringLiteral("email")] = QStringLiteral("c%1@example.com").arg(rng.bounded(50));
            m[QStringLiteral("city")] = orNull(cities.at(int(rng.bounded(cities.size()))));
            m[QStringLiteral("value_tier")] = orNull(tiers.at(int(rng.bounded(tiers.size()))));
            m[QStringLiteral("status")] = statuses.at(int(rng.bounded(statuses.size())));
            const int owner = int(rng.bounded(3));
            m[QStringLiteral("owner_id")] = owner == 0 ? QVariant() : QVariant(owner == 1 ? f->userA : f->userB);
            m[QStringLiteral("created_at")] = SqlValues::timestamp(base.addSecs(3600 * int(rng.bounded(10))));
            m[QStringLiteral("updated_at")] = SqlValues::timestamp(base.addDays(i));
            if (i % 9 == 4)
                m[QStringLiteral("deleted_at")] = now;
            const QString id = insertCustomer(db, name, m);
            if (id.isEmpty())
                return false;
            if (i % 9 == 4)
                f->deleted << id;
            if (i % 6 == 0 &&
                !exec(q,
                      QStringLiteral("INSERT INTO customer_tags (id, customer_id, tag_id, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?)"),
                      {Uuid::createV7(), id, f->tag, now, now}))
                return false;
        }
        return true;
    }

    static QStringList plainIds(Database& db, const ListSpec& spec, const QString& sortExpr, Qt::SortOrder order,
                                const QString& extraWhere = QString(), const QVariantList& binds = {})
    {
        const QString dir = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
        QSqlQuery q(db.connection());
        const QString sql =
            QStringLiteral("SELECT %1.id FROM %2 %1 WHERE %1.deleted_at IS NULL%3 ORDER BY %4%5, %1.id%5")
                .arg(spec.alias, spec.table, extraWhere.isEmpty() ? QString() : QStringLiteral(" AND ") + extraWhere,
                     sortExpr, dir);
        QStringList ids;
        if (!exec(q, sql, binds))
            return {QStringLiteral("query failed")};
        while (q.next())
            ids << q.value(0).toString();
        return ids;
    }

    static bool waitExact(RecordListModel& model)
    {
        if (!QTest::qWaitFor([&] { return model.isCountExact(); }, 10000))
            return false;
        return true;
    }

    static QStringList modelIds(RecordListModel& model, const QList<int>& order)
    {
        QStringList ids(model.rowCount());
        for (int row : order)
            ids[row] = model.idAt(row);
        return ids;
    }

    static QList<int> rows(int count, bool reverse, bool shuffled)
    {
        QList<int> r;
        for (int i = 0; i < count; ++i)
            r << (reverse ? count - 1 - i : i);
        if (shuffled) {
            QRandomGenerator rng(7);
            for (int i = r.size() - 1; i > 0; --i)
                r.swapItemsAt(i, int(rng.bounded(i + 1)));
        }
        return r;
    }

private slots:
    void modelTester_data() { TestDatabase::addTargets(); }
    void modelTester()
    {
        QFETCH(QString, target);
        Fixture f;
        QVERIFY(fill(&f, target));
        RecordListModel model(*f.db, ListSpec::customers());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(7);
        QVERIFY(model.refresh());
        QVERIFY(waitExact(model));
        QCOMPARE(model.rowCount(), 70 - f.deleted.size());
        QCOMPARE(model.columnCount(), ListSpec::customers().columns.size());
        model.sort(ListSpec::customers().columnIndex(QStringLiteral("city")), Qt::DescendingOrder);
        QVERIFY(waitExact(model));
        model.setSearchText(QStringLiteral("Customer"));
        QVERIFY(waitExact(model));
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    }

    // Every sortable customer column, both orders, read forwards (neighbour seeks), backwards and
    // shuffled (anchors or OFFSET), equals a plain ORDER BY on the same backend.
    void pagingMatchesOrderBy_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("background");
        QStringList targets{QStringLiteral("sqlite")};
        if (TestDatabase::postgresAvailable())
            targets << QStringLiteral("postgresql");
        for (const QString& t : targets) {
            QTest::newRow(qPrintable(t + QStringLiteral("-anchors"))) << t << true;
            QTest::newRow(qPrintable(t + QStringLiteral("-offset"))) << t << false;
        }
    }
    void pagingMatchesOrderBy()
    {
        QFETCH(QString, target);
        QFETCH(bool, background);
        Fixture f;
        QVERIFY(fill(&f, target));
        const ListSpec spec = ListSpec::customers();
        RecordListModel model(*f.db, spec);
        model.setPageSize(7);
        model.setCachePages(2);
        model.setAnchorStride(5);
        model.setBackgroundEnabled(background);
        for (int column = 0; column < spec.columns.size(); ++column) {
            if (!spec.columns.at(column).sortable())
                continue;
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QString label = spec.columns.at(column).key + (order == Qt::AscendingOrder ? " asc" : " desc");
                model.sort(column, order);
                QVERIFY(model.refresh());
                QVERIFY(waitExact(model));
                if (background)
                    QVERIFY2(QTest::qWaitFor([&] { return model.hasAnchors(); }, 10000), qPrintable(label));
                const QStringList expected = plainIds(*f.db, spec, spec.columns.at(column).sortKey(), order);
                QCOMPARE(model.rowCount(), expected.size());
                QVERIFY2(modelIds(model, rows(model.rowCount(), false, false)) == expected, qPrintable(label));
                QVERIFY(model.refresh());
                QVERIFY(waitExact(model));
                if (background)
                    QVERIFY(QTest::qWaitFor([&] { return model.hasAnchors(); }, 10000));
                QVERIFY2(modelIds(model, rows(model.rowCount(), true, false)) == expected, qPrintable(label));
                QVERIFY(model.refresh());
                QVERIFY(waitExact(model));
                QVERIFY2(modelIds(model, rows(model.rowCount(), false, true)) == expected, qPrintable(label));
                for (const QString& id : f.deleted)
                    QVERIFY(!expected.contains(id));
            }
        }
    }

    void search_data() { TestDatabase::addTargets(); }
    void search()
    {
        QFETCH(QString, target);
        Fixture f;
        QVERIFY(fill(&f, target));
        const QString huawei = insertCustomer(*f.db, QString::fromUtf8("深圳华为技术有限公司"));
        const QString acme = insertCustomer(*f.db, QStringLiteral("Acme Widgets"),
                                            {{QStringLiteral("email"), QStringLiteral("sales@acme-widgets.example")}});
        const QString tools = insertCustomer(*f.db, QStringLiteral("Tools"),
                                             {{QStringLiteral("company"), QStringLiteral("ACME tools Ltd")}});
        const QString gone =
            insertCustomer(*f.db, QStringLiteral("Acme Gone"), {{QStringLiteral("deleted_at"), SqlValues::utcNow()}});
        RecordListModel model(*f.db, ListSpec::customers());
        model.setPageSize(7);
        auto found = [&](const QString& text) {
            model.setSearchText(text);
            waitExact(model);
            QStringList ids;
            for (int r = 0; r < model.rowCount(); ++r)
                ids << model.idAt(r);
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        QCOMPARE(found(QString::fromUtf8("华为")), QStringList{huawei});
        QCOMPARE(found(QString::fromUtf8("华为技术")), QStringList{huawei});
        QStringList acmes{acme, tools};
        std::sort(acmes.begin(), acmes.end());
        QCOMPARE(found(QStringLiteral("acme")), acmes);
        QCOMPARE(found(QStringLiteral("ACME")), acmes);
        QCOMPARE(found(QStringLiteral("idget")), QStringList{acme});
        QCOMPARE(found(QStringLiteral("100%_x")), QStringList{});
        QVERIFY(!found(QStringLiteral("Acme")).contains(gone));
        QCOMPARE(found(QString()).size(), 70 - f.deleted.size() + 3);
    }

    void filters_data() { TestDatabase::addTargets(); }
    void filters()
    {
        QFETCH(QString, target);
        Fixture f;
        QVERIFY(fill(&f, target));
        const ListSpec spec = ListSpec::customers();
        RecordListModel model(*f.db, spec);
        model.setPageSize(7);
        const QString name = QStringLiteral("c.name");
        auto all = [&] {
            waitExact(model);
            QStringList ids;
            for (int r = 0; r < model.rowCount(); ++r)
                ids << model.idAt(r);
            return ids;
        };
        model.setFilter(QStringLiteral("owner"), f.userA);
        QCOMPARE(all(), plainIds(*f.db, spec, name, Qt::AscendingOrder, QStringLiteral("c.owner_id = ?"), {f.userA}));
        QVERIFY(model.rowCount() > 0);
        model.setFilter(QStringLiteral("status"), QStringLiteral("active"));
        QCOMPARE(all(),
                 plainIds(*f.db, spec, name, Qt::AscendingOrder, QStringLiteral("c.owner_id = ? AND c.status = ?"),
                          {f.userA, QStringLiteral("active")}));
        model.clearFilters();
        model.setFilter(QStringLiteral("tag"), f.tag);
        const QStringList tagged = plainIds(
            *f.db, spec, name, Qt::AscendingOrder,
            QStringLiteral("c.id IN (SELECT customer_id FROM customer_tags WHERE tag_id = ? AND deleted_at IS NULL)"),
            {f.tag});
        QVERIFY(!tagged.isEmpty());
        QCOMPARE(all(), tagged);
        model.setFilter(QStringLiteral("tag"), QVariant());
        QCOMPARE(all().size(), 70 - f.deleted.size());

        // created_at spans 2024-01-01 08:00..17:00 UTC; a day range in local time covers all or none.
        model.setFilter(QStringLiteral("from"), QDate(2024, 1, 3));
        QCOMPARE(all(), QStringList());
        model.setFilter(QStringLiteral("from"), QDate(2023, 12, 30));
        model.setFilter(QStringLiteral("to"), QDate(2024, 1, 2));
        QCOMPARE(all().size(), 70 - f.deleted.size());
        model.setFilter(QStringLiteral("to"), QDate(2023, 12, 30));
        QCOMPARE(all(), QStringList());
        model.clearFilters();
        model.setFilter(QStringLiteral("stage"), QStringLiteral("x")); // not a customer filter
        QVERIFY(!model.lastError().isEmpty());
        QCOMPARE(all().size(), 70 - f.deleted.size());
    }

    // A page far from every known position is not read with a long OFFSET scan while the anchors are
    // still being walked: its rows show empty, and each such row is filled in by dataChanged later, in
    // the list's order.
    void farPagesFillInWhenAnchorsArrive_data() { TestDatabase::addTargets(); }
    void farPagesFillInWhenAnchorsArrive()
    {
        QFETCH(QString, target);
        Fixture f;
        QVERIFY(fill(&f, target));
        const ListSpec spec = ListSpec::customers();
        RecordListModel model(*f.db, spec);
        model.setPageSize(3);
        model.setAnchorStride(3);
        model.setMaxSyncOffset(0); // every page beyond a known one waits for the anchors
        QVERIFY(model.refresh());
        QVERIFY(waitExact(model));
        QSet<int> filledIn;
        connect(&model, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex& a, const QModelIndex& b) {
            for (int row = a.row(); row <= b.row(); ++row)
                filledIn.insert(row);
        });
        QList<int> empty;
        for (int row = model.rowCount() - 1; row >= 0; --row) {
            if (!model.data(model.index(row, 0), RecordListModel::IdRole).isValid())
                empty << row;
        }
        qInfo("%lld of %d rows waited for the anchors", qlonglong(empty.size()), model.rowCount());
        QVERIFY(QTest::qWaitFor([&] { return model.hasAnchors(); }, 10000));
        for (int row : std::as_const(empty))
            QVERIFY2(filledIn.contains(row), qPrintable(QStringLiteral("row %1 stayed empty").arg(row)));
        const QStringList expected = plainIds(*f.db, spec, spec.columns.at(0).sortKey(), Qt::AscendingOrder);
        QCOMPARE(modelIds(model, rows(model.rowCount(), false, false)), expected);
    }

    void refreshShowsInsertAndHidesDelete_data() { TestDatabase::addTargets(); }
    void refreshShowsInsertAndHidesDelete()
    {
        QFETCH(QString, target);
        Fixture f;
        QVERIFY(fill(&f, target));
        RecordListModel model(*f.db, ListSpec::customers());
        model.setPageSize(7);
        QVERIFY(model.refresh());
        QVERIFY(waitExact(model));
        const int before = model.rowCount();
        const QString id = insertCustomer(*f.db, QStringLiteral("AAAA first"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.refresh());
        QVERIFY(waitExact(model));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.idAt(0), id);
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("AAAA first"));
        QCOMPARE(model.data(model.index(0, 0), RecordListModel::IdRole).toString(), id);

        QSqlQuery q(f.db->connection());
        QVERIFY(exec(q, QStringLiteral("UPDATE customers SET deleted_at = ? WHERE id = ?"), {SqlValues::utcNow(), id}));
        QVERIFY(model.refresh());
        QVERIFY(waitExact(model));
        QCOMPARE(model.rowCount(), before);
        QVERIFY(model.idAt(0) != id);
    }

    // The other four lists: load, show values, and sort by each sortable column like ORDER BY does.
    void otherLists_data() { TestDatabase::addTargets(); }
    void otherLists()
    {
        QFETCH(QString, target);
        Fixture f;
        QVERIFY(fill(&f, target));
        Database& db = *f.db;
        const QString customer = insertCustomer(db, QStringLiteral("Parent"));
        QSqlQuery q(db.connection());
        const QString now = SqlValues::utcNow();
        for (int i = 0; i < 12; ++i) {
            const QVariant owner = i % 3 == 0 ? QVariant() : QVariant(f.userA);
            const QVariant day = i % 4 == 0 ? QVariant() : SqlValues::date(QDate(2025, 1, 1 + i % 5));
            QVERIFY(exec(q,
                         QStringLiteral("INSERT INTO contacts (id, customer_id, name, email, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?)"),
                         {Uuid::createV7(), customer, QStringLiteral("Contact %1").arg(i % 5),
                          i % 2 ? QVariant() : QVariant(QStringLiteral("p%1@x.example").arg(i)), now, now}));
            QVERIFY(exec(q,
                         QStringLiteral("INSERT INTO interactions (id, customer_id, occurred_at, channel_id, type_id, "
                                        "subject, next_follow_up, author_id, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {Uuid::createV7(), customer,
                          SqlValues::timestamp(QDateTime(QDate(2025, 2, 1 + i % 3), QTime(9, 0), Qt::UTC)), 1, 2,
                          QStringLiteral("Call %1").arg(i % 4), day, owner, now, now}));
            QVERIFY(exec(q,
                         QStringLiteral("INSERT INTO opportunities (id, name, customer_id, amount_minor, currency, "
                                        "expected_close, stage_id, owner_id, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {Uuid::createV7(), QStringLiteral("Deal %1").arg(i % 6), customer, qint64(123456) * (i % 4),
                          i % 2 ? QStringLiteral("USD") : QStringLiteral("CNY"), day,
                          QStringLiteral("00000000-0000-7000-8000-000000000002"), owner, now, now}));
            QVERIFY(exec(q,
                         QStringLiteral("INSERT INTO tasks (id, title, owner_id, due_date, priority, status, "
                                        "customer_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {Uuid::createV7(), QStringLiteral("Task %1").arg(i % 7), owner, day, i % 4,
                          QStringLiteral("todo"), customer, now, now}));
        }
        for (const ListSpec& spec :
             {ListSpec::contacts(), ListSpec::interactions(), ListSpec::opportunities(), ListSpec::tasks()}) {
            QCOMPARE(ListSpec::forEntity(spec.entity).table, spec.table);
            RecordListModel model(db, spec);
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setPageSize(5);
            model.setAnchorStride(3);
            for (int column = 0; column < spec.columns.size(); ++column) {
                if (!spec.columns.at(column).sortable())
                    continue;
                for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    const QString label = spec.entity + QLatin1Char(' ') + spec.columns.at(column).key;
                    model.sort(column, order);
                    QVERIFY2(model.refresh(), qPrintable(model.lastError()));
                    QVERIFY(waitExact(model));
                    const QStringList expected = plainIds(db, spec, spec.columns.at(column).sortKey(), order);
                    QCOMPARE(model.rowCount(), 12);
                    QVERIFY2(modelIds(model, rows(12, true, false)) == expected, qPrintable(label));
                }
            }
            model.setFilter(QStringLiteral("customer"), customer);
            QVERIFY(waitExact(model));
            QCOMPARE(model.rowCount(), 12);
            model.setSearchText(spec.entity == QLatin1String("contact")       ? QStringLiteral("contact 3")
                                : spec.entity == QLatin1String("interaction") ? QStringLiteral("call 3")
                                : spec.entity == QLatin1String("opportunity") ? QStringLiteral("deal 5")
                                                                              : QStringLiteral("task 6"));
            QVERIFY(waitExact(model));
            QVERIFY2(model.rowCount() >= 1 && model.rowCount() <= 3, qPrintable(spec.entity));
        }

        // Money shows in its record's currency; seeded lookups and choices are shown by name.
        const ListSpec spec = ListSpec::opportunities();
        RecordListModel model(db, spec);
        model.sort(spec.columnIndex(QStringLiteral("amount")), Qt::DescendingOrder);
        QVERIFY(waitExact(model));
        const QString amount = model.data(model.index(0, spec.columnIndex(QStringLiteral("amount")))).toString();
        QVERIFY2(amount.contains(QStringLiteral("3,703.68")) || amount.contains(QStringLiteral("3703.68")),
                 qPrintable(amount));
        QCOMPARE(model.data(model.index(0, spec.columnIndex(QStringLiteral("stage")))).toString(),
                 QStringLiteral("Intent"));
        QCOMPARE(model.data(model.index(0, spec.columnIndex(QStringLiteral("amount"))), RecordListModel::RawValueRole)
                     .toLongLong(),
                 qint64(370368));
    }
};

QTEST_GUILESS_MAIN(TestRecordListModel)
#include "TestRecordListModel.moc"

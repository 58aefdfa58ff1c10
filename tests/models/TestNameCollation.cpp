#include "Database.h"
#include "DatabaseBackup.h"
#include "ListSpec.h"
#include "LookupModel.h"
#include "NameCollation.h"
#include "PipelineBoardModel.h"
#include "RecordListModel.h"
#include "SqlValues.h"
#include "TestDatabase.h"
#include "Uuid.h"

#include <QCollator>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

// Names sort in pinyin order (the deskcrm_name collation) on both backends: every list column that
// sorts by name, read page by page through keyset seeks in both directions, the name combos, and the
// query plans (the collated indexes serve the order, nothing is sorted per read). The expected order
// is always computed here with QCollator(zh_CN), never by the database under test.
class TestNameCollation : public QObject
{
    Q_OBJECT

private:
    static QStringList names()
    {
        return {QString::fromUtf8("张伟"),         QString::fromUtf8("安盛国际货运"),
                QString::fromUtf8("北京金兴置业"), QString::fromUtf8("中瑞百货"),
                QStringLiteral("Zhang Wei"),       QStringLiteral("Anderson & Davis"),
                QString::fromUtf8("阿里巴巴"),     QString::fromUtf8("佳华商贸"),
                QStringLiteral("zhang wei"),       QString::fromUtf8("重庆长安汽车"),
                QString::fromUtf8("长城汽车"),     QString::fromUtf8("欧阳娜娜"),
                QString::fromUtf8("王芳"),         QStringLiteral("123 Trading"),
                QString::fromUtf8("Café Lumière"), QString::fromUtf8("Cafe\u0301 Lumière"),
                QString::fromUtf8("Ångström AB")};
    }

    // QCollator's order; strings it finds equal by their UTF-8 bytes (what PostgreSQL's deterministic
    // collations and NameCollation do).
    static QStringList collatorOrder(QStringList list, Qt::SortOrder order)
    {
        QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
        std::sort(list.begin(), list.end(), [&](const QString& a, const QString& b) {
            const int c = collator.compare(a, b);
            return c != 0 ? c < 0 : a.toUtf8() < b.toUtf8();
        });
        if (order == Qt::DescendingOrder)
            std::reverse(list.begin(), list.end());
        return list;
    }

    static bool exec(QSqlQuery& q, const QString& sql, const QVariantList& binds = {})
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

    // One row per name in every list; customer i has company names[i+3] and city names[i+5].
    static bool fill(Database& db)
    {
        QSqlQuery q(db.connection());
        const QString now = SqlValues::utcNow();
        const QStringList n = names();
        QString parent;
        for (int i = 0; i < n.size(); ++i) {
            const QString id = Uuid::createV7();
            if (parent.isEmpty())
                parent = id;
            if (!exec(q,
                      QStringLiteral("INSERT INTO customers (id, name, company, city, status, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, 'prospect', ?, ?)"),
                      {id, n.at(i), n.at((i + 3) % n.size()), n.at((i + 5) % n.size()), now, now}))
                return false;
        }
        for (int i = 0; i < n.size(); ++i) {
            if (!exec(q,
                      QStringLiteral("INSERT INTO contacts (id, customer_id, name, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?)"),
                      {Uuid::createV7(), parent, n.at(i), now, now}) ||
                !exec(q,
                      QStringLiteral("INSERT INTO interactions (id, customer_id, occurred_at, channel_id, type_id, "
                                     "subject, created_at, updated_at) VALUES (?, ?, ?, 1, 2, ?, ?, ?)"),
                      {Uuid::createV7(), parent, now, n.at(i), now, now}) ||
                !exec(q,
                      QStringLiteral("INSERT INTO opportunities (id, name, customer_id, amount_minor, currency, "
                                     "stage_id, created_at, updated_at) VALUES (?, ?, ?, 100, 'CNY', ?, ?, ?)"),
                      {Uuid::createV7(), n.at(i), parent, QStringLiteral("00000000-0000-7000-8000-000000000001"), now,
                       now}) ||
                !exec(q,
                      QStringLiteral("INSERT INTO tasks (id, title, priority, status, customer_id, created_at, "
                                     "updated_at) VALUES (?, ?, 1, 'todo', ?, ?, ?)"),
                      {Uuid::createV7(), n.at(i), parent, now, now}))
                return false;
        }
        return true;
    }

    static QStringList columnValues(RecordListModel& model, int column, bool backwards)
    {
        const int count = model.rowCount();
        QStringList values(count);
        for (int i = 0; i < count; ++i) {
            const int row = backwards ? count - 1 - i : i;
            values[row] = model.data(model.index(row, column)).toString();
        }
        return values;
    }

    static QStringList plan(Database& db, const QString& sql)
    {
        QSqlQuery q(db.connection());
        QStringList lines;
        if (!q.exec((db.isPostgres() ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN QUERY PLAN ")) + sql)) {
            qWarning() << sql << q.lastError().text();
            return {QStringLiteral("EXPLAIN failed")};
        }
        while (q.next())
            lines << q.value(db.isPostgres() ? 0 : 3).toString();
        return lines;
    }

private slots:
    void listsSortInPinyinOrder_data() { TestDatabase::addTargets(); }
    void listsSortInPinyinOrder()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(fill(*db));

        int collatedColumns = 0;
        for (const ListSpec& spec : {ListSpec::customers(), ListSpec::contacts(), ListSpec::interactions(),
                                     ListSpec::opportunities(), ListSpec::tasks()}) {
            for (int column = 0; column < spec.columns.size(); ++column) {
                if (spec.columns.at(column).sortCollation != QLatin1String(NameCollation::name))
                    continue;
                ++collatedColumns;
                for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    const QString label =
                        spec.entity + QLatin1Char(' ') + spec.columns.at(column).key +
                        (order == Qt::AscendingOrder ? QStringLiteral(" asc") : QStringLiteral(" desc"));
                    const QStringList expected = collatorOrder(names(), order);
                    // Pages of two rows, two cached: every read past the first page is a keyset seek
                    // after the previous page's last (name, id), or starts from an anchor.
                    RecordListModel model(*db, spec);
                    model.setPageSize(2);
                    model.setCachePages(2);
                    model.setAnchorStride(3);
                    model.sort(column, order);
                    QVERIFY2(model.refresh(), qPrintable(model.lastError()));
                    QCOMPARE(model.data(model.index(0, column)).toString(), expected.first());
                    QCOMPARE(model.data(model.index(1, column)).toString(), expected.at(1));
                    QVERIFY(QTest::qWaitFor([&] { return model.isCountExact(); }, 10000));
                    QCOMPARE(model.rowCount(), expected.size());
                    QVERIFY2(columnValues(model, column, false) == expected,
                             qPrintable(label + QStringLiteral(": ") + columnValues(model, column, false).join(u'|')));
                    QVERIFY(model.refresh());
                    QVERIFY(QTest::qWaitFor([&] { return model.isCountExact() && model.hasAnchors(); }, 10000));
                    QVERIFY2(columnValues(model, column, true) == expected,
                             qPrintable(label + QStringLiteral(" backwards: ") +
                                        columnValues(model, column, true).join(u'|')));
                }
            }
        }
        // customers name, company, city; contacts; interactions; opportunities; tasks
        QCOMPARE(collatedColumns, 7);
    }

    void combosSortInPinyinOrder_data() { TestDatabase::addTargets(); }
    void combosSortInPinyinOrder()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery q(db->connection());
        const QString now = SqlValues::utcNow();
        const QStringList n = names();
        for (int i = 0; i < n.size(); ++i)
            QVERIFY(exec(q,
                         QStringLiteral("INSERT INTO users (id, username, display_name, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                         {Uuid::createV7(), QStringLiteral("user%1").arg(i), n.at(i), now, now}));
        QStringList all;
        QVERIFY(exec(q, QStringLiteral("SELECT display_name FROM users WHERE deleted_at IS NULL")));
        while (q.next())
            all << q.value(0).toString();
        const QStringList expected = collatorOrder(all, Qt::AscendingOrder);

        std::unique_ptr<LookupModel> users(LookupModel::users(*db));
        QStringList shown;
        for (int row = 0; row < users->rowCount(); ++row)
            shown << users->data(users->index(row, 0)).toString();
        QCOMPARE(shown, expected);

        QStringList owners;
        for (const auto& choice : PipelineBoardModel::choices(*db, PipelineBoardModel::Choice::Owners, &error))
            owners << choice.second;
        QCOMPARE(owners, expected);
    }

    // The customer list by name reads the collated index in order: no sort step on either backend,
    // for the first page and for a keyset page, in both directions. The SQL is what RecordListModel
    // sends (Query::tail): the non-NULL segment, after (name, id), ORDER BY name, id, LIMIT/OFFSET.
    void listQueryUsesNameIndex_data() { TestDatabase::addTargets(); }
    void listQueryUsesNameIndex()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(fill(*db));
        QSqlQuery q(db->connection());
        if (db->isPostgres()) {
            // A table of 17 rows is best read whole and sorted; forbid sorting so the plan shows whether
            // the index can deliver the collated order at all (otherwise a Sort node remains).
            DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("ANALYZE customers")));
            DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("SET enable_sort = off")));
        }
        const ListSpec spec = ListSpec::customers();
        const ListColumn& name = spec.columns.at(spec.columnIndex(QStringLiteral("name")));
        QCOMPARE(name.sortKey(), QStringLiteral("c.name COLLATE deskcrm_name"));
        for (const bool descending : {false, true}) {
            for (const bool afterKey : {false, true}) {
                const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
                QString sql = QStringLiteral("SELECT c.id, c.name, o.display_name, ind.name FROM ") + spec.from +
                              QStringLiteral(" WHERE c.deleted_at IS NULL AND c.name IS NOT NULL");
                if (afterKey)
                    sql += QStringLiteral(" AND (c.name, c.id) %1 ('%2' COLLATE deskcrm_name, "
                                          "'00000000-0000-7000-8000-000000000000')")
                               .arg(descending ? QStringLiteral("<") : QStringLiteral(">"),
                                    QString::fromUtf8("北京金兴置业"));
                sql += QStringLiteral(" ORDER BY ") + name.sortKey() + dir + QStringLiteral(", c.id") + dir +
                       QStringLiteral(" LIMIT 200 OFFSET 0");
                const QStringList lines = plan(*db, sql);
                const QString text = lines.join(u'\n');
                const QString label = sql + QStringLiteral("\n") + text;
                QVERIFY2(text.contains(QLatin1String("ix_customers_name")), qPrintable(label));
                if (db->isPostgres()) {
                    for (const QString& line : lines)
                        QVERIFY2(!line.trimmed().startsWith(QLatin1String("Sort")) &&
                                     !line.contains(QLatin1String("-> Sort")) &&
                                     !line.contains(QLatin1String("Incremental Sort")),
                                 qPrintable(label));
                    // The seek is part of the index condition, not a filter on rows read from the start.
                    if (afterKey)
                        QVERIFY2(text.contains(QLatin1String("Index Cond: ((name IS NOT NULL) AND (ROW(name, id)")),
                                 qPrintable(label));
                } else {
                    QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(label));
                    // A seek, not a scan from the start that skips rows up to the key.
                    if (afterKey)
                        QVERIFY2(text.contains(QLatin1String("SEARCH c USING INDEX ix_customers_name")),
                                 qPrintable(label));
                }
            }
        }
    }

    // Opening a v1 database rebuilds its name indexes in the collation; the file stays writable,
    // passes the integrity check (which reads the indexes in their collation) and backs up.
    void upgradedDatabaseSortsInPinyinOrder()
    {
        const QString source =
            qEnvironmentVariable("DESKCRM_SOURCE_DIR") + QStringLiteral("/tests/fixtures/deskcrm-schema-v1.sqlite");
        QVERIFY2(QFile::exists(source), qPrintable(source));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        QVERIFY(QFile::copy(source, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        ConnectionSettings settings;
        settings.path = path;
        QString error;
        auto db = Database::open(settings, &error);
        QVERIFY2(db, qPrintable(error));

        QSqlQuery q(db->connection());
        QVERIFY(exec(q, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'ix_customers_name'")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toString().contains(QLatin1String("COLLATE deskcrm_name")),
                 qPrintable(q.value(0).toString()));
        const QString now = SqlValues::utcNow();
        for (const QString& name : names())
            QVERIFY(exec(q,
                         QStringLiteral("INSERT INTO customers (id, name, status, created_at, updated_at) "
                                        "VALUES (?, ?, 'prospect', ?, ?)"),
                         {Uuid::createV7(), name, now, now}));
        QStringList all;
        QVERIFY(exec(q, QStringLiteral("SELECT name FROM customers WHERE deleted_at IS NULL")));
        while (q.next())
            all << q.value(0).toString();

        RecordListModel model(*db, ListSpec::customers());
        model.setPageSize(3);
        model.setBackgroundEnabled(false);
        model.sort(0, Qt::AscendingOrder);
        QVERIFY(model.refresh());
        QCOMPARE(columnValues(model, 0, false), collatorOrder(all, Qt::AscendingOrder));

        QVERIFY(exec(q, QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY2(DatabaseBackup(*db).backupTo(dir.filePath(QStringLiteral("copy.sqlite")), &error), qPrintable(error));
    }

    // A collator whose order changed (new ICU) leaves SQLite's name indexes misordered; opening the file
    // notices by the fingerprint in PRAGMA user_version and rebuilds them.
    void staleIndexIsRebuilt()
    {
        QTemporaryDir dir;
        ConnectionSettings settings;
        settings.path = dir.filePath(QStringLiteral("stale.sqlite"));
        QString error;
        {
            auto db = Database::open(settings, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(fill(*db));
            QSqlQuery q(db->connection());
            QVERIFY(exec(q, QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), NameCollation::fingerprint());
        }
        auto rawCheck = [&settings](bool reversed, const QString& statement) {
            QString result;
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
                raw.setDatabaseName(settings.path);
                if (raw.open()) {
                    sqlite3* handle = *static_cast<sqlite3* const*>(raw.driver()->handle().constData());
                    // "Another ICU": the same name, the opposite order.
                    auto reverse = [](void*, int n1, const void* t1, int n2, const void* t2) {
                        const int common = std::min(n1, n2);
                        const int bytes = common > 0 ? std::memcmp(t1, t2, size_t(common)) : 0;
                        return -(bytes != 0 ? bytes : n1 - n2);
                    };
                    QString ignored;
                    if (reversed)
                        sqlite3_create_collation_v2(handle, NameCollation::name, SQLITE_UTF8, nullptr, reverse,
                                                    nullptr);
                    else
                        NameCollation::install(raw, &ignored);
                    QSqlQuery q(raw);
                    if (q.exec(statement) && q.next())
                        result = q.value(0).toString();
                    else if (q.isActive())
                        result = QStringLiteral("done");
                    else
                        result = q.lastError().text();
                }
                raw.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("raw"));
            return result;
        };
        rawCheck(true, QStringLiteral("REINDEX deskcrm_name"));
        rawCheck(true, QStringLiteral("PRAGMA user_version = 1"));
        // With today's order the indexes are now wrong.
        QVERIFY(rawCheck(false, QStringLiteral("PRAGMA integrity_check")) != QLatin1String("ok"));

        auto db = Database::open(settings, &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery q(db->connection());
        QVERIFY(exec(q, QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(exec(q, QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), NameCollation::fingerprint());
        RecordListModel model(*db, ListSpec::customers());
        model.setPageSize(3);
        model.setBackgroundEnabled(false);
        model.sort(0, Qt::AscendingOrder);
        QVERIFY(model.refresh());
        QCOMPARE(columnValues(model, 0, false), collatorOrder(names(), Qt::AscendingOrder));
    }
};

QTEST_GUILESS_MAIN(TestNameCollation)
#include "TestNameCollation.moc"

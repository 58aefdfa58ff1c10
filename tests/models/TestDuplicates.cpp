#include "DuplicateFinder.h"
#include "DuplicateIndex.h"
#include "DuplicateKeys.h"
#include "DuplicateMerger.h"
#include "RecordTestHelpers.h"
#include "RecordWriter.h"
#include "TestDatabase.h"

#include <QLocale>
#include <QSqlQuery>
#include <QTest>

using namespace RecordTestHelpers;

// Duplicate customers and contacts: each rule of DuplicateKeys, the scan, the check of one record (through the
// database's indexes and through a loaded index), and a merge that moves every related row, found from the
// schema's foreign keys (a table made after the merge code was written included), and its undo.
class TestDuplicates : public QObject
{
    Q_OBJECT

private:
    static QString insert(Database& db, const QString& table, const QVariantHash& values)
    {
        RecordWriter writer(db);
        const WriteResult r = writer.insert(table, values);
        if (!r.ok() || !writer.commit().ok()) {
            qWarning("insert into %s failed: %s", qPrintable(table), qPrintable(r.message));
            return {};
        }
        return r.id;
    }

    static QString customer(Database& db, const QString& name, const QString& email = {}, const QString& phone = {})
    {
        QVariantHash values{{QStringLiteral("name"), name}};
        if (!email.isEmpty())
            values.insert(QStringLiteral("email"), email);
        if (!phone.isEmpty())
            values.insert(QStringLiteral("phone"), phone);
        return insert(db, QStringLiteral("customers"), values);
    }

    static QString contact(Database& db, const QString& customerId, const QString& name, const QString& email = {},
                           const QString& mobile = {})
    {
        QVariantHash values{{QStringLiteral("customer_id"), customerId}, {QStringLiteral("name"), name}};
        if (!email.isEmpty())
            values.insert(QStringLiteral("email"), email);
        if (!mobile.isEmpty())
            values.insert(QStringLiteral("mobile"), mobile);
        return insert(db, QStringLiteral("contacts"), values);
    }

    static QStringList ids(const DuplicateGroup& group)
    {
        QStringList list;
        for (const DuplicateRecord& r : group.records)
            list << r.id;
        std::sort(list.begin(), list.end());
        return list;
    }

    static const DuplicateGroup* groupOf(const QList<DuplicateGroup>& groups, const QString& id)
    {
        for (const DuplicateGroup& g : groups) {
            for (const DuplicateRecord& r : g.records) {
                if (r.id == id)
                    return &g;
            }
        }
        return nullptr;
    }

    static QString value(Database& db, const QString& table, const QString& column, const QString& id)
    {
        return scalar(db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table), {id}).toString();
    }

private slots:
    void initTestCase()
    {
        // National phone numbers are read as Chinese ones, as a zh_CN user's are.
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }

    void keys()
    {
        QCOMPARE(DuplicateKeys::email(QStringLiteral("  Wang.Wei@Example.COM ")),
                 QStringLiteral("wang.wei@example.com"));
        QCOMPARE(DuplicateKeys::email(QStringLiteral("ｗａｎｇ@ｅｘａｍｐｌｅ.ｃｏｍ")),
                 QStringLiteral("wang@example.com"));
        QVERIFY(DuplicateKeys::email(QStringLiteral("not an address")).isEmpty());

        const QString e164 = QStringLiteral("+8676923557780");
        QCOMPARE(DuplicateKeys::phone(QStringLiteral("0769-23557780")), e164);
        QCOMPARE(DuplicateKeys::phone(QStringLiteral("+86 769 2355 7780")), e164);
        QCOMPARE(DuplicateKeys::phone(QStringLiteral("（０７６９）２３５５７７８０")), e164);
        QCOMPARE(DuplicateKeys::phone(QStringLiteral("136 2822 9549")), QStringLiteral("+8613628229549"));
        QCOMPARE(DuplicateKeys::phone(QStringLiteral("650-253-0000"), QStringLiteral("US")),
                 QStringLiteral("+16502530000"));
        QVERIFY(DuplicateKeys::phone(QStringLiteral("call me")).isEmpty());
        QVERIFY(
            DuplicateKeys::phoneDigitForms(QStringLiteral("0769-23557780")).contains(QStringLiteral("076923557780")));

        const QString acme = DuplicateKeys::name(QStringLiteral("acme"));
        QCOMPARE(acme, QStringLiteral("acme"));
        QCOMPARE(DuplicateKeys::name(QStringLiteral("ACME Co., Ltd.")), acme);
        QCOMPARE(DuplicateKeys::name(QStringLiteral("Acme Inc.")), acme);
        QCOMPARE(DuplicateKeys::name(QStringLiteral("ＡＣＭＥ　Corp")), acme);
        QCOMPARE(DuplicateKeys::name(QStringLiteral("Acme GmbH")), acme);
        QCOMPARE(DuplicateKeys::name(QStringLiteral("Blue Sky Trading")),
                 DuplicateKeys::name(QStringLiteral("blue-sky  trading")));
        QCOMPARE(DuplicateKeys::name(QStringLiteral("Café Müller")), QStringLiteral("cafemuller"));
        const QString huawei = DuplicateKeys::name(QStringLiteral("华为技术"));
        QCOMPARE(DuplicateKeys::name(QStringLiteral("华为技术有限公司")), huawei);
        QCOMPARE(DuplicateKeys::name(QStringLiteral("华为技术股份有限公司")), huawei);
        QCOMPARE(DuplicateKeys::name(QStringLiteral("华为技术有限责任公司")), huawei);
        QCOMPARE(DuplicateKeys::name(QStringLiteral("华为技术集团")), huawei);
        QCOMPARE(DuplicateKeys::name(QStringLiteral("华为 技术（有限公司）")), huawei);
        // A word that merely ends in a suffix's letters keeps them; a name that is only a suffix keeps it.
        QCOMPARE(DuplicateKeys::name(QStringLiteral("Costco")), QStringLiteral("costco"));
        QCOMPARE(DuplicateKeys::name(QStringLiteral("有限公司")), QStringLiteral("有限公司"));

        QCOMPARE(DuplicateKeys::similarity(QStringLiteral("bluesky"), QStringLiteral("bluesky")), 100);
        QVERIFY(DuplicateKeys::similarity(QStringLiteral("bluesktrading"), QStringLiteral("blueskytrading")) >=
                DuplicateKeys::kSimilarName);
        QVERIFY(DuplicateKeys::similarity(QStringLiteral("northwind"), QStringLiteral("southwood")) <
                DuplicateKeys::kSimilarName);
        QCOMPARE(DuplicateKeys::similarity(QStringLiteral("abc"), QStringLiteral("abcdefghijkl")), 0);
        QCOMPARE(DuplicateKeys::similarity(QStringLiteral("acmestore12"), QStringLiteral("acmestore13")), 0);
        QVERIFY(DuplicateKeys::score(DuplicateKeys::SameEmail, 0) > DuplicateKeys::score(DuplicateKeys::SamePhone, 0));
        QVERIFY(DuplicateKeys::score(DuplicateKeys::SameName, 100) >
                DuplicateKeys::score(DuplicateKeys::SimilarName, 90));
    }

    void findAndCheck_data() { TestDatabase::addTargets(); }
    void findAndCheck()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));

        const QString email1 = customer(*db, QStringLiteral("Northwind"), QStringLiteral("Sales@Northwind.example"));
        const QString email2 = customer(*db, QStringLiteral("NW Traders"), QStringLiteral("sales@northwind.EXAMPLE"));
        const QString phone1 = customer(*db, QStringLiteral("东莞精工"), {}, QStringLiteral("0769-23557780"));
        const QString phone2 = customer(*db, QStringLiteral("精工东莞"), {}, QStringLiteral("+86 769 2355 7780"));
        const QString name1 = customer(*db, QStringLiteral("华为技术有限公司"));
        const QString name2 = customer(*db, QStringLiteral("华为技术"));
        const QString name3 = customer(*db, QStringLiteral("ACME Co., Ltd."));
        const QString name4 = customer(*db, QStringLiteral("acme"));
        const QString similar1 = customer(*db, QStringLiteral("Blue Sky Trading"));
        const QString similar2 = customer(*db, QStringLiteral("Blue Skye Trading"));
        const QString alone = customer(*db, QStringLiteral("Contoso"), QStringLiteral("hello@contoso.example"),
                                       QStringLiteral("010-62345678"));
        QVERIFY(!alone.isEmpty());

        DuplicateFinder finder(*db);
        QList<DuplicateGroup> groups;
        QVERIFY2(finder.find(QStringLiteral("customer"), &groups, &error), qPrintable(error));
        QCOMPARE(groups.size(), 5);
        struct Expected
        {
            QString a, b;
            DuplicateKeys::Reason reason;
        };
        const QList<Expected> expected{{email1, email2, DuplicateKeys::SameEmail},
                                       {phone1, phone2, DuplicateKeys::SamePhone},
                                       {name1, name2, DuplicateKeys::SameName},
                                       {name3, name4, DuplicateKeys::SameName},
                                       {similar1, similar2, DuplicateKeys::SimilarName}};
        for (const Expected& e : expected) {
            const DuplicateGroup* g = groupOf(groups, e.a);
            QVERIFY(g);
            QStringList pair{e.a, e.b};
            std::sort(pair.begin(), pair.end());
            QCOMPARE(ids(*g), pair);
            QVERIFY(g->reasons.testFlag(e.reason));
            QVERIFY(g->score > 0 && g->score <= 100);
            QCOMPARE(g->records.first().id, e.a); // oldest first
        }
        QVERIFY(!groupOf(groups, alone));
        // Best first: the same e-mail outranks a similar name.
        QCOMPARE(groups.first().reasons, DuplicateKeys::Reasons(DuplicateKeys::SameEmail));
        QVERIFY(groups.last().reasons.testFlag(DuplicateKeys::SimilarName));

        // One record checked before it is saved: through the database, and through a loaded index.
        DuplicateIndex direct(*db, QStringLiteral("customer"));
        DuplicateIndex loaded(*db, QStringLiteral("customer"));
        QVERIFY2(loaded.load(&error), qPrintable(error));
        for (DuplicateIndex* index : {&direct, &loaded}) {
            DuplicateRecord typed;
            typed.name = QStringLiteral("Someone new");
            typed.email = QStringLiteral("SALES@northwind.example");
            QList<DuplicateMatch> matches = index->check(typed, &error);
            QCOMPARE(matches.size(), 2);
            QVERIFY(matches.first().reasons.testFlag(DuplicateKeys::SameEmail));

            typed = {};
            typed.name = QStringLiteral("Other");
            typed.phone = QStringLiteral("(0769) 2355-7780");
            matches = index->check(typed, &error);
            QCOMPARE(matches.size(), 2);
            QCOMPARE(matches.first().reasons, DuplicateKeys::Reasons(DuplicateKeys::SamePhone));

            typed = {};
            typed.name = QStringLiteral("华为技术股份有限公司");
            matches = index->check(typed, &error);
            QCOMPARE(matches.size(), 2);
            QVERIFY(matches.first().reasons.testFlag(DuplicateKeys::SameName));

            typed.name = QStringLiteral("Acme Inc.");
            matches = index->check(typed, &error);
            QVERIFY2(matches.size() == 2,
                     qPrintable(QStringLiteral("%1 %2 %3").arg(index->isLoaded()).arg(matches.size()).arg(error)));

            typed.name = QStringLiteral("Blue Sky Tradng");
            matches = index->check(typed, &error);
            QCOMPARE(matches.size(), 2);
            QVERIFY(matches.first().reasons.testFlag(DuplicateKeys::SimilarName));

            // An edited record is not its own duplicate.
            typed = {};
            typed.id = alone;
            typed.name = QStringLiteral("Contoso");
            typed.email = QStringLiteral("hello@contoso.example");
            QVERIFY2(index->check(typed, &error).isEmpty(), qPrintable(error));
            typed.id.clear();
            QCOMPARE(index->check(typed, &error).size(), 1);
        }
        // Rows of one import file find each other.
        DuplicateRecord first;
        first.name = QStringLiteral("Fresh Imports Ltd");
        first.email = QStringLiteral("a@fresh.example");
        QVERIFY(loaded.check(first).isEmpty());
        loaded.add(first);
        DuplicateRecord second;
        second.name = QStringLiteral("FRESH IMPORTS");
        QCOMPARE(loaded.check(second).size(), 1);

        // Contacts: e-mail and phone anywhere, names only within one customer.
        const QString w1 = contact(*db, email1, QStringLiteral("王伟"), QStringLiteral("wei@northwind.example"));
        const QString w2 = contact(*db, email1, QStringLiteral("王 伟"));
        const QString w3 = contact(*db, phone1, QStringLiteral("王伟"));
        const QString m1 = contact(*db, phone1, QStringLiteral("Li Na"), {}, QStringLiteral("136 2822 9549"));
        const QString m2 = contact(*db, name1, QStringLiteral("Lina"), {}, QStringLiteral("+8613628229549"));
        QVERIFY2(finder.find(QStringLiteral("contact"), &groups, &error), qPrintable(error));
        QCOMPARE(groups.size(), 2);
        QStringList sameName{w1, w2};
        std::sort(sameName.begin(), sameName.end());
        QVERIFY(groupOf(groups, w1));
        QCOMPARE(ids(*groupOf(groups, w1)), sameName);
        QVERIFY(!groupOf(groups, w3));
        QVERIFY(groupOf(groups, m1)->reasons.testFlag(DuplicateKeys::SamePhone));
        QVERIFY(groupOf(groups, m2));
        DuplicateIndex contacts(*db, QStringLiteral("contact"));
        DuplicateRecord person;
        person.customerId = email1;
        person.name = QStringLiteral("王伟");
        QCOMPARE(contacts.check(person, &error).size(), 2);
        person.customerId = name2;
        QVERIFY(contacts.check(person, &error).isEmpty());
    }

    void mergeMovesEverythingAndUndoes_data() { TestDatabase::addTargets(); }
    void mergeMovesEverythingAndUndoes()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));

        // A table a later migration might add: the merge must find it through the schema's foreign keys.
        const QStringList ddl = db->sqlDialect().statements(
            QStringLiteral("CREATE TABLE later_contracts (id {UUID} PRIMARY KEY, customer_id {UUID} REFERENCES "
                           "customers(id), title TEXT, {META});"),
            db->clock().timestamp());
        for (const QString& statement : ddl) {
            QSqlQuery q(db->connection());
            DESKCRM_VERIFY_SQL(q, q.exec(statement));
        }

        const QString keep = customer(*db, QStringLiteral("Acme"), QStringLiteral("info@acme.example"));
        const QString dup = customer(*db, QStringLiteral("ACME Co., Ltd."), QStringLiteral("sales@acme.example"),
                                     QStringLiteral("0769-23557780"));
        const QString dup2 = customer(*db, QStringLiteral("Acme Inc"));
        const QString child =
            insert(*db, QStringLiteral("customers"),
                   {{QStringLiteral("name"), QStringLiteral("Acme Shenzhen")}, {QStringLiteral("parent_id"), dup}});
        const QString person = contact(*db, dup, QStringLiteral("Wang Wei"));
        const QString stage = QStringLiteral("00000000-0000-7000-8000-000000000001");
        const QString deal = insert(*db, QStringLiteral("opportunities"),
                                    {{QStringLiteral("name"), QStringLiteral("Big deal")},
                                     {QStringLiteral("customer_id"), dup},
                                     {QStringLiteral("stage_id"), stage}});
        const QString call = insert(*db, QStringLiteral("interactions"),
                                    {{QStringLiteral("customer_id"), dup2},
                                     {QStringLiteral("subject"), QStringLiteral("Call")},
                                     {QStringLiteral("occurred_at"), db->clock().nowUtc()}});
        const QString task =
            insert(*db, QStringLiteral("tasks"),
                   {{QStringLiteral("title"), QStringLiteral("Send quote")}, {QStringLiteral("customer_id"), dup}});
        const QString vip = insert(*db, QStringLiteral("tags"), {{QStringLiteral("name"), QStringLiteral("VIP")}});
        const QString fair = insert(*db, QStringLiteral("tags"), {{QStringLiteral("name"), QStringLiteral("Fair")}});
        const QString keepVip = insert(*db, QStringLiteral("customer_tags"),
                                       {{QStringLiteral("customer_id"), keep}, {QStringLiteral("tag_id"), vip}});
        const QString dupVip = insert(*db, QStringLiteral("customer_tags"),
                                      {{QStringLiteral("customer_id"), dup}, {QStringLiteral("tag_id"), vip}});
        const QString dupFair = insert(*db, QStringLiteral("customer_tags"),
                                       {{QStringLiteral("customer_id"), dup}, {QStringLiteral("tag_id"), fair}});
        const QString contract = insert(*db, QStringLiteral("later_contracts"),
                                        {{QStringLiteral("customer_id"), dup2}, {QStringLiteral("title"), "C-1"}});
        QVERIFY(!keepVip.isEmpty() && !contract.isEmpty() && !child.isEmpty());

        DuplicateMerger merger(*db);
        DuplicateMerger::Plan plan;
        plan.entity = QStringLiteral("customer");
        plan.survivorId = keep;
        plan.mergedIds = {dup, dup2};
        plan.values = {{QStringLiteral("email"), QStringLiteral("sales@acme.example")},
                       {QStringLiteral("phone"), QStringLiteral("0769-23557780")}};
        QVERIFY(merger.mergeableColumns(QStringLiteral("customer")).contains(QStringLiteral("email")));
        QVERIFY(!merger.mergeableColumns(QStringLiteral("customer")).contains(QStringLiteral("version")));
        QList<DuplicateMerger::Move> moves;
        QVERIFY2(merger.preview(plan, &moves, &error), qPrintable(error));
        QStringList previewed;
        for (const DuplicateMerger::Move& m : moves)
            previewed << QStringLiteral("%1.%2=%3").arg(m.table, m.column).arg(m.rows);
        for (const QString& expected :
             {QStringLiteral("contacts.customer_id=1"), QStringLiteral("opportunities.customer_id=1"),
              QStringLiteral("interactions.customer_id=1"), QStringLiteral("tasks.customer_id=1"),
              QStringLiteral("customer_tags.customer_id=2"), QStringLiteral("later_contracts.customer_id=1"),
              QStringLiteral("customers.parent_id=1")})
            QVERIFY2(previewed.contains(expected), qPrintable(previewed.join(QLatin1Char(' '))));

        const WriteResult merged = merger.merge(plan);
        QVERIFY2(merged.ok(), qPrintable(merged.message));
        const QString logId = merged.id;

        // Every related row is the survivor's now; the duplicates are tombstones pointing at it.
        QCOMPARE(value(*db, QStringLiteral("contacts"), QStringLiteral("customer_id"), person), keep);
        QCOMPARE(value(*db, QStringLiteral("opportunities"), QStringLiteral("customer_id"), deal), keep);
        QCOMPARE(value(*db, QStringLiteral("interactions"), QStringLiteral("customer_id"), call), keep);
        QCOMPARE(value(*db, QStringLiteral("tasks"), QStringLiteral("customer_id"), task), keep);
        QCOMPARE(value(*db, QStringLiteral("later_contracts"), QStringLiteral("customer_id"), contract), keep);
        QCOMPARE(value(*db, QStringLiteral("customers"), QStringLiteral("parent_id"), child), keep);
        QCOMPARE(value(*db, QStringLiteral("customer_tags"), QStringLiteral("customer_id"), dupFair), keep);
        // The survivor had the VIP tag already: the duplicate's link is tombstoned, not doubled.
        QCOMPARE(value(*db, QStringLiteral("customer_tags"), QStringLiteral("customer_id"), dupVip), dup);
        QVERIFY(!value(*db, QStringLiteral("customer_tags"), QStringLiteral("deleted_at"), dupVip).isEmpty());
        QCOMPARE(
            count(*db,
                  QStringLiteral("SELECT count(*) FROM customer_tags WHERE customer_id = ? AND deleted_at IS NULL"),
                  {keep}),
            2);
        for (const QString& id : {dup, dup2}) {
            QCOMPARE(value(*db, QStringLiteral("customers"), QStringLiteral("merged_into_id"), id), keep);
            QVERIFY(!value(*db, QStringLiteral("customers"), QStringLiteral("deleted_at"), id).isEmpty());
        }
        QCOMPARE(value(*db, QStringLiteral("customers"), QStringLiteral("email"), keep),
                 QStringLiteral("sales@acme.example"));
        QCOMPARE(value(*db, QStringLiteral("customers"), QStringLiteral("phone"), keep),
                 QStringLiteral("0769-23557780"));
        QCOMPARE(value(*db, QStringLiteral("customers"), QStringLiteral("name"), keep), QStringLiteral("Acme"));
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT count(*) FROM merge_log WHERE id = ? AND survivor_id = ? AND "
                                      "entity = 'customer' AND undone_at IS NULL"),
                       {logId, keep}),
                 1);
        // Merged records are not duplicates any more.
        QList<DuplicateGroup> groups;
        QVERIFY(DuplicateFinder(*db).find(QStringLiteral("customer"), &groups, &error));
        QVERIFY(!groupOf(groups, keep));

        // A merge whose records are gone is refused whole.
        QCOMPARE(merger.merge(plan).status, WriteResult::NotFound);

        const WriteResult undone = merger.undo(logId);
        QVERIFY2(undone.ok(), qPrintable(undone.message));
        QCOMPARE(value(*db, QStringLiteral("contacts"), QStringLiteral("customer_id"), person), dup);
        QCOMPARE(value(*db, QStringLiteral("opportunities"), QStringLiteral("customer_id"), deal), dup);
        QCOMPARE(value(*db, QStringLiteral("interactions"), QStringLiteral("customer_id"), call), dup2);
        QCOMPARE(value(*db, QStringLiteral("tasks"), QStringLiteral("customer_id"), task), dup);
        QCOMPARE(value(*db, QStringLiteral("later_contracts"), QStringLiteral("customer_id"), contract), dup2);
        QCOMPARE(value(*db, QStringLiteral("customers"), QStringLiteral("parent_id"), child), dup);
        QCOMPARE(value(*db, QStringLiteral("customer_tags"), QStringLiteral("customer_id"), dupFair), dup);
        QVERIFY(value(*db, QStringLiteral("customer_tags"), QStringLiteral("deleted_at"), dupVip).isEmpty());
        for (const QString& id : {dup, dup2}) {
            QVERIFY(value(*db, QStringLiteral("customers"), QStringLiteral("merged_into_id"), id).isEmpty());
            QVERIFY(value(*db, QStringLiteral("customers"), QStringLiteral("deleted_at"), id).isEmpty());
        }
        QCOMPARE(value(*db, QStringLiteral("customers"), QStringLiteral("email"), keep),
                 QStringLiteral("info@acme.example"));
        QVERIFY(value(*db, QStringLiteral("customers"), QStringLiteral("phone"), keep).isEmpty());
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM merge_log WHERE id = ? AND undone_at IS NOT NULL"),
                       {logId}),
                 1);
        QCOMPARE(merger.undo(logId).status, WriteResult::NotFound);

        // Merged again (redo), then the survivor edited by someone: the undo refuses to overwrite it.
        const WriteResult again = merger.merge(plan);
        QVERIFY2(again.ok(), qPrintable(again.message));
        {
            RecordWriter writer(*db);
            QVERIFY(writer
                        .update(QStringLiteral("customers"), keep, -1,
                                {{QStringLiteral("email"), QStringLiteral("x@acme.example")}})
                        .ok());
            QVERIFY(writer.commit().ok());
        }
        QCOMPARE(merger.undo(again.id).status, WriteResult::Conflict);
        QCOMPARE(value(*db, QStringLiteral("contacts"), QStringLiteral("customer_id"), person), keep);
    }

    void mergeContacts_data() { TestDatabase::addTargets(); }
    void mergeContacts()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString acme = customer(*db, QStringLiteral("Acme"));
        const QString keep = contact(*db, acme, QStringLiteral("张伟"), QStringLiteral("zw@acme.example"));
        const QString dup = contact(*db, acme, QStringLiteral("张 伟"), {}, QStringLiteral("136 2822 9549"));
        const QString call = insert(*db, QStringLiteral("interactions"),
                                    {{QStringLiteral("customer_id"), acme},
                                     {QStringLiteral("contact_id"), dup},
                                     {QStringLiteral("subject"), QStringLiteral("Call")},
                                     {QStringLiteral("occurred_at"), db->clock().nowUtc()}});
        DuplicateMerger merger(*db);
        DuplicateMerger::Plan plan{
            QStringLiteral("contact"), keep, {dup}, {{QStringLiteral("mobile"), QStringLiteral("136 2822 9549")}}};
        const WriteResult merged = merger.merge(plan);
        QVERIFY2(merged.ok(), qPrintable(merged.message));
        QCOMPARE(value(*db, QStringLiteral("interactions"), QStringLiteral("contact_id"), call), keep);
        QCOMPARE(value(*db, QStringLiteral("interactions"), QStringLiteral("customer_id"), call), acme);
        QCOMPARE(value(*db, QStringLiteral("contacts"), QStringLiteral("merged_into_id"), dup), keep);
        QCOMPARE(value(*db, QStringLiteral("contacts"), QStringLiteral("mobile"), keep),
                 QStringLiteral("136 2822 9549"));
        QVERIFY(merger.undo(merged.id).ok());
        QCOMPARE(value(*db, QStringLiteral("interactions"), QStringLiteral("contact_id"), call), dup);
        QVERIFY(value(*db, QStringLiteral("contacts"), QStringLiteral("deleted_at"), dup).isEmpty());
        QVERIFY(value(*db, QStringLiteral("contacts"), QStringLiteral("mobile"), keep).isEmpty());
        // Bad plans write nothing.
        QCOMPARE(merger.merge({QStringLiteral("contact"), keep, {keep}, {}}).status, WriteResult::Invalid);
        QCOMPARE(merger.merge({QStringLiteral("task"), keep, {dup}, {}}).status, WriteResult::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestDuplicates)
#include "TestDuplicates.moc"

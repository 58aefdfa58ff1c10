#include "Database.h"
#include "GlobalSearch.h"
#include "RecordBatch.h"
#include "RecordStore.h"
#include "RecordTestHelpers.h"
#include "RecordWriter.h"
#include "SearchIndex.h"
#include "SearchKinds.h"
#include "TestDatabase.h"
#include "TextFolding.h"
#include "Uuid.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace RecordTestHelpers;

// Global search on both backends, checked against an independent scan: every record read back from its own
// table and each term tested on its text the way SearchIndex documents it (a term of three characters or more
// anywhere in the folded text, the title's pinyin or a phone's digits; a short non-Latin term anywhere; a short
// Latin term at the start of a word). Generated Chinese and English data, terms of 1-10 characters cut from it,
// in mixed case and full width, pinyin spellings and initials. And the index kept current by every write.
class TestGlobalSearch : public QObject
{
    Q_OBJECT

private:
    static QString u(const char* text) { return QString::fromUtf8(text); }

    struct Record
    {
        QString kind;
        QString id;
        QString folded;
        TextFolding::Pinyin pinyin;
        QStringList digits;
    };

    // Reads every live searchable record straight from its table (not from search_index).
    static QList<Record> scanRecords(Database& db)
    {
        QList<Record> records;
        for (const SearchKind& kind : SearchKinds::all()) {
            QSqlQuery q(db.connection());
            QStringList columns{QStringLiteral("id")};
            columns << kind.textColumns << kind.phoneColumns;
            if (!q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE deleted_at IS NULL")
                            .arg(columns.join(QStringLiteral(", ")), kind.table)))
                qWarning() << q.lastError().text();
            while (q.next()) {
                Record r;
                r.kind = kind.name;
                r.id = q.value(0).toString();
                QStringList texts;
                QString title;
                for (int i = 0; i < kind.textColumns.size(); ++i) {
                    const QString value = q.value(1 + i).toString();
                    if (kind.textColumns.at(i) == kind.titleColumn)
                        title = value.trimmed();
                    if (!value.isEmpty())
                        texts << value;
                }
                r.folded = TextFolding::fold(texts.join(QLatin1Char(' ')));
                r.pinyin = TextFolding::pinyin(title);
                for (int i = 0; i < kind.phoneColumns.size(); ++i) {
                    const QString digits = q.value(1 + int(kind.textColumns.size()) + i)
                                               .toString()
                                               .remove(QRegularExpression(QStringLiteral("[^0-9]")));
                    if (!digits.isEmpty())
                        r.digits << digits;
                }
                records << r;
            }
        }
        return records;
    }

    static bool startsAWord(const QString& text, const QString& term, const QRegularExpression& words)
    {
        for (auto it = words.globalMatch(text); it.hasNext();) {
            if (it.next().captured().startsWith(term))
                return true;
        }
        return false;
    }

    static bool scanMatches(const Record& r, const QString& text)
    {
        static const QRegularExpression latinWords(QStringLiteral("[a-z0-9]+"));
        static const QRegularExpression otherWords(QStringLiteral("^[^\\x00-\\x7F]+$"));
        const QStringList terms =
            TextFolding::fold(text).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (terms.isEmpty())
            return false;
        for (const QString& term : terms) {
            const int length = int(term.toUcs4().size());
            const bool inText = r.folded.contains(term);
            const bool inPinyin = r.pinyin.full.contains(term) || r.pinyin.initials.contains(term);
            const bool inDigits =
                std::any_of(r.digits.cbegin(), r.digits.cend(), [&](const QString& d) { return d.contains(term); });
            bool found = false;
            if (length >= 3) {
                found = inText || inPinyin || inDigits;
            } else if (QRegularExpression(QStringLiteral("^[a-z0-9]+$")).match(term).hasMatch()) {
                const QString spelled = r.pinyin.full + QLatin1Char(' ') + r.pinyin.initials + QLatin1Char(' ') +
                                        r.digits.join(QLatin1Char(' '));
                found = startsAWord(r.folded, term, latinWords) || startsAWord(spelled, term, latinWords);
            } else if (otherWords.match(term).hasMatch() && std::all_of(term.cbegin(), term.cend(), [](QChar c) {
                           return c.isLetterOrNumber() || c.isSurrogate();
                       })) {
                found = inText;
            } else {
                found = inText || inPinyin || inDigits;
            }
            if (!found)
                return false;
        }
        return true;
    }

    static QStringList expected(const QList<Record>& records, const QString& text)
    {
        QStringList hits;
        for (const Record& r : records) {
            if (scanMatches(r, text))
                hits << r.kind + QLatin1Char(':') + r.id;
        }
        hits.sort();
        return hits;
    }

    static QStringList found(Database& db, const QString& text, QString* error)
    {
        QStringList hits;
        for (const GlobalSearch::Group& group : GlobalSearch(db).find(text, {}, 1000000, error)) {
            for (const GlobalSearch::Hit& hit : group.hits)
                hits << hit.kind + QLatin1Char(':') + hit.id;
        }
        hits.sort();
        return hits;
    }

    static QString pick(QRandomGenerator& random, const QStringList& list)
    {
        return list.at(int(random.bounded(quint32(list.size()))));
    }

    // Writes a bilingual data set through the writer: customers, contacts, follow-ups, opportunities, tasks.
    static bool generate(Database& db, int customers, QRandomGenerator& random, QString* error)
    {
        const QStringList surnames = u("张 王 李 赵 刘 陈 杨 黄 吴 周 欧阳 吕").split(QLatin1Char(' '));
        const QStringList given =
            u("伟 芳 娜 敏 静 强 磊 军 洋 勇 艳 杰 涛 明 超 秀英 建华 晓东").split(QLatin1Char(' '));
        const QStringList cities = u("北京 上海 重庆 广州 深圳 长沙 东莞").split(QLatin1Char(' '));
        const QStringList trades = u("科技 贸易 汽车 物流 百货 置业 电子").split(QLatin1Char(' '));
        const QStringList english = {u("Anderson & Davis"), u("Café Lumière"),    u("Ångström AB"),
                                     u("Acme Trading"),     u("ＡＢＣ Holdings"), u("Zhang Wei Consulting"),
                                     u("Straße Logistics"), u("Nordic Fjord AS"), u("ﬁnance partners")};
        const QString stage =
            scalar(db, QStringLiteral("SELECT id FROM pipeline_stages ORDER BY sort_order LIMIT 1")).toString();
        const WriteResult result = RecordWriter::transact(db, [&](RecordWriter& writer) -> WriteResult {
            for (int i = 0; i < customers; ++i) {
                const bool chinese = random.bounded(3) != 0;
                const QString person = pick(random, surnames) + pick(random, given) +
                                       (random.bounded(2) ? pick(random, given) : QString());
                const QString name =
                    chinese ? (random.bounded(2) ? person : pick(random, cities) + pick(random, trades) + u("有限公司"))
                            : pick(random, english) + QStringLiteral(" %1").arg(i);
                const QString phone =
                    random.bounded(2) ? QStringLiteral("0769-%1").arg(3000000 + i * 7919 % 999999)
                                      : QStringLiteral("136 %1 %2").arg(1000 + i % 9000).arg(1000 + (i * 31) % 9000);
                WriteResult customer = writer.insert(
                    QStringLiteral("customers"),
                    {{QStringLiteral("name"), name},
                     {QStringLiteral("company"), chinese ? pick(random, cities) + pick(random, trades) : QString()},
                     {QStringLiteral("email"), QStringLiteral("user%1@Example.COM").arg(i)},
                     {QStringLiteral("phone"), phone},
                     {QStringLiteral("city"), pick(random, cities)},
                     {QStringLiteral("notes"), random.bounded(2) ? u("客户希望下周二前收到报价，联系人：") + person
                                                                 : QStringLiteral("Prefers e-mail; CAFÉ visit")}});
                if (!customer.ok())
                    return customer;
                if (i % 2 == 0) {
                    WriteResult contact = writer.insert(
                        QStringLiteral("contacts"),
                        {{QStringLiteral("customer_id"), customer.id},
                         {QStringLiteral("name"), pick(random, surnames) + pick(random, given)},
                         {QStringLiteral("title"), random.bounded(2) ? u("采购经理") : QStringLiteral("Buyer")},
                         {QStringLiteral("mobile"), QStringLiteral("+86 139 %1").arg(10000000 + i * 37)}});
                    if (!contact.ok())
                        return contact;
                }
                if (i % 3 == 0) {
                    WriteResult note = writer.insert(
                        QStringLiteral("interactions"),
                        {{QStringLiteral("customer_id"), customer.id},
                         {QStringLiteral("occurred_at"), QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC)},
                         {QStringLiteral("subject"), random.bounded(2) ? u("电话回访") : QStringLiteral("Call back")},
                         {QStringLiteral("content"), u("讨论了") + pick(random, trades) + u("方案")}});
                    if (!note.ok())
                        return note;
                }
                if (i % 4 == 0) {
                    WriteResult deal =
                        writer.insert(QStringLiteral("opportunities"),
                                      {{QStringLiteral("customer_id"), customer.id},
                                       {QStringLiteral("stage_id"), stage},
                                       {QStringLiteral("name"),
                                        name + (random.bounded(2) ? u(" 年度采购") : QStringLiteral(" renewal"))}});
                    if (!deal.ok())
                        return deal;
                }
                if (i % 5 == 0) {
                    WriteResult task = writer.insert(
                        QStringLiteral("tasks"),
                        {{QStringLiteral("customer_id"), customer.id},
                         {QStringLiteral("title"),
                          random.bounded(2) ? u("发送报价单给") + person : QStringLiteral("Send quote to ") + name}});
                    if (!task.ok())
                        return task;
                }
            }
            return {};
        });
        if (!result.ok())
            *error = result.message;
        return result.ok();
    }

    // Terms cut from the data: 1-10 characters of some record's text, in the case and width a user might type.
    static QStringList termsFrom(const QList<Record>& records, QRandomGenerator& random, int count)
    {
        QStringList terms;
        while (terms.size() < count) {
            const Record& r = records.at(int(random.bounded(quint32(records.size()))));
            const int mode = int(random.bounded(10));
            QString term;
            if (mode == 0 && !r.pinyin.full.isEmpty()) {
                term = r.pinyin.full.section(QLatin1Char(' '), 0, 0);
            } else if (mode == 1 && !r.pinyin.initials.isEmpty()) {
                term = r.pinyin.initials.section(QLatin1Char(' '), 0, 0).left(1 + int(random.bounded(3)));
            } else {
                const QList<uint> points = r.folded.toUcs4();
                const int length = 1 + int(random.bounded(10));
                const int start = int(random.bounded(quint32(std::max<qsizetype>(1, points.size() - length + 1))));
                term = QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData()) + start,
                                         std::min<qsizetype>(length, points.size() - start));
            }
            term = term.trimmed();
            if (term.isEmpty())
                continue;
            // As typed: upper case, or full-width letters and digits (U+FF01…), now and then.
            const int shape = int(random.bounded(4));
            if (shape == 1)
                term = term.toUpper();
            if (shape == 2) {
                for (QChar& c : term) {
                    if (c.unicode() > 0x20 && c.unicode() < 0x7F)
                        c = QChar(c.unicode() - 0x21 + 0xFF01);
                }
            }
            terms << term;
        }
        return terms;
    }

    static QStringList hitsFor(Database& db, const QString& text)
    {
        QString error;
        const QStringList hits = found(db, text, &error);
        if (!error.isEmpty())
            qWarning() << error;
        return hits;
    }

private slots:
    void matchesAnIndependentScan_data() { TestDatabase::addTargets(); }
    void matchesAnIndependentScan()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QRandomGenerator random(20261203);
        QVERIFY2(generate(*db, 240, random, &error), qPrintable(error));
        const QList<Record> records = scanRecords(*db);
        QVERIFY(records.size() > 500);

        QStringList terms = termsFrom(records, random, 300);
        // And the cases the issue names.
        terms << u("王") << u("张伟") << QStringLiteral("zw") << QStringLiteral("zhangwei")
              << QStringLiteral("ZHANG WEI") << u("ＡＢＣ") << QStringLiteral("abc") << QStringLiteral("cafe")
              << QStringLiteral("lumiere") << QStringLiteral("angstrom") << QStringLiteral("strasse")
              << QStringLiteral("finance") << QStringLiteral("example.com") << QStringLiteral("3557")
              << QStringLiteral("13628") << u("北京 科技") << u("重庆") << QStringLiteral("cq")
              << QStringLiteral("chongqing") << QStringLiteral("0769") << QStringLiteral("a")
              << QStringLiteral("e-mail") << u("报价 zw") << QStringLiteral("%") << QStringLiteral("_")
              << QStringLiteral("\"") << QStringLiteral("a\"b") << QStringLiteral("x") << u("：") << u("A王");
        int nonEmpty = 0;
        for (const QString& term : std::as_const(terms)) {
            const QStringList want = expected(records, term);
            const QStringList got = hitsFor(*db, term);
            if (got != want)
                qWarning() << "term" << term << "index" << got.size() << "scan" << want.size();
            QCOMPARE(got, want);
            nonEmpty += want.isEmpty() ? 0 : 1;
        }
        QVERIFY2(nonEmpty > 250, qPrintable(QString::number(nonEmpty)));

        // The pinyin cases found something at all (the data has names starting 张伟 and 王).
        QVERIFY(!hitsFor(*db, QStringLiteral("zw")).isEmpty());
        QVERIFY(!hitsFor(*db, QStringLiteral("wang")).isEmpty());

        QStringList problems;
        QVERIFY2(SearchIndex::verify(*db, &problems, &error), qPrintable(error));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Every write keeps the index current: insert, edit, delete, restore, purge, and a bulk load too large to list
    // its rows; `check` notices an index that is not.
    void indexFollowsWrites_data() { TestDatabase::addTargets(); }
    void indexFollowsWrites()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        auto ids = [&](const QString& text) { return hitsFor(*db, text); };

        WriteResult made = RecordWriter::transact(*db, [&](RecordWriter& w) {
            return w.insert(QStringLiteral("customers"), {{QStringLiteral("name"), u("张伟")},
                                                          {QStringLiteral("phone"), QStringLiteral("0769-3557780")}});
        });
        QVERIFY2(made.ok(), qPrintable(made.message));
        const QString customer = QStringLiteral("customer:") + made.id;
        QCOMPARE(ids(QStringLiteral("zw")), QStringList{customer});
        QCOMPARE(ids(QStringLiteral("93557")), QStringList{customer});

        // An edit: the old name is gone from the index, the new one found.
        WriteResult edited = RecordWriter::transact(*db, [&](RecordWriter& w) {
            return w.update(QStringLiteral("customers"), made.id, 1, {{QStringLiteral("name"), u("李娜")}});
        });
        QVERIFY2(edited.ok(), qPrintable(edited.message));
        QVERIFY(ids(u("张伟")).isEmpty());
        QCOMPARE(ids(QStringLiteral("ln")), QStringList{customer});
        QCOMPARE(ids(u("李")), QStringList{customer});

        // An edit of what is not searched leaves the row alone (and costs nothing).
        WriteResult status = RecordWriter::transact(*db, [&](RecordWriter& w) {
            return w.update(QStringLiteral("customers"), made.id, 2,
                            {{QStringLiteral("status"), QStringLiteral("active")}});
        });
        QVERIFY2(status.ok(), qPrintable(status.message));
        QCOMPARE(ids(u("李娜")), QStringList{customer});

        RecordStore store(*db);
        QVERIFY2(store.softDelete(QStringLiteral("customer"), made.id, &error), qPrintable(error));
        QVERIFY(ids(u("李娜")).isEmpty());
        QVERIFY2(store.restore(QStringLiteral("customer"), made.id, &error), qPrintable(error));
        QCOMPARE(ids(u("李娜")), QStringList{customer});
        QVERIFY2(store.softDelete(QStringLiteral("customer"), made.id, &error), qPrintable(error));
        QVERIFY2(store.purge(QStringLiteral("customer"), made.id, &error), qPrintable(error));
        QVERIFY(ids(u("李娜")).isEmpty());
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM search_index")), 0);

        // A bulk load (RecordBatch announces a big load without its ids): the whole kind is indexed again.
        const int rows = 3000;
        const WriteResult loaded = RecordWriter::transact(*db, [&](RecordWriter& w) -> WriteResult {
            RecordBatch batch(w, QStringLiteral("customers"), {QStringLiteral("id"), QStringLiteral("name")});
            for (int i = 0; i < rows; ++i)
                batch.add(Uuid::createV7(), QString(u("欧阳") + QString::number(i)));
            return batch.flush();
        });
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(ids(QStringLiteral("oy")).size(), rows);
        QCOMPARE(ids(u("欧阳2999")).size(), 1);

        QStringList problems;
        QVERIFY2(SearchIndex::verify(*db, &problems, &error), qPrintable(error));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        // An index changed behind the program's back is reported: a stale row, a missing one, one too many.
        QSqlQuery q(db->connection());
        DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("UPDATE search_index SET body = 'x' WHERE record_id IN (SELECT "
                                                    "record_id FROM search_index ORDER BY record_id LIMIT 2)")));
        DESKCRM_VERIFY_SQL(q,
                           q.exec(QStringLiteral("DELETE FROM search_index WHERE record_id IN (SELECT record_id FROM "
                                                 "search_index ORDER BY record_id DESC LIMIT 3)")));
        problems.clear();
        QVERIFY2(SearchIndex::verify(*db, &problems, &error), qPrintable(error));
        QCOMPARE(problems.size(), 2);

        // A database upgraded to the index (no rows yet) gets them when it is opened.
        DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("DELETE FROM search_index")));
        q.finish();
        db.reset();
        db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM search_index")), rows);
        problems.clear();
        QVERIFY2(SearchIndex::verify(*db, &problems, &error), qPrintable(error));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void highlights()
    {
        using Ranges = QList<QPair<int, int>>;
        QCOMPARE(GlobalSearch::highlights(u("北京张伟科技"), u("张伟")), (Ranges{{2, 2}}));
        QCOMPARE(GlobalSearch::highlights(QStringLiteral("Café Lumière"), QStringLiteral("CAFE lum")),
                 (Ranges{{0, 4}, {5, 3}}));
        QCOMPARE(GlobalSearch::highlights(u("ＡＢＣ Trading"), QStringLiteral("abc")), (Ranges{{0, 3}}));
        QCOMPARE(GlobalSearch::highlights(u("张伟"), QStringLiteral("zw")), Ranges());
    }
};

QTEST_GUILESS_MAIN(TestGlobalSearch)
#include "TestGlobalSearch.moc"

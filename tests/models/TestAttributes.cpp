#include "AttributeColumns.h"
#include "AttributeDefinitions.h"
#include "AttributeValues.h"
#include "CsvReader.h"
#include "CustomerModel.h"
#include "Database.h"
#include "Importer.h"
#include "ListExporter.h"
#include "ListSpec.h"
#include "RecordListModel.h"
#include "RecordTestHelpers.h"
#include "RecordWriter.h"
#include "SqlDialect.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

using RecordTestHelpers::count;
using Kind = AttributeDefinition::Kind;

// Custom fields (issue 12) on both backends: definitions saved, checked, reordered and deactivated; values checked
// against their fields and written in the record's own transaction; list columns sorted and filtered by custom
// fields against an independent reading of the values.
class TestAttributes : public QObject
{
    Q_OBJECT

private:
    static AttributeDefinition field(const QString& entity, const QString& key, Kind kind)
    {
        AttributeDefinition d;
        d.entity = entity;
        d.key = key;
        d.labelEn = key;
        d.labelZh = key + QStringLiteral("（中）");
        d.kind = kind;
        if (kind == Kind::Choice || kind == Kind::MultiChoice)
            d.choices = {{QStringLiteral("a"), QStringLiteral("Alpha"), QStringLiteral("甲")},
                         {QStringLiteral("b"), QStringLiteral("Beta"), QStringLiteral("乙")},
                         {QStringLiteral("c"), QStringLiteral("Gamma"), QStringLiteral("丙")}};
        if (kind == Kind::Money)
            d.currency = QStringLiteral("CNY");
        return d;
    }

    static std::unique_ptr<Database> open(TestDatabase& tdb)
    {
        QString error;
        auto db = tdb.open(&error);
        if (!db)
            qWarning("%s", qPrintable(error));
        return db;
    }

private slots:
    void definitions_data() { TestDatabase::addTargets(); }
    void definitions()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        auto db = open(tdb);
        QVERIFY(db);
        AttributeDefinitions defs(*db);

        AttributeDefinition region = field(QStringLiteral("customer"), QStringLiteral("region_code"), Kind::Choice);
        region.required = true;
        QVERIFY2(defs.save(region).ok(), "first field");
        QVERIFY(!region.id.isEmpty());
        QCOMPARE(region.version, 1);
        QCOMPARE(region.position, 0);
        AttributeDefinition budget = field(QStringLiteral("customer"), QStringLiteral("budget"), Kind::Money);
        QVERIFY(defs.save(budget).ok());
        QCOMPARE(budget.position, 1);
        AttributeDefinition other = field(QStringLiteral("opportunity"), QStringLiteral("budget"), Kind::Number);
        QVERIFY2(defs.save(other).ok(), "the same key on another entity");

        // Refused: a key twice per entity, bad keys, choices without codes, money without currency.
        AttributeDefinition twice = field(QStringLiteral("customer"), QStringLiteral("budget"), Kind::Text);
        WriteResult r = defs.save(twice);
        QCOMPARE(r.status, WriteResult::Invalid);
        QVERIFY(r.fieldErrors.contains(QStringLiteral("key")));
        AttributeDefinition bad = field(QStringLiteral("customer"), QStringLiteral("Bad Key"), Kind::Text);
        QVERIFY(defs.validate(bad).contains(QStringLiteral("key")));
        AttributeDefinition noChoices = field(QStringLiteral("customer"), QStringLiteral("x"), Kind::Choice);
        noChoices.choices.clear();
        QVERIFY(defs.validate(noChoices).contains(QStringLiteral("choices")));
        AttributeDefinition noCurrency = field(QStringLiteral("customer"), QStringLiteral("y"), Kind::Money);
        noCurrency.currency.clear();
        QVERIFY(defs.validate(noCurrency).contains(QStringLiteral("currency")));
        AttributeDefinition unknownEntity = field(QStringLiteral("spaceship"), QStringLiteral("z"), Kind::Text);
        QVERIFY(defs.validate(unknownEntity).contains(QStringLiteral("entity")));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM attribute_definitions")), 3);

        // Read back as saved, in order; edited optimistically.
        QList<AttributeDefinition> customer = defs.forEntity(QStringLiteral("customer"));
        QCOMPARE(customer.size(), 2);
        QCOMPARE(customer.at(0).key, QStringLiteral("region_code"));
        QCOMPARE(customer.at(0).choices, region.choices);
        QVERIFY(customer.at(0).required);
        QCOMPARE(customer.at(1).currency, QStringLiteral("CNY"));
        AttributeDefinition stale = customer.at(0);
        region.labelEn = QStringLiteral("Sales region");
        QVERIFY(defs.save(region).ok());
        QCOMPARE(region.version, 2);
        stale.labelEn = QStringLiteral("Lost edit");
        QCOMPARE(defs.save(stale).status, WriteResult::Conflict);
        QCOMPARE(defs.byId(region.id).labelEn, QStringLiteral("Sales region"));

        // Reordered and deactivated: inactive fields leave the forms and lists, not the settings.
        QVERIFY(defs.reorder({budget.id, region.id}).ok());
        customer = defs.forEntity(QStringLiteral("customer"));
        QCOMPARE(customer.at(0).key, QStringLiteral("budget"));
        QVERIFY(defs.setActive(budget.id, false, customer.at(0).version).ok());
        QCOMPARE(defs.forEntity(QStringLiteral("customer")).size(), 1);
        QCOMPARE(defs.forEntity(QStringLiteral("customer"), false).size(), 2);

        // Record types: fields for all records plus those of the type.
        AttributeDefinition typed = field(QStringLiteral("customer"), QStringLiteral("booth"), Kind::Text);
        typed.recordType = QStringLiteral("trade_show");
        QVERIFY(defs.save(typed).ok());
        QCOMPARE(defs.forEntity(QStringLiteral("customer"), true, QStringLiteral("trade_show")).size(), 2);
        QCOMPARE(defs.forEntity(QStringLiteral("customer"), true, QStringLiteral("website")).size(), 1);

        // A field with values keeps its key and kind.
        const QString customerId = [&] {
            WriteResult made = RecordWriter::transact(*db, [&](RecordWriter& w) {
                WriteResult c = w.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("X")}});
                if (!c.ok())
                    return c;
                AttributeEdit edit{{region}, {{region.key, QStringLiteral("a")}}, {}};
                WriteResult v = AttributeValues::write(w, QStringLiteral("customer"), c.id, edit);
                return v.ok() ? c : v;
            });
            return made.id;
        }();
        QVERIFY(!customerId.isEmpty());
        region.kind = Kind::Text;
        r = defs.save(region);
        QCOMPARE(r.status, WriteResult::Invalid);
        QVERIFY(r.fieldErrors.contains(QStringLiteral("kind")));
    }

    void valueChecks()
    {
        AttributeDefinition choice = field(QStringLiteral("customer"), QStringLiteral("c"), Kind::Choice);
        QVERIFY(AttributeValues::check(choice, QStringLiteral("a")).isEmpty());
        QVERIFY(!AttributeValues::check(choice, QStringLiteral("zz")).isEmpty());
        QVERIFY(AttributeValues::check(choice, QVariant()).isEmpty());
        choice.required = true;
        QVERIFY(!AttributeValues::check(choice, QVariant()).isEmpty());
        QVERIFY(!AttributeValues::check(choice, QString()).isEmpty());

        AttributeDefinition multi = field(QStringLiteral("customer"), QStringLiteral("m"), Kind::MultiChoice);
        QVERIFY(AttributeValues::check(multi, QStringList{QStringLiteral("c"), QStringLiteral("a")}).isEmpty());
        QCOMPARE(AttributeValues::normalised(multi, QStringList{QStringLiteral("c"), QStringLiteral("a")}),
                 QVariant(QStringList{QStringLiteral("a"), QStringLiteral("c")}));
        QVERIFY(!AttributeValues::check(multi, QStringList{QStringLiteral("a"), QStringLiteral("q")}).isEmpty());
        multi.required = true;
        QVERIFY(!AttributeValues::check(multi, QStringList()).isEmpty());

        AttributeDefinition number = field(QStringLiteral("customer"), QStringLiteral("n"), Kind::Number);
        QVERIFY(!AttributeValues::check(number, QStringLiteral("many")).isEmpty());
        QVERIFY(AttributeValues::check(number, 2.5).isEmpty());
        AttributeDefinition text = field(QStringLiteral("customer"), QStringLiteral("t"), Kind::Text);
        text.required = true;
        QVERIFY(!AttributeValues::check(text, QStringLiteral("   ")).isEmpty());
        QVERIFY(!AttributeValues::check(text, QString(2001, QLatin1Char('x'))).isEmpty());

        // Import text: choices by code or either label, numbers, money, dates, yes/no.
        QString error;
        QCOMPARE(AttributeValues::parse(choice, QStringLiteral("Beta"), &error), QVariant(QStringLiteral("b")));
        QCOMPARE(AttributeValues::parse(choice, QStringLiteral("丙"), &error), QVariant(QStringLiteral("c")));
        QCOMPARE(AttributeValues::parse(multi, QStringLiteral("Gamma; a、乙"), &error),
                 QVariant(QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(error.isEmpty());
        AttributeValues::parse(choice, QStringLiteral("Delta"), &error);
        QVERIFY(!error.isEmpty());
        error.clear();
        QCOMPARE(AttributeValues::parse(number, QStringLiteral("1,234.5"), &error).toDouble(), 1234.5);
        AttributeDefinition money = field(QStringLiteral("customer"), QStringLiteral("b"), Kind::Money);
        QCOMPARE(AttributeValues::parse(money, QStringLiteral("¥1,200.50"), &error).toLongLong(), 120050);
        AttributeDefinition date = field(QStringLiteral("customer"), QStringLiteral("d"), Kind::Date);
        QCOMPARE(AttributeValues::parse(date, QStringLiteral("2026年3月5日"), &error).toDate(), QDate(2026, 3, 5));
        AttributeDefinition yes = field(QStringLiteral("customer"), QStringLiteral("y"), Kind::Bool);
        QCOMPARE(AttributeValues::parse(yes, QStringLiteral("是"), &error), QVariant(true));
        QVERIFY(error.isEmpty());
        // And back: what an export writes, an import reads.
        for (const auto& [def, value] : std::initializer_list<std::pair<AttributeDefinition, QVariant>>{
                 {choice, QStringLiteral("b")},
                 {multi, QStringList{QStringLiteral("a"), QStringLiteral("c")}},
                 {number, 1234.5},
                 {money, qlonglong(120050)},
                 {date, QDate(2026, 3, 5)},
                 {yes, false}}) {
            QCOMPARE(AttributeValues::parse(def, def.plainText(value), &error), value);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void savedWithRecord_data() { TestDatabase::addTargets(); }
    void savedWithRecord()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        auto db = open(tdb);
        QVERIFY(db);
        AttributeDefinitions defs(*db);
        QList<AttributeDefinition> fields;
        for (const auto& [key, kind] : std::initializer_list<std::pair<const char*, Kind>>{{"grade", Kind::Choice},
                                                                                           {"tags", Kind::MultiChoice},
                                                                                           {"score", Kind::Number},
                                                                                           {"budget", Kind::Money},
                                                                                           {"renewal", Kind::Date},
                                                                                           {"vip", Kind::Bool},
                                                                                           {"motto", Kind::Text}}) {
            AttributeDefinition d = field(QStringLiteral("customer"), QLatin1String(key), kind);
            d.required = kind == Kind::Choice;
            QVERIFY(defs.save(d).ok());
            fields << d;
        }

        // A required field left empty: nothing is written, not even the customer.
        CustomerModel model(*db);
        int row = model.addRecord({{QStringLiteral("name"), QStringLiteral("Acme")}});
        model.setAttributeEdit(row, AttributeEdit{fields, {{QStringLiteral("score"), 3.5}}, {}});
        RecordModel::SaveResult saved = model.save();
        QCOMPARE(saved.status, RecordModel::SaveResult::Invalid);
        QVERIFY(saved.fieldErrors.contains(QStringLiteral("attr:grade")));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 0);

        const QVariantHash values{{QStringLiteral("grade"), QStringLiteral("b")},
                                  {QStringLiteral("tags"), QStringList{QStringLiteral("c"), QStringLiteral("a")}},
                                  {QStringLiteral("score"), 3.5},
                                  {QStringLiteral("budget"), qlonglong(1234500)},
                                  {QStringLiteral("renewal"), QDate(2027, 1, 31)},
                                  {QStringLiteral("vip"), true},
                                  {QStringLiteral("motto"), QStringLiteral("  客户第一  ")}};
        model.setAttributeEdit(row, AttributeEdit{fields, values, {}});
        saved = model.save();
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        const QString id = model.recordId(0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM attribute_values WHERE record_id = ?"), {id}), 7);
        QCOMPARE(RecordTestHelpers::scalar(*db, QStringLiteral("SELECT value_text FROM attribute_values v JOIN "
                                                               "attribute_definitions d ON d.id = v.attribute_id "
                                                               "WHERE d.key = 'tags'"))
                     .toString(),
                 QStringLiteral(";a;c;"));

        QHash<QString, AttributeValues::Stored> stored = AttributeValues::load(*db, id, fields);
        QCOMPARE(stored.size(), 7);
        QCOMPARE(stored.value(QStringLiteral("grade")).value, QVariant(QStringLiteral("b")));
        QCOMPARE(stored.value(QStringLiteral("tags")).value,
                 QVariant(QStringList{QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(stored.value(QStringLiteral("score")).value.toDouble(), 3.5);
        QCOMPARE(stored.value(QStringLiteral("budget")).value.toLongLong(), 1234500);
        QCOMPARE(stored.value(QStringLiteral("renewal")).value.toDate(), QDate(2027, 1, 31));
        QCOMPARE(stored.value(QStringLiteral("vip")).value.toBool(), true);
        QCOMPARE(stored.value(QStringLiteral("motto")).value.toString(), QStringLiteral("客户第一"));
        QCOMPARE(stored.value(QStringLiteral("score")).version, 1);

        // Only what changed is written; clearing keeps the row with no value.
        QHash<QString, int> versions;
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            versions.insert(it.key(), it.value().version);
        QVariantHash changed = values;
        changed.insert(QStringLiteral("score"), QVariant());
        changed.insert(QStringLiteral("grade"), QStringLiteral("c"));
        QVERIFY(model.selectRecord(id));
        model.setAttributeEdit(0, AttributeEdit{fields, changed, versions});
        QVERIFY(model.save().ok());
        stored = AttributeValues::load(*db, id, fields);
        QVERIFY(stored.value(QStringLiteral("score")).value.isNull());
        QCOMPARE(stored.value(QStringLiteral("score")).version, 2);
        QCOMPARE(stored.value(QStringLiteral("grade")).value, QVariant(QStringLiteral("c")));
        QCOMPARE(stored.value(QStringLiteral("motto")).version, 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM attribute_values")), 7);

        // A value someone changed since it was loaded: a conflict, and the record's own edit is rolled back with it.
        QVERIFY(model.selectRecord(id));
        model.setValue(0, QStringLiteral("company"), QStringLiteral("Stale Co"));
        changed.insert(QStringLiteral("grade"), QStringLiteral("a"));
        model.setAttributeEdit(0, AttributeEdit{fields, changed, versions}); // grade's old version
        saved = model.save();
        QVERIFY(!saved.ok());
        QVERIFY(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE company = 'Stale Co'")) == 0);
        QCOMPARE(AttributeValues::load(*db, id, fields).value(QStringLiteral("grade")).value,
                 QVariant(QStringLiteral("c")));
    }

    void listSortAndFilter_data() { TestDatabase::addTargets(); }
    void listSortAndFilter()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        auto db = open(tdb);
        QVERIFY(db);
        AttributeDefinitions defs(*db);
        AttributeDefinition score = field(QStringLiteral("customer"), QStringLiteral("score"), Kind::Number);
        AttributeDefinition grade = field(QStringLiteral("customer"), QStringLiteral("grade"), Kind::Choice);
        AttributeDefinition motto = field(QStringLiteral("customer"), QStringLiteral("motto"), Kind::Text);
        AttributeDefinition tags = field(QStringLiteral("customer"), QStringLiteral("tags"), Kind::MultiChoice);
        AttributeDefinition renewal = field(QStringLiteral("customer"), QStringLiteral("renewal"), Kind::Date);
        for (AttributeDefinition* d : {&score, &grade, &motto, &tags, &renewal})
            QVERIFY(defs.save(*d).ok());
        const QList<AttributeDefinition> all{score, grade, motto, tags, renewal};

        // 150 customers: values with ties and gaps (no row, or a cleared one), some customers deleted.
        QRandomGenerator rng(12);
        const QStringList words{QStringLiteral("apple"), QStringLiteral("berry"), QStringLiteral("cherry"),
                                QStringLiteral("date"), QStringLiteral("elder")};
        const WriteResult filled = RecordWriter::transact(*db, [&](RecordWriter& w) {
            for (int i = 0; i < 150; ++i) {
                const WriteResult c = w.insert(QStringLiteral("customers"),
                                               {{QStringLiteral("name"), QStringLiteral("Customer %1").arg(i)}});
                if (!c.ok())
                    return c;
                QVariantHash v;
                if (i % 7 != 0)
                    v.insert(QStringLiteral("score"), double(rng.bounded(20)) / 2);
                if (i % 5 != 1)
                    v.insert(QStringLiteral("grade"), QString(QChar(u'a' + int(rng.bounded(3)))));
                if (i % 4 != 2)
                    v.insert(QStringLiteral("motto"), words.at(int(rng.bounded(words.size()))));
                if (i % 3 != 0)
                    v.insert(QStringLiteral("tags"), i % 2 ? QStringList{QStringLiteral("a"), QStringLiteral("c")}
                                                           : QStringList{QStringLiteral("b")});
                if (i % 6 != 3)
                    v.insert(QStringLiteral("renewal"), QDate(2026, 1, 1).addDays(int(rng.bounded(30))));
                WriteResult r = AttributeValues::write(w, QStringLiteral("customer"), c.id, AttributeEdit{all, v, {}});
                if (r.ok() && i % 11 == 0) // a value that was cleared again
                    r = AttributeValues::write(w, QStringLiteral("customer"), c.id,
                                               AttributeEdit{all, {{QStringLiteral("score"), QVariant()}}, {}});
                if (r.ok() && i % 13 == 5)
                    r = w.softDelete(QStringLiteral("customers"), c.id, 1);
                if (!r.ok())
                    return r;
            }
            return WriteResult();
        });
        QVERIFY2(filled.ok(), qPrintable(filled.message));

        const ListSpec spec = AttributeColumns::extended(*db, ListSpec::customers());
        QCOMPARE(spec.columns.size(), ListSpec::customers().columns.size() + 5);
        RecordListModel model(*db, spec);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(9); // many keyset seeks across ties
        model.setAnchorStride(20);

        // Independently: every live customer's stored value, sorted here.
        auto expected = [&](const AttributeDefinition& d, Qt::SortOrder order, const QString& where = QString(),
                            const QVariantList& binds = {}) {
            QSqlQuery q(db->connection());
            q.prepare(QStringLiteral("SELECT c.id, v.%1 FROM customers c LEFT JOIN attribute_values v ON "
                                     "v.record_id = c.id AND v.attribute_id = ? WHERE c.deleted_at IS NULL%2")
                          .arg(d.valueColumn(), where.isEmpty() ? QString() : QStringLiteral(" AND ") + where));
            q.addBindValue(d.id);
            for (const QVariant& b : binds)
                q.addBindValue(b);
            if (!q.exec())
                qWarning() << q.lastError().text();
            QList<std::pair<QString, QVariant>> rows;
            while (q.next())
                rows.append({q.value(0).toString(), q.value(1)});
            const bool desc = order == Qt::DescendingOrder;
            const bool nullsFirst = db->sqlDialect().nullsFirst(desc);
            std::sort(rows.begin(), rows.end(), [&](const auto& x, const auto& y) {
                if (x.second.isNull() != y.second.isNull())
                    return x.second.isNull() == nullsFirst;
                if (!x.second.isNull()) {
                    const QPartialOrdering cmp = d.kind == Kind::Number
                                                     ? QVariant::compare(x.second.toDouble(), y.second.toDouble())
                                                     : QVariant::compare(x.second.toString(), y.second.toString());
                    if (cmp != QPartialOrdering::Equivalent)
                        return desc ? cmp == QPartialOrdering::Greater : cmp == QPartialOrdering::Less;
                }
                return desc ? x.first > y.first : x.first < y.first;
            });
            QStringList ids;
            for (const auto& row : rows)
                ids << row.first;
            return ids;
        };
        auto shown = [&] {
            if (!QTest::qWaitFor([&] { return model.isCountExact() && model.hasAnchors(); }, 10000))
                qWarning("the list did not finish counting");
            QStringList ids;
            for (int row = model.rowCount() - 1; row >= 0; --row) // backwards: through the anchors
                ids.prepend(model.idAt(row));
            return ids;
        };

        for (const AttributeDefinition& d : {score, grade, motto, renewal}) {
            const int column = spec.columnIndex(d.fieldName());
            QVERIFY(column >= 0);
            QVERIFY(spec.columns.at(column).sortable());
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(column, order);
                QCOMPARE(model.sortColumn(), column);
                QCOMPARE(shown(), expected(d, order));
            }
        }
        QVERIFY(!spec.columns.at(spec.columnIndex(tags.fieldName())).sortable());

        // Filters: a choice, a range, text starting with (any case), one code of a multi-choice, with a sort.
        model.sort(spec.columnIndex(score.fieldName()), Qt::AscendingOrder);
        model.setFilter(QStringLiteral("attr:grade"), QStringLiteral("b"));
        QVERIFY(model.refresh());
        QCOMPARE(shown(), expected(score, Qt::AscendingOrder,
                                   QStringLiteral("c.id IN (SELECT record_id FROM attribute_values WHERE "
                                                  "attribute_id = ? AND value_text = 'b')"),
                                   {grade.id}));
        QVERIFY(model.rowCount() > 0);
        model.setFilter(QStringLiteral("attr:score:min"), 3.0);
        model.setFilter(QStringLiteral("attr:score:max"), 6.5);
        QVERIFY(model.refresh());
        QCOMPARE(shown(), expected(score, Qt::AscendingOrder,
                                   QStringLiteral("c.id IN (SELECT record_id FROM attribute_values WHERE "
                                                  "attribute_id = ? AND value_text = 'b') AND v.value_number "
                                                  "BETWEEN 3 AND 6.5"),
                                   {grade.id}));
        model.clearFilters();
        model.setFilter(QStringLiteral("attr:motto"), QStringLiteral("CH"));
        QVERIFY(model.refresh());
        QCOMPARE(shown(), expected(score, Qt::AscendingOrder,
                                   QStringLiteral("c.id IN (SELECT record_id FROM attribute_values WHERE "
                                                  "attribute_id = ? AND value_text = 'cherry')"),
                                   {motto.id}));
        model.clearFilters();
        model.setFilter(QStringLiteral("attr:tags"), QStringLiteral("c"));
        model.setFilter(QStringLiteral("attr:renewal:min"), QDate(2026, 1, 10));
        QVERIFY(model.refresh());
        QCOMPARE(shown(), expected(score, Qt::AscendingOrder,
                                   QStringLiteral("c.id IN (SELECT record_id FROM attribute_values WHERE "
                                                  "attribute_id = ? AND value_text = ';a;c;') AND c.id IN "
                                                  "(SELECT record_id FROM attribute_values WHERE attribute_id = ? "
                                                  "AND value_date >= '2026-01-10')"),
                                   {tags.id, renewal.id}));

        // What the cells read.
        model.clearFilters();
        model.setFilter(QStringLiteral("attr:tags"), QStringLiteral("a"));
        QVERIFY(model.refresh());
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.index(0, spec.columnIndex(tags.fieldName())).data().toString(), QStringLiteral("Alpha, Gamma"));
        QCOMPARE(model.headerData(spec.columnIndex(grade.fieldName()), Qt::Horizontal).toString(),
                 QStringLiteral("grade"));
    }

    void importExportRoundTrip_data() { TestDatabase::addTargets(); }
    void importExportRoundTrip()
    {
        QFETCH(QString, target);
        auto define = [](Database& db) {
            QList<AttributeDefinition> fields;
            for (const auto& [key, kind] :
                 std::initializer_list<std::pair<const char*, Kind>>{{"grade", Kind::Choice},
                                                                     {"tags", Kind::MultiChoice},
                                                                     {"score", Kind::Number},
                                                                     {"budget", Kind::Money},
                                                                     {"renewal", Kind::Date},
                                                                     {"vip", Kind::Bool},
                                                                     {"motto", Kind::Text}}) {
                AttributeDefinition d = field(QStringLiteral("customer"), QLatin1String(key), kind);
                d.labelEn = QStringLiteral("Custom ") + d.key; // headers that are no built-in field's
                if (!AttributeDefinitions(db).save(d).ok())
                    return QList<AttributeDefinition>();
                fields << d;
            }
            return fields;
        };
        TestDatabase sourceDb(target);
        QVERIFY2(sourceDb.isValid(), qPrintable(sourceDb.error()));
        auto source = open(sourceDb);
        QVERIFY(source);
        const QList<AttributeDefinition> fields = define(*source);
        QCOMPARE(fields.size(), 7);
        const QList<QVariantHash> values{
            {{QStringLiteral("grade"), QStringLiteral("b")},
             {QStringLiteral("tags"), QStringList{QStringLiteral("a"), QStringLiteral("c")}},
             {QStringLiteral("score"), 12.25},
             {QStringLiteral("budget"), qlonglong(9876543)},
             {QStringLiteral("renewal"), QDate(2027, 2, 28)},
             {QStringLiteral("vip"), true},
             {QStringLiteral("motto"), QStringLiteral("质量第一, \"quoted\"")}},
            {{QStringLiteral("grade"), QStringLiteral("c")}, {QStringLiteral("vip"), false}},
            {}};
        const QStringList names{QStringLiteral("Acme"), QStringLiteral("Beta Co"), QStringLiteral("Gamma Ltd")};
        const WriteResult made = RecordWriter::transact(*source, [&](RecordWriter& w) {
            for (int i = 0; i < names.size(); ++i) {
                const WriteResult c = w.insert(QStringLiteral("customers"), {{QStringLiteral("name"), names.at(i)}});
                const WriteResult v = c.ok() ? AttributeValues::write(w, QStringLiteral("customer"), c.id,
                                                                      AttributeEdit{fields, values.at(i), {}})
                                             : c;
                if (!v.ok())
                    return v;
            }
            return WriteResult();
        });
        QVERIFY2(made.ok(), qPrintable(made.message));

        // Exported: every list column, the custom fields under their names.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("customers.csv"));
        ListExporter::Request request;
        request.entity = QStringLiteral("customer");
        request.format = ListExporter::Format::Csv;
        request.fileName = file;
        const ListExporter::Result exported = ListExporter(*source).run(request);
        QVERIFY2(exported.ok, qPrintable(exported.error));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY2(text.contains(QStringLiteral("Custom grade")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Alpha, Gamma")));
        QVERIFY(text.contains(QStringLiteral("2027-02-28")));

        // Imported into another database with the same fields (other ids): the same values come back.
        TestDatabase targetDb(target);
        QVERIFY2(targetDb.isValid(), qPrintable(targetDb.error()));
        auto copy = open(targetDb);
        QVERIFY(copy);
        const QList<AttributeDefinition> copyFields = define(*copy);
        QCOMPARE(copyFields.size(), 7);
        auto import = [&](const QString& path, const QString& key) {
            CsvReader reader(path);
            if (!reader.open()) {
                ImportReport failed;
                failed.fatal = reader.error();
                return failed;
            }
            ImportSpec spec;
            spec.entity = QStringLiteral("customers");
            spec.key = key;
            Importer importer(*copy);
            importer.addFile(spec, &reader);
            return importer.run(Importer::Accept::AllRows);
        };
        ImportReport report = import(file, QString());
        QVERIFY2(report.ok(), qPrintable(report.fatal + QString::fromUtf8(report.problemsCsv())));
        QCOMPARE(report.inserted, 3);
        for (int i = 0; i < names.size(); ++i) {
            const QString id = RecordTestHelpers::scalar(
                                   *copy, QStringLiteral("SELECT id FROM customers WHERE name = ?"), {names.at(i)})
                                   .toString();
            const QHash<QString, AttributeValues::Stored> stored = AttributeValues::load(*copy, id, copyFields);
            QCOMPARE(stored.size(), values.at(i).size());
            for (auto it = values.at(i).cbegin(); it != values.at(i).cend(); ++it) {
                const auto d = std::find_if(copyFields.cbegin(), copyFields.cend(),
                                            [&](const AttributeDefinition& f) { return f.key == it.key(); });
                QCOMPARE(stored.value(it.key()).value, AttributeValues::normalised(*d, it.value()));
            }
        }

        // A re-import by name updates the values it gives and keeps the others; a value that is no choice is refused.
        const QString update = dir.filePath(QStringLiteral("update.csv"));
        QFile out(update);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Name,Custom score,Custom grade\nAcme,77,Gamma\n");
        out.close();
        report = import(update, QStringLiteral("name"));
        QVERIFY2(report.ok(), qPrintable(report.fatal + QString::fromUtf8(report.problemsCsv())));
        QCOMPARE(report.updated, 1);
        const QString acme =
            RecordTestHelpers::scalar(*copy, QStringLiteral("SELECT id FROM customers WHERE name = 'Acme'")).toString();
        QHash<QString, AttributeValues::Stored> stored = AttributeValues::load(*copy, acme, copyFields);
        QCOMPARE(stored.value(QStringLiteral("score")).value.toDouble(), 77.0);
        QCOMPARE(stored.value(QStringLiteral("grade")).value, QVariant(QStringLiteral("c")));
        QCOMPARE(stored.value(QStringLiteral("budget")).value.toLongLong(), 9876543);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Name,Custom grade\nDelta,Omega\n");
        out.close();
        report = import(update, QStringLiteral("name"));
        QCOMPARE(report.rejected, 1);
        QVERIFY(QString::fromUtf8(report.problemsCsv()).contains(QStringLiteral("Omega")));
        QCOMPARE(count(*copy, QStringLiteral("SELECT COUNT(*) FROM customers WHERE name = 'Delta'")), 0);
    }
};

QTEST_GUILESS_MAIN(TestAttributes)
#include "TestAttributes.moc"

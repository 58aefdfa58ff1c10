#include "CustomerModel.h"
#include "ListSpec.h"
#include "RecordListModel.h"
#include "RecordTestHelpers.h"
#include "TestDatabase.h"
#include "VisibleText.h"

#include <QTest>

using namespace RecordTestHelpers;

// Text a rep did not mean, or someone meant badly (issue 17): a 1 MB note, zero-width and bidirectional
// control characters in names, SQL in every text field. Saved through the editor's model, it is stored
// literally, reads back byte for byte, and the customer list shows the bidi controls as <U+…> instead of
// letting them reorder what is displayed ("Trojan Source").
class TestHostileText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void revealedOnlyWhereItMatters()
    {
        const QString plain = QStringLiteral("Acme 上海 Ünïcode");
        QCOMPARE(VisibleText::revealed(plain), plain);
        QVERIFY(!VisibleText::hasHiddenControls(plain));
        // RIGHT-TO-LEFT OVERRIDE … POP DIRECTIONAL FORMATTING, an isolate, a zero-width space.
        QCOMPARE(VisibleText::revealed(QStringLiteral("Invoice \u202Efdp.exe\u202C")),
                 QStringLiteral("Invoice <U+202E>fdp.exe<U+202C>"));
        QCOMPARE(VisibleText::revealed(QStringLiteral("a\u2067b\u2069\u200Bc")),
                 QStringLiteral("a<U+2067>b<U+2069><U+200B>c"));
        // Joiners spell emoji and Persian names: they stay.
        const QString family = QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467 می\u200Cخواهم");
        QCOMPARE(VisibleText::revealed(family), family);
        // Arabic and Hebrew letters are text, not controls.
        QCOMPARE(VisibleText::revealed(QStringLiteral("شركة עברית")), QStringLiteral("شركة עברית"));
    }

    void storedLiterallyShownVisibly_data() { TestDatabase::addTargets(); }
    void storedLiterallyShownVisibly()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));

        const QString injection = QStringLiteral("x'); DROP TABLE customers; -- \" \\ %_ ' OR '1'='1");
        const QString name = QStringLiteral("Acme\u200B \u202Eevil\u202C\u2066 ") + injection;
        QString note;
        note.reserve(1 << 20);
        while (note.size() < (1 << 20))
            note += QStringLiteral("客户备注 note \u202E line\n");
        const QHash<QString, QString> fields{
            {QStringLiteral("name"), name},
            {QStringLiteral("company"), injection},
            {QStringLiteral("city"), injection},
            {QStringLiteral("address"), injection},
            {QStringLiteral("website"), injection},
            {QStringLiteral("notes"), note},
            {QStringLiteral("background"), injection + QStringLiteral("\u2067\u2069")}};

        CustomerModel model(*db);
        QVERIFY(model.select());
        QVariantHash values;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            values.insert(it.key(), it.value());
        const int row = model.addRecord(values);
        const auto saved = model.save();
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        const QString id = model.recordId(row);

        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            const QString stored =
                scalar(*db, QStringLiteral("SELECT %1 FROM customers WHERE id = ?").arg(it.key()), {id}).toString();
            QVERIFY2(stored == it.value(), qPrintable(it.key() + QStringLiteral(" was not stored as typed")));
        }
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 1); // the table is still there

        RecordListModel list(*db, ListSpec::customers());
        list.setBackgroundEnabled(false);
        list.refresh();
        QCOMPARE(list.rowCount(), 1);
        const int nameColumn = ListSpec::customers().columnIndex(QStringLiteral("name"));
        const QString shown = list.data(list.index(0, nameColumn)).toString();
        QVERIFY2(shown.contains(QStringLiteral("<U+202E>evil<U+202C><U+2066>")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("Acme<U+200B>")));
        QVERIFY(!VisibleText::hasHiddenControls(shown));
        // The raw value is what was stored: copying and editing start from the real text.
        QCOMPARE(list.data(list.index(0, nameColumn), RecordListModel::RawValueRole).toString(), name);

        // Searching for the injected text finds the row and breaks nothing.
        list.setSearchText(QStringLiteral("DROP TABLE"));
        list.refresh();
        QCOMPARE(list.rowCount(), 1);
        list.setSearchText(QStringLiteral("' OR '1'='1"));
        list.refresh();
        QVERIFY(list.rowCount() <= 1);
        QVERIFY2(list.lastError().isEmpty(), qPrintable(list.lastError()));
    }
};

QTEST_GUILESS_MAIN(TestHostileText)
#include "TestHostileText.moc"

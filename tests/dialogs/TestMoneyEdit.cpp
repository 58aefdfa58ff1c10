#include "Money.h"
#include "MoneyEdit.h"

#include <QTest>

// Amount text in the user's locale -> integer minor units, never through floating point.
class TestMoneyEdit : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("digits");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qlonglong>("minor");
        QTest::newRow("en grouped") << "en_US"
                                    << "1,234.56" << 2 << true << 123456LL;
        QTest::newRow("en plain") << "en_US"
                                  << "1234.5" << 2 << true << 123450LL;
        QTest::newRow("en whole") << "en_US"
                                  << "42" << 2 << true << 4200LL;
        QTest::newRow("en empty") << "en_US"
                                  << "" << 2 << true << 0LL;
        QTest::newRow("en too many decimals") << "en_US"
                                              << "1.234" << 2 << false << 0LL;
        QTest::newRow("en negative") << "en_US"
                                     << "-5" << 2 << false << 0LL;
        QTest::newRow("en letters") << "en_US"
                                    << "12abc" << 2 << false << 0LL;
        QTest::newRow("de grouped") << "de_DE"
                                    << "1.234,56" << 2 << true << 123456LL;
        QTest::newRow("de dot decimal is a group") << "de_DE"
                                                   << "1.234" << 2 << true << 123400LL;
        QTest::newRow("zh full-width") << "zh_CN" << QString::fromUtf8("１２３４．５") << 2 << true << 123450LL;
        QTest::newRow("jpy no decimals") << "ja_JP"
                                         << "1,234" << 0 << true << 1234LL;
        QTest::newRow("jpy rejects decimals") << "ja_JP"
                                              << "1,234.5" << 0 << false << 0LL;
        QTest::newRow("precision beyond double") << "en_US"
                                                 << "90,071,992,547,409.93" << 2 << true << 9007199254740993LL;
        QTest::newRow("overflow") << "en_US"
                                  << "999999999999999999999" << 2 << false << 0LL;
    }
    void parse()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(int, digits);
        QFETCH(bool, ok);
        QFETCH(qlonglong, minor);
        qint64 result = -1;
        QString error;
        QCOMPARE(MoneyEdit::parse(text, QLocale(locale), digits, &result, &error), ok);
        if (ok)
            QCOMPARE(result, minor);
        else
            QVERIFY(!error.isEmpty());
    }

    void formatRoundTrips()
    {
        const QLocale en(QStringLiteral("en_US"));
        QCOMPARE(MoneyEdit::format(123456, en, 2), QStringLiteral("1,234.56"));
        QCOMPARE(MoneyEdit::format(5, en, 2), QStringLiteral("0.05"));
        QCOMPARE(MoneyEdit::format(1234, en, 0), QStringLiteral("1,234"));
        qint64 back = 0;
        QVERIFY(MoneyEdit::parse(MoneyEdit::format(9007199254740993LL, en, 2), en, 2, &back, nullptr));
        QCOMPARE(back, 9007199254740993LL);
    }

    void editorPropertyAndCurrency()
    {
        MoneyEdit edit;
        edit.setLocale(QLocale(QStringLiteral("en_US")));
        QTest::keyClicks(&edit, QStringLiteral("1,234.56"));
        QCOMPARE(edit.property("minorUnits").toLongLong(), 123456LL);
        edit.setCurrency(QStringLiteral("JPY")); // typed amount is not an amount in yen
        QVERIFY(!edit.isValid());
        QVERIFY(!edit.errorText().isEmpty());
        edit.clear();
        QTest::keyClicks(&edit, QStringLiteral("1500"));
        QCOMPARE(edit.minorUnits(), 1500LL);
        QCOMPARE(Money::minorDigits(QStringLiteral("USD")), 2);
        QCOMPARE(Money::minorDigits(QStringLiteral("KRW")), 0);
    }
};

QTEST_MAIN(TestMoneyEdit)
#include "TestMoneyEdit.moc"

#include "Money.h"

#include <QTest>

// How an amount in minor units reads in each language: the record's currency decides the symbol and
// the minor digits, the UI language decides separators and placement.
class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void format_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<bool>("wholeUnits");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zh CNY") << "zh_CN" << qint64(123456789) << "CNY" << false << QStringLiteral("¥1,234,567.89");
        QTest::newRow("zh USD") << "zh_CN" << qint64(500) << "USD" << false << QStringLiteral("US$5.00");
        QTest::newRow("en USD") << "en_US" << qint64(123450) << "USD" << false << QStringLiteral("$1,234.50");
        QTest::newRow("en CNY") << "en_US" << qint64(99) << "CNY" << false << QStringLiteral("¥0.99");
        QTest::newRow("en JPY has no minor unit")
            << "en_US" << qint64(1500) << "JPY" << false << QStringLiteral("JP¥1,500");
        QTest::newRow("en whole units") << "en_US" << qint64(123456) << "USD" << true << QStringLiteral("$1,235");
        QTest::newRow("de EUR") << "de_DE" << qint64(123450) << "EUR" << false << QStringLiteral("1.234,50\u00a0€");
        QTest::newRow("unknown code") << "en_US" << qint64(1000) << "XYZ" << false << QStringLiteral("XYZ 10.00");
        QTest::newRow("negative, as en_US writes it")
            << "en_US" << qint64(-250) << "USD" << false << QStringLiteral("($2.50)");
    }
    void format()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(bool, wholeUnits);
        QFETCH(QString, expected);
        QCOMPARE(Money::format(minor, currency, QLocale(locale), wholeUnits), expected);
    }

    void minorDigits()
    {
        QCOMPARE(Money::minorDigits(QStringLiteral("CNY")), 2);
        QCOMPARE(Money::minorDigits(QStringLiteral("jpy")), 0);
        QCOMPARE(Money::minorDigits(QStringLiteral("KRW")), 0);
        QCOMPARE(Money::minorDigits(QString()), 2);
        QCOMPARE(Money::toMajor(12345, QStringLiteral("USD")), 123.45);
        QCOMPARE(Money::toMajor(12345, QStringLiteral("JPY")), 12345.0);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"

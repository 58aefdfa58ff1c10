#include "FieldValidator.h"

#include <QTest>

// E-mail, phone (Chinese and US numbers, national and international, full-width digits), amounts,
// currencies and close dates.
class TestFieldValidator : public QObject
{
    Q_OBJECT

private slots:
    void email_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty is fine") << QString() << true;
        QTest::newRow("plain") << "li.wei@example.com" << true;
        QTest::newRow("plus and subdomain") << "sales+crm@mail.example.com.cn" << true;
        QTest::newRow("full-width at sign") << QStringLiteral("wang＠example.cn") << true;
        QTest::newRow("no at") << "li.wei.example.com" << false;
        QTest::newRow("no domain dot") << "li@localhost" << false;
        QTest::newRow("space") << "li wei@example.com" << false;
        QTest::newRow("double dot") << "li..wei@example.com" << false;
        QTest::newRow("two ats") << "a@b@example.com" << false;
        QTest::newRow("trailing dot") << "li@example.com." << false;
    }
    void email()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(FieldValidator::email(text).isEmpty(), valid);
    }

    void phone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164"); // empty: invalid
        QTest::newRow("CN mobile") << "13812345678"
                                   << "CN"
                                   << "+8613812345678";
        QTest::newRow("CN mobile spaced") << "138 1234 5678"
                                          << "CN"
                                          << "+8613812345678";
        QTest::newRow("CN mobile international") << "+86 138-1234-5678"
                                                 << "US"
                                                 << "+8613812345678";
        QTest::newRow("CN mobile full-width") << QStringLiteral("１３８１２３４５６７８") << "CN"
                                              << "+8613812345678";
        QTest::newRow("CN full-width plus") << QStringLiteral("＋８６ １３８ １２３４ ５６７８") << "US"
                                            << "+8613812345678";
        QTest::newRow("CN Beijing landline") << "010-6552 9988"
                                             << "CN"
                                             << "+861065529988";
        QTest::newRow("CN too short") << "1381234"
                                      << "CN"
                                      << "";
        QTest::newRow("US national") << "(650) 253-0000"
                                     << "US"
                                     << "+16502530000";
        QTest::newRow("US international") << "+1 650 253 0000"
                                          << "CN"
                                          << "+16502530000";
        QTest::newRow("US dotted") << "650.253.0000"
                                   << "US"
                                   << "+16502530000";
        QTest::newRow("US invalid area") << "(123) 456-7890"
                                         << "US"
                                         << "";
        QTest::newRow("letters") << "call me"
                                 << "US"
                                 << "";
        QTest::newRow("national without region") << "6502530000"
                                                 << "ZZ"
                                                 << "";
    }
    void phone()
    {
        QFETCH(QString, text);
        QFETCH(QString, region);
        QFETCH(QString, e164);
        QCOMPARE(FieldValidator::phone(text, region).isEmpty(), !e164.isEmpty());
        QCOMPARE(FieldValidator::normalisePhone(text, region), e164);
    }

    void emptyPhoneIsFine() { QVERIFY(FieldValidator::phone(QStringLiteral("  "), QStringLiteral("CN")).isEmpty()); }

    void amountsAndCurrencies()
    {
        QVERIFY(FieldValidator::amountMinor(0).isEmpty());
        QVERIFY(FieldValidator::amountMinor(Q_INT64_C(900719925474099300)).isEmpty()); // beyond double precision
        QVERIFY(!FieldValidator::amountMinor(-1).isEmpty());
        QVERIFY(FieldValidator::currency(QStringLiteral("CNY")).isEmpty());
        QVERIFY(FieldValidator::currency(QStringLiteral("USD")).isEmpty());
        QVERIFY(!FieldValidator::currency(QStringLiteral("cny")).isEmpty());
        QVERIFY(!FieldValidator::currency(QStringLiteral("RMB1")).isEmpty());
        QVERIFY(!FieldValidator::currency(QString()).isEmpty());
    }

    void closeDate()
    {
        const QDate today(2026, 11, 22);
        const QDate created(2026, 6, 1);
        QVERIFY(FieldValidator::closeDate(QDate(), created, today).isEmpty());
        QVERIFY(FieldValidator::closeDate(QDate(2026, 12, 31), created, today).isEmpty());
        QVERIFY(FieldValidator::closeDate(QDate(2025, 6, 1), created, today).isEmpty());
        QVERIFY(!FieldValidator::closeDate(QDate(2025, 5, 31), created, today).isEmpty());
        QVERIFY(!FieldValidator::closeDate(QDate(2037, 1, 1), created, today).isEmpty());
        QVERIFY(!FieldValidator::closeDate(QDate(2025, 1, 1), QDate(), today).isEmpty()); // new: relative to today
    }

    void normaliseText()
    {
        QCOMPARE(FieldValidator::normaliseText(QStringLiteral("  ＡＣＭＥ   Ltd ")), QStringLiteral("acme ltd"));
        QCOMPARE(FieldValidator::normaliseText(QStringLiteral("Wang@Example.COM")), QStringLiteral("wang@example.com"));
    }
};

QTEST_GUILESS_MAIN(TestFieldValidator)
#include "TestFieldValidator.moc"

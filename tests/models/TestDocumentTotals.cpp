#include "ChineseAmountWords.h"
#include "DocumentTotals.h"

#include <QTest>

using namespace DocumentTotals;

// The document arithmetic against hand-computed cases (DocumentTotals.h states the rule), and the amount in
// Chinese capital numerals (ChineseAmountWords.h states the conventions).
class TestDocumentTotals : public QObject
{
    Q_OBJECT

    static Line line(qint64 quantityMilli, qint64 priceMinor, int taxBp, DiscountKind kind = DiscountKind::None,
                     qint64 discount = 0)
    {
        Line l;
        l.quantityMilli = quantityMilli;
        l.unitPriceMinor = priceMinor;
        l.taxRateBp = taxBp;
        l.discountKind = kind;
        l.discountValue = discount;
        return l;
    }

private slots:
    void oneLine_data()
    {
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<int>("tax");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("discount");
        QTest::addColumn<qint64>("gross");
        QTest::addColumn<qint64>("discountMinor");
        QTest::addColumn<qint64>("net");
        QTest::addColumn<qint64>("taxMinor");
        const int none = int(DiscountKind::None), percent = int(DiscountKind::Percent),
                  amount = int(DiscountKind::Amount);
        // 1 × 100.00 at 13 %: 100.00 + 13.00
        QTest::newRow("plain 13%") << qint64(1000) << qint64(10000) << 1300 << none << qint64(0) << qint64(10000)
                                   << qint64(0) << qint64(10000) << qint64(1300);
        // 0.333 × 1.00 = 0.333 → 0.33 (below half)
        QTest::newRow("quantity rounds down") << qint64(333) << qint64(100) << 0 << none << qint64(0) << qint64(33)
                                              << qint64(0) << qint64(33) << qint64(0);
        // 0.335 × 1.00 = 0.335 → 0.34 (exactly half: up)
        QTest::newRow("quantity half up") << qint64(335) << qint64(100) << 0 << none << qint64(0) << qint64(34)
                                          << qint64(0) << qint64(34) << qint64(0);
        // 0.005 × 1.00 = 0.005 → 0.01; 10 % tax of 0.01 = 0.001 → 0.00
        QTest::newRow("half a fen") << qint64(5) << qint64(100) << 1000 << none << qint64(0) << qint64(1) << qint64(0)
                                    << qint64(1) << qint64(0);
        // 12.75 at 6 % = 0.765 → 0.77 (half up on the tax)
        QTest::newRow("tax half up") << qint64(1000) << qint64(1275) << 600 << none << qint64(0) << qint64(1275)
                                     << qint64(0) << qint64(1275) << qint64(77);
        // 12.58 at 6 % = 0.7548 → 0.75
        QTest::newRow("tax rounds down") << qint64(1000) << qint64(1258) << 600 << none << qint64(0) << qint64(1258)
                                         << qint64(0) << qint64(1258) << qint64(75);
        // 9.99 less 10 % = 0.999 → 1.00 off; 8.99 at 13 % = 1.1687 → 1.17
        QTest::newRow("percent discount") << qint64(1000) << qint64(999) << 1300 << percent << qint64(1000)
                                          << qint64(999) << qint64(100) << qint64(899) << qint64(117);
        // 2.5 × 40.00 = 100.00, 5.00 off, 95.00 at 9 % = 8.55
        QTest::newRow("amount discount") << qint64(2500) << qint64(4000) << 900 << amount << qint64(500)
                                         << qint64(10000) << qint64(500) << qint64(9500) << qint64(855);
        // 12.5 % off 3 × 33.33 = 99.99: 12.49875 → 12.50 off, 87.49 net
        QTest::newRow("fractional percent") << qint64(3000) << qint64(3333) << 0 << percent << qint64(1250)
                                            << qint64(9999) << qint64(1250) << qint64(8749) << qint64(0);
        // 100 % off: nothing to pay, nothing to tax
        QTest::newRow("free") << qint64(1000) << qint64(5000) << 1300 << percent << qint64(10000) << qint64(5000)
                              << qint64(5000) << qint64(0) << qint64(0);
        // More than 2^32 fen: 1,000 × 99,999,999.99
        QTest::newRow("large") << qint64(1000000) << Q_INT64_C(9999999999) << 1300 << none << qint64(0)
                               << Q_INT64_C(9999999999000) << qint64(0) << Q_INT64_C(9999999999000)
                               << Q_INT64_C(1299999999870);
    }
    void oneLine()
    {
        QFETCH(qint64, quantity);
        QFETCH(qint64, price);
        QFETCH(int, tax);
        QFETCH(int, kind);
        QFETCH(qint64, discount);
        const LineResult r = computeLine(line(quantity, price, tax, DiscountKind(kind), discount));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QTEST(r.grossMinor, "gross");
        QTEST(r.discountMinor, "discountMinor");
        QTEST(r.netMinor, "net");
        QTEST(r.taxMinor, "taxMinor");
        QCOMPARE(r.totalMinor, r.netMinor + r.taxMinor);
    }

    void refusals()
    {
        // An amount off larger than the line is an error, not a negative line.
        QVERIFY(!computeLine(line(1000, 1000, 0, DiscountKind::Amount, 1001)).ok());
        QVERIFY(computeLine(line(1000, 1000, 0, DiscountKind::Amount, 1000)).ok());
        QVERIFY(!computeLine(line(1000, 1000, 0, DiscountKind::Percent, 10001)).ok());
        QVERIFY(!computeLine(line(-1000, 1000, 0)).ok());
        QVERIFY(!computeLine(line(1000, 1000, 10001)).ok());
        // 9.2e18 thousandths × 2 fen does not fit in 64 bits: refused, never wrapped.
        QVERIFY(!computeLine(line(std::numeric_limits<qint64>::max(), 2000, 0)).ok());
        Result r = compute({line(1000, 100, 0), line(std::numeric_limits<qint64>::max(), 2000, 0)});
        QVERIFY(!r.ok());
        QCOMPARE(r.firstError, 1);
    }

    void discountShare()
    {
        // 1.00 off 9.99 is 10.01001 %: rounded up to 10.02 %, never read as within a 10 % limit.
        QCOMPARE(computeLine(line(1000, 999, 0, DiscountKind::Percent, 1000)).discountBp, 1002);
        QCOMPARE(computeLine(line(1000, 10000, 0, DiscountKind::Amount, 1000)).discountBp, 1000);
        QCOMPARE(computeLine(line(1000, 10000, 0)).discountBp, 0);
        const Result r = compute({line(1000, 10000, 0, DiscountKind::Percent, 500),
                                  line(1000, 10000, 0, DiscountKind::Percent, 1500), line(1000, 10000, 0)});
        QCOMPARE(r.maxDiscountBp, 1500);
    }

    void mixedTaxRates()
    {
        // Per-line rounding: three lines of 0.05 at 10 % carry 0.005 → 0.01 tax each, 0.03 in all (taxing the band's
        // 0.15 would give 0.02). The printed lines add up to the printed totals.
        const QList<Line> lines{line(1000, 5, 1000),
                                line(1000, 5, 1000),
                                line(1000, 5, 1000),
                                line(2000, 2500, 0),
                                line(1000, 10000, 1300),
                                line(1000, 3333, 1300),
                                line(500, 999, 600, DiscountKind::Amount, 99)};
        const Result r = compute(lines);
        QVERIFY(r.ok());
        QCOMPARE(r.bands.size(), 4);
        QCOMPARE(r.bands.at(0).taxRateBp, 0);
        QCOMPARE(r.bands.at(0).netMinor, qint64(5000));
        QCOMPARE(r.bands.at(0).taxMinor, qint64(0));
        // 0.5 × 9.99 = 4.995 → 5.00 gross, 0.99 off, 4.01 at 6 % = 0.2406 → 0.24
        QCOMPARE(r.bands.at(1).taxRateBp, 600);
        QCOMPARE(r.bands.at(1).netMinor, qint64(401));
        QCOMPARE(r.bands.at(1).taxMinor, qint64(24));
        QCOMPARE(r.bands.at(2).taxRateBp, 1000);
        QCOMPARE(r.bands.at(2).netMinor, qint64(15));
        QCOMPARE(r.bands.at(2).taxMinor, qint64(3));
        // 100.00 → 13.00; 33.33 → 4.3329 → 4.33
        QCOMPARE(r.bands.at(3).taxRateBp, 1300);
        QCOMPARE(r.bands.at(3).netMinor, qint64(13333));
        QCOMPARE(r.bands.at(3).taxMinor, qint64(1733));
        QCOMPARE(r.subtotalMinor, qint64(15 + 5000 + 10000 + 3333 + 500));
        QCOMPARE(r.discountMinor, qint64(99));
        QCOMPARE(r.netMinor, qint64(15 + 5000 + 13333 + 401));
        QCOMPARE(r.taxMinor, qint64(3 + 1733 + 24));
        QCOMPARE(r.totalMinor, r.netMinor + r.taxMinor);
        qint64 sum = 0;
        for (const LineResult& l : r.lines)
            sum += l.totalMinor;
        QCOMPARE(sum, r.totalMinor);
        QVERIFY(compute({}).ok());
        QCOMPARE(compute({}).totalMinor, qint64(0));
    }

    void texts()
    {
        qint64 v = 0;
        QVERIFY(parseQuantity(QStringLiteral("1.5"), &v));
        QCOMPARE(v, qint64(1500));
        QVERIFY(parseQuantity(QStringLiteral(" 2 "), &v));
        QCOMPARE(v, qint64(2000));
        QVERIFY(parseQuantity(QStringLiteral("0,125"), &v));
        QCOMPARE(v, qint64(125));
        QVERIFY(parseQuantity(QStringLiteral(".5"), &v));
        QCOMPARE(v, qint64(500));
        QVERIFY(!parseQuantity(QStringLiteral("0.0005"), &v));
        QVERIFY(!parseQuantity(QStringLiteral("-1"), &v));
        QVERIFY(!parseQuantity(QStringLiteral("abc"), &v));
        QVERIFY(!parseQuantity(QString(), &v));
        QCOMPARE(quantityText(1500), QStringLiteral("1.5"));
        QCOMPARE(quantityText(2000), QStringLiteral("2"));
        QCOMPARE(quantityText(1), QStringLiteral("0.001"));
        QVERIFY(parsePercent(QStringLiteral("12.5%"), &v));
        QCOMPARE(v, qint64(1250));
        QVERIFY(!parsePercent(QStringLiteral("12.555"), &v));
        QCOMPARE(percentText(1300), QStringLiteral("13"));
        QCOMPARE(percentText(1250), QStringLiteral("12.5"));
    }

    void chineseCapitals_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("words");
        QTest::newRow("1234.50") << qint64(123450) << QStringLiteral("壹仟贰佰叁拾肆元伍角整");
        QTest::newRow("2345.67") << qint64(234567) << QStringLiteral("贰仟叁佰肆拾伍元陆角柒分");
        QTest::newRow("1000000") << qint64(100000000) << QStringLiteral("壹佰万元整");
        QTest::newRow("0") << qint64(0) << QStringLiteral("零元整");
        QTest::newRow("0.05") << qint64(5) << QStringLiteral("伍分");
        QTest::newRow("0.50") << qint64(50) << QStringLiteral("伍角整");
        QTest::newRow("10") << qint64(1000) << QStringLiteral("壹拾元整");
        QTest::newRow("1005") << qint64(100500) << QStringLiteral("壹仟零伍元整");
        QTest::newRow("1200") << qint64(120000) << QStringLiteral("壹仟贰佰元整");
        QTest::newRow("325.04") << qint64(32504) << QStringLiteral("叁佰贰拾伍元零肆分");
        QTest::newRow("100000") << qint64(10000000) << QStringLiteral("壹拾万元整");
        QTest::newRow("107000.53") << qint64(10700053) << QStringLiteral("壹拾万柒仟元伍角叁分");
        QTest::newRow("12000") << qint64(1200000) << QStringLiteral("壹万贰仟元整");
        QTest::newRow("10100000") << qint64(1010000000) << QStringLiteral("壹仟零壹拾万元整");
        QTest::newRow("10000100") << qint64(1000010000) << QStringLiteral("壹仟万零壹佰元整");
        QTest::newRow("100010000") << Q_INT64_C(10001000000) << QStringLiteral("壹亿零壹万元整");
        QTest::newRow("100000100") << Q_INT64_C(10000010000) << QStringLiteral("壹亿零壹佰元整");
        QTest::newRow("1000000000000") << Q_INT64_C(100000000000000) << QStringLiteral("壹万亿元整");
        QTest::newRow("-123.45") << qint64(-12345) << QStringLiteral("负壹佰贰拾叁元肆角伍分");
    }
    void chineseCapitals()
    {
        QFETCH(qint64, fen);
        QTEST(ChineseAmountWords::fromFen(fen), "words");
    }

    void chineseCapitalsOtherCurrencies()
    {
        QCOMPARE(ChineseAmountWords::fromMinor(1500, 0), QStringLiteral("壹仟伍佰元整")); // JPY: whole units
        QCOMPARE(ChineseAmountWords::fromMinor(123450, 2), QStringLiteral("壹仟贰佰叁拾肆元伍角整"));
        QCOMPARE(ChineseAmountWords::fromMinor(1234505, 3), QStringLiteral("壹仟贰佰叁拾肆元伍角壹分"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentTotals)
#include "TestDocumentTotals.moc"

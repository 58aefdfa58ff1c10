#include "FieldValidator.h"
#include "ListSpec.h"
#include "Money.h"
#include "RecordListModel.h"
#include "ReportFilter.h"
#include "ReportFormat.h"
#include "SqlValues.h"
#include "TestDatabase.h"
#include "Translations.h"
#include "Uuid.h"
#include "VisibleText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

// Figures, dates, phones and addresses in the forms of the user's locale (issue 20, shared/LOCALE-zh.md):
// ReportFormat picks the form for QLocale(), so every list, card, chart and report that goes through it
// reads the same. Chinese: 万/亿, 2026-11-04, 2026年11月4日, 2026年1月, 0769-3557780; English keeps its own.
class TestReportFormat : public QObject
{
    Q_OBJECT

    // The language as a user picks it: catalogue and locale together (Translations::install).
    static void useChinese()
    {
        useEnglish();
        Translations::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    }
    static void useEnglish()
    {
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

private slots:
    void cleanup() { useChinese(); }

    void chineseMoneyCountsByMyriads()
    {
        useChinese();
        QVERIFY(ReportFormat::countsInMyriads());
        // ¥1,068,887,000 and ¥394,000,000 as the Chinese overview printed them ("¥1.1十亿", "¥394.0百万").
        QCOMPARE(ReportFormat::moneyShort(106888700000, QStringLiteral("CNY")), QStringLiteral("¥10.69亿"));
        QCOMPARE(ReportFormat::moneyShort(39400000000, QStringLiteral("CNY")), QStringLiteral("¥3.94亿"));
        QCOMPARE(ReportFormat::moneyShort(3940000000, QStringLiteral("CNY")), QStringLiteral("¥3,940万"));
        QCOMPARE(ReportFormat::moneyShort(35000000, QStringLiteral("CNY")), QStringLiteral("¥35万"));
        QCOMPARE(ReportFormat::moneyShort(950000, QStringLiteral("CNY")), QStringLiteral("¥9,500"));
        QCOMPARE(ReportFormat::moneyShort(120000000000, QStringLiteral("USD")), QStringLiteral("US$12.00亿"));
        for (qint64 minor : {qint64(100000), qint64(123456789), qint64(987654321098)}) {
            const QString text = ReportFormat::moneyShort(minor, QStringLiteral("CNY"));
            QVERIFY2(!text.contains(QStringLiteral("十亿")) && !text.contains(QStringLiteral("百万")) &&
                         !text.contains(QStringLiteral("千")),
                     qPrintable(text));
        }
        // Tables keep the whole amount.
        QCOMPARE(ReportFormat::money(106888700000, QStringLiteral("CNY")), QStringLiteral("¥1,068,887,000.00"));

        // Chart axes name their unit: 金额（亿元）, 金额（万元）, 金额（元）.
        ReportFormat::MoneyScale scale = ReportFormat::moneyScale(106888700000, QStringLiteral("CNY"));
        QCOMPARE(scale.divisor, 1e10);
        QCOMPARE(scale.title, QStringLiteral("金额（亿元）"));
        scale = ReportFormat::moneyScale(3940000000, QStringLiteral("CNY"));
        QCOMPARE(scale.divisor, 1e6);
        QCOMPARE(scale.title, QStringLiteral("金额（万元）"));
        scale = ReportFormat::moneyScale(5000000, QStringLiteral("CNY"));
        QCOMPARE(scale.divisor, 100.0);
        QCOMPARE(scale.title, QStringLiteral("金额（元）"));
        QCOMPARE(ReportFormat::moneyScale(3940000000, QStringLiteral("USD")).title, QStringLiteral("金额（万美元）"));
        QCOMPARE(Money::displayName(QStringLiteral("CNY")), QStringLiteral("人民币（CNY）"));
        QCOMPARE(Money::displayName(QStringLiteral("USD")), QStringLiteral("美元（USD）"));
    }

    void englishMoneyKeepsThousands()
    {
        useEnglish();
        QVERIFY(!ReportFormat::countsInMyriads());
        QCOMPARE(ReportFormat::moneyShort(106888700000, QStringLiteral("USD")), QStringLiteral("$1.1B"));
        QCOMPARE(ReportFormat::moneyShort(39400000000, QStringLiteral("USD")), QStringLiteral("$394.0M"));
        QCOMPARE(ReportFormat::moneyShort(35000000, QStringLiteral("USD")), QStringLiteral("$350K"));
        const ReportFormat::MoneyScale scale = ReportFormat::moneyScale(39400000000, QStringLiteral("USD"));
        QCOMPARE(scale.divisor, 1e8);
        QCOMPARE(scale.title, QStringLiteral("$ million"));
    }

    void chineseDates()
    {
        useChinese();
        const QDate day(2026, 11, 4);
        QCOMPARE(ReportFormat::date(day), QStringLiteral("2026-11-04"));
        QCOMPARE(ReportFormat::date(QDate(2026, 1, 5)), QStringLiteral("2026-01-05"));
        const QDateTime when(day, QTime(14, 5), QTimeZone::systemTimeZone());
        QCOMPARE(ReportFormat::dateTime(when.toUTC()), QStringLiteral("2026-11-04 14:05"));
        QCOMPARE(ReportFormat::dateFormat(), QStringLiteral("yyyy-MM-dd"));
        QCOMPARE(ReportFormat::longDate(day), QStringLiteral("2026年11月4日"));
        QCOMPARE(ReportFormat::month(QDate(2026, 1, 1)), QStringLiteral("2026年1月"));
        QCOMPARE(ReportFormat::shortMonth(QDate(2026, 1, 1)), QStringLiteral("1月"));
        QCOMPARE(ReportFormat::quarter(QDate(2026, 1, 1)), QStringLiteral("2026年第1季度"));
        QCOMPARE(ReportFormat::week(QDate(2026, 1, 12)), QStringLiteral("第3周"));
        ReportFilter filter;
        filter.from = QDate(2026, 1, 1);
        filter.to = QDate(2026, 3, 31);
        QCOMPARE(ReportFormat::period(filter), QStringLiteral("2026-01-01 至 2026-03-31"));
        QCOMPARE(ReportFormat::period(filter, true), QStringLiteral("2026年1月1日 至 2026年3月31日"));
        QCOMPARE(ReportFormat::probability(100), QStringLiteral("100%"));
        QCOMPARE(ReportFormat::percent(1.0 / 3.0), QStringLiteral("33.3%"));
    }

    void englishDates()
    {
        useEnglish();
        QCOMPARE(ReportFormat::date(QDate(2026, 11, 4)), QStringLiteral("11/4/26"));
        QCOMPARE(ReportFormat::longDate(QDate(2026, 11, 4)), QStringLiteral("November 4, 2026"));
        QCOMPARE(ReportFormat::month(QDate(2026, 1, 1)), QStringLiteral("Jan 2026"));
        QCOMPARE(ReportFormat::probability(60), QStringLiteral("60%"));
    }

    void phonesInTheUsersCountrysForm()
    {
        // A Chinese user reads Chinese numbers nationally, foreign ones internationally.
        QCOMPARE(FieldValidator::formatPhone(QStringLiteral("+86 769 355 7780"), QStringLiteral("CN")),
                 QStringLiteral("0769-3557780"));
        QCOMPARE(FieldValidator::formatPhone(QStringLiteral("+86 136 2822 9549"), QStringLiteral("CN")),
                 QStringLiteral("136 2822 9549"));
        QCOMPARE(FieldValidator::formatPhone(QStringLiteral("+861088888888"), QStringLiteral("CN")),
                 QStringLiteral("010-88888888"));
        QCOMPARE(FieldValidator::formatPhone(QStringLiteral("021 6234 5678"), QStringLiteral("CN")),
                 QStringLiteral("021-62345678"));
        QCOMPARE(FieldValidator::formatPhone(QStringLiteral("＋８６ １３６２８２２９５４９"), QStringLiteral("CN")),
                 QStringLiteral("136 2822 9549"));
        QCOMPARE(FieldValidator::formatPhone(QStringLiteral("+1 650 253 0000"), QStringLiteral("CN")),
                 QStringLiteral("+1 650-253-0000"));
        QCOMPARE(FieldValidator::formatPhone(QStringLiteral("+852 2123 4567"), QStringLiteral("CN")),
                 QStringLiteral("+852 2123 4567"));
        // An American user reads the Chinese mobile internationally and the American number nationally.
        QCOMPARE(FieldValidator::formatPhone(QStringLiteral("+86 136 2822 9549"), QStringLiteral("US")),
                 QStringLiteral("+86 136 2822 9549"));
        QCOMPARE(FieldValidator::formatPhone(QStringLiteral("+1 650 253 0000"), QStringLiteral("US")),
                 QStringLiteral("(650) 253-0000"));
        // Not a number: shown as stored.
        useChinese();
        QCOMPARE(ReportFormat::phone(QStringLiteral("ask the front desk")), QStringLiteral("ask the front desk"));
        QCOMPARE(ReportFormat::phone(QStringLiteral("+86 769 355 7780")), QStringLiteral("0769-3557780"));
    }

    void addressesLargeToSmallInChinese()
    {
        useChinese();
        const ReportFormat::Address address{QStringLiteral("中国"), QStringLiteral("广东省"), QStringLiteral("东莞市"),
                                            QStringLiteral("南城区"), QStringLiteral("鸿福路 88 号")};
        QCOMPARE(ReportFormat::address(address), QStringLiteral("中国广东省东莞市南城区鸿福路 88 号"));
        useEnglish();
        const ReportFormat::Address western{QStringLiteral("United States"), QStringLiteral("CA"),
                                            QStringLiteral("Mountain View"), QString(),
                                            QStringLiteral("1600 Amphitheatre Pkwy")};
        QCOMPARE(ReportFormat::address(western),
                 QStringLiteral("1600 Amphitheatre Pkwy, Mountain View, CA, United States"));
    }

    // Texts shown without their mnemonic (navigation, tooltips, field names in messages) lose the "(&C)" that
    // Chinese translations append whole, not just its "&".
    void mnemonicsStripped()
    {
        QCOMPARE(VisibleText::withoutMnemonic(QStringLiteral("客户(&C)")), QStringLiteral("客户"));
        QCOMPARE(VisibleText::withoutMnemonic(QStringLiteral("名称(&N)：")), QStringLiteral("名称："));
        QCOMPARE(VisibleText::withoutMnemonic(QStringLiteral("打印历史记录(&P)…")), QStringLiteral("打印历史记录…"));
        QCOMPARE(VisibleText::withoutMnemonic(QStringLiteral("&File")), QStringLiteral("File"));
        QCOMPARE(VisibleText::withoutMnemonic(QStringLiteral("R&&D (&R)")), QStringLiteral("R&D"));
    }

    // The lists go through the same forms: zero-padded ISO dates, whole-percent probabilities, national phones,
    // and a contact's name column headed 姓名 (a person), a customer's 名称 (an organisation).
    void listsInChinese_data() { TestDatabase::addTargets(); }
    void listsInChinese()
    {
        QFETCH(QString, target);
        useChinese();
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString now = SqlValues::utcNow();
        const QString customer = Uuid::createV7();
        QSqlQuery q(db->connection());
        q.prepare(
            QStringLiteral("INSERT INTO customers (id, name, phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(customer);
        q.addBindValue(QStringLiteral("东莞鸿福五金有限公司"));
        q.addBindValue(QStringLiteral("+86 769 355 7780"));
        q.addBindValue(now);
        q.addBindValue(now);
        DESKCRM_VERIFY_SQL(q, q.exec());
        q.prepare(QStringLiteral("INSERT INTO contacts (id, customer_id, name, mobile, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(Uuid::createV7());
        q.addBindValue(customer);
        q.addBindValue(QStringLiteral("张伟"));
        q.addBindValue(QStringLiteral("+86 136 2822 9549"));
        q.addBindValue(now);
        q.addBindValue(now);
        DESKCRM_VERIFY_SQL(q, q.exec());
        q.prepare(QStringLiteral("INSERT INTO opportunities (id, name, customer_id, amount_minor, currency, "
                                 "expected_close, stage_id, probability, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, 'CNY', ?, ?, 100, ?, ?)"));
        q.addBindValue(Uuid::createV7());
        q.addBindValue(QStringLiteral("五金配件年度采购"));
        q.addBindValue(customer);
        q.addBindValue(qint64(106888700000));
        q.addBindValue(SqlValues::date(QDate(2026, 1, 5)));
        q.addBindValue(QStringLiteral("00000000-0000-7000-8000-000000000005"));
        q.addBindValue(now);
        q.addBindValue(now);
        DESKCRM_VERIFY_SQL(q, q.exec());

        RecordListModel customers(*db, ListSpec::customers());
        customers.setBackgroundEnabled(false);
        QVERIFY2(customers.refresh(&error), qPrintable(error));
        QCOMPARE(customers.rowCount(), 1);
        QCOMPARE(customers.headerData(customers.spec().columnIndex(QStringLiteral("name")), Qt::Horizontal).toString(),
                 QStringLiteral("名称"));
        QCOMPARE(customers.index(0, customers.spec().columnIndex(QStringLiteral("phone"))).data().toString(),
                 QStringLiteral("0769-3557780"));
        const QString created =
            customers.index(0, customers.spec().columnIndex(QStringLiteral("created"))).data().toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$")).match(created).hasMatch(),
                 qPrintable(created));

        RecordListModel contacts(*db, ListSpec::contacts());
        contacts.setBackgroundEnabled(false);
        QVERIFY2(contacts.refresh(&error), qPrintable(error));
        QCOMPARE(contacts.headerData(contacts.spec().columnIndex(QStringLiteral("name")), Qt::Horizontal).toString(),
                 QStringLiteral("姓名"));
        QCOMPARE(contacts.index(0, contacts.spec().columnIndex(QStringLiteral("mobile"))).data().toString(),
                 QStringLiteral("136 2822 9549"));
        // The raw value stays as stored (editing and export see the stored text).
        QCOMPARE(contacts.index(0, contacts.spec().columnIndex(QStringLiteral("mobile")))
                     .data(RecordListModel::RawValueRole)
                     .toString(),
                 QStringLiteral("+86 136 2822 9549"));

        RecordListModel deals(*db, ListSpec::opportunities());
        deals.setBackgroundEnabled(false);
        QVERIFY2(deals.refresh(&error), qPrintable(error));
        QCOMPARE(deals.index(0, deals.spec().columnIndex(QStringLiteral("close"))).data().toString(),
                 QStringLiteral("2026-01-05"));
        QCOMPARE(deals.index(0, deals.spec().columnIndex(QStringLiteral("probability"))).data().toString(),
                 QStringLiteral("100%"));
        QCOMPARE(deals.index(0, deals.spec().columnIndex(QStringLiteral("amount"))).data().toString(),
                 QStringLiteral("¥1,068,887,000.00"));
    }

    // Schema v9 keeps the address text and adds the district (区县) a Chinese address needs.
    void districtColumn_data() { TestDatabase::addTargets(); }
    void districtColumn()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString now = SqlValues::utcNow();
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("INSERT INTO customers (id, name, country, region, city, district, address, "
                                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v : QVariantList{Uuid::createV7(), QStringLiteral("鸿福五金"), QStringLiteral("中国"),
                                              QStringLiteral("广东省"), QStringLiteral("东莞市"),
                                              QStringLiteral("南城区"), QStringLiteral("鸿福路 88 号"), now, now})
            q.addBindValue(v);
        DESKCRM_VERIFY_SQL(q, q.exec());
        DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("SELECT district FROM customers")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("南城区"));
    }
};

QTEST_GUILESS_MAIN(TestReportFormat)
#include "TestReportFormat.moc"

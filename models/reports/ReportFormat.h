#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QtGlobal>

struct ReportFilter;

// How figures, dates and phone numbers read on screen and on paper, in the conventions of the user's
// locale: money from integer minor units through Money, ratios as percentages, periods and
// stage/channel names translated. One place, so a list, a card, an editor, a chart, its table, the PDF
// and the CSV print the same text, and no call site picks a form of its own: each function chooses
// the form for QLocale() (Chinese: 2026-11-04 in tables, 2026年11月4日 on paper, 2026年1月, amounts
// abbreviated by 万/亿 — see shared/LOCALE-zh.md; other languages: the locale's own short forms, K/M/B).
class ReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)

public:
    ReportFormat() = delete;

    // True where large amounts are counted by 10⁴ and 10⁸ (万, 亿) instead of 10³, 10⁶, 10⁹ (Chinese).
    static bool countsInMyriads(const QLocale& locale = QLocale());

    // Money::format in the report's locale; digits and symbols come from models/Money.
    static QString money(qint64 minor, const QString& currency);
    // Short form for labels: ¥1.2M, ¥350K; in Chinese ¥10.69亿, ¥3,940万. Below 10⁴ the whole amount.
    static QString moneyShort(qint64 minor, const QString& currency);
    // The unit a money chart axis counts in for amounts up to maxMinor: divisor = minor units per axis
    // unit, title = the axis title naming the unit ("¥ million", "金额（万元）").
    struct MoneyScale
    {
        double divisor = 1;
        QString title;
    };
    static MoneyScale moneyScale(qint64 maxMinor, const QString& currency);

    // Ratios (win rate, conversion, share) with one decimal: "33.3%".
    static QString percent(double ratio, int decimals = 1);
    // A stored probability (0–100, whole percent): "60%".
    static QString probability(int percent);
    static QString number(qint64 value);
    static QString days(double value);

    // Tables, cards and editors: 2026-11-04 / 2026-11-04 14:05 in Chinese (zero-padded, 24-hour, so
    // columns line up); the locale's short forms elsewhere. dateTime shows the local time of `when`.
    static QString date(const QDate& date);
    static QString dateTime(const QDateTime& when);
    static QString dateFormat();     // the QDateTime pattern of date(), for date editors
    static QString dateTimeFormat(); // the pattern of dateTime()
    // Printed headers and letters: 2026年11月4日; "November 4, 2026".
    static QString longDate(const QDate& date);
    // A from–to range of dates: "2026-01-01 至 2026-03-31" (long: printed headers).
    static QString dateRange(const QDate& from, const QDate& to, bool longForm = false);
    // The filter's period; longForm for printed headers.
    static QString period(const ReportFilter& filter, bool longForm = false);
    // The filter's period by its name where it has one, for sentences ("No won deals in USD in 2026"): a
    // calendar year "2026" (2026年), a quarter, a month (whole months, as the figures count); else period().
    static QString periodName(const ReportFilter& filter);
    static QString year(int year);                      // 2026; 2026年
    static QString month(const QDate& monthStart);      // 2026年1月; Jan 2026
    static QString shortMonth(const QDate& monthStart); // 1月; Jan (axis labels within one year)
    static QString quarter(const QDate& quarterStart);  // 2026年第1季度; Q1 2026
    static QString week(const QDate& weekStart);        // 第3周; W3

    // A phone number as the user's country writes it: numbers of that country in national form
    // (0769-3557780, 136 2822 9549 in China), others international (+1 650-253-0000). Text that is not
    // a phone number is shown as stored.
    static QString phone(const QString& stored);

    // A postal address from its parts, in the order the user's language writes it: large to small in
    // Chinese (中国广东省东莞市南城区鸿福路88号), street first elsewhere ("88 Hongfu Rd, Nancheng, Dongguan,
    // Guangdong, China"). Empty parts are left out.
    struct Address
    {
        QString country;
        QString region; // province, state
        QString city;
        QString district;
        QString street;
    };
    static QString address(const Address& address);
    // True where addresses are written and entered from large to small (country first, street last).
    static bool addressLargeToSmall(const QLocale& locale = QLocale());

    // Seeded names (stored in English) translated while nobody renamed them.
    static QString stageName(const QString& storedName);
    static QString channelName(const QString& code);
    // An ABC value tier ("A", "B", "C") with what it means: "A (key accounts)", "A 类（重点客户）".
    static QString tierName(const QString& tier);
};

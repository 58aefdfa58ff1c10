#include "ReportFormat.h"

#include "FieldValidator.h"
#include "Money.h"

#include "ReportFilter.h"

#include <QList>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace {
// Channel codes of 0001_initial.sql with their English names, translated in the "Lookup" context.
struct ChannelName
{
    const char* code;
    const char* name;
};
const ChannelName channelNames[] = {
    {"phone", QT_TRANSLATE_NOOP("Lookup", "Phone")},     {"email", QT_TRANSLATE_NOOP("Lookup", "E-mail")},
    {"meeting", QT_TRANSLATE_NOOP("Lookup", "Meeting")}, {"visit", QT_TRANSLATE_NOOP("Lookup", "Visit")},
    {"im", QT_TRANSLATE_NOOP("Lookup", "Social / IM")},
};
} // namespace

namespace {
// The patterns of one locale's dates: Chinese business software writes ISO dates in tables (zero-padded,
// so columns line up) and 年月日 on paper; other languages keep their locale's own short forms.
struct DateForms
{
    QString date;
    QString dateTime;
    QString longDate;
    QString month;
    QString shortMonth;
};

DateForms dateForms(const QLocale& locale)
{
    if (locale.language() == QLocale::Chinese)
        return {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy年M月d日"),
                QStringLiteral("yyyy年M月"), QStringLiteral("M月")};
    // The long format without the weekday: "November 4, 2026", "4 November 2026".
    QString longDate = locale.dateFormat(QLocale::LongFormat);
    longDate.remove(QRegularExpression(QStringLiteral("^dddd[,.]?\\s*|[,.]?\\s*dddd$")));
    return {locale.dateFormat(QLocale::ShortFormat), locale.dateTimeFormat(QLocale::ShortFormat), longDate,
            QStringLiteral("MMM yyyy"), QStringLiteral("MMM")};
}

struct Step
{
    double size; // in major units
    int decimals;
};

// Abbreviation steps for large amounts, largest first: 亿 and 万 in Chinese, B/M/K elsewhere.
QList<Step> steps(const QLocale& locale)
{
    if (ReportFormat::countsInMyriads(locale))
        return {{1e8, 2}, {1e4, 0}};
    return {{1e9, 1}, {1e6, 1}, {1e4, 0}};
}

QString stepText(double size, const QString& symbol, const QString& number)
{
    if (size == 1e8)
        return ReportFormat::tr("%1%2 × 10⁸", "amount in 亿 (10⁸) where amounts count by 10⁴: symbol, number")
            .arg(symbol, number);
    if (size == 1e9)
        return ReportFormat::tr("%1%2B", "billions: symbol, number").arg(symbol, number);
    if (size == 1e6)
        return ReportFormat::tr("%1%2M", "millions: symbol, number").arg(symbol, number);
    return ReportFormat::tr("%1%2 × 10⁴", "amount in 万 (10⁴) where amounts count by 10⁴: symbol, number")
        .arg(symbol, number);
}
} // namespace

bool ReportFormat::countsInMyriads(const QLocale& locale)
{
    return locale.language() == QLocale::Chinese;
}

QString ReportFormat::money(qint64 minor, const QString& currency)
{
    return Money::format(minor, currency);
}

QString ReportFormat::moneyShort(qint64 minor, const QString& currency)
{
    const double value = Money::toMajor(minor, currency);
    const QLocale locale;
    const QString symbol = Money::symbol(currency);
    const double magnitude = std::fabs(value);
    const bool myriads = countsInMyriads(locale);
    for (const Step& step : steps(locale)) {
        if (magnitude < step.size)
            continue;
        if (step.size == 1e4 && !myriads) // thousands: ¥350K
            return tr("%1%2K", "thousands: symbol, number").arg(symbol, locale.toString(value / 1e3, 'f', 0));
        return stepText(step.size, symbol, locale.toString(value / step.size, 'f', step.decimals));
    }
    return locale.toCurrencyString(value, symbol, 0);
}

ReportFormat::MoneyScale ReportFormat::moneyScale(qint64 maxMinor, const QString& currency)
{
    const double unit = std::pow(10.0, Money::minorDigits(currency));
    const double maxMajor = double(maxMinor) / unit;
    MoneyScale scale;
    QString unitText;
    if (countsInMyriads()) {
        // 金额（亿元）from 10⁸ up, 金额（万元）from 10⁵ (axis labels stay at most four digits), else 金额（元）.
        const QString name = Money::unitName(currency);
        if (maxMajor >= 1e8) {
            scale.divisor = unit * 1e8;
            unitText = tr("10⁸ %1", "money axis unit in 亿 (10⁸): currency unit name").arg(name);
        } else if (maxMajor >= 1e5) {
            scale.divisor = unit * 1e4;
            unitText = tr("10⁴ %1", "money axis unit in 万 (10⁴): currency unit name").arg(name);
        } else {
            scale.divisor = unit;
            unitText = name;
        }
    } else {
        const QString symbol = Money::symbol(currency);
        if (maxMajor >= 1e6) {
            scale.divisor = unit * 1e6;
            unitText = tr("%1 million", "axis unit: currency symbol").arg(symbol);
        } else if (maxMajor >= 1e4) {
            scale.divisor = unit * 1e3;
            unitText = tr("%1 thousand", "axis unit: currency symbol").arg(symbol);
        } else {
            scale.divisor = unit;
            unitText = symbol;
        }
    }
    // 金额（万元）as Chinese charts write it; elsewhere the unit alone, which fits a short axis ("$ thousand").
    scale.title = countsInMyriads() ? tr("Amount (%1)", "money axis title: its unit").arg(unitText) : unitText;
    return scale;
}

QString ReportFormat::percent(double ratio, int decimals)
{
    return tr("%1%", "percentage").arg(QLocale().toString(ratio * 100.0, 'f', decimals));
}

QString ReportFormat::probability(int percent)
{
    return ReportFormat::percent(percent / 100.0, 0);
}

QString ReportFormat::number(qint64 value)
{
    return QLocale().toString(value);
}

QString ReportFormat::days(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString ReportFormat::date(const QDate& value)
{
    const QLocale locale;
    return value.isValid() ? locale.toString(value, dateForms(locale).date) : QString();
}

QString ReportFormat::dateTime(const QDateTime& when)
{
    const QLocale locale;
    return when.isValid() ? locale.toString(when.toLocalTime(), dateForms(locale).dateTime) : QString();
}

QString ReportFormat::dateFormat()
{
    return dateForms(QLocale()).date;
}

QString ReportFormat::dateTimeFormat()
{
    return dateForms(QLocale()).dateTime;
}

QString ReportFormat::longDate(const QDate& value)
{
    const QLocale locale;
    return value.isValid() ? locale.toString(value, dateForms(locale).longDate) : QString();
}

QString ReportFormat::dateRange(const QDate& from, const QDate& to, bool longForm)
{
    const auto text = [longForm](const QDate& day) { return longForm ? longDate(day) : date(day); };
    if (from.isValid() && to.isValid())
        return tr("%1 – %2", "period: from, to").arg(text(from), text(to));
    if (from.isValid())
        return tr("from %1").arg(text(from));
    if (to.isValid())
        return tr("until %1").arg(text(to));
    return tr("all time");
}

QString ReportFormat::period(const ReportFilter& filter, bool longForm)
{
    return dateRange(filter.from, filter.to, longForm);
}

QString ReportFormat::periodName(const ReportFilter& filter)
{
    const QDate& from = filter.from;
    const QDate& to = filter.to;
    if (!from.isValid() || !to.isValid() || from > to)
        return period(filter);
    // Figures count whole months (ReportQueries::wholeMonths), so does the name.
    const QDate first(from.year(), from.month(), 1);
    const QDate last(to.year(), to.month(), 1);
    const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    if (months == 12 && first.month() == 1)
        return year(first.year());
    if (months == 3 && (first.month() - 1) % 3 == 0)
        return quarter(first);
    if (months == 1)
        return month(first);
    return period(filter);
}

QString ReportFormat::year(int year)
{
    return tr("%1", "a calendar year (2026; zh: 2026年)").arg(year);
}

QString ReportFormat::month(const QDate& monthStart)
{
    const QLocale locale;
    return locale.toString(monthStart, dateForms(locale).month);
}

QString ReportFormat::shortMonth(const QDate& monthStart)
{
    const QLocale locale;
    if (locale.language() != QLocale::Chinese)
        return locale.standaloneMonthName(monthStart.month(), QLocale::ShortFormat);
    return locale.toString(monthStart, dateForms(locale).shortMonth);
}

QString ReportFormat::quarter(const QDate& quarterStart)
{
    return tr("Q%1 %2", "quarter number, year").arg((quarterStart.month() - 1) / 3 + 1).arg(quarterStart.year());
}

QString ReportFormat::week(const QDate& weekStart)
{
    int year = 0;
    const int number = weekStart.weekNumber(&year);
    Q_UNUSED(year)
    return tr("W%1", "ISO week number").arg(number);
}

QString ReportFormat::phone(const QString& stored)
{
    const QString shown = FieldValidator::formatPhone(stored, FieldValidator::defaultRegion());
    return shown.isEmpty() ? stored : shown;
}

QString ReportFormat::stageName(const QString& storedName)
{
    return QCoreApplication::translate("Lookup", storedName.toUtf8().constData());
}

bool ReportFormat::addressLargeToSmall(const QLocale& locale)
{
    return locale.language() == QLocale::Chinese;
}

QString ReportFormat::address(const Address& a)
{
    QStringList parts;
    for (const QString& part : {a.country, a.region, a.city, a.district, a.street}) {
        if (!part.trimmed().isEmpty())
            parts << part.simplified();
    }
    if (!addressLargeToSmall()) {
        std::reverse(parts.begin(), parts.end());
        return parts.join(QStringLiteral(", "));
    }
    // Chinese parts follow each other without a separator; Latin words and numbers keep a space.
    QString text;
    for (const QString& part : std::as_const(parts)) {
        const bool latinJoin = !text.isEmpty() && (text.back().unicode() < 0x2E80 || part.front().unicode() < 0x2E80);
        if (latinJoin)
            text += QLatin1Char(' ');
        text += part;
    }
    return text;
}

QString ReportFormat::tierName(const QString& tier)
{
    if (tier == QLatin1String("A"))
        return tr("A (key accounts)", "value tier: the customers making up the first 80% of won revenue");
    if (tier == QLatin1String("B"))
        return tr("B (regular accounts)", "value tier: the next 15% of won revenue");
    if (tier == QLatin1String("C"))
        return tr("C (occasional accounts)", "value tier: the last 5% of won revenue");
    return tier;
}

QString ReportFormat::channelName(const QString& code)
{
    for (const ChannelName& channel : channelNames) {
        if (code == QLatin1String(channel.code))
            return QCoreApplication::translate("Lookup", channel.name);
    }
    return code.isEmpty() ? tr("No channel") : code;
}

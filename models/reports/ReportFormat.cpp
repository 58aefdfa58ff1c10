#include "ReportFormat.h"

#include "Money.h"

#include "ReportFilter.h"

#include <QLocale>
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
    if (magnitude >= 1e9)
        return tr("%1%2B", "billions: symbol, number").arg(symbol, locale.toString(value / 1e9, 'f', 1));
    if (magnitude >= 1e6)
        return tr("%1%2M", "millions: symbol, number").arg(symbol, locale.toString(value / 1e6, 'f', 1));
    if (magnitude >= 1e4)
        return tr("%1%2K", "thousands: symbol, number").arg(symbol, locale.toString(value / 1e3, 'f', 0));
    return locale.toCurrencyString(value, symbol, 0);
}

QString ReportFormat::percent(double ratio, int decimals)
{
    return tr("%1%", "percentage").arg(QLocale().toString(ratio * 100.0, 'f', decimals));
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
    return QLocale().toString(value, QLocale::ShortFormat);
}

QString ReportFormat::period(const ReportFilter& filter)
{
    if (filter.from.isValid() && filter.to.isValid())
        return tr("%1 – %2", "period: from, to").arg(date(filter.from), date(filter.to));
    if (filter.from.isValid())
        return tr("from %1").arg(date(filter.from));
    if (filter.to.isValid())
        return tr("until %1").arg(date(filter.to));
    return tr("all time");
}

QString ReportFormat::month(const QDate& monthStart)
{
    return QLocale().toString(monthStart, QStringLiteral("MMM yyyy"));
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

QString ReportFormat::stageName(const QString& storedName)
{
    return QCoreApplication::translate("Lookup", storedName.toUtf8().constData());
}

QString ReportFormat::channelName(const QString& code)
{
    for (const ChannelName& channel : channelNames) {
        if (code == QLatin1String(channel.code))
            return QCoreApplication::translate("Lookup", channel.name);
    }
    return code.isEmpty() ? tr("No channel") : code;
}

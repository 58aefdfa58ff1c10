#include "Money.h"

#include <cmath>

namespace {
struct CurrencyInfo
{
    const char* code;
    const char* symbol; // when the currency is not the locale's own
    int digits;
};

// "$" and "¥" alone name several currencies, so a foreign one carries its country prefix.
const CurrencyInfo kCurrencies[] = {
    {"CNY", "¥", 2},   {"USD", "US$", 2},  {"EUR", "€", 2}, {"GBP", "£", 2},    {"JPY", "JP¥", 0},
    {"HKD", "HK$", 2}, {"TWD", "NT$", 2},  {"KRW", "₩", 0}, {"SGD", "S$", 2},   {"AUD", "A$", 2},
    {"CAD", "C$", 2},  {"CHF", "CHF ", 2}, {"VND", "₫", 0}, {"CLP", "CLP ", 0}, {"ISK", "ISK ", 0},
};

const CurrencyInfo* find(const QString& code)
{
    for (const CurrencyInfo& c : kCurrencies) {
        if (code.compare(QLatin1String(c.code), Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}
} // namespace

namespace Money {

int minorDigits(const QString& code)
{
    const CurrencyInfo* c = find(code);
    return c ? c->digits : 2;
}

double toMajor(qint64 minor, const QString& code)
{
    return double(minor) / std::pow(10.0, minorDigits(code));
}

QString plainText(qint64 minor, const QString& code)
{
    const int digits = minorDigits(code);
    // Unsigned, so the most negative amount has a magnitude too.
    const quint64 magnitude = minor < 0 ? quint64(0) - quint64(minor) : quint64(minor);
    QString text = QString::number(magnitude);
    if (digits > 0) {
        if (text.size() <= digits)
            text.prepend(QString(digits + 1 - text.size(), QLatin1Char('0')));
        text.insert(text.size() - digits, QLatin1Char('.'));
    }
    return minor < 0 ? QLatin1Char('-') + text : text;
}

QString symbol(const QString& code, const QLocale& locale)
{
    if (code.isEmpty() || code.compare(locale.currencySymbol(QLocale::CurrencyIsoCode), Qt::CaseInsensitive) == 0)
        return locale.currencySymbol();
    if (const CurrencyInfo* c = find(code))
        return QString::fromUtf8(c->symbol);
    return code.toUpper() + QLatin1Char(' ');
}

QString format(qint64 minor, const QString& code, const QLocale& locale, bool wholeUnits)
{
    return locale.toCurrencyString(toMajor(minor, code), symbol(code, locale), wholeUnits ? 0 : minorDigits(code));
}

} // namespace Money

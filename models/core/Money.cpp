#include "Money.h"

#include <QCoreApplication>

#include <cmath>

namespace {
struct CurrencyInfo
{
    const char* code;
    const char* symbol; // when the currency is not the locale's own
    int digits;
    const char* unit; // QT_TRANSLATE_NOOP("Money", …): the unit's name, e.g. after 万 on an axis (万元)
};

// "$" and "¥" alone name several currencies, so a foreign one carries its country prefix.
const CurrencyInfo kCurrencies[] = {
    {"CNY", "¥", 2, QT_TRANSLATE_NOOP("Money", "yuan")},
    {"USD", "US$", 2, QT_TRANSLATE_NOOP("Money", "US dollars")},
    {"EUR", "€", 2, QT_TRANSLATE_NOOP("Money", "euros")},
    {"GBP", "£", 2, QT_TRANSLATE_NOOP("Money", "pounds sterling")},
    {"JPY", "JP¥", 0, QT_TRANSLATE_NOOP("Money", "yen")},
    {"HKD", "HK$", 2, QT_TRANSLATE_NOOP("Money", "Hong Kong dollars")},
    {"TWD", "NT$", 2, QT_TRANSLATE_NOOP("Money", "New Taiwan dollars")},
    {"KRW", "₩", 0, QT_TRANSLATE_NOOP("Money", "won")},
    {"SGD", "S$", 2, QT_TRANSLATE_NOOP("Money", "Singapore dollars")},
    {"AUD", "A$", 2, QT_TRANSLATE_NOOP("Money", "Australian dollars")},
    {"CAD", "C$", 2, QT_TRANSLATE_NOOP("Money", "Canadian dollars")},
    {"CHF", "CHF ", 2, QT_TRANSLATE_NOOP("Money", "Swiss francs")},
    {"VND", "₫", 0, QT_TRANSLATE_NOOP("Money", "dong")},
    {"CLP", "CLP ", 0, QT_TRANSLATE_NOOP("Money", "Chilean pesos")},
    {"ISK", "ISK ", 0, QT_TRANSLATE_NOOP("Money", "Icelandic krónur")},
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

QString unitName(const QString& code)
{
    const CurrencyInfo* c = find(code);
    return c ? QCoreApplication::translate("Money", c->unit) : code.toUpper();
}

QString displayName(const QString& code, const QLocale& locale)
{
    const bool own = code.compare(locale.currencySymbol(QLocale::CurrencyIsoCode), Qt::CaseInsensitive) == 0;
    const QString name = own ? locale.currencySymbol(QLocale::CurrencyDisplayName) : unitName(code);
    if (name.isEmpty() || name.compare(code, Qt::CaseInsensitive) == 0)
        return code.toUpper();
    return QCoreApplication::translate("Money", "%1 (%2)", "currency: its name, ISO code").arg(name, code.toUpper());
}

QString format(qint64 minor, const QString& code, const QLocale& locale, bool wholeUnits)
{
    return locale.toCurrencyString(toMajor(minor, code), symbol(code, locale), wholeUnits ? 0 : minorDigits(code));
}

} // namespace Money

#include "ImportValues.h"

#include "FieldValidator.h"
#include "Money.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ImportValues", text);
}

QString cleaned(QStringView text)
{
    return text.toString().normalized(QString::NormalizationForm_KC).trimmed();
}

int fullYear(int year, int digits)
{
    if (digits > 2)
        return year;
    return year < 70 ? 2000 + year : 1900 + year;
}

int monthOfName(const QString& name)
{
    static const char* const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString key = name.left(3).toLower();
    for (int i = 0; i < 12; ++i) {
        if (key == QLatin1String(names[i]))
            return i + 1;
    }
    return 0;
}

// The date at the start of text; *rest is what follows it (a time, or nothing).
bool dateAtStart(const QString& text, ImportValues::DateOrder order, QDate* date, ImportValues::DateEvidence* evidence,
                 QString* rest)
{
    using ImportValues::DateEvidence;
    using ImportValues::DateOrder;
    *evidence = DateEvidence::None;
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(?=$|[ T])"));
    static const QRegularExpression chinese(
        QStringLiteral("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?"));
    static const QRegularExpression numeric(QStringLiteral("^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\d)"));
    static const QRegularExpression dayName(QStringLiteral("^(\\d{1,2})[ -]([A-Za-z]{3,9})\\.?[ -,]*(\\d{4})"));
    static const QRegularExpression nameDay(QStringLiteral("^([A-Za-z]{3,9})\\.? (\\d{1,2}),? (\\d{4})"));

    int year = 0;
    int month = 0;
    int day = 0;
    QRegularExpressionMatch m;
    if ((m = iso.match(text)).hasMatch() || (m = compact.match(text)).hasMatch() ||
        (m = chinese.match(text)).hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    } else if ((m = numeric.match(text)).hasMatch()) {
        const int first = m.captured(1).toInt();
        const int second = m.captured(3).toInt();
        year = fullYear(m.captured(4).toInt(), int(m.captured(4).size()));
        if (first > 12 && second <= 12)
            *evidence = DateEvidence::DayFirst;
        else if (second > 12 && first <= 12)
            *evidence = DateEvidence::MonthFirst;
        else if (first != second && first <= 12 && second <= 12)
            *evidence = DateEvidence::Ambiguous;
        const bool monthFirst =
            order == DateOrder::MonthFirst || (order == DateOrder::Unknown && *evidence == DateEvidence::MonthFirst);
        day = monthFirst ? second : first;
        month = monthFirst ? first : second;
    } else if ((m = dayName.match(text)).hasMatch() && monthOfName(m.captured(2))) {
        day = m.captured(1).toInt();
        month = monthOfName(m.captured(2));
        year = m.captured(3).toInt();
    } else if ((m = nameDay.match(text)).hasMatch() && monthOfName(m.captured(1))) {
        month = monthOfName(m.captured(1));
        day = m.captured(2).toInt();
        year = m.captured(3).toInt();
    } else {
        return false;
    }
    *date = QDate(year, month, day);
    *rest = text.mid(m.capturedLength()).trimmed();
    return date->isValid();
}

// Separators a number may be grouped with, besides ',' and '.'.
bool isGrouping(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\'') || c == QChar(0x00A0) || c == QChar(0x202F) ||
           c == QChar(0x2009);
}

// Splits a number's text into integer and fraction digits, working out which of ',' and '.' is the decimal mark.
bool splitNumber(const QString& text, QString* whole, QString* fraction)
{
    const qsizetype lastDot = text.lastIndexOf(QLatin1Char('.'));
    const qsizetype lastComma = text.lastIndexOf(QLatin1Char(','));
    const int dots = int(text.count(QLatin1Char('.')));
    const int commas = int(text.count(QLatin1Char(',')));
    qsizetype decimal = -1;
    if (dots > 0 && commas > 0) {
        decimal = std::max(lastDot, lastComma);
        if ((decimal == lastDot && dots > 1) || (decimal == lastComma && commas > 1))
            return false;
    } else if (dots == 1) {
        decimal = lastDot;
    } else if (commas == 1) {
        // "1,234" groups thousands; "1,5" and "12,50" have a decimal comma.
        const qsizetype after = text.size() - lastComma - 1;
        decimal = after == 3 ? -1 : lastComma;
    }
    whole->clear();
    fraction->clear();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (i == decimal)
            continue;
        if (c.isDigit() && c.unicode() < 0x80) {
            (decimal >= 0 && i > decimal ? fraction : whole)->append(c);
        } else if (c == QLatin1Char(',') || c == QLatin1Char('.') || isGrouping(c)) {
            if (decimal >= 0 && i > decimal)
                return false; // grouping inside the fraction
        } else {
            return false;
        }
    }
    return !whole->isEmpty() || !fraction->isEmpty();
}

struct CurrencyToken
{
    const char* text;
    const char* code;
};

// Longest first where one starts another ("US$" before "$").
const CurrencyToken kCurrencyTokens[] = {
    {"US$", "USD"},    {"HK$", "HKD"},  {"NT$", "TWD"},  {"JP¥", "JPY"},  {"CN¥", "CNY"},  {"RMB", "CNY"},
    {"人民币", "CNY"}, {"美元", "USD"}, {"欧元", "EUR"}, {"英镑", "GBP"}, {"日元", "JPY"}, {"港币", "HKD"},
    {"元", "CNY"},     {"¥", "CNY"},    {"$", "USD"},    {"€", "EUR"},    {"£", "GBP"},    {"₩", "KRW"},
};
} // namespace

namespace ImportValues {

bool parseDate(QStringView text, DateOrder order, QDate* date, DateEvidence* evidence, QString* error)
{
    const QString value = cleaned(text);
    QString rest;
    DateEvidence said = DateEvidence::None;
    if (!dateAtStart(value, order, date, &said, &rest)) {
        if (error)
            *error = tr("This is not a date.");
        return false;
    }
    if (evidence)
        *evidence = said;
    static const QRegularExpression time(
        QStringLiteral("^(T|\\s)?\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?$"));
    if (!rest.isEmpty() && !time.match(rest).hasMatch()) {
        if (error)
            *error = tr("This is not a date.");
        return false;
    }
    return true;
}

bool parseDateTime(QStringView text, DateOrder order, QDateTime* utc, DateEvidence* evidence, QString* error)
{
    const QString value = cleaned(text);
    QString rest;
    QDate date;
    DateEvidence said = DateEvidence::None;
    if (!dateAtStart(value, order, &date, &said, &rest)) {
        if (error)
            *error = tr("This is not a date and time.");
        return false;
    }
    if (evidence)
        *evidence = said;
    static const QRegularExpression time(QStringLiteral(
        "^(?:T|\\s)?(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,3})\\d*)?)?\\s*(Z|([+-])(\\d{2}):?(\\d{2}))?$"));
    QTime clock(0, 0);
    QRegularExpressionMatch m;
    if (!rest.isEmpty()) {
        m = time.match(rest);
        if (!m.hasMatch()) {
            if (error)
                *error = tr("This is not a date and time.");
            return false;
        }
        const QString millis = m.captured(4);
        clock = QTime(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                      millis.isEmpty() ? 0 : (millis + QStringLiteral("00")).left(3).toInt());
        if (!clock.isValid()) {
            if (error)
                *error = tr("This is not a valid time of day.");
            return false;
        }
    }
    if (m.hasMatch() && !m.captured(5).isEmpty()) {
        int offset = 0;
        if (m.captured(5) != QLatin1String("Z")) {
            offset = (m.captured(7).toInt() * 60 + m.captured(8).toInt()) * 60;
            if (m.captured(6) == QLatin1String("-"))
                offset = -offset;
        }
        *utc = QDateTime(date, clock, QTimeZone(offset)).toUTC();
    } else {
        *utc = QDateTime(date, clock, QTimeZone::systemTimeZone()).toUTC();
    }
    return utc->isValid();
}

bool parseMoney(QStringView text, const QString& defaultCurrency, qint64* minor, QString* currency, QString* error)
{
    QString value = cleaned(text);
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    bool negative = false;
    if (value.startsWith(QLatin1Char('(')) && value.endsWith(QLatin1Char(')'))) {
        negative = true;
        value = value.mid(1, value.size() - 2).trimmed();
    }
    if (value.startsWith(QLatin1Char('-')) || value.startsWith(QChar(0x2212))) {
        negative = true;
        value = value.mid(1).trimmed();
    }
    QString code;
    auto takeCurrency = [&](bool atStart) {
        for (const CurrencyToken& token : kCurrencyTokens) {
            const QString t = QString::fromUtf8(token.text);
            if (atStart ? value.startsWith(t, Qt::CaseInsensitive) : value.endsWith(t, Qt::CaseInsensitive)) {
                code = QString::fromLatin1(token.code);
                value = atStart ? value.mid(t.size()) : value.left(value.size() - t.size());
                value = value.trimmed();
                return true;
            }
        }
        static const QRegularExpression isoStart(QStringLiteral("^([A-Za-z]{3})(?![A-Za-z])"));
        static const QRegularExpression isoEnd(QStringLiteral("(?<![A-Za-z])([A-Za-z]{3})$"));
        const QRegularExpressionMatch m = (atStart ? isoStart : isoEnd).match(value);
        if (m.hasMatch()) {
            code = m.captured(1).toUpper();
            value = atStart ? value.mid(3) : value.left(value.size() - 3);
            value = value.trimmed();
            return true;
        }
        return false;
    };
    if (!takeCurrency(true))
        takeCurrency(false);
    if (!negative && value.startsWith(QLatin1Char('-'))) {
        negative = true; // "$-5"
        value = value.mid(1).trimmed();
    }
    int shift = 0;                       // powers of ten the number is multiplied by
    if (value.endsWith(QChar(0x4E07))) { // 万
        shift = 4;
        value.chop(1);
    } else if (value.endsWith(QChar(0x4EBF))) { // 亿
        shift = 8;
        value.chop(1);
    }
    if (code.isEmpty())
        code = defaultCurrency;
    QString whole;
    QString fraction;
    if (value.trimmed().isEmpty() || !splitNumber(value.trimmed(), &whole, &fraction))
        return fail(tr("This is not an amount of money."));
    const int digits = Money::minorDigits(code);
    // whole.fraction × 10^shift, in minor units: the decimal point moves right by shift + digits.
    QString all = whole + fraction;
    qsizetype point = whole.size() + shift + digits;
    while (all.size() < point)
        all.append(QLatin1Char('0'));
    const QString dropped = all.mid(point);
    if (dropped.count(QLatin1Char('0')) != dropped.size())
        return fail(QCoreApplication::translate("ImportValues", "%1 has at most %n decimal place(s).", nullptr, digits)
                        .arg(code));
    QString integral = all.left(point);
    while (integral.size() > 1 && integral.startsWith(QLatin1Char('0')))
        integral.remove(0, 1);
    if (integral.size() > 18)
        return fail(tr("This amount is too large."));
    *minor = integral.toLongLong() * (negative ? -1 : 1);
    *currency = code;
    return true;
}

bool parseInteger(QStringView text, qint64* value, QString* error)
{
    QString whole;
    QString fraction;
    QString digits = cleaned(text);
    bool negative = false;
    if (digits.startsWith(QLatin1Char('-')) || digits.startsWith(QLatin1Char('+'))) {
        negative = digits.startsWith(QLatin1Char('-'));
        digits = digits.mid(1);
    }
    if (!splitNumber(digits, &whole, &fraction) || whole.isEmpty() ||
        fraction.count(QLatin1Char('0')) != fraction.size() || whole.size() > 18) {
        if (error)
            *error = tr("This is not a whole number.");
        return false;
    }
    *value = whole.toLongLong() * (negative ? -1 : 1);
    return true;
}

bool parseBool(QStringView text, bool* value, QString* error)
{
    const QString key = cleaned(text).toLower();
    static const QStringList yes = {QStringLiteral("yes"), QStringLiteral("y"),  QStringLiteral("true"),
                                    QStringLiteral("1"),   QStringLiteral("x"),  QStringLiteral("on"),
                                    QStringLiteral("是"),  QStringLiteral("对"), QStringLiteral("真"),
                                    QStringLiteral("✓"),   QStringLiteral("√")};
    static const QStringList no = {QStringLiteral("no"), QStringLiteral("n"),   QStringLiteral("false"),
                                   QStringLiteral("0"),  QStringLiteral("off"), QStringLiteral("否"),
                                   QStringLiteral("错"), QStringLiteral("假"),  QStringLiteral("✗")};
    if (yes.contains(key)) {
        *value = true;
        return true;
    }
    if (no.contains(key)) {
        *value = false;
        return true;
    }
    if (error)
        *error = tr("This is not yes or no.");
    return false;
}

QString phone(QStringView text, const QString& region, bool* normalised)
{
    const QString original = text.toString().trimmed();
    const QString e164 = FieldValidator::normalisePhone(original, region);
    if (normalised)
        *normalised = !e164.isEmpty();
    return e164.isEmpty() ? original : e164;
}

} // namespace ImportValues

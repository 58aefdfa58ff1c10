#include "MoneyEdit.h"

#include "Money.h"

#include <QFocusEvent>
#include <limits>

MoneyEdit::MoneyEdit(QWidget* parent) : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setPlaceholderText(format(0, locale(), m_digits));
    connect(this, &QLineEdit::textEdited, this, [this] { Q_EMIT minorUnitsChanged(minorUnits()); });
}

bool MoneyEdit::parse(const QString& input, const QLocale& locale, int digits, qint64* minor, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        *minor = 0;
        return true;
    }
    const QString decimal = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    // Where is the decimal point? The locale's own, else a '.' that is not a group separator
    // (people paste "1234.56" into a German DeskCRM too), else a full-width one.
    qsizetype point = text.lastIndexOf(decimal);
    if (point < 0 && group != QLatin1String("."))
        point = text.lastIndexOf(QLatin1Char('.'));
    if (point < 0)
        point = text.lastIndexOf(QChar(0xFF0E)); // ．

    qint64 whole = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool anyDigit = false;
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (i == point)
            continue;
        const int d = c.digitValue(); // also full-width and other Unicode decimal digits
        if (d >= 0) {
            anyDigit = true;
            if (point >= 0 && i > point) {
                if (++fractionDigits > digits)
                    return fail(digits == 0 ? tr("This currency has no decimals.")
                                            : tr("Enter at most %n decimal(s).", nullptr, digits));
                fraction = fraction * 10 + d;
            } else {
                if (whole > (kMax - d) / 10)
                    return fail(tr("The amount is too large."));
                whole = whole * 10 + d;
            }
            continue;
        }
        // Group separators (the locale's, plain and no-break spaces, apostrophes, commas) belong to
        // the whole part only.
        const bool groupLike = QString(c) == group || c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) ||
                               c == QLatin1Char('\'') || c == QChar(0x2019) ||
                               (c == QLatin1Char(',') && decimal != QLatin1String(",")) ||
                               (c == QLatin1Char('.') && group == QLatin1String("."));
        if (groupLike && (point < 0 || i < point))
            continue;
        if (c == QLatin1Char('-') || c == QChar(0x2212) || c == locale.negativeSign().at(0))
            return fail(tr("The amount cannot be negative."));
        return fail(tr("\"%1\" is not an amount.").arg(input.trimmed()));
    }
    if (!anyDigit)
        return fail(tr("\"%1\" is not an amount.").arg(input.trimmed()));
    for (int i = fractionDigits; i < digits; ++i)
        fraction *= 10;
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    if (whole > (kMax - fraction) / scale)
        return fail(tr("The amount is too large."));
    *minor = whole * scale + fraction;
    return true;
}

QString MoneyEdit::format(qint64 minor, const QLocale& locale, int digits)
{
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const qint64 whole = minor / scale;
    const qint64 fraction = minor % scale;
    QString text = locale.toString(whole);
    if (digits > 0)
        text += locale.decimalPoint() + QStringLiteral("%1").arg(fraction, digits, 10, QLatin1Char('0'));
    return text;
}

qlonglong MoneyEdit::minorUnits() const
{
    qint64 minor = 0;
    return parse(text(), locale(), m_digits, &minor, nullptr) ? minor : 0;
}

void MoneyEdit::setMinorUnits(qlonglong minor)
{
    setText(format(minor, locale(), m_digits));
}

bool MoneyEdit::isValid() const
{
    qint64 minor = 0;
    return parse(text(), locale(), m_digits, &minor, nullptr);
}

QString MoneyEdit::errorText() const
{
    qint64 minor = 0;
    QString error;
    parse(text(), locale(), m_digits, &minor, &error);
    return error;
}

void MoneyEdit::setCurrency(const QString& code)
{
    // The typed amount is what the user means, so it keeps its meaning in the new currency; callers
    // loading a stored record set the currency first, then the minor units.
    m_digits = Money::minorDigits(code);
    setPlaceholderText(format(0, locale(), m_digits));
    qint64 minor = 0;
    if (!text().trimmed().isEmpty() && parse(text(), locale(), m_digits, &minor, nullptr))
        setMinorUnits(minor);
    Q_EMIT minorUnitsChanged(minorUnits());
}

void MoneyEdit::focusOutEvent(QFocusEvent* event)
{
    // Show the amount the way it will be stored, so "1234.5" visibly becomes "1,234.50".
    if (isValid() && !text().trimmed().isEmpty())
        setMinorUnits(minorUnits());
    QLineEdit::focusOutEvent(event);
}

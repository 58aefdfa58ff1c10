#include "DocumentTotals.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace DocumentTotals {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DocumentTotals", text);
}

// A decimal number with up to `decimals` digits after the point, as an integer scaled by 10^decimals.
bool parseScaled(const QString& text, int decimals, qint64* scaled)
{
    static const QRegularExpression number(QStringLiteral("^\\s*(\\d{0,15})(?:[.,](\\d*))?\\s*$"));
    const QRegularExpressionMatch m = number.match(text);
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(2).isEmpty()))
        return false;
    QString fraction = m.captured(2);
    if (fraction.size() > decimals)
        return false;
    fraction = fraction.leftJustified(decimals, QLatin1Char('0'));
    qint64 whole = m.captured(1).isEmpty() ? 0 : m.captured(1).toLongLong();
    qint64 factor = 1;
    for (int i = 0; i < decimals; ++i)
        factor *= 10;
    qint64 result = 0;
    if (qMulOverflow(whole, factor, &result) || qAddOverflow(result, decimals ? fraction.toLongLong() : 0, &result))
        return false;
    *scaled = result;
    return true;
}

QString scaledText(qint64 value, int decimals)
{
    qint64 factor = 1;
    for (int i = 0; i < decimals; ++i)
        factor *= 10;
    const bool negative = value < 0;
    const quint64 magnitude = negative ? 0 - quint64(value) : quint64(value);
    QString text = QString::number(magnitude / quint64(factor));
    QString fraction = QString::number(magnitude % quint64(factor)).rightJustified(decimals, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (!fraction.isEmpty())
        text += QLatin1Char('.') + fraction;
    return negative ? QLatin1Char('-') + text : text;
}
} // namespace

bool mulDivRound(qint64 a, qint64 b, qint64 divisor, qint64* result)
{
    if (divisor <= 0)
        return false;
#ifdef __SIZEOF_INT128__
    const __int128 product = static_cast<__int128>(a) * b;
    const bool negative = product < 0;
    const __int128 magnitude = negative ? -product : product;
    __int128 quotient = magnitude / divisor;
    // Half up: a remainder of at least half the divisor rounds the magnitude up.
    if ((magnitude % divisor) * 2 >= divisor)
        ++quotient;
    if (quotient > std::numeric_limits<qint64>::max())
        return false;
    *result = negative ? -static_cast<qint64>(quotient) : static_cast<qint64>(quotient);
    return true;
#else
    qint64 product = 0;
    if (qMulOverflow(a, b, &product) || product == std::numeric_limits<qint64>::min())
        return false;
    const bool negative = product < 0;
    const qint64 magnitude = negative ? -product : product;
    qint64 quotient = magnitude / divisor;
    if ((magnitude % divisor) >= divisor - magnitude % divisor)
        ++quotient;
    *result = negative ? -quotient : quotient;
    return true;
#endif
}

LineResult computeLine(const Line& line)
{
    LineResult r;
    if (line.quantityMilli < 0 || line.unitPriceMinor < 0 || line.discountValue < 0) {
        r.error = tr("Quantities, prices and discounts cannot be negative.");
        return r;
    }
    if (line.taxRateBp < 0 || line.taxRateBp > 10000) {
        r.error = tr("The tax rate must be between 0% and 100%.");
        return r;
    }
    if (!mulDivRound(line.quantityMilli, line.unitPriceMinor, 1000, &r.grossMinor)) {
        r.error = tr("The line's amount is too large.");
        return r;
    }
    switch (line.discountKind) {
    case DiscountKind::None:
        break;
    case DiscountKind::Percent:
        if (line.discountValue > 10000) {
            r.error = tr("A discount cannot be more than 100%.");
            return r;
        }
        mulDivRound(r.grossMinor, line.discountValue, 10000, &r.discountMinor); // ≤ gross: cannot overflow
        break;
    case DiscountKind::Amount:
        if (line.discountValue > r.grossMinor) {
            r.error = tr("The discount is larger than the line's amount.");
            return r;
        }
        r.discountMinor = line.discountValue;
        break;
    }
    r.netMinor = r.grossMinor - r.discountMinor;
    mulDivRound(r.netMinor, line.taxRateBp, 10000, &r.taxMinor); // ≤ net: cannot overflow
    if (qAddOverflow(r.netMinor, r.taxMinor, &r.totalMinor)) {
        r.error = tr("The line's amount is too large.");
        return r;
    }
    if (r.grossMinor > 0 && r.discountMinor > 0) {
        // Rounded up, so a discount just over a limit is never read as at the limit. Amounts beyond 9.2e14 minor
        // units are scaled down first (the share stays within a basis point).
        qint64 discount = r.discountMinor;
        qint64 gross = r.grossMinor;
        while (discount > std::numeric_limits<qint64>::max() / 10000) {
            discount /= 10;
            gross /= 10;
        }
        const qint64 bp = gross > 0 ? discount * 10000 / gross + ((discount * 10000) % gross ? 1 : 0) : 10000;
        r.discountBp = int(std::min<qint64>(bp, 10000));
    }
    return r;
}

Result compute(const QList<Line>& lines)
{
    Result result;
    QMap<int, TaxBand> bands;
    bool overflow = false;
    for (int i = 0; i < lines.size(); ++i) {
        LineResult line = computeLine(lines.at(i));
        if (line.ok()) {
            TaxBand& band = bands[lines.at(i).taxRateBp];
            band.taxRateBp = lines.at(i).taxRateBp;
            overflow |= qAddOverflow(band.netMinor, line.netMinor, &band.netMinor);
            overflow |= qAddOverflow(band.taxMinor, line.taxMinor, &band.taxMinor);
            overflow |= qAddOverflow(result.subtotalMinor, line.grossMinor, &result.subtotalMinor);
            overflow |= qAddOverflow(result.discountMinor, line.discountMinor, &result.discountMinor);
            overflow |= qAddOverflow(result.netMinor, line.netMinor, &result.netMinor);
            overflow |= qAddOverflow(result.taxMinor, line.taxMinor, &result.taxMinor);
            result.maxDiscountBp = std::max(result.maxDiscountBp, line.discountBp);
            if (overflow) {
                line.error = tr("The document's total is too large.");
                line.totalMinor = 0;
            }
        }
        if (!line.ok() && result.firstError < 0)
            result.firstError = i;
        result.lines << line;
    }
    if (qAddOverflow(result.netMinor, result.taxMinor, &result.totalMinor) && result.firstError < 0)
        result.firstError = std::max(0, int(lines.size()) - 1);
    result.bands = bands.values();
    return result;
}

DiscountKind discountKindFromText(const QString& text)
{
    if (text == QLatin1String("percent"))
        return DiscountKind::Percent;
    if (text == QLatin1String("amount"))
        return DiscountKind::Amount;
    return DiscountKind::None;
}

QString discountKindText(DiscountKind kind)
{
    switch (kind) {
    case DiscountKind::Percent:
        return QStringLiteral("percent");
    case DiscountKind::Amount:
        return QStringLiteral("amount");
    case DiscountKind::None:
        break;
    }
    return {};
}

bool parseQuantity(const QString& text, qint64* milli)
{
    return parseScaled(text, 3, milli);
}

QString quantityText(qint64 milli)
{
    return scaledText(milli, 3);
}

bool parsePercent(const QString& text, qint64* basisPoints)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    return parseScaled(t, 2, basisPoints);
}

QString percentText(qint64 basisPoints)
{
    return scaledText(basisPoints, 2);
}
} // namespace DocumentTotals

#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QtGlobal>

// The arithmetic of quotes and contracts (and later invoices): the one documented rule, integer only.
//
//   quantity    integer thousandths of a unit (1.5 = 1500), unit price in minor units (fen, cents)
//   gross       = quantity × unit price / 1000, rounded half up (away from zero at exactly .5)
//   discount    percent: gross × basis points / 10000, rounded half up; amount: the minor units given,
//               never more than the gross (a larger one is an error, not a negative line)
//   net         = gross − discount
//   tax         = net × tax rate (basis points) / 10000, rounded half up, per line
//   totals      per tax rate: the sum of the lines' nets and of their taxes (no rounding at that level);
//               subtotal = Σ gross, discount = Σ discount, tax = Σ tax, total = Σ net + Σ tax
//
// Rounding happens on each line only, so the printed lines always add up to the printed totals. Values that
// would not fit in 64 bits are refused (ok() false) instead of wrapping.
namespace DocumentTotals {

enum class DiscountKind { None, Percent, Amount };

struct Line
{
    qint64 quantityMilli = 0;
    qint64 unitPriceMinor = 0;
    DiscountKind discountKind = DiscountKind::None;
    qint64 discountValue = 0; // Percent: basis points (1250 = 12.5 %); Amount: minor units
    int taxRateBp = 0;        // 1300 = 13 %
};

struct LineResult
{
    qint64 grossMinor = 0;
    qint64 discountMinor = 0;
    qint64 netMinor = 0;
    qint64 taxMinor = 0;
    qint64 totalMinor = 0; // net + tax
    // The discount as a share of the gross, basis points rounded up (what approval limits compare).
    int discountBp = 0;
    QString error; // empty when the line computed
    bool ok() const { return error.isEmpty(); }
};

struct TaxBand
{
    int taxRateBp = 0;
    qint64 netMinor = 0;
    qint64 taxMinor = 0;
};

struct Result
{
    QList<LineResult> lines;
    QList<TaxBand> bands; // one per tax rate used, ascending by rate
    qint64 subtotalMinor = 0;
    qint64 discountMinor = 0;
    qint64 netMinor = 0;
    qint64 taxMinor = 0;
    qint64 totalMinor = 0;
    int maxDiscountBp = 0; // the largest line discount share
    int firstError = -1;   // index of the first line that did not compute
    bool ok() const { return firstError < 0; }
};

// a × b / divisor rounded half away from zero; false when it does not fit in 64 bits.
bool mulDivRound(qint64 a, qint64 b, qint64 divisor, qint64* result);

LineResult computeLine(const Line& line);
Result compute(const QList<Line>& lines);

// "percent"/"amount"/"" as stored in the lines tables.
DiscountKind discountKindFromText(const QString& text);
QString discountKindText(DiscountKind kind);

// Quantities as people type and read them: "1.5" ↔ 1500, up to three decimals, no grouping. False when the text
// is not such a number (or negative).
bool parseQuantity(const QString& text, qint64* milli);
QString quantityText(qint64 milli);
// Basis points as a percentage with up to two decimals: "12.5" ↔ 1250.
bool parsePercent(const QString& text, qint64* basisPoints);
QString percentText(qint64 basisPoints);
} // namespace DocumentTotals

#pragma once

#include <QLocale>
#include <QString>

// Money is stored as integer minor units with an ISO 4217 code (DESIGN.md); this is the one place that
// knows how many minor digits a currency has and how an amount reads on screen and paper, so lists,
// cards, charts and reports agree.
namespace Money {
// Minor digits of a currency: 2 for most, 0 for JPY, KRW, VND, CLP, ISK.
int minorDigits(const QString& code);
// Display only: the stored and summed values stay integers.
double toMajor(qint64 minor, const QString& code);
// The amount in major units as plain machine text, exact (no floating point): "-1234.56", "1500" (JPY), with a
// point and no grouping whatever the locale, for files other programs read (CSV exports).
QString plainText(qint64 minor, const QString& code);
// The symbol an amount of `code` is written with in `locale`: the locale's own symbol for its own
// currency (¥ in China, $ in the US), otherwise an unambiguous one (US$, JP¥, €) or the ISO code.
QString symbol(const QString& code, const QLocale& locale = QLocale());
// The name of a currency's unit in running text and axis titles, translated: "yuan" (元), "US dollars"
// (美元) …; the ISO code for a currency without one.
QString unitName(const QString& code);
// A currency named in words with its code, where a report says which currency its amounts are in:
// "人民币（CNY）" for the locale's own currency, "美元（USD）", "US dollars (USD)".
QString displayName(const QString& code, const QLocale& locale = QLocale());
// "¥1,234.50", "US$1,234.50", "€1.234,50" as the locale writes it; wholeUnits drops the minor digits.
QString format(qint64 minor, const QString& code, const QLocale& locale = QLocale(), bool wholeUnits = false);
} // namespace Money

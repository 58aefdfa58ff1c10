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
// "¥1,234.50", "US$1,234.50", "€1.234,50" as the locale writes it; wholeUnits drops the minor digits.
QString format(qint64 minor, const QString& code, const QLocale& locale = QLocale(), bool wholeUnits = false);
} // namespace Money

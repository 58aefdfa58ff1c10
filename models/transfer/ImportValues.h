#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

// A cell of an imported file read as a typed value, the way spreadsheets and other CRMs write them. Each parser
// returns false with a translated reason (for the row report) when the text is not such a value; empty text is
// "no value" and handled by the caller (required or not). Full-width digits and signs are read as ASCII.
namespace ImportValues {

// Which number comes first in d/m/yyyy or m/d/yyyy dates.
enum class DateOrder { Unknown, DayFirst, MonthFirst };

// What a date says about the order of its day and month: "13/5/2024" can only be day-first, "5/13/2024" only
// month-first, "5/3/2024" either (Ambiguous), ISO and 2024年5月3日 dates neither (None).
enum class DateEvidence { None, DayFirst, MonthFirst, Ambiguous };

// yyyy-mm-dd (also / or . between), yyyymmdd, d/m/yyyy or m/d/yyyy (also - or . between; two-digit years are
// 1970–2069), yyyy年m月d日, "5 Mar 2024", "Mar 5, 2024", "5-Mar-2024"; a time after the date is ignored.
// With order Unknown an ambiguous date is read day-first; *evidence says what the text told.
bool parseDate(QStringView text, DateOrder order, QDate* date, DateEvidence* evidence, QString* error);
// A date as above with an optional time (HH:mm[:ss[.zzz]], ISO "T", "Z" or ±hh:mm); without an offset the time is
// the computer's local time. Returned in UTC.
bool parseDateTime(QStringView text, DateOrder order, QDateTime* utc, DateEvidence* evidence, QString* error);

// Money into integer minor units of its currency (Money::minorDigits): symbols and codes before or after the
// number (¥ ￥ $ US$ HK$ € £ RMB CNY USD 元 美元 …), thousands separators (, . space '), "1.234,56" and "1,234.56",
// 万 and 亿, a leading minus or parentheses. A plain number takes defaultCurrency. Refused: more decimals than the
// currency has, amounts beyond 18 digits, anything else in the cell.
bool parseMoney(QStringView text, const QString& defaultCurrency, qint64* minor, QString* currency, QString* error);
// A whole number: thousands separators allowed, "12.0" accepted, "12.5" refused.
bool parseInteger(QStringView text, qint64* value, QString* error);
// yes/no, y/n, true/false, 1/0, x, on/off, 是/否, 对/错, 真/假, ✓/✗ (any case).
bool parseBool(QStringView text, bool* value, QString* error);
// E.164 for the region's numbering plan ("CN", "US"; FieldValidator) when libphonenumber can read the number,
// else the original text, trimmed: a number that cannot be read is kept as the user wrote it. *normalised says
// whether it was read.
QString phone(QStringView text, const QString& region, bool* normalised = nullptr);

} // namespace ImportValues

#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

// Conversions between Qt values and what the two dialects store: timestamps as UTC ISO-8601 text in
// SQLite and timestamptz in PostgreSQL, calendar dates as 'YYYY-MM-DD' / date. Bind the text forms;
// read back through these so callers never see which driver answered.
namespace SqlValues {
QString utcNow();
QString timestamp(const QDateTime& when);    // UTC ISO-8601 with milliseconds and 'Z'
QVariant date(const QDate& day);             // null QVariant for an invalid date
QDateTime toDateTime(const QVariant& value); // always Qt::UTC, invalid for NULL
QDate toDate(const QVariant& value);
} // namespace SqlValues

#include "RevenueTiers.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

#include <limits>

namespace RevenueTiers {

bool sqliteEachRow(const QSqlDatabase& connection, const QString& sql, const QVariantList& values,
                   const std::function<void(sqlite3_stmt*)>& row, QString* error)
{
    const QVariant handle = connection.driver()->handle();
    sqlite3* db = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                      ? *static_cast<sqlite3* const*>(handle.constData())
                      : nullptr;
    if (!db) {
        if (error)
            *error = QCoreApplication::translate("ReportQueries", "A report query failed: %1")
                         .arg(QStringLiteral("no SQLite handle"));
        return false;
    }
    sqlite3_stmt* stmt = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = QCoreApplication::translate("ReportQueries", "Cannot prepare a report query: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        if (value.isNull()) {
            sqlite3_bind_null(stmt, i + 1);
        } else if (value.metaType().id() == QMetaType::Int || value.metaType().id() == QMetaType::LongLong) {
            sqlite3_bind_int64(stmt, i + 1, value.toLongLong());
        } else {
            const QByteArray bytes = value.toString().toUtf8();
            sqlite3_bind_text(stmt, i + 1, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        }
    }
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        row(stmt);
    const bool ok = rc == SQLITE_DONE;
    if (!ok && error)
        *error = QCoreApplication::translate("ReportQueries", "A report query failed: %1")
                     .arg(QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_finalize(stmt);
    return ok;
}

void appendNumbers(const QString& text, std::vector<qint64>* numbers)
{
    qint64 value = 0;
    bool negative = false;
    bool any = false;
    for (const QChar c : text) {
        if (c == QLatin1Char(',')) {
            if (any)
                numbers->push_back(negative ? -value : value);
            value = 0;
            negative = false;
            any = false;
        } else if (c == QLatin1Char('-')) {
            negative = true;
        } else {
            value = value * 10 + (c.unicode() - '0');
            any = true;
        }
    }
    if (any)
        numbers->push_back(negative ? -value : value);
}

std::pair<qint64, qint64> bucketRange(int bucket)
{
    if (bucket <= 0)
        return {std::numeric_limits<qint64>::min(), 1};
    const int digits = bucket / 100;
    const qint64 prefix = bucket % 100;
    if (digits == 1)
        return {prefix / 10, prefix / 10 + 1};
    qint64 unit = 1;
    for (int digit = 2; digit < digits; ++digit)
        unit *= 10;
    return {prefix * unit, (prefix + 1) * unit};
}

} // namespace RevenueTiers

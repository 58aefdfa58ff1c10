#pragma once

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

// Small read helpers for the record model tests: assertions look at what is in the database.
namespace RecordTestHelpers {
inline QVariant scalar(const Database& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(db.connection());
    if (!q.prepare(sql))
        qWarning("prepare failed: %s", qPrintable(q.lastError().text()));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0);
}

inline int count(const Database& db, const QString& sql, const QVariantList& binds = {})
{
    return scalar(db, sql, binds).toInt();
}
} // namespace RecordTestHelpers

#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

// The driver's native handle of `connection`, when it is of the type named: Qt's drivers say "sqlite3*" and
// "PGconn*", or the struct's own name ("pg_conn*") where the metatype comes from the compiler. For the few things
// Qt's SQL layer cannot do (COPY, raw binds, the connection's state); nullptr for any other driver.
template <typename Handle>
Handle* nativeHandle(const QSqlDatabase& connection, const char* typeName, const char* structName)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || (qstrcmp(handle.typeName(), typeName) != 0 && qstrcmp(handle.typeName(), structName) != 0))
        return nullptr;
    return *static_cast<Handle* const*>(handle.constData());
}

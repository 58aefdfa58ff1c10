#include "BuildInfo.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <QtGlobal>

namespace BuildInfo {

QString qtVersion()
{
    return QString::fromLatin1(qVersion());
}

QString sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString libpqVersion()
{
    // PQlibVersion(): major * 10000 + minor since PostgreSQL 10 (150020 = 15.20).
    const int number = PQlibVersion();
    return QStringLiteral("%1.%2").arg(number / 10000).arg(number % 10000);
}

QString versionLine()
{
    return QStringLiteral("%1 %2 (Qt %3, SQLite %4, libpq %5)")
        .arg(QLatin1String(kName), QLatin1String(kVersion), qtVersion(), sqliteVersion(), libpqVersion());
}

QList<Library> libraries()
{
    // What deskcrm links (see the package's dependencies); the licences as their authors state them.
    return {
        {QStringLiteral("Qt"), qtVersion(), QStringLiteral("LGPL-3.0-only"), QStringLiteral("https://www.qt.io/")},
        {QStringLiteral("SQLite"), sqliteVersion(), QStringLiteral("blessing (public domain)"),
         QStringLiteral("https://sqlite.org/")},
        {QStringLiteral("libpq (PostgreSQL)"), libpqVersion(), QStringLiteral("PostgreSQL"),
         QStringLiteral("https://www.postgresql.org/")},
        {QStringLiteral("libphonenumber"), QString(), QStringLiteral("Apache-2.0"),
         QStringLiteral("https://github.com/google/libphonenumber")},
        {QStringLiteral("QtKeychain"), QString(), QStringLiteral("BSD-3-Clause"),
         QStringLiteral("https://github.com/frankosterfeld/qtkeychain")},
        {QStringLiteral("libical"), QString(), QStringLiteral("LGPL-2.1-only OR MPL-2.0"),
         QStringLiteral("https://libical.github.io/libical/")},
        {QStringLiteral("libxlsxwriter"), QString(), QStringLiteral("BSD-2-Clause"),
         QStringLiteral("https://libxlsxwriter.github.io/")},
        {QStringLiteral("minizip (zlib)"), QString(), QStringLiteral("Zlib"), QStringLiteral("https://zlib.net/")},
    };
}

} // namespace BuildInfo

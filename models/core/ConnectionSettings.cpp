#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

bool ConnectionSettings::parse(const QString& pathOrUrl, ConnectionSettings* out, QString* error)
{
    const QString text = pathOrUrl.trimmed();
    if (text.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("ConnectionSettings", "No database given.");
        return false;
    }
    ConnectionSettings s;
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("ConnectionSettings", "Not a valid PostgreSQL URL: %1")
                             .arg(url.errorString());
            return false;
        }
        s.dialect = Dialect::PostgreSQL;
        s.host = url.host();
        s.port = url.port(5432);
        s.database = url.path().mid(1);
        s.user = url.userName();
        s.password = url.password();
        s.sslMode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
        if (s.database.isEmpty())
            s.database = s.user;
    } else {
        s.dialect = Dialect::SQLite;
        s.path = text.startsWith(QLatin1String("sqlite:")) ? text.mid(7) : text;
        if (s.path.startsWith(QLatin1String("//")))
            s.path = s.path.mid(2);
    }
    *out = s;
    return true;
}

QString ConnectionSettings::displayName() const
{
    if (dialect == Dialect::SQLite)
        return QDir::toNativeSeparators(path);
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    if (!sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + sslMode);
    return url.toString();
}

ConnectionSettings ConnectionSettings::defaultLocal()
{
    ConnectionSettings s;
    s.dialect = Dialect::SQLite;
    s.path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/deskcrm.sqlite");
    return s;
}

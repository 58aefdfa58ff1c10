#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ConnectionSettings", text);
}

// "name:" at the start of what the user typed. One letter is a Windows drive (C:/data/crm.sqlite), not a scheme.
QString schemeOf(const QString& text)
{
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]+):"));
    const auto match = scheme.match(text);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message + QStringLiteral("\n\n") + ConnectionSettings::acceptedForms();
    return false;
}
} // namespace

QString ConnectionSettings::acceptedForms()
{
    return tr("DeskCRM opens:\n"
              "• a SQLite database file, by its path: /home/me/crm.sqlite or C:\\Users\\me\\crm.sqlite (a path whose "
              "first part has a colon is written ./name or sqlite:PATH);\n"
              "• a PostgreSQL server: postgresql://USER@HOST:PORT/DATABASE (postgres:// works too; add "
              "?sslmode=require to encrypt the connection).");
}

bool ConnectionSettings::parse(const QString& pathOrUrl, ConnectionSettings* out, QString* error)
{
    const QString text = pathOrUrl.trimmed();
    if (text.isEmpty()) {
        if (error)
            *error = tr("No database given.");
        return false;
    }
    ConnectionSettings s;
    const QString scheme = schemeOf(text);
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) {
        // "postgres:/x" or "postgresql:x" is a typo of a server address, never a file name.
        if (!text.mid(scheme.size() + 1).startsWith(QLatin1String("//")))
            return fail(error, tr("\"%1\" is not a valid PostgreSQL address: it needs two slashes after \"%2:\".")
                                   .arg(text, text.left(scheme.size())));
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return fail(error, tr("\"%1\" is not a valid PostgreSQL URL: it names no server.").arg(text));
        s.dialect = Dialect::PostgreSQL;
        s.host = url.host();
        s.port = url.port(5432);
        s.database = url.path().mid(1);
        s.user = url.userName();
        s.password = url.password();
        s.sslMode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
        if (s.database.isEmpty())
            s.database = s.user;
    } else if (scheme == QLatin1String("sqlite")) {
        s.dialect = Dialect::SQLite;
        s.path = text.mid(7);
        if (s.path.startsWith(QLatin1String("//")))
            s.path = s.path.mid(2);
    } else if (scheme == QLatin1String("file")) {
        const QUrl url(text);
        if (!url.isValid() || !url.isLocalFile() || url.toLocalFile().isEmpty())
            return fail(error, tr("\"%1\" is not a valid file address.").arg(text));
        s.dialect = Dialect::SQLite;
        s.path = url.toLocalFile();
    } else if (!scheme.isEmpty()) {
        // mysql://…, http://…: taking them for file names would only report a missing file later.
        return fail(
            error,
            tr("DeskCRM cannot open \"%1\": \"%2\" databases and addresses are not supported.").arg(text, scheme));
    } else {
        s.dialect = Dialect::SQLite;
        s.path = text;
    }
    if (s.dialect == Dialect::SQLite && s.path.isEmpty())
        return fail(error, tr("\"%1\" names no file.").arg(text));
    *out = s;
    return true;
}

QString ConnectionSettings::effectiveSslMode() const
{
    if (!sslMode.isEmpty())
        return sslMode;
    const bool local = host.isEmpty() || host.startsWith(QLatin1Char('/')) ||
                       host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
                       host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1") ||
                       host == QLatin1String("[::1]");
    return local ? QStringLiteral("prefer") : QStringLiteral("require");
}

const char* const ConnectionSettings::kBusyTimeoutKey = "database/busyTimeoutMs";

int ConnectionSettings::effectiveBusyTimeoutMs() const
{
    if (busyTimeoutMs > 0)
        return busyTimeoutMs;
    bool ok = false;
    const int configured = QSettings().value(QLatin1String(kBusyTimeoutKey)).toInt(&ok);
    return ok && configured > 0 ? configured : kDefaultBusyTimeoutMs;
}

const char* const ConnectionSettings::kConnectTimeoutKey = "database/connectTimeoutS";

int ConnectionSettings::effectiveConnectTimeoutS() const
{
    if (connectTimeoutS > 0)
        return connectTimeoutS;
    bool ok = false;
    const int configured = QSettings().value(QLatin1String(kConnectTimeoutKey)).toInt(&ok);
    return ok && configured > 0 ? configured : kDefaultConnectTimeoutS;
}

const char* const ConnectionSettings::kStatementTimeoutKey = "database/statementTimeoutS";

int ConnectionSettings::configuredStatementTimeoutS()
{
    bool ok = false;
    const int configured = QSettings().value(QLatin1String(kStatementTimeoutKey)).toInt(&ok);
    return ok && configured >= 0 ? configured : kDefaultStatementTimeoutS;
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

#pragma once

#include <QString>

// Where a DeskCRM database lives: a SQLite file, or a PostgreSQL server reached as the user's own role.
struct ConnectionSettings
{
    enum class Dialect { SQLite, PostgreSQL };

    Dialect dialect = Dialect::SQLite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString sslMode; // libpq sslmode: disable, prefer, require, verify-full …; empty: effectiveSslMode()
    // What an empty sslMode means: "require" for a server on another machine — libpq's own default, "prefer",
    // falls back to plaintext without a word, so anyone on the café Wi-Fi could read the team's customers — and
    // "prefer" for this machine (localhost, 127.x, ::1, a socket folder), where nothing crosses a network.
    // Not verify-full by default: it needs the team's certificate authority on every laptop first; the
    // connection dialog recommends it and says how.
    QString effectiveSslMode() const;
    // How long a statement waits for another program's write to end before giving up (SQLite busy timeout).
    // 0: the user's setting (kBusyTimeoutKey), else kDefaultBusyTimeoutMs.
    int busyTimeoutMs = 0;

    static constexpr int kDefaultBusyTimeoutMs = 5000;
    static const char* const kBusyTimeoutKey; // QSettings key, milliseconds
    int effectiveBusyTimeoutMs() const;
    // How long connecting to a PostgreSQL server may take before it counts as unreachable (libpq
    // connect_timeout). 0: the user's setting (kConnectTimeoutKey), else kDefaultConnectTimeoutS. The window
    // never waits for it (DatabaseProbe connects off its thread); it bounds how long a dead server is tried.
    int connectTimeoutS = 0;
    static constexpr int kDefaultConnectTimeoutS = 10;
    static const char* const kConnectTimeoutKey; // QSettings key, seconds
    int effectiveConnectTimeoutS() const;
    // How long one statement may run on a PostgreSQL server before the server cancels it (statement_timeout);
    // 0: no limit. The window's own connection is bounded by the user's setting (configuredStatementTimeoutS):
    // a query it runs on the GUI thread must not hold the window for minutes when the server is overloaded.
    // Work off the GUI thread (BackgroundConnection: imports, exports, charts) has Cancel and runs unbounded.
    int statementTimeoutS = 0;
    static constexpr int kDefaultStatementTimeoutS = 30;
    static const char* const kStatementTimeoutKey; // QSettings key, seconds; 0 turns the bound off
    static int configuredStatementTimeoutS();

    // Accepts a file path, "sqlite:PATH", "file:///PATH", or "postgresql://user:password@host:port/db?sslmode=require"
    // (also "postgres://"). Anything else that starts with a scheme ("mysql://", "http://", a mistyped
    // "postgres:/x") is refused with a message that ends with acceptedForms(); a one-letter scheme is a drive.
    static bool parse(const QString& pathOrUrl, ConnectionSettings* out, QString* error);
    // One sentence naming what parse() accepts, for messages and help texts.
    static QString acceptedForms();
    // The form parse() accepts, without the password.
    QString displayName() const;
    // The default embedded database: deskcrm.sqlite in the user's application data folder.
    static ConnectionSettings defaultLocal();
};

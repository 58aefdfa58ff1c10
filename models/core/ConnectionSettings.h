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
    QString sslMode; // libpq sslmode: disable, prefer, require, verify-full …

    // Accepts a file path, "sqlite:PATH", or "postgresql://user:password@host:port/db?sslmode=require"
    // (also "postgres://"). Returns false with a message for anything else.
    static bool parse(const QString& pathOrUrl, ConnectionSettings* out, QString* error);
    // The form parse() accepts, without the password.
    QString displayName() const;
    // The default embedded database: deskcrm.sqlite in the user's application data folder.
    static ConnectionSettings defaultLocal();
};

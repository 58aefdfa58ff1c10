#pragma once

#include <QString>

// Passwords for database connections, kept in the system keychain (qtkeychain) under the
// connection's displayName(), never in QSettings. Calls are synchronous (a local event loop with a
// timeout) because they happen once at sign-in; when no keychain is reachable (headless CI, no
// Secret Service) they return false with a message instead of hanging.
class PasswordStore
{
public:
    explicit PasswordStore(QString service = QStringLiteral("DeskCRM"), int timeoutMs = 5000);

    // found is false (and the call succeeds) when the keychain simply has no entry for key.
    bool read(const QString& key, QString* password, bool* found, QString* error) const;
    bool write(const QString& key, const QString& password, QString* error) const;
    bool remove(const QString& key, QString* error) const;

private:
    QString m_service;
    int m_timeoutMs;
};

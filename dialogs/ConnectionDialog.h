#pragma once

#include "ConnectionSettings.h"

#include <QDialog>

#include <memory>

class PasswordStore;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QThread;

// Where the team's PostgreSQL database is and who signs in: host, port, database, user, password and
// TLS mode, with a "Test connection" button that opens a throwaway connection off the GUI thread and
// shows the outcome (or the server's own message) inline. The password is offered to the system
// keychain through PasswordStore on OK, never written to QSettings.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    // store may be nullptr: no keychain (the "remember" box is then hidden).
    explicit ConnectionDialog(QWidget* parent = nullptr, const PasswordStore* store = nullptr);
    ~ConnectionDialog() override;

    // Fills the form; an empty password is looked up in the keychain when a store was given.
    void setSettings(const ConnectionSettings& settings);
    ConnectionSettings settings() const;
    bool rememberPassword() const;

    bool isTesting() const { return m_thread != nullptr; }

public Q_SLOTS:
    void testConnection();
    void accept() override;

Q_SIGNALS:
    // Emitted when a test connection finished; message is what the status line shows.
    void testFinished(bool ok, const QString& message);

private:
    void updateButtons();
    void showStatus(bool ok, const QString& message);
    void keychainUnavailable(const QString& error);
    void onTestDone(bool ok, const QString& message);

    const PasswordStore* m_store;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QComboBox* m_sslMode = nullptr;
    QCheckBox* m_remember = nullptr;
    QPushButton* m_testButton = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QThread* m_thread = nullptr; // the running test; it deletes itself when done
};

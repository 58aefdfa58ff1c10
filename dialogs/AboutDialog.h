#pragma once

#include <QDialog>

// Help > About DeskCRM: the version (one place: CMake's project()), the Qt, SQLite and PostgreSQL client
// libraries this process runs with, the database open in the window, and the licences of the libraries used.
// "Copy" puts the same facts on the clipboard for a support request.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    // database: what the window has open as the user knows it (ConnectionSettings::displayName()); empty = none.
    explicit AboutDialog(const QString& database, QWidget* parent = nullptr);

    // What "Copy" puts on the clipboard.
    QString details() const;

private:
    QString m_database;
};

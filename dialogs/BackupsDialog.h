#pragma once

#include "BackupRotation.h"
#include "ConnectionSettings.h"

#include <QDialog>
#include <QString>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

// File > Backups…: where the daily copies of the local database go and how many are kept, "Back up now", the
// copies made so far and a restore from one of them. It edits settings and asks; the shell stores the settings
// and runs the copies (off the GUI thread) and restores. On a PostgreSQL database it explains pg_dump instead.
class BackupsDialog : public QDialog
{
    Q_OBJECT

public:
    BackupsDialog(const ConnectionSettings& database, const BackupRotation::Settings& settings,
                  QWidget* parent = nullptr);

    BackupRotation::Settings settings() const;
    QString folder() const; // the one in use: the chosen one or the default

public Q_SLOTS:
    void setBusy(bool busy);
    void showBackupResult(const BackupRotation::Result& result);
    void refresh(); // reads the folder again

Q_SIGNALS:
    void settingsChanged(const BackupRotation::Settings& settings);
    void backUpNowRequested();
    void restoreRequested(const QString& file);

private:
    void chooseFolder();
    void folderEdited();
    void updateButtons();

    const ConnectionSettings m_database;
    QLineEdit* m_folder = nullptr;
    QSpinBox* m_keep = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_backUpNow = nullptr;
    QPushButton* m_restore = nullptr;
    bool m_busy = false;
};

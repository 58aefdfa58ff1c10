#pragma once

#include <QDialog>

class DatabaseProbe;
class QLabel;
class QProgressBar;

// Shown while a DatabaseProbe opens a database off the window's thread: what is happening ("Connecting to …",
// "Upgrading the database: step 3 of 8"), a progress bar, and Cancel. Appears only when the open takes longer
// than a blink, so a local file opens without a flash.
class ConnectingDialog : public QDialog
{
    Q_OBJECT

public:
    // Waits for probe with the event loop running. True when it opened the database; false when it failed
    // (*error says why) or the user cancelled (*error empty).
    static bool waitFor(const DatabaseProbe& probe, QWidget* parent, QString* error);

    static constexpr int kShowAfterMs = 300;

private:
    ConnectingDialog(const DatabaseProbe& probe, QWidget* parent);
    void poll();

    const DatabaseProbe& m_probe;
    QLabel* m_label;
    QProgressBar* m_progress;
};

#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class Database;
class QAction;
class QLabel;
class QMenu;
class QTimer;
class QWidget;

// Working offline, for the main window: File > Work offline… (a replica of the team database the window is connected
// to), Synchronise now, Sync conflicts…; a status in the status bar (last sync, changes waiting, conflicts, a clock
// that is off, a replica that must be made again) and a sync every minute while the server can be reached.
class OfflineSync : public QObject
{
    Q_OBJECT
public:
    explicit OfflineSync(QWidget* window);

    void addActions(QMenu* file);
    QLabel* statusWidget() const { return m_status; }
    void setDatabase(Database* db);
    // Makes a replica of the connected team database in file and offers to open it (no dialog when file is given).
    bool workOffline(const QString& file = QString());
    bool syncNow();
    void showConflicts();
    void refresh();

signals:
    void openReplicaRequested(const QString& path);
    void statusMessage(const QString& message);

private:
    QWidget* m_window;
    Database* m_db = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_timer = nullptr;
    QAction* m_workOffline = nullptr;
    QAction* m_syncNow = nullptr;
    QAction* m_conflicts = nullptr;
    bool m_reachable = true;
    QString m_serverPassword; // from the system keychain, read at the first sync of a replica
};

#pragma once

#include "ConnectionSettings.h"
#include "Page.h"
#include "Permissions.h"

#include <QHash>
#include <QMainWindow>
#include <QMap>
#include <QPointer>
#include <QString>
#include <QVariantHash>

#include <memory>

class BackupScheduler;
class BackupsDialog;
class FindDuplicatesDialog;
class ImportWizard;
class NotificationCenter;
class OfflineSync;
class CustomerPage;
class AuditListener;
class Database;
class QAction;
class QKeySequence;
class QLabel;
class QListWidget;
class QMenu;
class QProgressDialog;
class QUndoStack;
class QSplitter;
class QStackedWidget;

// The shell: navigation on the left, a stack of pages created on first use, the menus, and the
// status bar. It owns the open database and turns the pages' requests (open, new, delete) into
// record dialogs and confirmations. Business rules live in models/, page behaviour in views/.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Takes over an open database; every page is rebuilt on it. Remembers it as the last database.
    void setDatabase(std::unique_ptr<Database> db);
    Database* database() const { return m_db.get(); }
    // Opens settings (asking for nothing); false with a message on failure, the current database stays.
    bool openDatabase(const ConnectionSettings& settings, QString* error);

    // A name of GuiOptions::pageNames() or "customer:<id>".
    bool showPage(const QString& name);
    QString currentPageName() const;
    Page* currentPage() const;
    Page* page(const QString& name) const; // nullptr while not yet opened

    // Size, position and splitters per page (WindowPlacement), as the last window left them.
    void restoreWindowState();
    void saveWindowState();

public Q_SLOTS:
    void newRecord();
    void openCurrent();
    void deleteCurrent();
    void connectToTeamDatabase();
    void openLocalDatabase();
    // File > Backups…: the daily copies' folder and count, "Back up now" and the copies made so far.
    void showBackups();
    // File > Import…: the import wizard on the open database (it does the work on a connection of its own).
    void importFile();
    // The import wizard on a file given to the program (a second start, the file manager's "Open with").
    void importFrom(const QString& path);
    // Help > About DeskCRM: versions, the open database, the libraries' licences.
    void showAbout();
    void showUsers(); // Tools > Users and Roles… (administrators of a team database)
    // File > Restore…: picks a backup file, then restoreFrom().
    void restoreFromBackup();
    // Asks, then replaces the local database's data with file off the GUI thread (the current data saved first)
    // and opens the database again, so every page shows the restored data.
    void restoreFrom(const QString& file);
    // File > Export…: the current page writes what it shows to a file it asks for.
    void exportCurrent();
    // Tools > Find duplicates…: groups of likely duplicate customers or contacts; merges go on the undo stack.
    void findDuplicates();
    // Tools > Lead assignment rules… and Assign unassigned leads (the rules applied on demand).
    void editAssignmentRules();
    void assignUnassignedLeads();
    // Ctrl+K, Edit > Search Everything… and the tool bar's field: the global search dialog, starting with text.
    void showGlobalSearch(const QString& text = QString());

public:
    BackupScheduler* backupScheduler() const { return m_backups; }
    NotificationCenter* notifications() const { return m_notifications; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    // The Record menu's item for a page command (enabled while the current page's own action is).
    QAction* commandAction(Page::Command command, const QString& text, const QString& objectName,
                           const QKeySequence& shortcut);
    void createSearchBar();
    void createNavigation();
    Page* ensurePage(const QString& name);
    Page* createPipelinePage();
    Page* createDashboardPage();
    void connectPage(Page* page);
    void clearPages();
    void savePageLayouts();
    void updateActions();
    void updateStatus();
    void updateNotice();
    QString locationWarning() const;
    void showCustomer(const QString& id);
    void openEditor(const QString& entity, const QString& id, const QVariantHash& presets);
    void confirmDelete(const QString& entity, const QString& id);
    void confirmPurge(const QString& entity, const QString& id);
    void showError(const QString& message);
    void restoreFinished(const QString& file, const QString& savedCopy, const QString& error);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditListener> m_liveUpdates; // colleagues' changes (PostgreSQL), before m_db goes
    QSplitter* m_splitter = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QHash<QString, Page*> m_pages; // by page name; the customer page under "customer"
    QString m_currentName;
    QString m_backName; // where Esc on the customer page returns to
    QLabel* m_statusDatabase = nullptr;
    QLabel* m_notice = nullptr; // read-only database, network or sync folder: shown above the pages
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_usersAction = nullptr;
    Permissions m_permissions; // of the signed-in user on the open database
    QList<QAction*> m_pageActions;
    QMap<Page::Command, QAction*> m_commandActions;
    QUndoStack* m_undoStack = nullptr; // every edit made in this window, for Edit > Undo/Redo
    BackupScheduler* m_backups = nullptr;
    NotificationCenter* m_notifications = nullptr;
    OfflineSync* m_offline = nullptr; // File > Work offline, the sync status
    QPointer<BackupsDialog> m_backupsDialog;
    QPointer<ImportWizard> m_importWizard;
    QPointer<FindDuplicatesDialog> m_duplicatesDialog;
    QPointer<QProgressDialog> m_restoreProgress;
};

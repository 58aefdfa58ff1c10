#include "MainWindow.h"

#include "Startup.h"
#include "VisibleText.h"

#include "BackupScheduler.h"
#include "ChangeNotifier.h"
#include "EditCommands.h"

#include "AboutDialog.h"
#include "AssignmentRulesDialog.h"
#include "AuditListener.h"
#include "BackupsDialog.h"
#include "ConnectionDialog.h"
#include "CustomerPage.h"
#include "DashboardPage.h"
#include "Database.h"
#include "DatabaseBackup.h"
#include "DeletedItemsPage.h"
#include "DialogSeams.h"
#include "DocumentEditors.h"
#include "FindDuplicatesDialog.h"
#include "GlobalSearchDialog.h"
#include "ImportWizard.h"
#include "InboxPage.h"
#include "LeadAssignments.h"
#include "NotificationCenter.h"
#include "OfflineSync.h"
#include "PasswordStore.h"
#include "PipelineBoardPage.h"
#include "ReceivablesPage.h"
#include "RecordDialog.h"
#include "RecordListPage.h"
#include "RecordStore.h"
#include "ReportQueries.h"
#include "RevertDialog.h"
#include "SalesTargetsDialog.h"
#include "SlaSettingsDialog.h"
#include "StageChangeDialog.h"
#include "StageSettingsDialog.h"

#include "AttributeSettingsDialog.h"
#include "ListSpec.h"
#include "StorageLocation.h"
#include "TaskBoardPage.h"
#include "TicketBoardPage.h"
#include "TicketDialog.h"
#include "TicketSlaDelegate.h"
#include "TodayPage.h"
#include "UsersDialog.h"
#include "WindowPlacement.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
const QString kCustomerPrefix = QStringLiteral("customer:");
const QString kCustomerPage = QStringLiteral("customer");

struct PageEntry
{
    const char* name;   // --page name and settings value
    const char* entity; // list entity; nullptr for special pages
    const char* title;  // navigation text
};

// Navigation order; Ctrl+0..9 follow it (Today first, the morning's page).
const PageEntry kPages[] = {
    {"today", nullptr, QT_TRANSLATE_NOOP("MainWindow", "Toda&y")},
    {"customers", "customer", QT_TRANSLATE_NOOP("MainWindow", "&Customers")},
    {"contacts", "contact", QT_TRANSLATE_NOOP("MainWindow", "C&ontacts")},
    {"interactions", "interaction", QT_TRANSLATE_NOOP("MainWindow", "&Follow-ups")},
    {"opportunities", "opportunity", QT_TRANSLATE_NOOP("MainWindow", "O&pportunities")},
    {"pipeline", nullptr, QT_TRANSLATE_NOOP("MainWindow", "P&ipeline")},
    {"tasks", "task", QT_TRANSLATE_NOOP("MainWindow", "&Tasks")},
    {"taskboard", nullptr, QT_TRANSLATE_NOOP("MainWindow", "Task &board")},
    {"dashboard", nullptr, QT_TRANSLATE_NOOP("MainWindow", "D&ashboard")},
    {"deleted", nullptr, QT_TRANSLATE_NOOP("MainWindow", "&Deleted items")},
    {"leads", "lead", QT_TRANSLATE_NOOP("MainWindow", "&Leads")}, // after Ctrl+0…9: no digit of its own
    {"inbox", nullptr, QT_TRANSLATE_NOOP("MainWindow", "I&nbox")},
    // Issue 13's pages, after the ten with Ctrl+0..9.
    {"products", "product", QT_TRANSLATE_NOOP("MainWindow", "P&roducts")},
    {"quotes", "quote", QT_TRANSLATE_NOOP("MainWindow", "&Quotes")},
    {"contracts", "contract", QT_TRANSLATE_NOOP("MainWindow", "Contract&s")},
    // Issue 15's pages.
    {"campaigns", "campaign", QT_TRANSLATE_NOOP("MainWindow", "Ca&mpaigns")},
    {"competitors", "competitor", QT_TRANSLATE_NOOP("MainWindow", "Comp&etitors")},
    {"receivables", nullptr, QT_TRANSLATE_NOOP("MainWindow", "Recei&vables")},
    // Issue 14: after-sales service.
    {"tickets", "ticket", QT_TRANSLATE_NOOP("MainWindow", "Service tic&kets")},
    {"ticketboard", nullptr, QT_TRANSLATE_NOOP("MainWindow", "Tickets by stat&us")},
};

QString withoutMnemonic(const QString& text)
{
    return VisibleText::withoutMnemonic(text); // "客户(&C)" → "客户"
}
} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    createNavigation();
    m_stack = new QStackedWidget(m_splitter);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({180, 1100});

    // Above the pages, not in the status bar: a read-only or risky database must stay in sight while working.
    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralArea"));
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_notice = new QLabel(central);
    m_notice->setObjectName(QStringLiteral("databaseNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setStyleSheet(QStringLiteral("QLabel#databaseNotice { background: #fff4ce; color: #3b2e00; "
                                           "border-bottom: 1px solid #e0c060; padding: 6px 10px; }"));
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_statusDatabase = new QLabel(this);
    m_statusDatabase->setObjectName(QStringLiteral("statusDatabase"));
    statusBar()->addPermanentWidget(m_statusDatabase);

    m_backups = new BackupScheduler(this);
    m_backups->setObjectName(QStringLiteral("backupScheduler"));
    connect(m_backups, &BackupScheduler::backupFinished, this,
            [this](const BackupRotation::Result& result, bool automatic) {
                // The day's automatic copy is announced briefly; a failing one must be seen.
                if (result.kind == BackupRotation::Result::Made)
                    statusBar()->showMessage(tr("Backed up to %1.").arg(QFileInfo(result.path).fileName()), 6000);
                else if (result.kind == BackupRotation::Result::Failed && automatic)
                    statusBar()->showMessage(tr("The automatic backup failed: %1").arg(result.message), 30000);
            });
    connect(m_backups, &BackupScheduler::restoreFinished, this,
            [this](const QString& file, const DatabaseBackup::Restored& result) {
                restoreFinished(file, result.savedCopy, result.error);
            });

    m_notifications = new NotificationCenter(this);
    m_notifications->setObjectName(QStringLiteral("notificationCenter"));
    connect(m_notifications, &NotificationCenter::showInboxRequested, this, [this] {
        showPage(QStringLiteral("inbox"));
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_notifications, &NotificationCenter::openRecord, this,
            [this](const QString& entity, const QString& id) { openEditor(entity, id, {}); });
    connect(m_notifications, &NotificationCenter::errorOccurred, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    m_offline = new OfflineSync(this);
    m_offline->setObjectName(QStringLiteral("offlineSync"));
    statusBar()->addPermanentWidget(m_offline->statusWidget());
    connect(m_offline, &OfflineSync::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_offline, &OfflineSync::openReplicaRequested, this, [this](const QString& path) {
        ConnectionSettings replica;
        replica.path = path;
        QString error;
        if (!openDatabase(replica, &error))
            showError(error);
    });
    createMenus();
    createSearchBar();
    resize(1280, 800);
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Pages hold references to the database: they go first. A backup under way finishes first.
    m_backups->setDatabase(nullptr);
    m_notifications->setDatabase(nullptr);
    m_offline->setDatabase(nullptr);
    clearPages();
}

void MainWindow::createNavigation()
{
    m_navigation = new QListWidget(m_splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    for (const PageEntry& entry : kPages) {
        auto* item = new QListWidgetItem(withoutMnemonic(tr(entry.title)), m_navigation);
        item->setData(Qt::UserRole, QString::fromLatin1(entry.name));
    }
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigation::item { padding: 6px 10px; }"));
    m_navigation->setMinimumWidth(140);
    m_navigation->setMaximumWidth(260);
    connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item && m_db)
            showPage(item->data(Qt::UserRole).toString());
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* connectTeam = file->addAction(tr("&Connect to team database…"), this, &MainWindow::connectToTeamDatabase);
    connectTeam->setObjectName(QStringLiteral("connectTeamAction"));
    QAction* openLocal = file->addAction(tr("&Open local database…"), this, &MainWindow::openLocalDatabase);
    openLocal->setObjectName(QStringLiteral("openLocalAction"));
    openLocal->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* import = file->addAction(tr("&Import…"), this, &MainWindow::importFile);
    import->setObjectName(QStringLiteral("importAction"));
    m_exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportCurrent);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    file->addSeparator();
    QAction* backups = file->addAction(tr("&Backups…"), this, &MainWindow::showBackups);
    backups->setObjectName(QStringLiteral("backupsAction"));
    QAction* restore = file->addAction(tr("&Restore from backup…"), this, &MainWindow::restoreFromBackup);
    restore->setObjectName(QStringLiteral("restoreAction"));
    file->addSeparator();
    m_offline->addActions(file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // Undo and redo say what they will undo ("Undo Move “Deal” to Won").
    m_undoStack = new QUndoStack(this);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* search = edit->addAction(tr("&Search Everything…"), this, [this] { showGlobalSearch(); });
    search->setObjectName(QStringLiteral("globalSearchAction"));
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    int number = 0;
    for (const PageEntry& entry : kPages) {
        const QString name = QString::fromLatin1(entry.name);
        QAction* action = view->addAction(tr(entry.title), this, [this, name] { showPage(name); });
        action->setObjectName(name + QStringLiteral("PageAction"));
        if (number <= 9) // Ctrl+0…9; pages after the tenth have none
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
        ++number;
        action->setCheckable(true);
        m_pageActions.append(action);
    }

    QMenu* record = menuBar()->addMenu(tr("Recor&d"));
    m_newAction = record->addAction(tr("&New"), this, &MainWindow::newRecord);
    m_newAction->setObjectName(QStringLiteral("newAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = record->addAction(tr("&Open"), this, &MainWindow::openCurrent);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_deleteAction = record->addAction(tr("&Delete"), this, &MainWindow::deleteCurrent);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    record->addSeparator();
    record->addAction(commandAction(Page::Command::LogCall, tr("&Log call…"), QStringLiteral("logCallAction"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)));
    record->addAction(commandAction(Page::Command::NewTask, tr("New &task…"), QStringLiteral("newTaskAction"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)));
    record->addSeparator();
    record->addAction(commandAction(Page::Command::MovePrevious, tr("Move to &previous stage"),
                                    QStringLiteral("movePreviousAction"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left)));
    record->addAction(commandAction(Page::Command::MoveNext, tr("Move to ne&xt stage"),
                                    QStringLiteral("moveNextAction"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right)));

    QMenu* tools = menuBar()->addMenu(tr("Too&ls"));
    QAction* duplicates = tools->addAction(tr("Find &duplicates…"), this, &MainWindow::findDuplicates);
    duplicates->setObjectName(QStringLiteral("findDuplicatesAction"));
    QAction* rules = tools->addAction(tr("Lead &assignment rules…"), this, &MainWindow::editAssignmentRules);
    rules->setObjectName(QStringLiteral("assignmentRulesAction"));
    QAction* assign = tools->addAction(tr("Assign &unassigned leads"), this, &MainWindow::assignUnassignedLeads);
    assign->setObjectName(QStringLiteral("assignLeadsAction"));
    // Issue 14: the service tickets' assignment rules, SLA policies and business calendar.
    QAction* ticketRules = tools->addAction(tr("&Ticket assignment rules…"), this, [this] {
        if (!m_db)
            return;
        auto* dialog = new AssignmentRulesDialog(*m_db, QStringLiteral("ticket"), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    ticketRules->setObjectName(QStringLiteral("ticketAssignmentRulesAction"));
    QAction* sla = tools->addAction(tr("Service &levels and calendar…"), this, [this] {
        if (!m_db)
            return;
        auto* dialog = new SlaSettingsDialog(*m_db, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    sla->setObjectName(QStringLiteral("slaSettingsAction"));

    // Custom fields (issue 12) sit in Tools: a Settings menu of its own would need a letter no page uses (S, T, G,
    // I and N are taken on the list and customer pages).
    QAction* customFields = tools->addAction(tr("&Custom fields…"), this, [this] {
        if (!m_db)
            return;
        AttributeSettingsDialog dialog(*m_db, this);
        dialog.exec(); // lists and editors pick the fields up from the change notifier
    });
    customFields->setObjectName(QStringLiteral("customFieldsAction"));
    QAction* rollBack = tools->addAction(tr("&Roll back a user's changes…"), this, [this] {
        if (!m_db)
            return;
        auto* dialog = new RevertDialog(*m_db, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    rollBack->setObjectName(QStringLiteral("rollBackAction"));

    // Team databases only, administrators only (updateActions). In Tools, not a Settings menu of its own: Alt+S
    // belongs to the Today page's start-up check box.
    m_usersAction = tools->addAction(tr("U&sers and Roles…"), this, &MainWindow::showUsers);
    m_usersAction->setObjectName(QStringLiteral("usersAction"));
    QAction* approvals = tools->addAction(tr("Discount a&pprovals…"), this, [this] {
        if (m_db)
            DocumentEditors::showApprovals(*m_db, this);
    });
    approvals->setObjectName(QStringLiteral("approvalsAction"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About DeskCRM"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::editAssignmentRules()
{
    if (!m_db)
        return;
    auto* dialog = new AssignmentRulesDialog(*m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::assignUnassignedLeads()
{
    if (!m_db)
        return;
    QList<LeadAssignments::Outcome> outcomes;
    QString error;
    if (!LeadAssignments(*m_db).assignUnassigned(false, &outcomes, &error)) {
        showError(error);
        return;
    }
    const auto assigned = std::count_if(outcomes.cbegin(), outcomes.cend(),
                                        [](const LeadAssignments::Outcome& o) { return !o.ownerId.isEmpty(); });
    statusBar()->showMessage(tr("%n lead(s) assigned by the rules.", nullptr, int(assigned)), 8000);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_db ? m_db->settings().displayName() : QString(), this);
    dialog.exec();
}

QAction* MainWindow::commandAction(Page::Command command, const QString& text, const QString& objectName,
                                   const QKeySequence& shortcut)
{
    // One menu item for every page: it runs the current page's own action for the command, if it has one.
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [this, command] {
        Page* p = currentPage();
        QAction* own = p ? p->commandAction(command) : nullptr;
        if (own && own->isEnabled())
            own->trigger();
    });
    m_commandActions.insert(command, action);
    return action;
}

void MainWindow::createSearchBar()
{
    // A field that looks like the search box: the first keystroke opens the dialog with what was typed.
    QToolBar* bar = addToolBar(tr("Search"));
    bar->setObjectName(QStringLiteral("searchToolBar"));
    bar->setMovable(false);
    auto* field = new QLineEdit(bar);
    field->setObjectName(QStringLiteral("globalSearchField"));
    field->setPlaceholderText(tr("Search everything (Ctrl+K)"));
    field->setMaximumWidth(360);
    field->setClearButtonEnabled(false);
    bar->addWidget(field);
    bar->addWidget(m_notifications->button());
    connect(field, &QLineEdit::textEdited, this, [this, field](const QString& text) {
        field->clear();
        showGlobalSearch(text);
    });
}

void MainWindow::showGlobalSearch(const QString& text)
{
    if (!m_db)
        return;
    auto* dialog = new GlobalSearchDialog(*m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GlobalSearchDialog::openRecord, this, [this](const QString& kind, const QString& id) {
        // A customer opens on its 360 page (everything about it); the other kinds in their editors.
        if (kind == QLatin1String("customer"))
            showPage(kCustomerPrefix + id);
        else
            openEditor(kind, id, {});
    });
    dialog->open();
    if (!text.isEmpty())
        dialog->setText(text);
}

void MainWindow::setDatabase(std::unique_ptr<Database> db)
{
    const QString previous = m_currentName;
    // The wizard works on the database being replaced: an import under way is cancelled (rolled back) first.
    delete m_importWizard;
    delete m_duplicatesDialog; // works on the database being replaced
    m_backups->setDatabase(nullptr);
    m_notifications->setDatabase(nullptr);
    clearPages();
    // Edits of another database cannot be undone in this one.
    m_undoStack->clear();
    m_liveUpdates.reset();
    m_db = std::move(db);
    m_permissions = m_db ? Permissions::of(*m_db) : Permissions();
    if (m_db) {
        m_liveUpdates = std::make_unique<AuditListener>(*m_db);
        QSettings settings;
        // Never the password: displayName() leaves it out, the keychain keeps it.
        settings.setValue(QStringLiteral("database/last"), m_db->settings().displayName());
        // Switching databases keeps the user on the same kind of page; at start the caller chooses.
        if (!previous.isEmpty())
            showPage(previous.startsWith(kCustomerPrefix) ? QStringLiteral("customers") : previous);
        // The day's copy, if it is not made yet.
        m_backups->setDatabase(m_db.get());
    }
    m_notifications->setDatabase(m_db.get());
    m_offline->setDatabase(m_db.get());
    updateStatus();
    updateNotice();
    updateActions();
}

bool MainWindow::openDatabase(const ConnectionSettings& settings, QString* error)
{
    auto db = Startup::open(settings, this, error);
    if (!db)
        return false;
    setDatabase(std::move(db));
    return true;
}

void MainWindow::clearPages()
{
    savePageLayouts();
    const auto pages = m_pages;
    m_pages.clear();
    for (Page* p : pages) {
        m_stack->removeWidget(p);
        delete p;
    }
    m_currentName.clear();
}

Page* MainWindow::page(const QString& name) const
{
    return m_pages.value(name.startsWith(kCustomerPrefix) ? kCustomerPage : name);
}

Page* MainWindow::ensurePage(const QString& name)
{
    if (Page* existing = m_pages.value(name))
        return existing;
    if (!m_db)
        return nullptr;
    Page* created = nullptr;
    if (name == kCustomerPage) {
        auto* customer = new CustomerPage(*m_db, m_stack);
        // Ctrl+F on a customer: find another one, in the customer list's search box.
        connect(customer, &CustomerPage::findCustomerRequested, this, [this] {
            if (showPage(QStringLiteral("customers")))
                currentPage()->focusFilter();
        });
        created = customer;
    } else if (name == QLatin1String("today")) {
        created = new TodayPage(*m_db, m_stack);
    } else if (name == QLatin1String("inbox")) {
        auto* inbox = new InboxPage(*m_db, m_stack);
        connect(inbox, &InboxPage::unreadChanged, m_notifications, &NotificationCenter::refreshCount);
        // A colleague's assignment found by the count's poll (no live feed yet) shows in the open inbox too.
        connect(m_notifications, &NotificationCenter::countChanged, inbox, [inbox] {
            if (inbox->isVisible())
                inbox->reload();
        });
        created = inbox;
    } else if (name == QLatin1String("deleted")) {
        auto* deleted = new DeletedItemsPage(*m_db, m_stack);
        // The local file's user administers it. On a team database purging is for administrators,
        // and models/ does not tell the client its role yet, so the server-side check is not relied on.
        deleted->setPurgeAllowed(m_db->isSQLite());
        connect(deleted, &DeletedItemsPage::purgeRecord, this, &MainWindow::confirmPurge);
        created = deleted;
    } else if (name == QLatin1String("pipeline")) {
        created = createPipelinePage();
    } else if (name == QLatin1String("taskboard")) {
        auto* board = new TaskBoardPage(*m_db, m_stack);
        connect(board, &TaskBoardPage::moveRefused, this,
                [this](const QString& message) { statusBar()->showMessage(message, 10000); });
        created = board;
    } else if (name == QLatin1String("ticketboard")) { // issue 14: kanban by ticket status
        auto* board = new TicketBoardPage(*m_db, m_stack);
        connect(board, &TicketBoardPage::moveRefused, this,
                [this](const QString& message) { statusBar()->showMessage(message, 10000); });
        created = board;
    } else if (name == QLatin1String("dashboard")) {
        created = createDashboardPage();
    } else if (name == QLatin1String("receivables")) {
        created = new ReceivablesPage(*m_db, m_stack);
    } else {
        for (const PageEntry& entry : kPages) {
            if (name == QLatin1String(entry.name) && entry.entity) {
                auto* list = new RecordListPage(*m_db, QString::fromLatin1(entry.entity), m_stack);
                // Exports are saved through the shell's file dialog (it keeps the open database's files safe).
                list->setFileNameProvider(
                    [this](const QString& caption, const QString& suggested, const QString& filter) {
                        return DialogSeams::getSaveFileName(this, caption, suggested, filter);
                    });
                if (list->entity() == QLatin1String("ticket")) // rows near or past their SLA tinted
                    list->view()->setItemDelegate(
                        new TicketSlaDelegate(m_db->clock(), ListSpec::tickets(), list->view()));
                created = list;
            }
        }
    }
    if (!created)
        return nullptr;
    m_pages.insert(name, created);
    m_stack->addWidget(created);
    QSettings settings;
    WindowPlacement::restorePage(name, created, settings);
    connectPage(created);
    return created;
}

Page* MainWindow::createPipelinePage()
{
    auto* board = new PipelineBoardPage(*m_db, m_stack);
    // Won and lost need a close date (and a reason for lost) before the move is written.
    connect(board, &PipelineBoardPage::closeRequested, this,
            [this, board](const QString& opportunityId, const QString& stageId, bool lost) {
                const int column = board->boardModel()->columnOfStage(stageId);
                const QString stageName = column >= 0 ? board->boardModel()->stage(column).displayName : QString();
                StageChangeDialog dialog(lost, stageName, this);
                dialog.setClock(&m_db->clock());
                if (dialog.exec() == QDialog::Accepted)
                    board->completeClose(opportunityId, stageId, dialog.lostReason(), dialog.actualClose());
                else
                    board->cancelClose(opportunityId);
            });
    connect(board, &PipelineBoardPage::stageSettingsRequested, this, [this] {
        StageSettingsDialog dialog(*m_db, this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("Saved."), 4000);
    });
    connect(board, &PipelineBoardPage::moveRefused, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    return board;
}

Page* MainWindow::createDashboardPage()
{
    auto* dashboard = new DashboardPage(*m_db, m_stack);
    dashboard->setFileNameProvider([this](const QString& caption, const QString& suggested, const QString& filter) {
        return DialogSeams::getSaveFileName(this, caption, suggested, filter);
    });
    QString error;
    const auto teams = ReportQueries(*m_db).teams(&error);
    if (!error.isEmpty())
        statusBar()->showMessage(error, 10000);
    dashboard->setTeams(teams);
    // Drill-downs: a funnel bar opens the opportunities of that stage, the overdue tile the tasks.
    auto showFiltered = [this](const QString& pageName, const QVariantMap& filters) {
        if (!showPage(pageName))
            return;
        if (auto* list = qobject_cast<RecordListPage*>(currentPage()))
            list->setFilters(filters);
    };
    connect(dashboard, &DashboardPage::opportunitiesRequested, this,
            [showFiltered](const QVariantMap& filters) { showFiltered(QStringLiteral("opportunities"), filters); });
    connect(dashboard, &DashboardPage::tasksRequested, this,
            [showFiltered](const QVariantMap& filters) { showFiltered(QStringLiteral("tasks"), filters); });
    // Targets open on what the dashboard shows: its year, its team (else its rep), its currency.
    connect(dashboard, &DashboardPage::targetsRequested, this, [this, dashboard] {
        const ReportFilter filter = dashboard->filter();
        SalesTargetsDialog::Choice choice;
        choice.year = filter.from.isValid() ? filter.from.year() : m_db->clock().today().year();
        choice.mode = filter.teamId.isEmpty() ? SalesTargetsDialog::Mode::Reps : SalesTargetsDialog::Mode::Teams;
        choice.focusId = filter.teamId.isEmpty() ? filter.ownerId : filter.teamId;
        choice.currency = dashboard->data().currency;
        auto* dialog = new SalesTargetsDialog(*m_db, choice, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SalesTargetsDialog::saved, dashboard, &DashboardPage::refresh);
        dialog->open();
    });
    return dashboard;
}

void MainWindow::connectPage(Page* p)
{
    connect(p, &Page::openRecord, this,
            [this](const QString& entity, const QString& id) { openEditor(entity, id, {}); });
    connect(p, &Page::newRecord, this,
            [this](const QString& entity, const QVariantHash& presets) { openEditor(entity, {}, presets); });
    connect(p, &Page::showCustomer, this, &MainWindow::showCustomer);
    connect(p, &Page::deleteRecord, this, &MainWindow::confirmDelete);
    // Pages update themselves from what the database announces, whoever made the change.
    connect(&m_db->notifier(), &ChangeNotifier::changed, p, &Page::applyChanges);
    p->setUndoStack(m_undoStack);
    connect(p, &Page::currentChanged, this, &MainWindow::updateActions);
    connect(p, &Page::errorOccurred, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(p, &Page::statusMessage, this, [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(p, &Page::back, this,
            [this] { showPage(m_backName.isEmpty() ? QStringLiteral("customers") : m_backName); });
}

bool MainWindow::showPage(const QString& name)
{
    if (!m_db)
        return false;
    QString key = name;
    if (name.startsWith(kCustomerPrefix)) {
        key = kCustomerPage;
        auto* customer = static_cast<CustomerPage*>(ensurePage(kCustomerPage));
        QString error;
        if (!customer->setCustomerId(name.mid(kCustomerPrefix.size()), &error)) {
            showError(error);
            return false;
        }
        if (!m_currentName.startsWith(kCustomerPrefix) && !m_currentName.isEmpty())
            m_backName = m_currentName;
    }
    Page* p = ensurePage(key);
    if (!p)
        return false;
    m_stack->setCurrentWidget(p);
    m_currentName = name;
    // The navigation follows; the customer page belongs under Customers.
    const QString navName = key == kCustomerPage ? QStringLiteral("customers") : key;
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toString() == navName) {
            QSignalBlocker block(m_navigation);
            m_navigation->setCurrentRow(row);
        }
    }
    for (QAction* action : std::as_const(m_pageActions))
        action->setChecked(action->objectName() == navName + QStringLiteral("PageAction"));
    setWindowTitle(tr("%1 — DeskCRM").arg(p->title()));
    if (!name.startsWith(kCustomerPrefix))
        QSettings().setValue(QStringLiteral("ui/lastPage"), name);
    p->setFocus();
    updateActions();
    return true;
}

QString MainWindow::currentPageName() const
{
    return m_currentName;
}

Page* MainWindow::currentPage() const
{
    return qobject_cast<Page*>(m_stack->currentWidget());
}

void MainWindow::showCustomer(const QString& id)
{
    showPage(kCustomerPrefix + id);
}

void MainWindow::updateActions()
{
    Page* p = currentPage();
    m_newAction->setEnabled(p && !p->newEntity().isEmpty());
    m_openAction->setEnabled(p && p->canOpenCurrent());
    m_deleteAction->setEnabled(p && p->canDeleteCurrent());
    m_exportAction->setEnabled(p && p->canExport() && m_permissions.canExport);
    m_usersAction->setVisible(m_db && m_permissions.canAdministerUsers);
    m_usersAction->setEnabled(m_db && m_permissions.canAdministerUsers);
    for (auto it = m_commandActions.cbegin(); it != m_commandActions.cend(); ++it) {
        const QAction* own = p ? p->commandAction(it.key()) : nullptr;
        it.value()->setEnabled(own && own->isEnabled());
    }
}

void MainWindow::exportCurrent()
{
    if (Page* p = currentPage(); p && p->canExport() && m_permissions.canExport)
        p->exportData();
}

void MainWindow::showUsers()
{
    if (!m_db || !m_permissions.canAdministerUsers)
        return;
    UsersDialog dialog(*m_db, this);
    dialog.exec();
}

void MainWindow::updateStatus()
{
    if (!m_db) {
        m_statusDatabase->setText(tr("No database open"));
        return;
    }
    const ConnectionSettings& s = m_db->settings();
    const QString where = m_db->isSQLite() ? QDir::toNativeSeparators(s.path) : s.displayName();
    if (m_db->isReadOnly())
        m_statusDatabase->setText(tr("%1 — read-only").arg(where));
    else
        m_statusDatabase->setText(tr("%1 — signed in as %2").arg(where, m_db->currentUserName()));
}

void MainWindow::updateNotice()
{
    QStringList lines;
    if (m_db && m_db->isReadOnly())
        lines << tr("Read-only (%1): you can look at everything, but changes cannot be saved.")
                     .arg(m_db->readOnlyReason());
    const QString location = locationWarning();
    if (!location.isEmpty()) {
        lines << location;
        // The banner stays; the dialog comes once per file, after the window is on screen.
        const QString key = QStringLiteral("database/locationWarned");
        const QString path = QFileInfo(m_db->settings().path).absoluteFilePath();
        QSettings settings;
        QStringList warned = settings.value(key).toStringList();
        if (!warned.contains(path)) {
            warned << path;
            settings.setValue(key, warned);
            QTimer::singleShot(0, this, [this, location] { showError(location); });
        }
    }
    m_notice->setText(lines.join(QLatin1Char('\n')));
    m_notice->setVisible(!lines.isEmpty());
}

QString MainWindow::locationWarning() const
{
    if (!m_db || !m_db->isSQLite() || m_db->settings().path == QLatin1String(":memory:"))
        return {};
    const QString path = m_db->settings().path;
    return StorageLocation::warning(path, StorageLocation::classify(path));
}

void MainWindow::newRecord()
{
    if (Page* p = currentPage()) {
        if (!p->newEntity().isEmpty())
            openEditor(p->newEntity(), {}, p->newPresets());
    }
}

void MainWindow::openCurrent()
{
    if (Page* p = currentPage())
        p->openCurrent();
}

void MainWindow::deleteCurrent()
{
    if (Page* p = currentPage())
        p->deleteCurrent();
}

void MainWindow::openEditor(const QString& entity, const QString& id, const QVariantHash& presets)
{
    if (!m_db)
        return;
    if (DocumentEditors::handles(entity)) { // quotes and contracts: documents with lines (issue 13)
        QString error;
        if (!DocumentEditors::open(
                *m_db, entity, id, presets, this, [this](const QString& m) { statusBar()->showMessage(m, 8000); },
                &error))
            showError(error);
        return;
    }
    if (entity == QLatin1String("ticket")) { // issue 14: details, timeline and workflow steps
        auto* ticket = new TicketDialog(*m_db, id, presets.value(QStringLiteral("customer_id")).toString(), this);
        if (!ticket->isLoaded()) {
            showError(ticket->errorText());
            delete ticket;
            return;
        }
        ticket->setAttribute(Qt::WA_DeleteOnClose);
        ticket->open();
        return;
    }
    RecordDialog* dialog = RecordDialog::create(*m_db, entity, id, presets, this);
    if (!dialog)
        return;
    if (!dialog->isLoaded()) {
        const QString message = dialog->errorText();
        delete dialog;
        showError(message);
        return;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool created = id.isEmpty();
    connect(dialog, &RecordDialog::saved, this,
            [this, dialog, created](const QString& savedEntity, const QString& savedId) {
                // The editor's title says what was done ("New Customer", "Edit Opportunity").
                m_undoStack->push(new RecordSaveCommand(*m_db, savedEntity, dialog->lastSave(), dialog->windowTitle(),
                                                        [this](const QString& message) { showError(message); }));
                // The list shows a new record even when its filter would hide it; an edited one stays selected if
                // shown.
                if (auto* list = qobject_cast<RecordListPage*>(currentPage())) {
                    if (list->entity() == savedEntity && created)
                        list->revealId(savedId);
                    else if (list->entity() == savedEntity)
                        list->selectId(savedId);
                }
                statusBar()->showMessage(tr("Saved."), 4000);
            });
    // "Open existing" in the duplicate warning: that record's editor, beside the one still being typed in.
    connect(dialog, &RecordDialog::openExistingRequested, this,
            [this](const QString& existingEntity, const QString& existingId) {
                QTimer::singleShot(0, this,
                                   [this, existingEntity, existingId] { openEditor(existingEntity, existingId, {}); });
            });
    dialog->open();
}

void MainWindow::confirmDelete(const QString& entity, const QString& id)
{
    if (!m_db)
        return;
    const auto answer = DialogSeams::question(
        this, tr("Delete"), tr("Delete the selected record? You can restore it later from Deleted items."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    RecordStore store(*m_db);
    QString error;
    if (!store.softDelete(entity, id, &error)) {
        showError(error);
        return;
    }
    m_undoStack->push(new RecordDeleteCommand(*m_db, entity, id, RecordDeleteCommand::Delete, tr("Delete"),
                                              [this](const QString& message) { showError(message); }));
    if (m_currentName.startsWith(kCustomerPrefix) && entity == QLatin1String("customer"))
        showPage(QStringLiteral("customers"));
    statusBar()->showMessage(tr("Moved to Deleted items."), 4000);
}

void MainWindow::confirmPurge(const QString& entity, const QString& id)
{
    if (!m_db)
        return;
    const auto answer = DialogSeams::question(
        this, tr("Purge"),
        tr("Remove the selected record and what was deleted with it for good? This cannot be undone."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    RecordStore store(*m_db);
    QString error;
    if (!store.purge(entity, id, &error)) {
        showError(error);
        return;
    }
    // What undo could bring back is gone for good.
    m_undoStack->clear();
}

void MainWindow::showError(const QString& message)
{
    if (message.isEmpty()) // the user cancelled; nothing to say
        return;
    DialogSeams::warning(this, tr("DeskCRM"), message);
}

void MainWindow::connectToTeamDatabase()
{
    PasswordStore store;
    ConnectionDialog dialog(this, &store);
    ConnectionSettings last;
    QString ignored;
    if (m_db && m_db->isPostgres())
        last = m_db->settings();
    else if (ConnectionSettings::parse(QSettings().value(QStringLiteral("database/lastTeam")).toString(), &last,
                                       &ignored) &&
             last.dialect == ConnectionSettings::Dialect::PostgreSQL)
        last.password.clear();
    if (last.dialect == ConnectionSettings::Dialect::PostgreSQL) {
        last.password.clear(); // the dialog asks the keychain
        dialog.setSettings(last);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionSettings chosen = dialog.settings();
    QString error;
    if (!openDatabase(chosen, &error)) {
        showError(error);
        return;
    }
    QSettings().setValue(QStringLiteral("database/lastTeam"), chosen.displayName());
}

void MainWindow::openLocalDatabase()
{
    const QString dir = m_db && m_db->isSQLite() ? QFileInfo(m_db->settings().path).absolutePath()
                                                 : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString fileName = DialogSeams::getOpenFileName(this, tr("Open local database"), dir,
                                                          tr("DeskCRM databases (*.sqlite *.db);;All files (*)"),
                                                          DialogSeams::OpenPurpose::Database);
    if (fileName.isEmpty())
        return;
    ConnectionSettings settings;
    settings.dialect = ConnectionSettings::Dialect::SQLite;
    settings.path = fileName;
    QString error;
    if (!openDatabase(settings, &error))
        showError(error);
}

void MainWindow::showBackups()
{
    if (!m_db)
        return;
    if (m_backupsDialog) {
        m_backupsDialog->raise();
        return;
    }
    auto* dialog = new BackupsDialog(m_db->settings(), BackupScheduler::settings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BackupsDialog::settingsChanged, this,
            [](const BackupRotation::Settings& settings) { BackupScheduler::setSettings(settings); });
    connect(dialog, &BackupsDialog::backUpNowRequested, m_backups, &BackupScheduler::backUpNow);
    connect(dialog, &BackupsDialog::restoreRequested, this, &MainWindow::restoreFrom);
    connect(m_backups, &BackupScheduler::busyChanged, dialog, &BackupsDialog::setBusy);
    connect(m_backups, &BackupScheduler::backupFinished, dialog, &BackupsDialog::showBackupResult);
    dialog->setBusy(m_backups->isBusy());
    m_backupsDialog = dialog;
    dialog->open();
}

void MainWindow::findDuplicates()
{
    if (!m_db)
        return;
    if (m_duplicatesDialog) {
        m_duplicatesDialog->raise();
        return;
    }
    auto* dialog = new FindDuplicatesDialog(*m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMergeHandler([this](const DuplicateMerger::Plan& plan) {
        const WriteResult result = DuplicateMerger(*m_db).merge(plan);
        if (result.ok())
            m_undoStack->push(new RecordMergeCommand(*m_db, plan, result.id,
                                                     plan.entity == QLatin1String("contact") ? tr("Merge contacts")
                                                                                             : tr("Merge customers"),
                                                     [this](const QString& message) { showError(message); }));
        return result;
    });
    m_duplicatesDialog = dialog;
    dialog->open();
}

void MainWindow::importFile()
{
    if (!m_db)
        return;
    if (m_importWizard) {
        m_importWizard->raise();
        return;
    }
    auto* wizard = new ImportWizard(*m_db, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_importWizard = wizard;
    wizard->open();
}

void MainWindow::restoreFromBackup()
{
    if (!m_db)
        return;
    QString instead;
    if (!m_db->maintenanceDialect().restoreSupported(&instead)) {
        showError(instead);
        return;
    }
    const QString file = DialogSeams::getOpenFileName(
        this, tr("Restore from backup"), BackupRotation(*m_db, BackupScheduler::settings()).folder(),
        tr("DeskCRM databases (*.sqlite *.db);;All files (*)"), DialogSeams::OpenPurpose::Database);
    if (!file.isEmpty())
        restoreFrom(file);
}

void MainWindow::restoreFrom(const QString& file)
{
    if (!m_db || file.isEmpty())
        return;
    QString instead;
    if (!m_db->maintenanceDialect().restoreSupported(&instead) || !m_backups->isActive()) {
        showError(instead.isEmpty() ? tr("This database cannot be restored from a file.") : instead);
        return;
    }
    const QString saveTo = DatabaseBackup(*m_db).beforeRestorePath();
    const auto answer = DialogSeams::question(
        this, tr("Restore from backup"),
        tr("Replace all data in %1 with the backup %2?\n\nThe backup is checked first. Before anything is "
           "replaced, the current data is saved to %3, so you can go back to it. Undo history is cleared.")
            .arg(QDir::toNativeSeparators(m_db->settings().path), QDir::toNativeSeparators(file),
                 QDir::toNativeSeparators(saveTo)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (m_backupsDialog)
        m_backupsDialog->close();
    // Window-modal and without Cancel: the window keeps painting while the copy runs on the backup thread, and
    // nothing can be edited that the restore would overwrite.
    auto* progress =
        new QProgressDialog(tr("Checking and restoring %1 …").arg(QFileInfo(file).fileName()), QString(), 0, 0, this);
    progress->setObjectName(QStringLiteral("restoreProgress"));
    progress->setWindowTitle(tr("Restore from backup"));
    progress->setCancelButton(nullptr);
    progress->setMinimumDuration(0);
    progress->setWindowModality(Qt::WindowModal);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    m_restoreProgress = progress;
    progress->show();
    m_backups->restore(file, saveTo);
}

void MainWindow::restoreFinished(const QString& file, const QString& savedCopy, const QString& error)
{
    if (m_restoreProgress)
        m_restoreProgress->close();
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    // Opened again rather than announced: an older backup is upgraded, every page and the dashboard's second
    // connection start on the restored data, and undo cannot reach back into the replaced data.
    const ConnectionSettings settings = m_db->settings();
    QString reopenError;
    if (!openDatabase(settings, &reopenError)) {
        showError(tr("The backup was restored, but the database could not be opened again: %1").arg(reopenError));
        return;
    }
    const QString message = tr("Restored from %1. The previous data was saved to %2.")
                                .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(savedCopy));
    // The status bar has room for the name only; the message box says where everything is.
    statusBar()->showMessage(tr("Restored from %1.").arg(QFileInfo(file).fileName()), 10000);
    DialogSeams::information(this, tr("Restore from backup"), message);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    WindowPlacement::restoreWindow(this, settings);
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    WindowPlacement::saveWindow(this, settings);
    savePageLayouts();
}

void MainWindow::savePageLayouts()
{
    QSettings settings;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        WindowPlacement::savePage(it.key(), it.value(), settings);
}

void MainWindow::importFrom(const QString& path)
{
    importFile();
    if (m_importWizard && !m_importWizard->startWithFile(path))
        statusBar()->showMessage(
            tr("Finish the import under way first, then open %1 again.").arg(QDir::toNativeSeparators(path)), 10000);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

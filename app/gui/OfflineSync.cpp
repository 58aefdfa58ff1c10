#include "OfflineSync.h"

#include "ConnectionSettings.h"
#include "Database.h"
#include "DialogSeams.h"
#include "PasswordStore.h"
#include "SqlValues.h"
#include "SyncConflictsDialog.h"
#include "SyncReplica.h"
#include "SyncSession.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QStandardPaths>
#include <QTimer>

OfflineSync::OfflineSync(QWidget* window) : QObject(window), m_window(window)
{
    m_status = new QLabel(window);
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->hide();
    m_timer = new QTimer(this);
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_db && SyncReplica::isReplica(*m_db) && !QApplication::activeModalWidget())
            syncNow();
    });
}

void OfflineSync::addActions(QMenu* file)
{
    m_workOffline = file->addAction(tr("&Work offline…"), this, [this] { workOffline(); });
    m_workOffline->setObjectName(QStringLiteral("workOfflineAction"));
    m_syncNow = file->addAction(tr("S&ynchronise now"), this, [this] { syncNow(); });
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_conflicts = file->addAction(tr("Sync co&nflicts…"), this, &OfflineSync::showConflicts);
    m_conflicts->setObjectName(QStringLiteral("syncConflictsAction"));
    refresh();
}

void OfflineSync::setDatabase(Database* db)
{
    m_db = db;
    m_serverPassword.clear();
    m_reachable = true;
    refresh();
    if (m_db && SyncReplica::isReplica(*m_db))
        m_timer->start();
    else
        m_timer->stop();
}

void OfflineSync::refresh()
{
    const bool replica = m_db && SyncReplica::isReplica(*m_db);
    if (m_workOffline)
        m_workOffline->setEnabled(m_db && m_db->isPostgres());
    if (m_syncNow)
        m_syncNow->setEnabled(replica);
    if (m_conflicts)
        m_conflicts->setEnabled(replica);
    m_status->setVisible(replica);
    if (!replica)
        return;
    SyncReplica sync(*m_db);
    const SyncReplica::State state = sync.state();
    const QDateTime last = SqlValues::toDateTime(state.lastSyncAt);
    QStringList parts;
    parts << (last.isValid()
                  ? tr("Last sync %1").arg(QLocale().toString(last.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")))
                  : tr("Never synchronised"));
    parts << tr("%n change(s) waiting", nullptr, sync.pendingChanges());
    const int conflicts = sync.openConflicts();
    if (conflicts > 0)
        parts << tr("%n conflict(s)", nullptr, conflicts);
    if (!m_reachable)
        parts << tr("server not reachable");
    if (state.expired)
        parts << tr("must be created again");
    if (qAbs(state.clockOffsetMs) > SyncReplica::kClockWarningMs)
        parts << tr("this computer's clock is %n minute(s) off", nullptr, int(qAbs(state.clockOffsetMs) / 60000));
    m_status->setText(parts.join(QStringLiteral(" · ")));
    const bool warn = conflicts > 0 || state.expired || qAbs(state.clockOffsetMs) > SyncReplica::kClockWarningMs;
    m_status->setStyleSheet(warn ? QStringLiteral("QLabel#syncStatus { color: #8a4b00; font-weight: bold; }")
                                 : QString());
}

bool OfflineSync::workOffline(const QString& given)
{
    if (!m_db || !m_db->isPostgres())
        return false;
    QString file = given;
    if (file.isEmpty()) {
        file = DialogSeams::getSaveFileName(m_window, tr("Work offline: save the replica as"),
                                            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                                QStringLiteral("/offline.sqlite"),
                                            tr("DeskCRM databases (*.sqlite)"));
        if (file.isEmpty())
            return false;
    }
    QString error;
    auto server = m_db->clone(&error);
    SyncSession::Report report;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = server && SyncSession::clone(*server, m_db->settings().displayName(), file, &report, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        DialogSeams::warning(m_window, tr("Work offline"), error);
        return false;
    }
    emit statusMessage(
        tr("Replica %1 created with %n row(s).", nullptr, report.pulled).arg(QFileInfo(file).fileName()));
    if (!given.isEmpty() ||
        DialogSeams::question(m_window, tr("Work offline"),
                              tr("The replica is ready. Open it now? Your changes are sent to the team database "
                                 "whenever it can be reached."),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes)
        emit openReplicaRequested(file);
    return true;
}

bool OfflineSync::syncNow()
{
    if (!m_db || !SyncReplica::isReplica(*m_db))
        return false;
    QString error;
    ConnectionSettings settings;
    std::unique_ptr<Database> server;
    if (ConnectionSettings::parse(SyncReplica(*m_db).state().server, &settings, &error)) {
        // The replica names its server without the password (displayName()); the keychain keeps it under that name,
        // as the connect dialog stored it. Asked once a session, never of the user in the middle of a background sync.
        if (settings.password.isEmpty()) {
            if (m_serverPassword.isEmpty()) {
                bool found = false;
                QString keychainError;
                PasswordStore().read(settings.displayName(), &m_serverPassword, &found, &keychainError);
            }
            settings.password = m_serverPassword;
        }
        server = SyncSession::openServer(settings, &error);
    }
    m_reachable = server != nullptr;
    SyncSession::Report report;
    bool ok = false;
    if (server) {
        SyncSession session(*m_db, *server);
        ok = session.sync(&report, &error);
    }
    refresh();
    if (ok)
        emit statusMessage(tr("Synchronised: %1 sent, %2 received, %n new conflict(s).", nullptr, report.conflicts)
                               .arg(report.pushed)
                               .arg(report.pulled));
    else if (report.expired)
        DialogSeams::warning(m_window, tr("Work offline"), error);
    else
        emit statusMessage(error);
    return ok;
}

void OfflineSync::showConflicts()
{
    if (!m_db || !SyncReplica::isReplica(*m_db))
        return;
    auto* dialog = new SyncConflictsDialog(*m_db, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SyncConflictsDialog::resolved, this, &OfflineSync::refresh);
    dialog->open();
}

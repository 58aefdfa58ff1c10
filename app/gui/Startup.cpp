#include "Startup.h"

#include "BackupScheduler.h"
#include "Clock.h"
#include "ConnectingDialog.h"
#include "ConnectionDialog.h"
#include "Database.h"
#include "DatabaseBackup.h"
#include "DatabaseProbe.h"
#include "DialogSeams.h"
#include "FirstRunDialog.h"
#include "PasswordStore.h"
#include "TodayPage.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace {
const QString kLastDatabase = QStringLiteral("database/last");
const QString kLastPage = QStringLiteral("ui/lastPage");
const QString kLanguage = QStringLiteral("ui/language");

// A local database too damaged to open: the user can pick a backup to take its place (the damaged file is kept),
// which is what the damage message tells them to do — File > Restore… is out of reach with no window open.
// nullptr when the file is not damaged, or the user chose no backup (then *error is empty: they have been told).
std::unique_ptr<Database> offerRestore(const ConnectionSettings& settings, QWidget* parent, QString* error)
{
    const DatabaseBackup::Inspection current = DatabaseBackup::inspect(settings.path);
    if (current.status != DatabaseBackup::Inspection::Damaged &&
        current.status != DatabaseBackup::Inspection::NotADatabase)
        return nullptr;
    const QString title = QCoreApplication::translate("Startup", "Restore from backup");
    QString why = *error;
    for (;;) {
        const auto answer = DialogSeams::question(
            parent, title,
            why + QStringLiteral("\n\n") +
                QCoreApplication::translate(
                    "Startup",
                    "Choose a backup to put in its place? The damaged file is kept beside it under another name."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            break;
        QString folder = BackupScheduler::settings().folder;
        if (folder.isEmpty())
            folder = BackupRotation::defaultFolder(settings.path);
        const QString file = DialogSeams::getOpenFileName(
            parent, title, folder,
            QCoreApplication::translate("Startup", "DeskCRM databases (*.sqlite *.db);;All files (*)"),
            DialogSeams::OpenPurpose::Database);
        if (file.isEmpty())
            break;
        DatabaseBackup::Restored restored;
        if (!DatabaseBackup::replaceDamaged(settings.path, file, Clock::system(), &restored)) {
            why = restored.error;
            continue;
        }
        DialogSeams::information(
            parent, title,
            QCoreApplication::translate("Startup", "Restored %1 from %2. The damaged file was kept as %3.")
                .arg(QDir::toNativeSeparators(settings.path), QDir::toNativeSeparators(file),
                     QDir::toNativeSeparators(restored.savedCopy)));
        return Startup::open(settings, parent, error);
    }
    error->clear();
    return nullptr;
}

// Asks for the team connection (prefilled) until it opens or the user gives up.
std::unique_ptr<Database> askForTeamDatabase(ConnectionSettings settings, QWidget* parent, QString* error)
{
    PasswordStore store;
    for (;;) {
        ConnectionDialog dialog(parent, &store);
        settings.password.clear();
        dialog.setSettings(settings);
        if (dialog.exec() != QDialog::Accepted) {
            error->clear();
            return nullptr;
        }
        settings = dialog.settings();
        auto db = Startup::open(settings, parent, error);
        if (db)
            return db;
        // The dialog's own "Test connection" shows server messages; here we simply ask again.
    }
}
} // namespace

std::unique_ptr<Database> Startup::open(const ConnectionSettings& settings, QWidget* parent, QString* error)
{
    const DatabaseProbe probe(settings);
    if (!ConnectingDialog::waitFor(probe, parent, error))
        return nullptr;
    // The window's connection: its statements on the GUI thread are bounded (ConnectionSettings::statementTimeoutS).
    ConnectionSettings bounded = settings;
    bounded.statementTimeoutS = ConnectionSettings::configuredStatementTimeoutS();
    auto db = Database::open(bounded, error);
    if (db)
        db->watchServer();
    return db;
}

QString Startup::language(const GuiOptions& options)
{
    QSettings settings;
    if (!options.language.isEmpty()) {
        settings.setValue(kLanguage, options.language);
        return options.language;
    }
    return settings.value(kLanguage).toString();
}

void Startup::reportFailure(QWidget* parent, const QString& error)
{
    if (!error.isEmpty())
        DialogSeams::critical(parent, QCoreApplication::translate("main", "DeskCRM"), error);
}

QString Startup::initialPage(const GuiOptions& options)
{
    if (!options.page.isEmpty())
        return options.page;
    // The user asked to start the day with what is due (a check box on that page).
    if (TodayPage::showAtStartup())
        return QStringLiteral("today");
    const QString last = QSettings().value(kLastPage).toString();
    return GuiOptions::isValidPage(last) ? last : QStringLiteral("customers");
}

std::unique_ptr<Database> Startup::openInitialDatabase(const GuiOptions& options, QWidget* parent, QString* error)
{
    ConnectionSettings settings;
    const QString wanted = !options.database.isEmpty() ? options.database : QSettings().value(kLastDatabase).toString();
    if (wanted.isEmpty()) {
        settings = ConnectionSettings::defaultLocal();
    } else if (!ConnectionSettings::parse(wanted, &settings, error)) {
        return nullptr;
    }

    if (settings.dialect == ConnectionSettings::Dialect::PostgreSQL) {
        if (settings.password.isEmpty()) {
            QString password;
            bool found = false;
            QString keychainError;
            PasswordStore store;
            if (store.read(settings.displayName(), &password, &found, &keychainError) && found)
                settings.password = password;
        }
        auto db = Startup::open(settings, parent, error);
        if (db)
            return db;
        // Wrong or missing password, given up waiting, server moved: let the user correct it instead of quitting.
        return askForTeamDatabase(settings, parent, error);
    }
    // A database nobody has opened yet: the first-run questions, once, for the default file only
    // (a path given on the command line is taken as is).
    const bool firstRun = options.database.isEmpty() && !QFileInfo::exists(settings.path);
    auto db = Startup::open(settings, parent, error);
    if (!db && !error->isEmpty())
        return offerRestore(settings, parent, error);
    if (!db || !firstRun)
        return db;
    FirstRunDialog firstRunDialog(*db, parent);
    if (firstRunDialog.exec() != QDialog::Accepted) {
        // Nothing was chosen: leave no database behind, so the next start asks again.
        db.reset();
        for (const QString& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(settings.path + suffix);
        error->clear();
        return nullptr;
    }
    if (firstRunDialog.choice() == FirstRunDialog::TeamDatabase) {
        ConnectionSettings team;
        team.dialect = ConnectionSettings::Dialect::PostgreSQL;
        auto teamDb = askForTeamDatabase(team, parent, error);
        if (teamDb)
            return teamDb;
        // Cancelled: the local database is there and works.
    }
    return db;
}

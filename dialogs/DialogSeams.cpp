#include "DialogSeams.h"

#include "FileTypeIconProvider.h"
#include "SqliteFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QList>
#include <QPointer>
#include <optional>

namespace {
struct SeamState
{
    QList<QMessageBox::StandardButton> answers;
    std::optional<QString> nextFileName;
    bool suppressMessages = false;
    QString lastMessage;
};

SeamState& state()
{
    static SeamState s;
    return s;
}

// Empty when fileName may be used; otherwise why not.
QString refusal(const QString& fileName, bool databaseAllowed)
{
    if (fileName.isEmpty() || !SqliteFiles::isOpenDatabaseFile(fileName))
        return {};
    // A database file is one whose name plus -wal is open too; a companion's is not.
    if (databaseAllowed && SqliteFiles::isOpenDatabaseFile(fileName + QStringLiteral("-wal")))
        return {};
    return QCoreApplication::translate(
               "DialogSeams",
               "%1 is DeskCRM's open database or one of its working files. Choose another file; using this one "
               "could damage the database.")
        .arg(QDir::toNativeSeparators(fileName));
}

// Shows the dialog until the user picks a file that refusal() allows, or cancels.
QString askFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter,
                    QFileDialog::AcceptMode mode, bool databaseAllowed)
{
    QString start = dir;
    for (;;) {
        QPointer<QFileDialog> dialog = DialogSeams::createFileDialog(parent, caption, start, filter, mode);
        const bool accepted = dialog->exec() == QDialog::Accepted;
        const QString chosen = dialog ? dialog->selectedFiles().value(0) : QString();
        delete dialog;
        if (!accepted || chosen.isEmpty())
            return {};
        const QString why = refusal(chosen, databaseAllowed);
        if (why.isEmpty())
            return chosen;
        DialogSeams::warning(parent, caption, why);
        start = QFileInfo(chosen).absolutePath();
    }
}

std::optional<QString> takeFileName()
{
    std::optional<QString> name;
    std::swap(name, state().nextFileName);
    return name;
}
} // namespace

void DialogSeams::setNextAnswer(QMessageBox::StandardButton answer)
{
    state().answers.append(answer);
}

int DialogSeams::pendingAnswers()
{
    return int(state().answers.size());
}

void DialogSeams::clearAnswers()
{
    state().answers.clear();
}

QMessageBox::StandardButton DialogSeams::question(QWidget* parent, const QString& title, const QString& text,
                                                  QMessageBox::StandardButtons buttons,
                                                  QMessageBox::StandardButton defaultButton)
{
    state().lastMessage = text;
    if (!state().answers.isEmpty())
        return state().answers.takeFirst();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void DialogSeams::information(QWidget* parent, const QString& title, const QString& text)
{
    state().lastMessage = text;
    if (!state().suppressMessages)
        QMessageBox::information(parent, title, text);
}

void DialogSeams::warning(QWidget* parent, const QString& title, const QString& text)
{
    state().lastMessage = text;
    if (!state().suppressMessages)
        QMessageBox::warning(parent, title, text);
}

void DialogSeams::critical(QWidget* parent, const QString& title, const QString& text)
{
    state().lastMessage = text;
    if (!state().suppressMessages)
        QMessageBox::critical(parent, title, text);
}

void DialogSeams::setSuppressMessages(bool suppress)
{
    state().suppressMessages = suppress;
}

QString DialogSeams::lastMessage()
{
    return state().lastMessage;
}

void DialogSeams::setNextFileName(const QString& fileName)
{
    state().nextFileName = fileName;
}

void DialogSeams::clearFileName()
{
    state().nextFileName.reset();
}

QString DialogSeams::getSaveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    if (auto name = takeFileName()) {
        const QString why = refusal(*name, false);
        if (why.isEmpty())
            return *name;
        warning(parent, caption, why);
        return {};
    }
    return askFileName(parent, caption, dir, filter, QFileDialog::AcceptSave, false);
}

QString DialogSeams::getOpenFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter,
                                     OpenPurpose purpose)
{
    const bool databaseAllowed = purpose == OpenPurpose::Database;
    if (auto name = takeFileName()) {
        const QString why = refusal(*name, databaseAllowed);
        if (why.isEmpty())
            return *name;
        warning(parent, caption, why);
        return {};
    }
    return askFileName(parent, caption, dir, filter, QFileDialog::AcceptOpen, databaseAllowed);
}

QString DialogSeams::getExistingDirectory(QWidget* parent, const QString& caption, const QString& dir)
{
    if (auto name = takeFileName())
        return *name;
    QPointer<QFileDialog> dialog = createFileDialog(parent, caption, dir, {}, QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    const bool accepted = dialog->exec() == QDialog::Accepted;
    const QString chosen = accepted && dialog ? dialog->selectedFiles().value(0) : QString();
    delete dialog;
    return chosen;
}

QFileDialog* DialogSeams::createFileDialog(QWidget* parent, const QString& caption, const QString& dir,
                                           const QString& filter, QFileDialog::AcceptMode mode)
{
    auto* dialog = new QFileDialog(parent, caption, dir, filter);
    dialog->setAcceptMode(mode);
    dialog->setFileMode(mode == QFileDialog::AcceptSave ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
#ifndef Q_OS_WIN
    dialog->setOption(QFileDialog::DontUseNativeDialog);
#endif
    dialog->setIconProvider(FileTypeIconProvider::instance());
    return dialog;
}

#pragma once

#include <QFileDialog>
#include <QMessageBox>
#include <QString>

class QWidget;

// Seams in front of modal questions, so tests can answer them. When a test has queued an answer
// (or a file name), the next call returns it without showing anything; otherwise the real
// QMessageBox / QFileDialog runs. The dialogs and the shell ask every modal question through here.
class DialogSeams
{
public:
    DialogSeams() = delete;

    // Queue the answer the next question() returns (FIFO; one queued answer per question).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static int pendingAnswers();
    static void clearAnswers();
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    // Informational and error messages: shown unless a test has asked to suppress them; the
    // last text is kept so tests can assert on it.
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void critical(QWidget* parent, const QString& title, const QString& text);
    static void setSuppressMessages(bool suppress);
    static QString lastMessage();

    // The next getSaveFileName()/getOpenFileName() returns this (an empty string = "cancelled").
    static void setNextFileName(const QString& fileName);
    static void clearFileName();
    // Neither returns a database DeskCRM has open or one of its -wal/-shm/-journal files: writing over them
    // or reading them with anything but SQLite would break the open database (see SqliteFiles). A save asks
    // again; an open says why and returns "cancelled". OpenDatabase allows the database file itself
    // (DeskCRM opens it through SQLite), never its companions.
    enum class OpenPurpose { Document, Database };
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& dir = {},
                                   const QString& filter = {});
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& dir = {},
                                   const QString& filter = {}, OpenPurpose purpose = OpenPurpose::Document);

    // A folder (the next file name a test set, if any); empty = cancelled.
    static QString getExistingDirectory(QWidget* parent, const QString& caption, const QString& dir = {});

    // The file dialog behind all three: Qt's own dialog with FileTypeIconProvider everywhere but Windows, because
    // a native dialog running in DeskCRM's process (GTK, KDE, macOS) may read the database's files to show
    // their type, and nothing can stop it. On Windows locks belong to handles, so the native one is safe.
    static QFileDialog* createFileDialog(QWidget* parent, const QString& caption, const QString& dir,
                                         const QString& filter, QFileDialog::AcceptMode mode);
};

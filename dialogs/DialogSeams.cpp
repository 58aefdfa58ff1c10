#include "DialogSeams.h"

#include <QFileDialog>
#include <QList>
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
    if (auto name = takeFileName())
        return *name;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString DialogSeams::getOpenFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    if (auto name = takeFileName())
        return *name;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

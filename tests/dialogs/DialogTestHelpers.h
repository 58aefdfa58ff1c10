#pragma once

#include <QApplication>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

// Answers the next modal dialog named objectName (e.g. the ConflictDialog) by clicking its button
// buttonName as soon as it shows up; returns a flag the test checks afterwards.
inline std::shared_ptr<bool> clickInModalWhenShown(const QString& objectName, const QString& buttonName)
{
    auto clicked = std::make_shared<bool>(false);
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, clicked, objectName, buttonName] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != objectName)
            return;
        if (auto* button = modal->findChild<QPushButton*>(buttonName)) {
            *clicked = true;
            timer->stop();
            timer->deleteLater();
            button->click();
        }
    });
    timer->start();
    // Give up after a while so a test that never shows the dialog does not leak a running timer.
    QTimer::singleShot(10000, timer, [timer] {
        timer->stop();
        timer->deleteLater();
    });
    return clicked;
}

// Runs an action on the first modal window named objectName once it shows (exec() blocks the test).
// The watchers belong to this object: reset() in a test's cleanup() drops any still waiting, so one
// left over cannot act in the next test function.
class ModalWatcher
{
public:
    void when(const QString& objectName, std::function<void(QWidget*)> action)
    {
        auto* timer = new QTimer(m_owner.get());
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, objectName, action] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || modal->objectName() != objectName || !modal->isVisible())
                return;
            timer->stop();
            action(modal);
        });
        timer->start();
    }
    void reset() { m_owner = std::make_unique<QObject>(); }

private:
    std::unique_ptr<QObject> m_owner = std::make_unique<QObject>();
};

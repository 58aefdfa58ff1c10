#pragma once

#include <QApplication>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

#include <functional>

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

#include "WindowPlacement.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

#include <algorithm>

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kMaximized = QStringLiteral("window/maximized");
const QString kScreen = QStringLiteral("window/screen");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter");

QString pageKey(const QString& pageName, const QString& part)
{
    return QStringLiteral("window/pages/%1/%2").arg(pageName, part);
}
} // namespace

namespace WindowPlacement {

QRect fitToScreen(const QRect& saved, const QRect& available, const QSize& minimum)
{
    if (!available.isValid())
        return saved;
    QSize size = saved.size().boundedTo(available.size());
    size = size.expandedTo(minimum.boundedTo(available.size()));
    QRect rect(saved.topLeft(), size);
    // Inside the area: a window saved on the right half of a wide screen comes back whole on a narrow one.
    rect.moveLeft(std::clamp(rect.left(), available.left(), available.right() - rect.width() + 1));
    rect.moveTop(std::clamp(rect.top(), available.top(), available.bottom() - rect.height() + 1));
    return rect;
}

void saveWindow(QMainWindow* window, QSettings& settings)
{
    settings.setValue(kGeometry, window->normalGeometry());
    settings.setValue(kMaximized, window->isMaximized());
    if (const QScreen* screen = window->screen())
        settings.setValue(kScreen, screen->name());
    settings.setValue(kState, window->saveState());
    if (auto* splitter = window->findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        settings.setValue(kSplitter, splitter->saveState());
}

bool restoreWindow(QMainWindow* window, QSettings& settings)
{
    if (auto* splitter = window->findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        splitter->restoreState(settings.value(kSplitter).toByteArray());
    window->restoreState(settings.value(kState).toByteArray());
    const QRect saved = settings.value(kGeometry).toRect();
    if (!saved.isValid())
        return false;
    // The screen it was on, if it is still there; otherwise the one the saved position falls on, or the primary.
    QScreen* screen = nullptr;
    const QString screenName = settings.value(kScreen).toString();
    const auto screens = QGuiApplication::screens();
    for (QScreen* candidate : screens) {
        if (candidate->name() == screenName)
            screen = candidate;
    }
    if (!screen)
        screen = QGuiApplication::screenAt(saved.center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    const QRect rect = fitToScreen(saved, screen ? screen->availableGeometry() : QRect(),
                                   window->minimumSize().expandedTo(QSize(640, 480)));
    window->setGeometry(rect);
    if (settings.value(kMaximized).toBool())
        window->setWindowState(window->windowState() | Qt::WindowMaximized);
    return true;
}

void savePage(const QString& pageName, QWidget* page, QSettings& settings)
{
    const auto splitters = page->findChildren<QSplitter*>();
    for (QSplitter* splitter : splitters) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(pageKey(pageName, splitter->objectName()), splitter->saveState());
    }
}

void restorePage(const QString& pageName, QWidget* page, QSettings& settings)
{
    const auto splitters = page->findChildren<QSplitter*>();
    for (QSplitter* splitter : splitters) {
        const QByteArray state = settings.value(pageKey(pageName, splitter->objectName())).toByteArray();
        if (!splitter->objectName().isEmpty() && !state.isEmpty())
            splitter->restoreState(state);
    }
}

} // namespace WindowPlacement

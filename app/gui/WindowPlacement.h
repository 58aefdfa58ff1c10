#pragma once

#include <QRect>
#include <QString>

class QMainWindow;
class QSettings;
class QWidget;

// Where the main window was and how its pages were laid out, kept in QSettings between runs: the window's
// size, position, maximized state and screen; the shell's splitter; and each page's splitters, under the page's
// name. A layout saved on a larger or now missing screen comes back on a screen that exists and inside it.
// Columns are the pages' own business: a list keeps its columns per entity (RecordListPage), the customer page
// and the deleted items fit theirs to what they show.
namespace WindowPlacement {

// The window's normal geometry (frame excluded) on a screen whose usable area is available: kept where it fits,
// otherwise shrunk to the area and moved into it, never smaller than minimum.
QRect fitToScreen(const QRect& saved, const QRect& available, const QSize& minimum = QSize(640, 480));

void saveWindow(QMainWindow* window, QSettings& settings);
// False when nothing was saved yet (the window keeps its default size, centred by the window system).
bool restoreWindow(QMainWindow* window, QSettings& settings);

// The page's splitters, identified by their objectName (a splitter without one is skipped).
void savePage(const QString& pageName, QWidget* page, QSettings& settings);
void restorePage(const QString& pageName, QWidget* page, QSettings& settings);

} // namespace WindowPlacement

#pragma once

#include <QImage>
#include <QSize>
#include <QString>

class QChart;
class QPainter;
class QRectF;

// Turns a chart into pictures: a raster image, a PNG or SVG file, the clipboard, or straight onto a
// painter (report documents and printing). Works on a chart shown in a QChartView as well as on one
// that lives in no view at all, so the report builder and the tests need no window.
class ChartExport
{
public:
    ChartExport() = delete;

    // The chart drawn at `size` logical pixels (its current size when empty), device pixel ratio dpr.
    static QImage toImage(QChart* chart, const QSize& size = {}, qreal dpr = 1.0);
    // Draws the chart scaled into target on painter (vector output on PDF and SVG painters).
    static void render(QChart* chart, QPainter* painter, const QRectF& target);

    static bool savePng(QChart* chart, const QString& fileName, QString* error = nullptr);
    static bool saveSvg(QChart* chart, const QString& fileName, const QString& title, QString* error = nullptr);
    // Image plus SVG (image/svg+xml) on the clipboard, so office programs can paste either.
    static void copyToClipboard(QChart* chart);
};

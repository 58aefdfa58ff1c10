#include "ChartExport.h"

#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QClipboard>
#include <QCoreApplication>
#include <QFile>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QMimeData>
#include <QPainter>
#include <QSvgGenerator>

namespace {
// A chart lives in at most one scene. One shown by a QChartView already has the view's scene; a bare
// chart is lent to a temporary scene for the time of the drawing and taken back afterwards.
class SceneLease
{
public:
    explicit SceneLease(QChart* chart) : m_chart(chart)
    {
        if (!chart->scene()) {
            m_scene.addItem(chart);
            m_owned = true;
        }
    }
    ~SceneLease()
    {
        if (m_owned)
            m_scene.removeItem(m_chart);
    }
    Q_DISABLE_COPY(SceneLease)

    QGraphicsScene* scene() const { return m_chart->scene(); }

private:
    QChart* m_chart;
    QGraphicsScene m_scene;
    bool m_owned = false;
};

void drawChart(QChart* chart, QPainter* painter, const QRectF& target, const QSizeF& size)
{
    SceneLease lease(chart);
    const QSizeF oldSize = chart->size();
    const QPointF oldPos = chart->pos();
    const bool resized = !size.isEmpty() && size != oldSize;
    if (resized)
        chart->resize(size);
    // Layout happens lazily; make sure axes and labels sit where they will be drawn.
    if (auto* layout = chart->layout())
        layout->activate();
    QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
    const QRectF source = chart->sceneBoundingRect();
    lease.scene()->render(painter, target, source, Qt::IgnoreAspectRatio);
    if (resized) {
        chart->resize(oldSize);
        chart->setPos(oldPos);
    }
}

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}
} // namespace

QImage ChartExport::toImage(QChart* chart, const QSize& size, qreal dpr)
{
    const QSizeF logical = size.isEmpty() ? chart->size() : QSizeF(size);
    QImage image((logical * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    drawChart(chart, &painter, QRectF(QPointF(0, 0), logical), logical);
    return image;
}

void ChartExport::render(QChart* chart, QPainter* painter, const QRectF& target)
{
    drawChart(chart, painter, target, QSizeF());
}

bool ChartExport::savePng(QChart* chart, const QString& fileName, QString* error)
{
    const QImage image = toImage(chart, QSize(), 2.0);
    if (!image.save(fileName, "PNG")) {
        setError(error, QCoreApplication::translate("ChartExport", "Could not write %1.").arg(fileName));
        return false;
    }
    return true;
}

bool ChartExport::saveSvg(QChart* chart, const QString& fileName, const QString& title, QString* error)
{
    const QSize size = chart->size().toSize();
    QSvgGenerator generator;
    generator.setFileName(fileName);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    QPainter painter;
    if (!painter.begin(&generator)) {
        setError(error, QCoreApplication::translate("ChartExport", "Could not write %1.").arg(fileName));
        return false;
    }
    drawChart(chart, &painter, QRectF(QPointF(0, 0), QSizeF(size)), QSizeF());
    painter.end();
    if (!QFile::exists(fileName)) {
        setError(error, QCoreApplication::translate("ChartExport", "Could not write %1.").arg(fileName));
        return false;
    }
    return true;
}

void ChartExport::copyToClipboard(QChart* chart)
{
    auto* mime = new QMimeData;
    mime->setImageData(toImage(chart, QSize(), 2.0));
    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    {
        const QSize size = chart->size().toSize();
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        QPainter painter(&generator);
        drawChart(chart, &painter, QRectF(QPointF(0, 0), QSizeF(size)), QSizeF());
    }
    mime->setData(QStringLiteral("image/svg+xml"), svg);
    QApplication::clipboard()->setMimeData(mime);
}

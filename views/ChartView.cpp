#include "ChartView.h"

#include "ChartExport.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>

ChartView::ChartView(QChart* chart, QWidget* parent) : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    setMinimumSize(320, 220);

    // The same actions as shortcuts-free QActions, so the page and tests can trigger them by name.
    auto* png = new QAction(tr("Save as PNG…"), this);
    png->setObjectName(QStringLiteral("savePng"));
    connect(png, &QAction::triggered, this, &ChartView::savePng);
    auto* svg = new QAction(tr("Save as SVG…"), this);
    svg->setObjectName(QStringLiteral("saveSvg"));
    connect(svg, &QAction::triggered, this, &ChartView::saveSvg);
    auto* copyAction = new QAction(tr("Copy chart"), this);
    copyAction->setObjectName(QStringLiteral("copyChart"));
    connect(copyAction, &QAction::triggered, this, &ChartView::copy);
    addActions({png, svg, copyAction});
}

ChartView::~ChartView() = default;

void ChartView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addActions(actions());
    menu.exec(event->globalPos());
}

QString ChartView::askFileName(const QString& caption, const QString& suffix, const QString& filter) const
{
    const QString suggested = (m_exportName.isEmpty() ? QStringLiteral("chart") : m_exportName) + suffix;
    if (!m_fileNameProvider)
        return {};
    return m_fileNameProvider(caption, suggested, filter);
}

void ChartView::savePng()
{
    const QString file = askFileName(tr("Save chart as PNG"), QStringLiteral(".png"), tr("PNG images (*.png)"));
    if (file.isEmpty())
        return;
    QString error;
    if (ChartExport::savePng(chart(), file, &error))
        Q_EMIT exported(file);
    else
        Q_EMIT errorOccurred(error);
}

void ChartView::saveSvg()
{
    const QString file = askFileName(tr("Save chart as SVG"), QStringLiteral(".svg"), tr("SVG images (*.svg)"));
    if (file.isEmpty())
        return;
    QString error;
    if (ChartExport::saveSvg(chart(), file, chart()->title(), &error))
        Q_EMIT exported(file);
    else
        Q_EMIT errorOccurred(error);
}

void ChartView::copy()
{
    ChartExport::copyToClipboard(chart());
}

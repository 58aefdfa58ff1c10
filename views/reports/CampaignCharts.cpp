#include "CampaignCharts.h"

#include "DashboardCharts.h"
#include "ReportFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {
// The ROI axis: log10 of the revenue won per unit of cost (ROI + 1), so 0 is break-even; a loss of 90% or more (no
// revenue at all among them) sits at the left edge.
constexpr double kRoiFloor = -1;

double roiPosition(double roi)
{
    return std::max(kRoiFloor, std::log10(std::max(1e-9, 1 + roi)));
}
} // namespace

QChart* CampaignCharts::comparison(const CampaignReport::Result& result)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Campaigns: won revenue (%1) and ROI").arg(CampaignReport::modelTitle(result.model)));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(10.5);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 4, 6, 4));
    chart->legend()->setAlignment(Qt::AlignRight);

    // Costs in another currency than the report's cannot stand beside its revenue: shown as none.
    QList<CampaignReport::Row> rows;
    for (const auto& row : result.campaigns) {
        if (row.revenueMinor > 0 || (row.costMinor > 0 && row.campaignCurrency == result.currency))
            rows << row;
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto& a, const auto& b) { return a.revenueMinor > b.revenueMinor; });
    if (rows.size() > 12)
        rows = rows.mid(0, 12);
    if (rows.isEmpty()) {
        chart->setProperty("emptyMessage", tr("No campaign has won revenue or a cost yet."));
        chart->legend()->setVisible(false);
        auto* text = new QGraphicsSimpleTextItem(chart->property("emptyMessage").toString(), chart);
        text->setPos(20, 60);
        return chart;
    }
    qint64 maxMinor = 1;
    for (const auto& row : rows)
        maxMinor = std::max(maxMinor, row.revenueMinor);
    const ReportFormat::MoneyScale scale = ReportFormat::moneyScale(maxMinor, result.currency);
    auto* revenue = new QBarSet(tr("Won revenue"));
    revenue->setColor(QColor(0x2f, 0x6f, 0xb5));
    // ROI (won revenue less cost, over cost) as a marker on its own axis: costs are a small fraction of the revenue
    // they bring, so bars of both on one axis showed no cost at all. A campaign without a cost (or one in another
    // currency) has no ROI and no marker.
    auto* roi = new QScatterSeries;
    roi->setObjectName(QStringLiteral("campaignRoi"));
    roi->setName(tr("ROI"));
    roi->setColor(QColor(0xe0, 0x6c, 0x1a));
    roi->setBorderColor(Qt::white);
    roi->setMarkerSize(11);
    double roiHigh = 1; // the largest multiple of the cost won back, at least break-even
    QStringList categories;
    for (qsizetype i = rows.size() - 1; i >= 0; --i) { // bottom-up: the largest on top
        const auto& row = rows.at(i);
        QString name = row.name.size() > 24 ? row.name.left(23) + QChar(0x2026) : row.name;
        while (categories.contains(name))
            name += QLatin1Char(' '); // category names must be unique
        const double at = double(categories.size());
        categories << name;
        revenue->append(double(row.revenueMinor) / scale.divisor);
        if (row.hasRoi) {
            roi->append(roiPosition(row.roi), at);
            roiHigh = std::max(roiHigh, 1 + row.roi);
        }
    }
    auto* series = new QHorizontalBarSeries;
    series->setObjectName(QStringLiteral("campaigns"));
    series->append(revenue);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* names = new QBarCategoryAxis;
    names->append(categories);
    names->setGridLineVisible(false);
    // Twelve campaigns in a dashboard row: names in a small font, or the axis elides them all to "…".
    QFont small = names->labelsFont();
    small.setPointSizeF(7);
    names->setLabelsFont(small);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto* amounts = new QValueAxis;
    DashboardCharts::setTicks(amounts, double(maxMinor) / scale.divisor, false);
    amounts->setTitleText(scale.title);
    amounts->setLabelsFont(small);
    chart->addAxis(amounts, Qt::AlignBottom);
    series->attachAxis(amounts);
    if (roi->count() == 0) {
        delete roi;
        return chart;
    }
    chart->addSeries(roi);
    // ROI of campaigns differs by orders of magnitude (a mailing wins back its cost a hundredfold, a fair barely), so
    // the axis is logarithmic in what each unit of cost won back, labelled in ROI: break-even (0%) in the middle of
    // the story, a loss to the left, ten and a hundred times the cost to the right.
    auto* percents = new QCategoryAxis;
    percents->setObjectName(QStringLiteral("campaignRoiAxis"));
    percents->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const double top = std::ceil(std::log10(roiHigh) + 1e-9);
    percents->setRange(kRoiFloor - 0.12, std::max(1.0, top)); // room for the markers at the edge
    percents->append(tr("≤ %1", "ROI at or below").arg(ReportFormat::percent(-0.9, 0)), kRoiFloor);
    percents->append(ReportFormat::percent(-0.5, 0), std::log10(0.5));
    percents->append(ReportFormat::percent(0, 0), 0);
    for (int decade = 1; decade <= std::max(1, int(top)); ++decade)
        percents->append(ReportFormat::percent(std::pow(10.0, decade) - 1, 0), decade);
    percents->setLabelsFont(small);
    percents->setLabelsColor(roi->color().darker(130));
    percents->setGridLineVisible(true);
    percents->setGridLinePen(QPen(roi->color().lighter(150), 1, Qt::DotLine));
    percents->setTitleText(tr("ROI (logarithmic)"));
    percents->setTitleBrush(roi->color().darker(130));
    chart->addAxis(percents, Qt::AlignTop);
    roi->attachAxis(percents);
    roi->attachAxis(names);
    return chart;
}

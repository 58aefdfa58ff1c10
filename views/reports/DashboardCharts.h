#pragma once

#include <QCoreApplication>
#include <QString>

class DashboardData;
class QChart;
class QValueAxis;

// Builds the dashboard's QtCharts charts from DashboardData: the same factory for the page, the
// printed reports and the tests, so what is printed is what is shown. Each call returns a new chart
// the caller owns; animations are off so a chart is complete as soon as it is drawn.
class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)

public:
    DashboardCharts() = delete;

    // Object names of the series, so the page and tests can find them in chart->series().
    static QString funnelSeriesName() { return QStringLiteral("funnel"); }

    // Centred horizontal stacked bars: an invisible offset set then the number of deals that reached the
    // stage (its count plus all later non-lost stages'), so each bar is centred, the first stage on top
    // and widest. Category labels carry the stage's own count and amount; the series' "stageIds"
    // property maps bar index (bottom-up) to stage id.
    static QChart* funnel(const DashboardData& data);
    // Won (bars) and weighted forecast (stacked on top) per month/quarter, a dashed target line when
    // a target exists.
    static QChart* revenue(const DashboardData& data);
    // Won amount by rep / team / industry (horizontal bars, largest on top, at most 12 + "Other").
    static QChart* revenueBy(const DashboardData& data);
    // Conversion rate per stage step (bars, left axis) and average days in the stage (line, right axis).
    static QChart* conversion(const DashboardData& data);
    // A/B/C share of won revenue (pie) with customer counts in the labels.
    static QChart* tiers(const DashboardData& data);
    // Follow-ups per week stacked by channel.
    static QChart* activity(const DashboardData& data);

    // Every chart above whose figures are all nothing for the filter (DashboardData::emptyNote) is drawn as its
    // title and this sentence in the middle, no axes and no zeros. emptyMessage() is what a chart says ("" if
    // it has figures).
    static QString emptyMessage(const QChart* chart);

    // A value axis from 0 to a little above max with ticks whose labels all differ: a 1-2-5 step giving at most
    // six intervals, whole numbers only where wholeNumbers (counts), and as many decimals as the step needs
    // (never 0, 0, 0, 1, 1, 1 for a range of 0 to 1).
    static void setTicks(QValueAxis* axis, double max, bool wholeNumbers);
};

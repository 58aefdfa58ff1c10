#include "CampaignCharts.h"

#include "DashboardCharts.h"
#include "ReportFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

QChart* CampaignCharts::comparison(const CampaignReport::Result& result)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Campaigns: won revenue (%1) and cost").arg(CampaignReport::modelTitle(result.model)));
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
        maxMinor = std::max({maxMinor, row.revenueMinor, row.costMinor});
    const ReportFormat::MoneyScale scale = ReportFormat::moneyScale(maxMinor, result.currency);
    auto* revenue = new QBarSet(tr("Won revenue"));
    revenue->setColor(QColor(0x2f, 0x6f, 0xb5));
    auto* cost = new QBarSet(tr("Cost"));
    cost->setColor(QColor(0xf0, 0x9a, 0x36));
    QStringList categories;
    for (qsizetype i = rows.size() - 1; i >= 0; --i) { // bottom-up: the largest on top
        const auto& row = rows.at(i);
        QString name = row.name.size() > 24 ? row.name.left(23) + QChar(0x2026) : row.name;
        while (categories.contains(name))
            name += QLatin1Char(' '); // category names must be unique
        categories << name;
        revenue->append(double(row.revenueMinor) / scale.divisor);
        cost->append(row.campaignCurrency == result.currency ? double(row.costMinor) / scale.divisor : 0.0);
    }
    auto* series = new QHorizontalBarSeries;
    series->setObjectName(QStringLiteral("campaigns"));
    series->append(revenue);
    series->append(cost);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto* names = new QBarCategoryAxis;
    names->append(categories);
    names->setGridLineVisible(false);
    // Two bars per campaign in a dashboard row: names in a small font, or the axis elides them all to "…".
    QFont small = names->labelsFont();
    small.setPointSizeF(7);
    names->setLabelsFont(small);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto* amounts = new QValueAxis;
    DashboardCharts::setTicks(amounts, double(maxMinor) / scale.divisor, false);
    amounts->setTitleText(scale.title);
    chart->addAxis(amounts, Qt::AlignBottom);
    series->attachAxis(amounts);
    return chart;
}

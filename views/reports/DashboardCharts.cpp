#include "DashboardCharts.h"

#include "DashboardData.h"
#include "Money.h"
#include "ReportFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {
const QColor accent(0x2f, 0x6f, 0xb5);
const QColor accentLight(0x9c, 0xc3, 0xe8);
const QColor won(0x2e, 0x9e, 0x5b);
const QColor target(0xd9, 0x48, 0x3b);
const QList<QColor> palette = {QColor(0x2f, 0x6f, 0xb5), QColor(0xf0, 0x9a, 0x36), QColor(0x2e, 0x9e, 0x5b),
                               QColor(0x8e, 0x5e, 0xa2), QColor(0xd9, 0x48, 0x3b), QColor(0x5b, 0xa8, 0xa0),
                               QColor(0x99, 0x99, 0x99)};

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(10.5);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 4, 6, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QValueAxis* valueAxis(double max, const QString& title, bool wholeNumbers = false)
{
    auto* axis = new QValueAxis;
    DashboardCharts::setTicks(axis, max, wholeNumbers);
    axis->setTitleText(title);
    QFont font = axis->titleFont();
    font.setPointSizeF(8);
    font.setBold(false);
    axis->setTitleFont(font);
    return axis;
}

QString seededName(const QString& name)
{
    return QCoreApplication::translate("Lookup", name.toUtf8().constData());
}

// A chart with nothing to draw: its title and the sentence centred below it (kept centred as the chart resizes).
QChart* emptyChart(QChart* chart, const QString& message)
{
    chart->setProperty("emptyMessage", message);
    chart->legend()->setVisible(false);
    auto* text = new QGraphicsSimpleTextItem(message, chart);
    QFont font = text->font();
    font.setPointSizeF(10);
    text->setFont(font);
    text->setBrush(QColor(0x55, 0x5b, 0x66));
    auto place = [chart, text]() {
        const QRectF area = chart->rect();
        const QRectF box = text->boundingRect();
        text->setPos(std::max(4.0, area.center().x() - box.width() / 2), area.center().y() - box.height() / 2);
    };
    QObject::connect(chart, &QChart::geometryChanged, chart, place);
    place();
    return chart;
}

void setCategoryLabelAngle(QBarCategoryAxis* axis, int categories)
{
    if (categories > 14)
        axis->setLabelsAngle(-90);
    else if (categories > 8)
        axis->setLabelsAngle(-45);
}
} // namespace

QChart* DashboardCharts::funnel(const DashboardData& data)
{
    QChart* chart = newChart(tr("Sales funnel (opportunities that reached each stage)"));
    if (const QString empty = data.emptyNote(DashboardData::Funnel); !empty.isEmpty())
        return emptyChart(chart, empty);
    const auto stages = data.funnelStages();
    // A deal now in a later stage went through the earlier ones, so a stage's bar is its own count
    // plus every later (non-lost) stage's: widest at the top, won at the bottom, as a funnel reads.
    QList<int> reached(stages.size(), 0);
    int below = 0;
    for (qsizetype i = stages.size() - 1; i >= 0; --i) {
        below += stages.at(i).count;
        reached[i] = below;
    }
    const int widest = std::max(1, reached.isEmpty() ? 0 : reached.constFirst());

    auto* offset = new QBarSet(QString());
    offset->setColor(Qt::transparent);
    offset->setBorderColor(Qt::transparent);
    offset->setLabelColor(Qt::transparent);
    auto* counts = new QBarSet(tr("Opportunities"));
    counts->setColor(accent);
    counts->setBorderColor(accent.darker(115));
    counts->setLabelColor(Qt::white);
    counts->setSelectedColor(won);

    // Horizontal bar categories run bottom-up: add the last stage first so the first is on top.
    QStringList categories;
    QStringList stageIds;
    for (qsizetype i = stages.size() - 1; i >= 0; --i) {
        const auto& stage = stages.at(i);
        offset->append((widest - reached.at(i)) / 2.0);
        counts->append(reached.at(i));
        categories << tr("%1 · %2 now · %3", "funnel stage label: stage name, deals in it now, their amount")
                          .arg(ReportFormat::stageName(stage.name), ReportFormat::number(stage.count),
                               ReportFormat::moneyShort(stage.amountMinor, data.currency));
        stageIds << stage.stageId;
        if (stage.isWon)
            counts->selectBar(int(categories.size() - 1));
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->setObjectName(funnelSeriesName());
    series->append(offset);
    series->append(counts);
    series->setBarWidth(0.82);
    // Bar labels print the bare value ("12345"), while every other count is grouped ("12,345"): shown
    // only while no bar needs a separator; the stage's own count and amount are in its label anyway.
    series->setLabelsVisible(widest < 1000);
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    series->setLabelsFormat(QStringLiteral("@value"));
    // Bar index (bottom-up) -> stage id, for clicks.
    series->setProperty("stageIds", stageIds);
    chart->addSeries(series);

    auto* stageAxis = new QBarCategoryAxis;
    stageAxis->append(categories);
    stageAxis->setGridLineVisible(false);
    stageAxis->setLineVisible(false);
    chart->addAxis(stageAxis, Qt::AlignLeft);
    series->attachAxis(stageAxis);
    auto* countAxis = new QValueAxis;
    countAxis->setRange(0, widest);
    countAxis->setVisible(false);
    chart->addAxis(countAxis, Qt::AlignBottom);
    series->attachAxis(countAxis);
    chart->legend()->setVisible(false);
    return chart;
}

QChart* DashboardCharts::revenue(const DashboardData& data)
{
    QChart* chart = newChart(tr("Revenue and weighted forecast"));
    if (const QString empty = data.emptyNote(DashboardData::Revenue); !empty.isEmpty())
        return emptyChart(chart, empty);
    qint64 maxMinor = 0;
    for (const auto& point : data.revenue)
        maxMinor = std::max({maxMinor, point.wonMinor + point.weightedForecastMinor, point.targetMinor});
    const ReportFormat::MoneyScale scale = ReportFormat::moneyScale(maxMinor, data.currency);
    chart->setProperty("moneyScale", scale.divisor);

    auto* wonSet = new QBarSet(tr("Won"));
    wonSet->setColor(accent);
    wonSet->setBorderColor(accent.darker(115));
    auto* forecastSet = new QBarSet(tr("Weighted forecast"));
    forecastSet->setColor(accentLight);
    forecastSet->setBorderColor(accentLight.darker(115));
    auto* targetLine = new QLineSeries;
    targetLine->setName(tr("Target"));
    QPen pen(target, 2, Qt::DashLine);
    targetLine->setPen(pen);
    targetLine->setPointsVisible(true);
    QStringList categories;
    // Within one year the year is in the period header; "Jan" fits where "Jan 2026" is cut.
    const bool oneYear = data.revenue.isEmpty() ||
                         data.revenue.constFirst().periodStart.year() == data.revenue.constLast().periodStart.year();
    for (int i = 0; i < data.revenue.size(); ++i) {
        const auto& point = data.revenue.at(i);
        categories << (oneYear ? data.shortPeriodLabel(point.periodStart) : data.periodLabel(point.periodStart));
        wonSet->append(point.wonMinor / scale.divisor);
        forecastSet->append(point.weightedForecastMinor / scale.divisor);
        targetLine->append(i, point.targetMinor / scale.divisor);
    }
    auto* bars = new QStackedBarSeries;
    bars->setObjectName(QStringLiteral("revenue"));
    bars->append(wonSet);
    bars->append(forecastSet);
    bars->setBarWidth(0.7);
    chart->addSeries(bars);

    auto* periods = new QBarCategoryAxis;
    periods->append(categories);
    periods->setGridLineVisible(false);
    setCategoryLabelAngle(periods, int(categories.size()));
    chart->addAxis(periods, Qt::AlignBottom);
    bars->attachAxis(periods);
    QValueAxis* amounts = valueAxis(maxMinor / scale.divisor, scale.title);
    chart->addAxis(amounts, Qt::AlignLeft);
    bars->attachAxis(amounts);
    if (data.hasTarget()) {
        targetLine->setObjectName(QStringLiteral("target"));
        chart->addSeries(targetLine);
        targetLine->attachAxis(periods);
        targetLine->attachAxis(amounts);
    } else {
        delete targetLine;
    }
    return chart;
}

QChart* DashboardCharts::revenueBy(const DashboardData& data)
{
    QChart* chart = newChart(data.breakdownTitle());
    if (const QString empty = data.emptyNote(DashboardData::RevenueBy); !empty.isEmpty())
        return emptyChart(chart, empty);
    // Largest first from the query; keep 12 and add up the rest, so the chart stays readable.
    const int keep = 12;
    QList<QPair<QString, qint64>> rows;
    qint64 rest = 0;
    for (int i = 0; i < data.revenueBy.size(); ++i) {
        if (i < keep)
            rows << data.revenueBy.at(i);
        else
            rest += data.revenueBy.at(i).second;
    }
    if (rest > 0)
        rows << qMakePair(tr("Other"), rest);
    qint64 maxMinor = 0;
    for (const auto& row : rows)
        maxMinor = std::max(maxMinor, row.second);
    const ReportFormat::MoneyScale scale = ReportFormat::moneyScale(maxMinor, data.currency);
    chart->setProperty("moneyScale", scale.divisor);

    auto* set = new QBarSet(tr("Won"));
    set->setColor(accent);
    set->setBorderColor(accent.darker(115));
    QStringList categories;
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        QString name = rows.at(i).first.isEmpty() ? tr("(none)") : rows.at(i).first;
        if (data.breakdown == ReportQueries::Breakdown::Industry && !rows.at(i).first.isEmpty())
            name = seededName(name);
        // Category names must be unique.
        while (categories.contains(name))
            name += QLatin1Char(' ');
        categories << name;
        set->append(rows.at(i).second / scale.divisor);
    }
    auto* series = new QHorizontalBarSeries;
    series->setObjectName(QStringLiteral("revenueBy"));
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* names = new QBarCategoryAxis;
    names->append(categories);
    names->setGridLineVisible(false);
    if (categories.size() > 6) {
        // Rows get thin; a label taller than its row is elided to "…".
        QFont small = names->labelsFont();
        small.setPointSizeF(7);
        names->setLabelsFont(small);
    }
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    QValueAxis* amounts = valueAxis(maxMinor / scale.divisor, scale.title);
    chart->addAxis(amounts, Qt::AlignBottom);
    series->attachAxis(amounts);
    chart->legend()->setVisible(false);
    return chart;
}

QChart* DashboardCharts::conversion(const DashboardData& data)
{
    QChart* chart = newChart(tr("Conversion to the next stage and days in stage"));
    if (const QString empty = data.emptyNote(DashboardData::Conversion); !empty.isEmpty())
        return emptyChart(chart, empty);
    auto* rates = new QBarSet(tr("Conversion (%)"));
    rates->setColor(accent);
    rates->setBorderColor(accent.darker(115));
    auto* days = new QLineSeries;
    days->setObjectName(QStringLiteral("days"));
    days->setName(tr("Average days in stage"));
    days->setPen(QPen(QColor(0xf0, 0x9a, 0x36), 2));
    days->setPointsVisible(true);
    QStringList categories;
    double maxRate = 100;
    double maxDays = 1;
    for (int i = 0; i < data.conversion.size(); ++i) {
        const auto& step = data.conversion.at(i);
        // The step is named by the stage it leaves (the next stage is in the table); full names do not fit.
        categories << data.stageName(step.fromStage);
        // Bar labels print a value as short as it goes ("81" for 81.0, "83.7"), so one precision for all
        // bars means whole percents here; the table beside the chart has the decimal.
        rates->append(std::round(step.rate * 100.0));
        days->append(i, step.avgDaysInFrom);
        maxRate = std::max(maxRate, step.rate * 100.0);
        maxDays = std::max(maxDays, step.avgDaysInFrom);
    }
    auto* bars = new QBarSeries;
    bars->setObjectName(QStringLiteral("conversion"));
    bars->append(rates);
    bars->setBarWidth(0.6);
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(QStringLiteral("@value%"));
    bars->setLabelsPrecision(3);
    chart->addSeries(bars);
    chart->addSeries(days);
    auto* steps = new QBarCategoryAxis;
    steps->append(categories);
    steps->setGridLineVisible(false);
    chart->addAxis(steps, Qt::AlignBottom);
    bars->attachAxis(steps);
    days->attachAxis(steps);
    QValueAxis* percentAxis = valueAxis(maxRate, tr("%"));
    chart->addAxis(percentAxis, Qt::AlignLeft);
    bars->attachAxis(percentAxis);
    QValueAxis* dayAxis = valueAxis(maxDays, tr("days"));
    dayAxis->setGridLineVisible(false);
    chart->addAxis(dayAxis, Qt::AlignRight);
    days->attachAxis(dayAxis);
    return chart;
}

QChart* DashboardCharts::tiers(const DashboardData& data)
{
    QChart* chart = newChart(tr("Customer value tiers (ABC)"));
    if (const QString empty = data.emptyNote(DashboardData::Tiers); !empty.isEmpty())
        return emptyChart(chart, empty);
    auto* series = new QPieSeries;
    series->setObjectName(QStringLiteral("tiers"));
    series->setPieSize(0.62);
    series->setHoleSize(0.3);
    const QList<QColor> colors = {accent, QColor(0xf0, 0x9a, 0x36), QColor(0xb8, 0xc4, 0xd2)};
    for (int i = 0; i < data.tiers.size(); ++i) {
        const auto& tier = data.tiers.at(i);
        const QString label = tr("%1: %n customer(s), %2", "tier, share", tier.customers)
                                  .arg(ReportFormat::tierName(tier.tier), ReportFormat::percent(tier.share));
        QPieSlice* slice = series->append(label, Money::toMajor(tier.revenueMinor, data.currency));
        slice->setColor(colors.value(i, palette.value(i)));
        slice->setLabelVisible(false); // the legend carries the labels; outside labels get clipped
        slice->setProperty("customers", tier.customers);
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart* DashboardCharts::activity(const DashboardData& data)
{
    QChart* chart = newChart(tr("Follow-ups per week by channel", "counts of follow-ups"));
    if (const QString empty = data.emptyNote(DashboardData::Activity); !empty.isEmpty())
        return emptyChart(chart, empty);
    const QList<QDate> weeks = data.weeks();
    const QStringList channels = data.channels();
    QHash<QDate, int> weekIndex;
    for (int i = 0; i < weeks.size(); ++i)
        weekIndex.insert(weeks.at(i), i);
    auto* series = new QStackedBarSeries;
    series->setObjectName(QStringLiteral("activity"));
    QHash<QString, QBarSet*> sets;
    int maxTotal = 1;
    QList<int> totals(weeks.size(), 0);
    for (int c = 0; c < channels.size(); ++c) {
        auto* set = new QBarSet(ReportFormat::channelName(channels.at(c)));
        set->setColor(palette.value(c % palette.size()));
        set->setBorderColor(palette.value(c % palette.size()).darker(115));
        set->setProperty("channel", channels.at(c));
        for (int w = 0; w < weeks.size(); ++w)
            set->append(0);
        sets.insert(channels.at(c), set);
        series->append(set);
    }
    for (const auto& row : data.activity) {
        const int w = weekIndex.value(row.weekStart);
        QBarSet* set = sets.value(row.channel);
        set->replace(w, set->at(w) + row.count);
        totals[w] += row.count;
        maxTotal = std::max(maxTotal, totals[w]);
    }
    series->setBarWidth(std::min(0.75, 0.1 + 0.08 * double(weeks.size()))); // one week is no wall
    chart->addSeries(series);
    QAbstractAxis* axis = nullptr;
    if (weeks.size() <= 14) {
        auto* byWeek = new QBarCategoryAxis;
        for (const QDate& week : weeks)
            byWeek->append(ReportFormat::week(week));
        axis = byWeek;
    } else {
        // Dozens of weeks: a bar category axis gives each label one bar's width and elides them all to
        // "…". A category axis over the bar positions labels a run of weeks with its first week instead.
        auto* runs = new QCategoryAxis;
        runs->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
        runs->setRange(-0.5, double(weeks.size()) - 0.5);
        runs->setStartValue(-0.5);
        const int step = int((weeks.size() + 11) / 12);
        QStringList used;
        for (int i = 0; i < weeks.size(); i += step) {
            QString label = ReportFormat::week(weeks.at(i));
            while (used.contains(label)) // labels are the axis' keys; a range over a year repeats week numbers
                label += QChar(0x200B);
            used << label;
            runs->append(label, double(std::min<qsizetype>(i + step, weeks.size())) - 0.5);
        }
        QFont small = runs->labelsFont();
        small.setPointSizeF(7);
        runs->setLabelsFont(small);
        runs->setTitleText(tr("ISO week"));
        QFont titleFont = runs->titleFont();
        titleFont.setPointSizeF(8);
        titleFont.setBold(false);
        runs->setTitleFont(titleFont);
        axis = runs;
    }
    axis->setGridLineVisible(false);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    QValueAxis* counts = valueAxis(maxTotal, tr("Follow-ups", "axis title: a count of follow-ups"), true);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    return chart;
}

QString DashboardCharts::emptyMessage(const QChart* chart)
{
    return chart ? chart->property("emptyMessage").toString() : QString();
}

void DashboardCharts::setTicks(QValueAxis* axis, double max, bool wholeNumbers)
{
    const double top = max > 0 ? max * 1.08 : 1; // a little room above the tallest bar
    // A 1-2-5 step for at most six intervals; counts step by whole numbers.
    const double raw = top / 6;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    for (const double factor : {1.0, 2.0, 5.0}) {
        if (factor * magnitude >= raw * (1 - 1e-9)) {
            step = factor * magnitude;
            break;
        }
    }
    if (wholeNumbers)
        step = std::max(1.0, std::round(step));
    int intervals = std::max(1, int(std::ceil(top / step - 1e-9)));
    // As many decimals as the step has: 0.5 -> 1, 0.05 -> 2, 20 -> 0. So neighbouring labels always differ.
    int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
    // Labels of one character are narrower than the "..." QtCharts keeps beside the axis title, which it then
    // elides to a lone "⋮" (跟进次数 in Chinese): counts go up to 10 at least, amounts get a decimal.
    if (decimals == 0 && step * intervals < 10) {
        if (wholeNumbers) {
            step = 2;
            intervals = 5;
        } else {
            decimals = 1;
        }
    }
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setRange(0, step * intervals);
    axis->setTickCount(intervals + 1);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
}

#include "BackgroundConnection.h"
#include "ChartExport.h"
#include "ChartView.h"
#include "DashboardCharts.h"
#include "DashboardFixture.h"
#include "DashboardPage.h"
#include "DemoDataGenerator.h"
#include "ReportQueries.h"
#include "TestDatabase.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineSeries>
#include <QMimeData>
#include <QPieSeries>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>

// The dashboard page on fixture data: chart series carry ReportQueries' numbers, the funnel is drawn
// widest at the top, clicks and filters do what they say, charts export and the page renders.
class TestDashboard : public QObject
{
    Q_OBJECT

    template <class T> static T* findSeries(QChart* chart, const QString& name)
    {
        for (QAbstractSeries* series : chart->series()) {
            if (series->objectName() == name)
                return qobject_cast<T*>(series);
        }
        return nullptr;
    }

    // Horizontal bands of rows containing the funnel colour, top to bottom: (first row, widest run).
    static QList<QPair<int, int>> colourBands(const QImage& image, const QColor& colour)
    {
        QList<QPair<int, int>> bands;
        bool inBand = false;
        for (int y = 0; y < image.height(); ++y) {
            int count = 0;
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.red() - colour.red()) < 12 && std::abs(c.green() - colour.green()) < 12 &&
                    std::abs(c.blue() - colour.blue()) < 12)
                    ++count;
            }
            if (count > 2) {
                if (!inBand)
                    bands << qMakePair(y, 0);
                inBand = true;
                bands.last().second = std::max(bands.last().second, count);
            } else {
                inBand = false;
            }
        }
        return bands;
    }

    static std::unique_ptr<DashboardPage> openPage(Database& db)
    {
        auto page = std::make_unique<DashboardPage>(db);
        page->resize(1600, 1000);
        page->setPeriod(DashboardPage::Period::ThisYear);
        page->refresh();
        return page;
    }

private slots:
    void funnelIsWidestOnTopAndCarriesTheCounts_data() { TestDatabase::addTargets(); }
    void funnelIsWidestOnTopAndCarriesTheCounts()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        DashboardFixture fixture;
        QVERIFY2(fixture.fill(*db), qPrintable(fixture.error));
        auto page = openPage(*db);

        ReportQueries queries(*db);
        const auto expected = queries.funnel(page->filter(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QChart* chart = page->chartView(QStringLiteral("funnel"))->chart();
        auto* series = findSeries<QAbstractBarSeries>(chart, DashboardCharts::funnelSeriesName());
        QVERIFY(series);
        QCOMPARE(series->count(), 2); // invisible offset + counts
        QBarSet* counts = series->barSets().at(1);
        // Bars run bottom-up: the last value is the first stage. Lost is not part of the funnel.
        QList<int> shown;
        for (int i = counts->count() - 1; i >= 0; --i)
            shown << int(counts->at(i));
        // Each bar = deals that reached the stage: its own count plus every later non-lost stage's.
        QList<int> reached;
        for (const auto& stage : expected) {
            if (stage.isLost)
                continue;
            for (int& r : reached)
                r += stage.count;
            reached << stage.count;
        }
        QCOMPARE(shown, reached);
        const int w = DashboardFixture::won, d = DashboardFixture::deciding, n = DashboardFixture::negotiating,
                  i5 = DashboardFixture::intent, p = DashboardFixture::potential;
        QCOMPARE(shown, (QList<int>{p + i5 + n + d + w, i5 + n + d + w, n + d + w, d + w, w}));
        // Centred: offset = (widest - bar) / 2.
        QBarSet* offset = series->barSets().at(0);
        for (int i = 0; i < counts->count(); ++i)
            QCOMPARE(offset->at(i), (shown.first() - counts->at(i)) / 2.0);

        // On the picture: the topmost bar is the widest, and the chart is not blank.
        const QImage image = ChartExport::toImage(chart, QSize(800, 500));
        QVERIFY(!image.isNull());
        const auto bands = colourBands(image, counts->color());
        QVERIFY2(bands.size() >= 4, qPrintable(QString::number(bands.size())));
        for (int i = 1; i < bands.size(); ++i)
            QVERIFY2(bands.first().second > bands.at(i).second, qPrintable(QStringLiteral("band %1 is %2 wide, top %3")
                                                                               .arg(i)
                                                                               .arg(bands.at(i).second)
                                                                               .arg(bands.first().second)));
        if (!qEnvironmentVariableIsEmpty("DESKCRM_SHOT_DIR"))
            image.save(QDir(qEnvironmentVariable("DESKCRM_SHOT_DIR"))
                           .filePath(QStringLiteral("dashboard-funnel-%1.png").arg(target)));
    }

    void revenueAndOtherChartsCarryTheQueriesNumbers_data() { TestDatabase::addTargets(); }
    void revenueAndOtherChartsCarryTheQueriesNumbers()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        DashboardFixture fixture;
        QVERIFY2(fixture.fill(*db), qPrintable(fixture.error));
        auto page = openPage(*db);
        ReportQueries queries(*db);
        ReportFilter filter = page->filter();
        filter.currency = page->data().currency;

        // No target yet: no target line.
        QChart* revenue = page->chartView(QStringLiteral("revenue"))->chart();
        QVERIFY(!findSeries<QLineSeries>(revenue, QStringLiteral("target")));
        auto* bars = findSeries<QAbstractBarSeries>(revenue, QStringLiteral("revenue"));
        QVERIFY(bars);
        const double scale = revenue->property("moneyScale").toDouble();
        QVERIFY(scale > 0);
        const auto points = queries.revenue(filter, ReportQueries::Granularity::Month, &error);
        QCOMPARE(bars->barSets().at(0)->count(), int(points.size()));
        qint64 wonSum = 0;
        for (int i = 0; i < points.size(); ++i) {
            QCOMPARE(std::llround(bars->barSets().at(0)->at(i) * scale), points.at(i).wonMinor);
            QCOMPARE(std::llround(bars->barSets().at(1)->at(i) * scale), points.at(i).weightedForecastMinor);
            wonSum += points.at(i).wonMinor;
        }
        QCOMPARE(wonSum, qint64(DashboardFixture::won) * 500000);

        // A team target for this month: the refreshed chart draws the target line at its value.
        ReportQueries::Target t;
        t.teamId = fixture.teamId;
        t.month = QDate::currentDate();
        t.amountMinor = 2500000;
        t.currency = page->data().currency;
        QVERIFY2(!queries.setTarget(t, &error).isEmpty(), qPrintable(error));
        page->refresh();
        revenue = page->chartView(QStringLiteral("revenue"))->chart();
        auto* line = findSeries<QLineSeries>(revenue, QStringLiteral("target"));
        QVERIFY(line);
        const double lineScale = revenue->property("moneyScale").toDouble();
        const int month = QDate::currentDate().month() - 1; // this year by month: index = month - 1
        QCOMPARE(std::llround(line->at(month).y() * lineScale), qint64(2500000));

        // Quarter switch re-reads revenue only and shows four quarters.
        page->setGranularity(ReportQueries::Granularity::Quarter);
        QTRY_COMPARE(page->data().revenue.size(), 4);
        revenue = page->chartView(QStringLiteral("revenue"))->chart();
        QCOMPARE(findSeries<QAbstractBarSeries>(revenue, QStringLiteral("revenue"))->barSets().at(0)->count(), 4);

        // By rep: one bar per rep with won revenue, equal to revenueBy.
        page->setBreakdown(ReportQueries::Breakdown::Rep);
        QTRY_VERIFY(findSeries<QAbstractBarSeries>(page->chartView(QStringLiteral("revenue"))->chart(),
                                                   QStringLiteral("revenueBy")));
        QChart* byRep = page->chartView(QStringLiteral("revenue"))->chart();
        const auto reps = queries.revenueBy(filter, ReportQueries::Breakdown::Rep, &error);
        QBarSet* repSet = findSeries<QAbstractBarSeries>(byRep, QStringLiteral("revenueBy"))->barSets().at(0);
        QCOMPARE(repSet->count(), int(reps.size()));
        const double repScale = byRep->property("moneyScale").toDouble();
        QCOMPARE(std::llround(repSet->at(repSet->count() - 1) * repScale), reps.first().second); // largest on top

        // Conversion bars = rates from stage_history.
        const auto conversion = queries.conversion(filter, &error);
        auto* rates = findSeries<QAbstractBarSeries>(page->chartView(QStringLiteral("conversion"))->chart(),
                                                     QStringLiteral("conversion"));
        QVERIFY(rates);
        QCOMPARE(rates->barSets().at(0)->count(), int(conversion.size()));
        for (int i = 0; i < conversion.size(); ++i)
            QCOMPARE(rates->barSets().at(0)->at(i), std::round(conversion.at(i).rate * 100.0)); // whole percents

        // Tiers: three slices whose customer counts are the query's.
        const auto tiers = queries.tiers(filter, &error);
        auto* pie = findSeries<QPieSeries>(page->chartView(QStringLiteral("tiers"))->chart(), QStringLiteral("tiers"));
        QVERIFY(pie);
        QCOMPARE(pie->count(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(pie->slices().at(i)->property("customers").toInt(), tiers.at(i).customers);

        // Activity: phone 4 + e-mail 2 this week.
        auto* activity = findSeries<QAbstractBarSeries>(page->chartView(QStringLiteral("activity"))->chart(),
                                                        QStringLiteral("activity"));
        QVERIFY(activity);
        double total = 0;
        for (QBarSet* set : activity->barSets())
            total += set->sum();
        QCOMPARE(int(total), 6);

        // Team table rows = reps; overdue tile shows the count.
        QCOMPARE(page->teamTable()->rowCount(), int(queries.teamPerformance(filter, &error).size()));
        QCOMPARE(page->data().overdueTasks, 2);
        auto* overdue = page->findChild<QToolButton*>(QStringLiteral("overdueTasks"));
        QVERIFY(overdue);
        QVERIFY(overdue->text().contains(QLatin1Char('2')));
        QSignalSpy tasks(page.get(), &DashboardPage::tasksRequested);
        overdue->click();
        QCOMPARE(tasks.count(), 1);
    }

    void clickingAStageAsksForItsOpportunities_data() { TestDatabase::addTargets(); }
    void clickingAStageAsksForItsOpportunities()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        DashboardFixture fixture;
        QVERIFY2(fixture.fill(*db), qPrintable(fixture.error));
        auto page = openPage(*db);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QSignalSpy spy(page.get(), &DashboardPage::opportunitiesRequested);

        ChartView* view = page->chartView(QStringLiteral("funnel"));
        QChart* chart = view->chart();
        auto* series = findSeries<QAbstractBarSeries>(chart, DashboardCharts::funnelSeriesName());
        const int top = series->barSets().at(1)->count() - 1;
        // The middle of the top bar: x = offset + count / 2 = widest / 2.
        const QPointF inChart = chart->mapToPosition(QPointF(series->barSets().at(1)->at(top) / 2.0, top), series);
        const QPoint atView = view->mapFromScene(chart->mapToScene(inChart));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, atView);
        QTRY_COMPARE(spy.count(), 1);
        const QVariantMap filters = spy.at(0).at(0).toMap();
        QCOMPARE(filters.value(QStringLiteral("stage")).toString(), DashboardFixture::stage(1));
        QCOMPARE(filters.value(QStringLiteral("from")).toDate(), page->filter().from);
    }

    void filtersApplyToEveryChartAndRefreshRedraws_data() { TestDatabase::addTargets(); }
    void filtersApplyToEveryChartAndRefreshRedraws()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        DashboardFixture fixture;
        QVERIFY2(fixture.fill(*db), qPrintable(fixture.error));
        auto page = openPage(*db);

        page->setOwner(fixture.repB);
        QTRY_COMPARE(page->data().filter.ownerId, fixture.repB);
        ReportQueries queries(*db);
        ReportFilter filter = page->filter();
        QCOMPARE(filter.ownerId, fixture.repB);
        const auto funnel = queries.funnel(filter, &error);
        auto* series = findSeries<QAbstractBarSeries>(page->chartView(QStringLiteral("funnel"))->chart(),
                                                      DashboardCharts::funnelSeriesName());
        int reachedFirst = 0;
        for (const auto& stage : funnel)
            reachedFirst += stage.isLost ? 0 : stage.count;
        QCOMPARE(int(series->barSets().at(1)->at(series->barSets().at(1)->count() - 1)), reachedFirst);
        QVERIFY(funnel.first().count < DashboardFixture::potential); // repB owns only part of Potential
        QCOMPARE(page->data().activity.size(), 0);                   // every follow-up is repA's
        QCOMPARE(page->data().overdueTasks, 1);

        // A custom period without the fixture's month: empty funnel.
        const QDate longAgo(2001, 1, 1);
        page->setOwner(QString());
        page->setPeriod(DashboardPage::Period::Custom, longAgo, longAgo.addMonths(1));
        QTRY_COMPARE(page->data().filter.from, longAgo);
        for (const auto& stage : page->data().funnel)
            QCOMPARE(stage.count, 0);

        // Data changes, refresh() redraws.
        page->setPeriod(DashboardPage::Period::ThisYear);
        page->refresh();
        const int before = DashboardFixture::potential + DashboardFixture::intent + DashboardFixture::negotiating +
                           DashboardFixture::deciding + DashboardFixture::won;
        QVERIFY2(fixture.addOpenDeal(), qPrintable(fixture.error));
        page->refresh();
        series = findSeries<QAbstractBarSeries>(page->chartView(QStringLiteral("funnel"))->chart(),
                                                DashboardCharts::funnelSeriesName());
        QCOMPARE(int(series->barSets().at(1)->at(series->barSets().at(1)->count() - 1)), before + 1);
    }

    // Every figure as the user reads it: key figures, the tables and the currency note.
    static QStringList shownFigures(const DashboardData& data)
    {
        QStringList shown{data.currency, data.otherCurrenciesNote()};
        for (const auto& figure : data.keyFigures())
            shown << figure.first + QLatin1Char('=') + figure.second;
        for (const ReportTable& table :
             {data.funnelTable(), data.revenueTable(), data.revenueByTable(), data.conversionTable(), data.teamTable(),
              data.tiersTable(), data.activityTable()}) {
            shown << table.title << table.headers.join(QLatin1Char('|')) << table.note;
            for (const QStringList& row : table.rows)
                shown << row.join(QLatin1Char('|'));
        }
        return shown;
    }

    // The page reads part of its figures on a second connection: they are exactly those of one
    // connection, and what the first connection commits is in the next refresh.
    void backgroundConnectionGivesTheSameFigures_data() { TestDatabase::addTargets(); }
    void backgroundConnectionGivesTheSameFigures()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        DashboardFixture fixture;
        QVERIFY2(fixture.fill(*db), qPrintable(fixture.error));
        QVERIFY(BackgroundConnection::supports(*db));
        BackgroundConnection background(*db);
        background.run([](Database*, const QString&) {}).get();
        QVERIFY(background.isOpen()); // so the costliest read, team performance, is always its

        const auto range = DashboardPage::periodRange(DashboardPage::Period::ThisYear, QDate::currentDate());
        auto load = [&](const QString& ownerId, BackgroundConnection* second, DashboardData* data) {
            data->filter.from = range.first;
            data->filter.to = range.second;
            data->filter.ownerId = ownerId;
            return data->load(*db, second, &error);
        };
        for (const QString& owner : {QString(), fixture.repB}) {
            DashboardData one, two;
            QVERIFY2(load(owner, nullptr, &one), qPrintable(error));
            QVERIFY2(load(owner, &background, &two), qPrintable(error));
            QCOMPARE(shownFigures(two), shownFigures(one));
            QCOMPARE(two.overdueTasks, one.overdueTasks);
            QCOMPARE(two.wonTotal(), one.wonTotal());
        }
        DashboardData before;
        QVERIFY2(load(QString(), &background, &before), qPrintable(error));
        const auto pipelineOf = [&](const DashboardData& data) {
            for (const auto& rep : data.team) {
                if (rep.userId == fixture.repA)
                    return rep.pipelineMinor;
            }
            return qint64(-1);
        };
        QVERIFY(pipelineOf(before) > 0);

        QVERIFY2(fixture.addOpenDeal(), qPrintable(fixture.error));
        DashboardData after, sequential;
        QVERIFY2(load(QString(), &background, &after), qPrintable(error));
        QCOMPARE(pipelineOf(after), pipelineOf(before) + 1000);
        QVERIFY2(load(QString(), nullptr, &sequential), qPrintable(error));
        QCOMPARE(shownFigures(after), shownFigures(sequential));

        // A part at a time, as a switch of the revenue view reloads.
        DashboardData part;
        part.parts = DashboardData::RevenueBy;
        part.breakdown = ReportQueries::Breakdown::Industry;
        QVERIFY2(load(QString(), &background, &part), qPrintable(error));
        QCOMPARE(part.revenueBy.size(), 3);
        QVERIFY(part.team.isEmpty());
    }

    void chartsSaveAsPngAndSvgAndCopy()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        DashboardFixture fixture;
        QVERIFY2(fixture.fill(*db), qPrintable(fixture.error));
        auto page = openPage(*db);
        QTemporaryDir dir;
        QString next;
        QStringList suggested;
        page->setFileNameProvider([&](const QString&, const QString& name, const QString&) {
            suggested << name;
            return next;
        });
        ChartView* view = page->chartView(QStringLiteral("revenue"));
        QSignalSpy exported(view, &ChartView::exported);

        next = dir.filePath(QStringLiteral("revenue.png"));
        view->findChild<QAction*>(QStringLiteral("savePng"))->trigger();
        QCOMPARE(exported.count(), 1);
        QImage png(next);
        QVERIFY(!png.isNull());
        QVERIFY(png.width() >= view->width());
        QCOMPARE(suggested.last(), QStringLiteral("revenue.png"));

        next = dir.filePath(QStringLiteral("revenue.svg"));
        view->findChild<QAction*>(QStringLiteral("saveSvg"))->trigger();
        QCOMPARE(exported.count(), 2);
        QFile svg(next);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray content = svg.readAll();
        QVERIFY(content.contains("<svg"));
        QVERIFY(content.size() > 2000);

        // Cancelled: nothing written, nothing signalled.
        next.clear();
        view->findChild<QAction*>(QStringLiteral("savePng"))->trigger();
        QCOMPARE(exported.count(), 2);

        QApplication::clipboard()->clear();
        view->findChild<QAction*>(QStringLiteral("copyChart"))->trigger();
        const QMimeData* mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QVERIFY(mime->hasImage());
        QVERIFY(mime->data(QStringLiteral("image/svg+xml")).contains("<svg"));

        // Dashboard PDF/CSV export through the same provider.
        next = dir.filePath(QStringLiteral("overview.csv"));
        page->exportCsv();
        QFile csv(next);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.contains(QStringLiteral("王小明")));
        next = dir.filePath(QStringLiteral("overview.pdf"));
        page->exportPdf();
        QVERIFY(QFileInfo(next).size() > 10000);
    }

    void pageRendersWithinBudget()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        DashboardFixture fixture;
        QVERIFY2(fixture.fill(*db), qPrintable(fixture.error));
        ReportFilter filter;
        filter.from = QDate(QDate::currentDate().year(), 1, 1);
        filter.to = QDate(QDate::currentDate().year(), 12, 31);
        QImage image;
        const DashboardPage::Timing timing = DashboardPage::measure(*db, filter, QSize(1600, 1000), &image);
        QCOMPARE(image.size(), QSize(1600, 1000) * image.devicePixelRatio());
        qInfo("dashboard: queries %lld ms, charts %lld ms, render %lld ms, total %lld ms", timing.queries,
              timing.charts, timing.render, timing.total);
        // Not blank: many distinct colours in the picture.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);
        if (!qEnvironmentVariableIsEmpty("DESKCRM_SHOT_DIR"))
            image.save(
                QDir(qEnvironmentVariable("DESKCRM_SHOT_DIR")).filePath(QStringLiteral("dashboard-fixture.png")));
    }

    // Demo data (the first-run choice) renders in every revenue view; DESKCRM_SHOT_DIR keeps the pictures.
    void demoDataRendersInEveryView()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        DemoDataGenerator generator(*db);
        DemoDataGenerator::Options options;
        options.customers = 400;
        QVERIFY2(generator.generate(options, &error), qPrintable(error));
        DashboardPage page(*db);
        page.resize(1600, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString dir = qEnvironmentVariable("DESKCRM_SHOT_DIR");
        const struct
        {
            ReportQueries::Breakdown breakdown;
            const char* name;
        } views[] = {{ReportQueries::Breakdown::None, "year"},
                     {ReportQueries::Breakdown::Rep, "by-rep"},
                     {ReportQueries::Breakdown::Industry, "by-industry"}};
        for (const auto& view : views) {
            page.setBreakdown(view.breakdown);
            page.refresh();
            QImage image;
            const DashboardPage::Timing timing = page.refreshAndRender(&image);
            qInfo("%s: queries %lld ms, charts %lld ms, render %lld ms", view.name, timing.queries, timing.charts,
                  timing.render);
            QVERIFY(page.data().wonTotal() > 0);
            if (!dir.isEmpty())
                image.save(QDir(dir).filePath(QStringLiteral("dashboard-demo-%1.png").arg(QLatin1String(view.name))));
        }
        page.setPeriod(DashboardPage::Period::ThisQuarter);
        page.setBreakdown(ReportQueries::Breakdown::None);
        QImage image;
        page.refreshAndRender(&image);
        if (!dir.isEmpty())
            image.save(QDir(dir).filePath(QStringLiteral("dashboard-demo-quarter.png")));
        page.setReportKind(ReportDocument::Kind::Overview);
        if (!dir.isEmpty())
            QVERIFY2(page.exportPdfTo(QDir(dir).filePath(QStringLiteral("dashboard-demo-overview.pdf")), &error),
                     qPrintable(error));
    }

    // Manual measurement on a big database: DESKCRM_DASHBOARD_DB=path|url ctest -R TestDashboard.
    void measureDatabaseFromEnvironment()
    {
        const QString location = qEnvironmentVariable("DESKCRM_DASHBOARD_DB");
        if (location.isEmpty())
            QSKIP("DESKCRM_DASHBOARD_DB not set");
        ConnectionSettings settings;
        QString error;
        QVERIFY2(ConnectionSettings::parse(location, &settings, &error), qPrintable(error));
        auto db = Database::open(settings, &error);
        QVERIFY2(db, qPrintable(error));
        ReportFilter filter;
        filter.from = QDate(QDate::currentDate().year(), 1, 1);
        filter.to = QDate(QDate::currentDate().year(), 12, 31);
        DashboardPage page(*db);
        page.resize(1600, 1000);
        page.show();
        page.setPeriod(DashboardPage::Period::ThisYear);
        page.refresh(); // warm-up: fonts, caches
        for (int run = 0; run < 3; ++run) {
            QImage image;
            const DashboardPage::Timing t = page.refreshAndRender(&image);
            qInfo("run %d: queries %lld ms, charts %lld ms, render %lld ms, total %lld ms", run, t.queries, t.charts,
                  t.render, t.total);
            if (run == 0 && !qEnvironmentVariableIsEmpty("DESKCRM_SHOT_DIR"))
                image.save(
                    QDir(qEnvironmentVariable("DESKCRM_SHOT_DIR")).filePath(QStringLiteral("dashboard-big.png")));
        }
        QTemporaryDir dir;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(ReportDocument::writePdf(*db, ReportDocument::Kind::Overview, filter,
                                          dir.filePath(QStringLiteral("overview.pdf")), &error),
                 qPrintable(error));
        qInfo("overview PDF: %lld ms", timer.elapsed());
    }
};

QTEST_MAIN(TestDashboard)
#include "TestDashboard.moc"

#include "DashboardBench.h"

#include "BackgroundConnection.h"
#include "BenchScenario.h"
#include "DashboardBenchData.h"
#include "DashboardData.h"
#include "DashboardPage.h"
#include "Database.h"
#include "ReportDocument.h"
#include "ReportQueries.h"
#include "UserAdministration.h"

#include <QElapsedTimer>
#include <QSize>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace {
const QString kBench = QStringLiteral("dashboard");

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

// What the user waits for: DashboardData::load on one connection and on two, the whole page (a new page
// each run: refresh, charts, paint; then F5 on one open page) and the overview PDF. False with *error
// when a run fails.
bool measureDashboard(Database& db, const ReportFilter& year, int runs, const QMap<QString, QString>& tags,
                      QString* error)
{
    // Sequential: every query on db; parallel: shared with a second connection, as the page does.
    BackgroundConnection background(db);
    for (BackgroundConnection* second : {static_cast<BackgroundConnection*>(nullptr), &background}) {
        std::vector<double> load;
        for (int run = 0; run <= runs; ++run) { // run 0 warms up
            DashboardData data;
            data.filter = year;
            QElapsedTimer timer;
            timer.start();
            if (!data.load(db, second, error))
                return false;
            if (run > 0)
                load.push_back(timer.nsecsElapsed() / 1e6);
        }
        const QString metric =
            second ? QStringLiteral("dashboard_load_parallel_ms") : QStringLiteral("dashboard_load_sequential_ms");
        BenchScenario::print(kBench, metric, median(load), QStringLiteral("ms"), tags);
    }

    std::vector<double> total, queries, charts, render;
    for (int run = 0; run <= runs; ++run) {
        const DashboardPage::Timing timing = DashboardPage::measure(db, year, QSize(1600, 1000));
        if (run == 0)
            continue;
        total.push_back(timing.total);
        queries.push_back(timing.queries);
        charts.push_back(timing.charts);
        render.push_back(timing.render);
    }
    BenchScenario::print(kBench, QStringLiteral("full_dashboard_ms"), median(total), QStringLiteral("ms"), tags);
    BenchScenario::print(kBench, QStringLiteral("full_dashboard_queries_ms"), median(queries), QStringLiteral("ms"),
                         tags);
    BenchScenario::print(kBench, QStringLiteral("full_dashboard_charts_ms"), median(charts), QStringLiteral("ms"),
                         tags);
    BenchScenario::print(kBench, QStringLiteral("full_dashboard_render_ms"), median(render), QStringLiteral("ms"),
                         tags);

    // F5 on a page that is already open: its second connection is connected and its cache warm.
    DashboardPage page(db);
    page.resize(1600, 1000);
    page.setPeriod(DashboardPage::Period::Custom, year.from, year.to);
    page.show();
    std::vector<double> refresh;
    for (int run = 0; run <= runs; ++run) {
        const DashboardPage::Timing timing = page.refreshAndRender();
        if (run > 0)
            refresh.push_back(timing.total);
    }
    BenchScenario::print(kBench, QStringLiteral("full_dashboard_refresh_ms"), median(refresh), QStringLiteral("ms"),
                         tags);

    QTemporaryDir dir;
    std::vector<double> pdf;
    for (int run = 0; run <= runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        if (!ReportDocument::writePdf(db, ReportDocument::Kind::Overview, year,
                                      dir.filePath(QStringLiteral("overview-%1.pdf").arg(run)), error))
            return false;
        if (run > 0)
            pdf.push_back(timer.nsecsElapsed() / 1e6);
    }
    BenchScenario::print(kBench, QStringLiteral("overview_pdf_ms"), median(pdf), QStringLiteral("ms"), tags);
    return true;
}
} // namespace

int runDashboardBench(const QStringList& args)
{
    QTextStream err(stderr);
    const qint64 opportunities =
        BenchScenario::option(args, QStringLiteral("--opportunities"), QStringLiteral("1000000")).toLongLong();
    const int runs = std::max(1, BenchScenario::option(args, QStringLiteral("--runs"), QStringLiteral("7")).toInt());
    const quint64 seed = BenchScenario::option(args, QStringLiteral("--seed"), QStringLiteral("1")).toULongLong();
    QString url = BenchScenario::option(args, QStringLiteral("--database"));
    QTemporaryDir dir;
    if (url.isEmpty())
        url = dir.filePath(QStringLiteral("dashboard.sqlite"));

    ConnectionSettings settings;
    QString error;
    if (!ConnectionSettings::parse(url, &settings, &error)) {
        err << error << Qt::endl;
        return 2;
    }
    auto db = Database::open(settings, &error);
    if (!db) {
        err << error << Qt::endl;
        return 1;
    }
    const QString backend = db->sqlDialect().name();
    const QMap<QString, QString> tags{{QStringLiteral("backend"), backend},
                                      {QStringLiteral("opportunities"), QString::number(opportunities)}};

    DashboardBenchData data(*db);
    const qint64 existing = data.opportunityCount(&error);
    if (existing < 0) {
        err << error << Qt::endl;
        return 1;
    }
    if (existing < opportunities) {
        DashboardBenchData::Options options;
        options.opportunities = opportunities - existing;
        options.seed = seed;
        options.progress = [&err](qint64 done, qint64 total) { err << done << " / " << total << Qt::endl; };
        QElapsedTimer timer;
        timer.start();
        if (!data.generate(options, &error)) {
            err << error << Qt::endl;
            return 1;
        }
        BenchScenario::print(kBench, QStringLiteral("generate_s"), timer.elapsed() / 1000.0, QStringLiteral("s"), tags);
    }

    // --as-lead (PostgreSQL): the same refresh as a team lead signed in with their own login role, so every query
    // runs under row-level security and sums only the team's rows (issue 16's "dashboard for a team lead").
    std::unique_ptr<Database> asLead;
    Database* measured = db.get();
    QMap<QString, QString> measuredTags = tags;
    if (args.contains(QStringLiteral("--as-lead"))) {
        UserAdministration users(*db);
        const QString lead = data.sampleUser(&error);
        if (!users.isAvailable() || lead.isEmpty()) {
            err << "--as-lead needs a PostgreSQL database with bench users" << (error.isEmpty() ? "" : ": ") << error
                << Qt::endl;
            return 2;
        }
        const QString password = QStringLiteral("bench-password-1");
        for (const WriteResult& step :
             {users.changeRole(lead, QStringLiteral("lead")), users.enableLogin(lead, password)}) {
            // enableLogin refuses a user who has a login already (a second run): the password is the bench's own.
            if (!step.ok() && !step.message.contains(QLatin1String("already exists"))) {
                err << step.message << Qt::endl;
                return 1;
            }
        }
        ConnectionSettings leadSettings = settings;
        leadSettings.user = lead;
        leadSettings.password = password;
        asLead = Database::open(leadSettings, &error);
        if (!asLead) {
            err << error << Qt::endl;
            return 1;
        }
        measured = asLead.get();
        measuredTags.insert(QStringLiteral("as"), QStringLiteral("lead"));
    }
    ReportQueries reports(*measured);
    ReportFilter year{QDate(2025, 1, 1), QDate(2025, 12, 31), QString(), QString(), QString()};
    QElapsedTimer timer;
    timer.start();
    year.currency = reports.mainCurrency(&error);
    BenchScenario::print(kBench, QStringLiteral("main_currency_ms"), timer.nsecsElapsed() / 1e6, QStringLiteral("ms"),
                         measuredTags);

    // One dashboard refresh = every query below once, with the currency resolved.
    const QDate today(2025, 12, 31);
    const std::vector<std::pair<QString, std::function<bool(const ReportFilter&)>>> queries = {
        {QStringLiteral("funnel"), [&](const ReportFilter& f) { return !reports.funnel(f, &error).isEmpty(); }},
        {QStringLiteral("revenue_month"),
         [&](const ReportFilter& f) {
             return !reports.revenue(f, ReportQueries::Granularity::Month, &error).isEmpty();
         }},
        {QStringLiteral("revenue_quarter"),
         [&](const ReportFilter& f) {
             return !reports.revenue(f, ReportQueries::Granularity::Quarter, &error).isEmpty();
         }},
        {QStringLiteral("revenue_by_rep"),
         [&](const ReportFilter& f) { return !reports.revenueBy(f, ReportQueries::Breakdown::Rep, &error).isEmpty(); }},
        {QStringLiteral("revenue_by_team"),
         [&](const ReportFilter& f) {
             return !reports.revenueBy(f, ReportQueries::Breakdown::Team, &error).isEmpty();
         }},
        {QStringLiteral("revenue_by_industry"),
         [&](const ReportFilter& f) {
             return !reports.revenueBy(f, ReportQueries::Breakdown::Industry, &error).isEmpty();
         }},
        {QStringLiteral("conversion"), [&](const ReportFilter& f) { return !reports.conversion(f, &error).isEmpty(); }},
        {QStringLiteral("team_performance"),
         [&](const ReportFilter& f) { return !reports.teamPerformance(f, &error).isEmpty(); }},
        {QStringLiteral("tiers"), [&](const ReportFilter& f) { return reports.tiers(f, &error).size() == 3; }},
        {QStringLiteral("activity"), [&](const ReportFilter& f) { return !reports.activity(f, &error).isEmpty(); }},
        {QStringLiteral("overdue_tasks"),
         [&](const ReportFilter& f) {
             error.clear();
             reports.overdueTasks(f, today, &error);
             return error.isEmpty();
         }},
        {QStringLiteral("other_currencies"),
         [&](const ReportFilter& f) {
             error.clear();
             reports.otherCurrencies(f, &error);
             return error.isEmpty();
         }},
    };
    for (const auto& query : queries) { // warm-up, and a check that each query answers
        if (!query.second(year)) {
            err << query.first << ": " << (error.isEmpty() ? QStringLiteral("no rows") : error) << Qt::endl;
            return 1;
        }
    }
    std::vector<double> all;
    std::vector<std::vector<double>> each(queries.size());
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer total;
        total.start();
        for (size_t i = 0; i < queries.size(); ++i) {
            QElapsedTimer one;
            one.start();
            queries[i].second(year);
            each[i].push_back(one.nsecsElapsed() / 1e6);
        }
        all.push_back(total.nsecsElapsed() / 1e6);
    }
    for (size_t i = 0; i < queries.size(); ++i)
        BenchScenario::print(kBench, queries[i].first + QStringLiteral("_ms"), median(each[i]), QStringLiteral("ms"),
                             measuredTags);
    BenchScenario::print(kBench, QStringLiteral("all_queries_ms"), median(all), QStringLiteral("ms"), measuredTags);

    // The same refresh filtered to one rep (the dashboard's rep filter).
    ReportFilter rep = year;
    const auto reps = reports.teamPerformance(year, &error);
    rep.ownerId = reps.isEmpty() ? QString() : reps.first().userId;
    std::vector<double> filtered;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer total;
        total.start();
        for (const auto& query : queries)
            query.second(rep);
        filtered.push_back(total.nsecsElapsed() / 1e6);
    }
    BenchScenario::print(kBench, QStringLiteral("all_queries_one_rep_ms"), median(filtered), QStringLiteral("ms"),
                         measuredTags);

    // The customer tiers take a different path per period (0007's histogram for one calendar year, per-customer
    // yearly sums for several, the won deals otherwise and for one rep): each path's cost.
    const std::vector<std::pair<QString, ReportFilter>> tierPeriods = {
        {QStringLiteral("tiers_quarter_ms"),
         ReportFilter{QDate(2025, 10, 1), QDate(2025, 12, 31), QString(), QString(), year.currency}},
        {QStringLiteral("tiers_month_ms"),
         ReportFilter{QDate(2025, 11, 1), QDate(2025, 11, 30), QString(), QString(), year.currency}},
        {QStringLiteral("tiers_two_years_ms"),
         ReportFilter{QDate(2024, 1, 1), QDate(2025, 12, 31), QString(), QString(), year.currency}},
        {QStringLiteral("tiers_twelve_months_ms"),
         ReportFilter{QDate(2025, 3, 1), QDate(2026, 2, 28), QString(), QString(), year.currency}},
        {QStringLiteral("tiers_one_rep_ms"), rep},
    };
    for (const auto& period : tierPeriods) {
        std::vector<double> times;
        for (int run = 0; run <= runs; ++run) { // the first run warms up
            QElapsedTimer one;
            one.start();
            if (reports.tiers(period.second, &error).size() != 3) {
                err << period.first << ": " << error << Qt::endl;
                return 1;
            }
            if (run > 0)
                times.push_back(one.nsecsElapsed() / 1e6);
        }
        BenchScenario::print(kBench, period.first, median(times), QStringLiteral("ms"), measuredTags);
    }

    if (!measureDashboard(*measured, year, runs, measuredTags, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    return 0;
}

DESKCRM_BENCH_SCENARIO("dashboard", runDashboardBench,
                       "dashboard [--opportunities N] [--database URL] [--runs K] [--seed S] [--as-lead]")

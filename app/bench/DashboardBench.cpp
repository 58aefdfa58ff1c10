#include "DashboardBench.h"

#include "BenchScenario.h"
#include "DashboardBenchData.h"
#include "Database.h"
#include "ReportQueries.h"

#include <QElapsedTimer>
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
} // namespace

int runDashboardBench(const QStringList& args)
{
    QTextStream err(stderr);
    const qint64 opportunities = BenchScenario::option(args, QStringLiteral("--opportunities"), QStringLiteral("1000000")).toLongLong();
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
    const QString backend = db->isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
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

    ReportQueries reports(*db);
    ReportFilter year{QDate(2025, 1, 1), QDate(2025, 12, 31), QString(), QString(), QString()};
    QElapsedTimer timer;
    timer.start();
    year.currency = reports.mainCurrency(&error);
    BenchScenario::print(kBench, QStringLiteral("main_currency_ms"), timer.nsecsElapsed() / 1e6, QStringLiteral("ms"), tags);

    // One dashboard refresh = every query below once, with the currency resolved.
    const QDate today(2025, 12, 31);
    const std::vector<std::pair<QString, std::function<bool(const ReportFilter&)>>> queries = {
        {QStringLiteral("funnel"), [&](const ReportFilter& f) { return !reports.funnel(f, &error).isEmpty(); }},
        {QStringLiteral("revenue_month"), [&](const ReportFilter& f) { return !reports.revenue(f, ReportQueries::Granularity::Month, &error).isEmpty(); }},
        {QStringLiteral("revenue_quarter"), [&](const ReportFilter& f) { return !reports.revenue(f, ReportQueries::Granularity::Quarter, &error).isEmpty(); }},
        {QStringLiteral("revenue_by_rep"), [&](const ReportFilter& f) { return !reports.revenueBy(f, ReportQueries::Breakdown::Rep, &error).isEmpty(); }},
        {QStringLiteral("revenue_by_team"), [&](const ReportFilter& f) { return !reports.revenueBy(f, ReportQueries::Breakdown::Team, &error).isEmpty(); }},
        {QStringLiteral("revenue_by_industry"), [&](const ReportFilter& f) { return !reports.revenueBy(f, ReportQueries::Breakdown::Industry, &error).isEmpty(); }},
        {QStringLiteral("conversion"), [&](const ReportFilter& f) { return !reports.conversion(f, &error).isEmpty(); }},
        {QStringLiteral("team_performance"), [&](const ReportFilter& f) { return !reports.teamPerformance(f, &error).isEmpty(); }},
        {QStringLiteral("tiers"), [&](const ReportFilter& f) { return reports.tiers(f, &error).size() == 3; }},
        {QStringLiteral("activity"), [&](const ReportFilter& f) { return !reports.activity(f, &error).isEmpty(); }},
        {QStringLiteral("overdue_tasks"), [&](const ReportFilter& f) { error.clear(); reports.overdueTasks(f, today, &error); return error.isEmpty(); }},
        {QStringLiteral("other_currencies"), [&](const ReportFilter& f) { error.clear(); reports.otherCurrencies(f, &error); return error.isEmpty(); }},
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
        BenchScenario::print(kBench, queries[i].first + QStringLiteral("_ms"), median(each[i]), QStringLiteral("ms"), tags);
    BenchScenario::print(kBench, QStringLiteral("all_queries_ms"), median(all), QStringLiteral("ms"), tags);

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
    BenchScenario::print(kBench, QStringLiteral("all_queries_one_rep_ms"), median(filtered), QStringLiteral("ms"), tags);
    return 0;
}

DESKCRM_BENCH_SCENARIO("dashboard", runDashboardBench,
                       "dashboard [--opportunities N] [--database URL] [--runs K] [--seed S]")

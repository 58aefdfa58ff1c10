#include "BenchScenario.h"

#include "CampaignBenchData.h"
#include "CampaignReport.h"
#include "ConnectionSettings.h"
#include "DashboardBenchData.h"
#include "Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

// `deskcrm-bench campaigns --campaigns 1000 --opportunities 1000000`: the campaign report (CampaignReport, as the
// campaigns page, the dashboard chart and `deskcrm-cli report --kind campaigns` compute it) under each attribution
// model on DashboardBenchData's deals with CampaignBenchData's campaigns, touches and converting campaigns (both
// through the bulk path). Median of five runs per model; then a period with partial months, and once the direct
// computation.
namespace {
const QString bench = QStringLiteral("campaigns");

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int run(const QStringList& args)
{
    const qint64 opportunities =
        BenchScenario::option(args, QStringLiteral("--opportunities"), QStringLiteral("1000000")).toLongLong();
    const int campaigns = BenchScenario::option(args, QStringLiteral("--campaigns"), QStringLiteral("1000")).toInt();
    const quint64 seed = BenchScenario::option(args, QStringLiteral("--seed"), QStringLiteral("1")).toULongLong();
    QString url = BenchScenario::option(args, QStringLiteral("--database"));
    if (url.isEmpty()) {
        const QString dir = QDir::tempPath() + QStringLiteral("/deskcrm-bench");
        QDir().mkpath(dir);
        url = dir + QStringLiteral("/campaigns-%1-%2-%3.sqlite").arg(opportunities).arg(campaigns).arg(seed);
    }
    ConnectionSettings settings;
    QString error;
    if (!ConnectionSettings::parse(url, &settings, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    auto db = Database::open(settings, Database::Options{}, &error);
    if (!db) {
        err() << error << Qt::endl;
        return 1;
    }
    const QMap<QString, QString> tag{
        {QStringLiteral("database"), db->isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")}};
    QElapsedTimer t;
    DashboardBenchData deals(*db);
    if (deals.opportunityCount(&error) < opportunities) {
        t.start();
        DashboardBenchData::Options options;
        options.opportunities = opportunities - std::max<qint64>(0, deals.opportunityCount(&error));
        options.seed = seed;
        if (!deals.generate(options, &error)) {
            err() << error << Qt::endl;
            return 1;
        }
        BenchScenario::print(bench, QStringLiteral("generate_deals"), double(t.elapsed()) / 1000.0, QStringLiteral("s"),
                             tag);
    }
    CampaignBenchData data(*db);
    if (data.campaignCount(&error) < campaigns) {
        t.start();
        if (!data.generate(campaigns - int(data.campaignCount(&error)), seed, &error)) {
            err() << error << Qt::endl;
            return 1;
        }
        BenchScenario::print(bench, QStringLiteral("generate_campaigns"), double(t.elapsed()) / 1000.0,
                             QStringLiteral("s"), tag);
    }
    BenchScenario::print(bench, QStringLiteral("opportunities"), double(deals.opportunityCount(&error)),
                         QStringLiteral("rows"), tag);
    BenchScenario::print(bench, QStringLiteral("campaigns"), double(data.campaignCount(&error)), QStringLiteral("rows"),
                         tag);
    BenchScenario::print(bench, QStringLiteral("touches"), double(data.touchCount(&error)), QStringLiteral("rows"),
                         tag);
    BenchScenario::print(bench, QStringLiteral("attributed_deals"), double(data.attributedDeals(&error)),
                         QStringLiteral("rows"), tag);
    ReportFilter filter;
    filter.currency = QStringLiteral("CNY");
    for (auto model :
         {CampaignReport::Model::FirstTouch, CampaignReport::Model::LastTouch, CampaignReport::Model::Linear}) {
        QVector<double> times;
        for (int i = 0; i < 5; ++i) {
            t.start();
            const auto result = CampaignReport(*db).compute(filter, model, &error);
            times << double(t.nsecsElapsed()) / 1e6;
            if (!error.isEmpty()) {
                err() << error << Qt::endl;
                return 1;
            }
        }
        std::sort(times.begin(), times.end());
        BenchScenario::print(bench, QStringLiteral("report_ms_") + CampaignReport::modelName(model), times.at(2),
                             QStringLiteral("ms"), tag);
    }
    // A period with a partial first and last month: whole months from the summary, the other days from the credits.
    ReportFilter period = filter;
    const QDate today = db->clock().today();
    period.from = QDate(today.year() - 1, 1, 15);
    period.to = QDate(today.year() - 1, 11, 14);
    QVector<double> times;
    for (int i = 0; i < 5; ++i) {
        t.start();
        CampaignReport(*db).compute(period, CampaignReport::Model::Linear, &error);
        times << double(t.nsecsElapsed()) / 1e6;
        if (!error.isEmpty()) {
            err() << error << Qt::endl;
            return 1;
        }
    }
    std::sort(times.begin(), times.end());
    BenchScenario::print(bench, QStringLiteral("report_ms_linear_partial_months"), times.at(2), QStringLiteral("ms"),
                         tag);
    // The same report computed from the deals themselves (what it took before the summaries), once.
    if (BenchScenario::option(args, QStringLiteral("--direct"), QStringLiteral("1")) == QLatin1String("1")) {
        t.start();
        CampaignReport(*db).computeDirect(filter, CampaignReport::Model::Linear, &error);
        BenchScenario::print(bench, QStringLiteral("direct_ms_linear"), double(t.nsecsElapsed()) / 1e6,
                             QStringLiteral("ms"), tag);
    }
    return 0;
}
} // namespace

DESKCRM_BENCH_SCENARIO("campaigns", run,
                       "campaigns [--campaigns N] [--opportunities N] [--database URL] [--seed S] [--direct 0|1]")

#include "BenchScenario.h"

#include "ConnectionSettings.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "LeadDemoData.h"
#include "ListSpec.h"
#include "RecordListModel.h"
#include "RecordWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

// `deskcrm-bench leads --leads 100000`: the lead list's first screen (the leads page opening) on a large database,
// unfiltered and with each filter of its filter bar and a name sort, measured through RecordListModel as the page
// uses it. Makes the leads (LeadDemoData over the demo teams) when the database has fewer.
namespace {
const QString bench = QStringLiteral("leads");

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int leadCount(Database& db)
{
    RecordListModel model(db, ListSpec::leads());
    model.setBackgroundEnabled(false);
    model.refresh();
    return model.rowCount();
}

// Median time to the first 50 rows painted, over five fresh models.
double firstRows(Database& db, const QList<QPair<QString, QVariant>>& filters, int sortColumn = -1)
{
    QVector<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        RecordListModel model(db, ListSpec::leads());
        for (const auto& filter : filters)
            model.setFilter(filter.first, filter.second);
        if (sortColumn >= 0)
            model.sort(sortColumn, Qt::AscendingOrder);
        model.refresh();
        const int rows = std::min(model.rowCount(), 50);
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < model.columnCount(); ++c)
                model.data(model.index(r, c));
        times << ms(t);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

int run(const QStringList& args)
{
    const qint64 leads = BenchScenario::option(args, QStringLiteral("--leads"), QStringLiteral("100000")).toLongLong();
    const quint64 seed = BenchScenario::option(args, QStringLiteral("--seed"), QStringLiteral("1")).toULongLong();
    QString url = BenchScenario::option(args, QStringLiteral("--database"));
    if (url.isEmpty()) {
        const QString dir = QDir::tempPath() + QStringLiteral("/deskcrm-bench");
        QDir().mkpath(dir);
        url = dir + QStringLiteral("/leads-%1-%2.sqlite").arg(leads).arg(seed);
    }
    ConnectionSettings settings;
    QString error;
    if (!ConnectionSettings::parse(url, &settings, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    auto db = Database::open(settings, &error);
    if (!db) {
        err() << error << Qt::endl;
        return 1;
    }
    const QMap<QString, QString> tag{
        {QStringLiteral("backend"), db->isSQLite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql")}};
    const int have = leadCount(*db);
    if (have < leads) {
        err() << "generating " << leads - have << " leads into " << settings.displayName() << Qt::endl;
        QElapsedTimer t;
        t.start();
        DemoDataGenerator::Options options;
        options.customers = 0; // the demo teams only
        options.seed = seed;
        if (!DemoDataGenerator(*db).generate(options, &error)) {
            err() << error << Qt::endl;
            return 1;
        }
        RecordWriter writer(*db);
        if (!LeadDemoData(writer, seed).write(leads - have, &error) || !writer.commit().ok()) {
            err() << error << Qt::endl;
            return 1;
        }
        // Fresh planner statistics, as after any large load (without them PostgreSQL plans the first screen badly).
        QSqlQuery(db->connection()).exec(db->maintenanceDialect().afterLoad());
        BenchScenario::print(bench, QStringLiteral("generate"), ms(t) / 1000.0, QStringLiteral("s"), tag);
    }
    const ListSpec spec = ListSpec::leads();
    BenchScenario::print(bench, QStringLiteral("leads"), leadCount(*db), QStringLiteral("rows"), tag);
    BenchScenario::print(bench, QStringLiteral("first_rows"), firstRows(*db, {}), QStringLiteral("ms"), tag);
    BenchScenario::print(bench, QStringLiteral("first_rows_status"),
                         firstRows(*db, {{QStringLiteral("status"), QStringLiteral("qualified")}}),
                         QStringLiteral("ms"), tag);
    BenchScenario::print(bench, QStringLiteral("first_rows_source"), firstRows(*db, {{QStringLiteral("source"), 3}}),
                         QStringLiteral("ms"), tag);
    BenchScenario::print(bench, QStringLiteral("first_rows_region"),
                         firstRows(*db, {{QStringLiteral("region"), QStringLiteral("浙江")}}), QStringLiteral("ms"),
                         tag);
    BenchScenario::print(bench, QStringLiteral("first_rows_sorted_by_name"),
                         firstRows(*db, {}, spec.columnIndex(QStringLiteral("name"))), QStringLiteral("ms"), tag);
    return 0;
}
} // namespace

DESKCRM_BENCH_SCENARIO("leads", run, "leads [--leads N] [--database URL] [--seed S]")

#include "BenchScenario.h"

#include "ConnectionSettings.h"
#include "Database.h"
#include "DuplicateFinder.h"
#include "DuplicateIndex.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

// `deskcrm-bench duplicates --customers N [--database URL] [--seed S]`: on the list benchmark's demo customers
// (Chinese and English, generated once by `list-generate` and kept in the cache folder), the whole duplicate scan
// (scan_ms, the figure issue 11 bounds: 100,000 customers in 5 s) and one record checked before saving through the
// database's indexes (check_one_ms, median and p95 over existing customers' values, some with a typo). JSON lines.
namespace {
const QString bench = QStringLiteral("duplicates");

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double percentile(QVector<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const int i = std::min<int>(int(values.size()) - 1, int(p * double(values.size() - 1) + 0.5));
    return values.at(i);
}

int run(const QStringList& args)
{
    const qint64 customers =
        BenchScenario::option(args, QStringLiteral("--customers"), QStringLiteral("100000")).toLongLong();
    const QString seed = BenchScenario::option(args, QStringLiteral("--seed"), QStringLiteral("1"));
    QString url = BenchScenario::option(args, QStringLiteral("--database"));
    if (url.isEmpty()) {
        const QString dir = BenchScenario::option(args, QStringLiteral("--cache-dir"),
                                                  QDir::tempPath() + QStringLiteral("/deskcrm-bench"));
        QDir().mkpath(dir);
        url = dir + QStringLiteral("/list-%1-%2.sqlite").arg(customers).arg(seed);
    }
    ConnectionSettings settings;
    QString error;
    if (!ConnectionSettings::parse(url, &settings, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    {
        auto db = Database::open(settings, &error);
        if (!db) {
            err() << error << Qt::endl;
            return 1;
        }
        if (BenchScenario::customerCount(*db) == 0) {
            db.reset();
            err() << "generating " << customers << " customers into " << settings.displayName() << Qt::endl;
            if (QProcess::execute(QCoreApplication::applicationFilePath(),
                                  {QStringLiteral("list-generate"), QStringLiteral("--database"), url,
                                   QStringLiteral("--customers"), QString::number(customers), QStringLiteral("--seed"),
                                   seed}) != 0)
                return 1;
        }
    }
    auto db = Database::open(settings, &error);
    if (!db) {
        err() << error << Qt::endl;
        return 1;
    }
    const QMap<QString, QString> tag{{QStringLiteral("backend"), db->sqlDialect().name()},
                                     {QStringLiteral("customers"), QString::number(BenchScenario::customerCount(*db))}};

    QElapsedTimer t;
    t.start();
    QList<DuplicateGroup> groups;
    if (!DuplicateFinder(*db).find(QStringLiteral("customer"), &groups, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    BenchScenario::print(bench, QStringLiteral("scan_ms"), ms(t), QStringLiteral("ms"), tag);
    qint64 grouped = 0;
    for (const DuplicateGroup& group : std::as_const(groups))
        grouped += group.records.size();
    BenchScenario::print(bench, QStringLiteral("groups"), double(groups.size()), QStringLiteral("groups"), tag);
    BenchScenario::print(bench, QStringLiteral("grouped_records"), double(grouped), QStringLiteral("records"), tag);

    // Candidates as an editor would check them: an existing customer's values typed again (the name with a typo
    // every other time), never its own id, so every check has to find its original.
    QList<DuplicateRecord> candidates;
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT name, email, phone FROM customers WHERE deleted_at IS NULL ORDER BY id LIMIT 200"));
    while (q.next()) {
        DuplicateRecord r;
        r.name = q.value(0).toString();
        if (candidates.size() % 2 && r.name.size() > 6)
            r.name.remove(r.name.size() / 2, 1);
        r.email = q.value(1).toString();
        r.phone = q.value(2).toString();
        candidates << r;
    }
    q.finish();
    DuplicateIndex index(*db, QStringLiteral("customer"));
    QVector<double> times;
    int found = 0;
    for (const DuplicateRecord& candidate : std::as_const(candidates)) {
        QElapsedTimer one;
        one.start();
        found += index.check(candidate, &error).isEmpty() ? 0 : 1;
        times << ms(one);
    }
    BenchScenario::print(bench, QStringLiteral("check_one_ms"), percentile(times, 0.5), QStringLiteral("ms"), tag);
    BenchScenario::print(bench, QStringLiteral("check_one_p95_ms"), percentile(times, 0.95), QStringLiteral("ms"), tag);
    BenchScenario::print(bench, QStringLiteral("check_one_found"), found, QStringLiteral("records"), tag);

    // An import's way: every key loaded once, then each row checked in memory.
    t.restart();
    DuplicateIndex loaded(*db, QStringLiteral("customer"));
    if (!loaded.load(&error)) {
        err() << error << Qt::endl;
        return 1;
    }
    BenchScenario::print(bench, QStringLiteral("index_load_ms"), ms(t), QStringLiteral("ms"), tag);
    t.restart();
    for (const DuplicateRecord& candidate : std::as_const(candidates))
        loaded.check(candidate);
    BenchScenario::print(bench, QStringLiteral("check_loaded_us"),
                         candidates.isEmpty() ? 0 : ms(t) * 1000 / double(candidates.size()), QStringLiteral("us"),
                         tag);
    return 0;
}
} // namespace

DESKCRM_BENCH_SCENARIO("duplicates", run,
                       "duplicates [--customers N] [--database URL] [--seed S] [--cache-dir DIR]: scan_ms, "
                       "check_one_ms")

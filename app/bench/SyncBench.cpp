#include "BenchScenario.h"

#include "ConnectionSettings.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "RecordWriter.h"
#include "SyncReplica.h"
#include "SyncSession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>

// `deskcrm-bench sync --database postgresql://… [--customers N] [--edits N] [--output FILE]`: an offline replica of
// a team database with N customers and their contacts, follow-ups, opportunities and tasks (demo data, made on the
// server once): clone_s and peak_rss_mb during the clone, push_s for N offline edits (one writer transaction each,
// made before the clock starts), empty_sync_ms (median of 5 syncs with nothing to do). JSON lines.
namespace {
const QString bench = QStringLiteral("sync");

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int run(const QStringList& args)
{
    const qint64 customers =
        BenchScenario::option(args, QStringLiteral("--customers"), QStringLiteral("100000")).toLongLong();
    const int edits = BenchScenario::option(args, QStringLiteral("--edits"), QStringLiteral("10000")).toInt();
    const QString url = BenchScenario::option(args, QStringLiteral("--database"));
    const QString output = BenchScenario::option(args, QStringLiteral("--output"),
                                                 QDir::tempPath() + QStringLiteral("/deskcrm-bench-sync.sqlite"));
    ConnectionSettings settings;
    QString error;
    if (!ConnectionSettings::parse(url, &settings, &error) ||
        settings.dialect != ConnectionSettings::Dialect::PostgreSQL) {
        err() << (error.isEmpty() ? QStringLiteral("--database must name a PostgreSQL server") : error) << Qt::endl;
        return 1;
    }
    auto server = Database::open(settings, &error);
    if (!server) {
        err() << error << Qt::endl;
        return 1;
    }
    if (BenchScenario::customerCount(*server) < customers) {
        err() << "generating " << customers << " customers with their records on " << settings.displayName()
              << Qt::endl;
        DemoDataGenerator generator(*server);
        DemoDataGenerator::Options options;
        options.customers = customers - BenchScenario::customerCount(*server);
        if (!generator.generate(options, &error)) {
            err() << error << Qt::endl;
            return 1;
        }
    }
    const QMap<QString, QString> tag{
        {QStringLiteral("customers"), QString::number(BenchScenario::customerCount(*server))}};
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(output + suffix);

    QElapsedTimer t;
    t.start();
    SyncSession::Report report;
    if (!SyncSession::clone(*server, url, output, &report, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    BenchScenario::print(bench, QStringLiteral("clone_s"), double(t.nsecsElapsed()) / 1e9, QStringLiteral("s"), tag);
    BenchScenario::print(bench, QStringLiteral("clone_rows"), report.pulled, QStringLiteral("rows"), tag);
    BenchScenario::print(bench, QStringLiteral("clone_peak_rss_mb"), BenchScenario::peakMegabytes(),
                         QStringLiteral("MB"), tag);

    ConnectionSettings local;
    ConnectionSettings::parse(output, &local, &error);
    auto replica = Database::open(local, &error);
    if (!replica) {
        err() << error << Qt::endl;
        return 1;
    }
    const QStringList ids = SyncReplica(*replica).liveIds(QStringLiteral("customers"), edits);
    for (int i = 0; i < ids.size(); ++i) {
        const WriteResult r = RecordWriter::transact(*replica, [&](RecordWriter& w) {
            return w.update(QStringLiteral("customers"), ids.at(i), -1,
                            {{QStringLiteral("city"), QStringLiteral("Offline %1").arg(i)}});
        });
        if (!r.ok()) {
            err() << r.message << Qt::endl;
            return 1;
        }
    }
    SyncSession session(*replica, *server);
    t.restart();
    SyncSession::Report pushed;
    if (!session.push(&pushed, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    BenchScenario::print(bench, QStringLiteral("push_s"), double(t.nsecsElapsed()) / 1e9, QStringLiteral("s"),
                         {{QStringLiteral("edits"), QString::number(pushed.pushed)}});
    SyncSession::Report first;
    if (!session.sync(&first, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    QList<double> times;
    for (int i = 0; i < 5; ++i) {
        SyncSession::Report empty;
        t.restart();
        if (!session.sync(&empty, &error)) {
            err() << error << Qt::endl;
            return 1;
        }
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    BenchScenario::print(bench, QStringLiteral("empty_sync_ms"), times.at(2), QStringLiteral("ms"), tag);
    BenchScenario::print(bench, QStringLiteral("peak_rss_mb"), BenchScenario::peakMegabytes(), QStringLiteral("MB"),
                         tag);
    return 0;
}
} // namespace

DESKCRM_BENCH_SCENARIO("sync", run,
                       "sync --database postgresql://… [--customers N] [--edits N] [--output FILE]: clone_s, push_s, "
                       "empty_sync_ms, peak_rss_mb")

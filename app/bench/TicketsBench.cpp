#include "BenchScenario.h"

#include "BulkLoad.h"
#include "BulkLoadDialect.h"
#include "ConnectionSettings.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "ListSpec.h"
#include "RecordListModel.h"
#include "RecordWriter.h"
#include "ServiceReport.h"
#include "TicketBoardModel.h"
#include "TicketDemoData.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

// `deskcrm-bench tickets --tickets 1000000` (issue 14): the ticket list's first screen (unfiltered in the default
// sort, by status, by assignee, sorted by number) measured through RecordListModel as the tickets page uses it, the
// ticket board's load (TicketBoardModel) and each part of the service report, on a database with that many tickets
// (TicketDemoData over demo customers, five to eight transitions a ticket). Medians of five runs. The tickets are
// written in one transaction through BulkLoad (indexes and summary triggers off, rebuilt once at the end).
namespace {
const QString bench = QStringLiteral("tickets");

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

template <typename F> double median(F&& work)
{
    QVector<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times << ms(t);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// Time to the first 50 rows painted, over five fresh models, as LeadsBench measures it: the exact count and the anchors
// that a background connection collects afterwards do not hold the screen up, so the model's destruction (which waits
// for them) is not timed.
double firstRows(Database& db, const QList<QPair<QString, QVariant>>& filters, const QString& sortKey = QString())
{
    const ListSpec spec = ListSpec::tickets();
    QVector<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        RecordListModel model(db, spec);
        for (const auto& filter : filters)
            model.setFilter(filter.first, filter.second);
        if (!sortKey.isEmpty())
            model.sort(spec.columnIndex(sortKey), Qt::AscendingOrder);
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
    const qint64 tickets =
        BenchScenario::option(args, QStringLiteral("--tickets"), QStringLiteral("1000000")).toLongLong();
    const qint64 customers =
        BenchScenario::option(args, QStringLiteral("--customers"), QStringLiteral("20000")).toLongLong();
    const quint64 seed = BenchScenario::option(args, QStringLiteral("--seed"), QStringLiteral("1")).toULongLong();
    QString url = BenchScenario::option(args, QStringLiteral("--database"));
    if (url.isEmpty()) {
        const QString dir = QDir::tempPath() + QStringLiteral("/deskcrm-bench");
        QDir().mkpath(dir);
        url = dir + QStringLiteral("/tickets-%1-%2.sqlite").arg(tickets).arg(seed);
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
    qint64 have = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM tickets"));
    if (have < tickets) {
        err() << "generating " << tickets - have << " tickets into " << settings.displayName() << Qt::endl;
        QElapsedTimer t;
        t.start();
        if (scalar(*db, QStringLiteral("SELECT COUNT(*) FROM customers")) < customers) {
            DemoDataGenerator::Options options;
            options.customers = customers;
            options.activities = false; // customers and the demo reps; the tickets follow
            options.seed = seed;
            if (!DemoDataGenerator(*db).generate(options, &error)) {
                err() << error << Qt::endl;
                return 1;
            }
        }
        // One write through BulkLoad: the tickets' indexes and the report summary triggers are off during the load
        // and rebuilt once at its end, as the demo generator does for customers.
        const BulkLoadDialect& loading = db->bulkLoadDialect();
        const QString restoreCache = loading.enlargeCache(db->connection(), 256);
        const QString restoreJournal = loading.leaveWriteAheadLog(*db);
        {
            RecordWriter writer(*db);
            BulkLoad bulk(*db, {QStringLiteral("tickets"), QStringLiteral("ticket_transitions")});
            QString refused; // a PostgreSQL role that does not own the tables loads row by row instead
            bulk.begin(&refused);
            TicketDemoData data(writer, seed + 1);
            if (!data.generate(tickets - have, &error) || !bulk.finish(&error) || !writer.commit().ok()) {
                err() << error << Qt::endl;
                return 1;
            }
        }
        if (!restoreJournal.isEmpty())
            db->setJournalMode(restoreJournal);
        if (!restoreCache.isEmpty())
            QSqlQuery(db->connection()).exec(restoreCache);
        QSqlQuery(db->connection()).exec(db->maintenanceDialect().afterLoad());
        BenchScenario::print(bench, QStringLiteral("generate"), ms(t) / 1000.0, QStringLiteral("s"), tag);
    }
    BenchScenario::print(bench, QStringLiteral("tickets"),
                         double(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM tickets"))), QStringLiteral("rows"),
                         tag);
    BenchScenario::print(bench, QStringLiteral("transitions"),
                         double(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM ticket_transitions"))),
                         QStringLiteral("rows"), tag);
    BenchScenario::print(bench, QStringLiteral("first_rows"), firstRows(*db, {}), QStringLiteral("ms"), tag);
    BenchScenario::print(bench, QStringLiteral("first_rows_by_number"), firstRows(*db, {}, QStringLiteral("number")),
                         QStringLiteral("ms"), tag);
    BenchScenario::print(bench, QStringLiteral("first_rows_status"),
                         firstRows(*db, {{QStringLiteral("status"), QStringLiteral("in_progress")}}),
                         QStringLiteral("ms"), tag);
    QSqlQuery owner(db->connection());
    if (owner.exec(QStringLiteral("SELECT owner_id FROM tickets WHERE owner_id IS NOT NULL LIMIT 1")) && owner.next())
        BenchScenario::print(bench, QStringLiteral("first_rows_assignee"),
                             firstRows(*db, {{QStringLiteral("owner"), owner.value(0)}}), QStringLiteral("ms"), tag);
    owner.finish();
    TicketBoardModel board(*db);
    BenchScenario::print(bench, QStringLiteral("board"), median([&] { board.load(&error); }), QStringLiteral("ms"),
                         tag);
    const ServiceReport report(*db);
    const ReportFilter all;
    BenchScenario::print(bench, QStringLiteral("report_open_by_age"), median([&] { report.openByAge(all, &error); }),
                         QStringLiteral("ms"), tag);
    BenchScenario::print(bench, QStringLiteral("report_sla"), median([&] { report.sla(all, &error); }),
                         QStringLiteral("ms"), tag);
    BenchScenario::print(bench, QStringLiteral("report_satisfaction_by_rep"),
                         median([&] { report.satisfaction(all, ServiceReport::By::Rep, &error); }),
                         QStringLiteral("ms"), tag);
    BenchScenario::print(bench, QStringLiteral("report_complaints"), median([&] { report.complaints(all, &error); }),
                         QStringLiteral("ms"), tag);
    BenchScenario::print(bench, QStringLiteral("report_all"), median([&] { report.tables(all, &error); }),
                         QStringLiteral("ms"), tag);
    if (!error.isEmpty()) {
        err() << error << Qt::endl;
        return 1;
    }
    return 0;
}
} // namespace

DESKCRM_BENCH_SCENARIO("tickets", run, "tickets [--tickets N] [--customers N] [--database URL] [--seed S]")

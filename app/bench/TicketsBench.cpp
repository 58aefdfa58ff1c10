#include "BenchScenario.h"

#include "ConnectionSettings.h"
#include "Database.h"
#include "ListSpec.h"
#include "RecordListModel.h"
#include "ServiceReport.h"
#include "TicketBenchData.h"
#include "TicketBoardModel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

// `deskcrm-bench tickets --tickets 1000000` (issue 14): the ticket list's first screen (unfiltered in the default
// sort, by status, by assignee, sorted by number) measured through RecordListModel as the tickets page uses it, the
// ticket board's load (TicketBoardModel) and each part of the service report, on a database with that many tickets
// (TicketBenchData: TicketDemoData over demo customers, one to eight transitions a ticket, written in one transaction
// through BulkLoad). Medians of five runs.
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
    TicketBenchData data(*db);
    const qint64 have = data.ticketCount(&error);
    if (have < 0) {
        err() << error << Qt::endl;
        return 1;
    }
    if (have < tickets) {
        err() << "generating " << tickets - have << " tickets into " << settings.displayName() << Qt::endl;
        QElapsedTimer t;
        t.start();
        if (!data.generate(tickets, customers, seed, &error)) {
            err() << error << Qt::endl;
            return 1;
        }
        BenchScenario::print(bench, QStringLiteral("generate"), ms(t) / 1000.0, QStringLiteral("s"), tag);
    }
    BenchScenario::print(bench, QStringLiteral("tickets"), double(data.ticketCount(&error)), QStringLiteral("rows"),
                         tag);
    BenchScenario::print(bench, QStringLiteral("transitions"), double(data.transitionCount(&error)),
                         QStringLiteral("rows"), tag);
    BenchScenario::print(bench, QStringLiteral("first_rows"), firstRows(*db, {}), QStringLiteral("ms"), tag);
    BenchScenario::print(bench, QStringLiteral("first_rows_by_number"), firstRows(*db, {}, QStringLiteral("number")),
                         QStringLiteral("ms"), tag);
    BenchScenario::print(bench, QStringLiteral("first_rows_status"),
                         firstRows(*db, {{QStringLiteral("status"), QStringLiteral("in_progress")}}),
                         QStringLiteral("ms"), tag);
    const QString assignee = data.sampleAssignee(&error);
    if (!assignee.isEmpty())
        BenchScenario::print(bench, QStringLiteral("first_rows_assignee"),
                             firstRows(*db, {{QStringLiteral("owner"), assignee}}), QStringLiteral("ms"), tag);
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

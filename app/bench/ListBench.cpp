#include "BenchScenario.h"

#include "ConnectionSettings.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "ListSpec.h"
#include "RecordListModel.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

// `deskcrm-bench list`: the customer list on a large database — first rows, every sort, search, far
// jumps and memory after scrolling to the end — measured through RecordListModel exactly as the view
// uses it (data() of the visible rows).
namespace {
const QString bench = QStringLiteral("list");

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void paint(const RecordListModel& model, int firstRow, int rows, bool allColumns = true)
{
    const int last = std::min(model.rowCount(), firstRow + rows);
    const int columns = allColumns ? model.columnCount() : 1;
    for (int r = firstRow; r < last; ++r)
        for (int c = 0; c < columns; ++c)
            model.data(model.index(r, c));
}

bool waitFor(RecordListModel& model, bool anchors, int timeoutMs = 600000)
{
    QElapsedTimer t;
    t.start();
    while (!(anchors ? model.hasAnchors() : model.isCountExact())) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

double percentile(QVector<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const int i = std::min<int>(values.size() - 1, int(p * (values.size() - 1) + 0.5));
    return values.at(i);
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Makes the database with the shared demo generator (customers only) in a child process, so the
// generator's memory never counts against the list.
int generate(const QStringList& args)
{
    ConnectionSettings settings;
    QString error;
    if (!ConnectionSettings::parse(BenchScenario::option(args, QStringLiteral("--database")), &settings, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    auto db = Database::open(settings, &error);
    if (!db) {
        err() << error << Qt::endl;
        return 1;
    }
    DemoDataGenerator generator(*db);
    DemoDataGenerator::Options options;
    options.customers =
        BenchScenario::option(args, QStringLiteral("--customers"), QStringLiteral("1000000")).toLongLong();
    options.seed = BenchScenario::option(args, QStringLiteral("--seed"), QStringLiteral("1")).toULongLong();
    options.activities = false;
    QElapsedTimer t;
    t.start();
    if (!generator.generate(options, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    BenchScenario::print(bench, QStringLiteral("generate"), ms(t) / 1000.0, QStringLiteral("s"),
                         {{QStringLiteral("customers"), QString::number(options.customers)}});
    return 0;
}

int run(const QStringList& args)
{
    const qint64 customers =
        BenchScenario::option(args, QStringLiteral("--customers"), QStringLiteral("1000000")).toLongLong();
    const QString seed = BenchScenario::option(args, QStringLiteral("--seed"), QStringLiteral("1"));
    const int jumps = BenchScenario::option(args, QStringLiteral("--jumps"), QStringLiteral("200")).toInt();
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
    const QString backend = settings.dialect == ConnectionSettings::Dialect::SQLite ? QStringLiteral("sqlite")
                                                                                    : QStringLiteral("postgresql");
    const QMap<QString, QString> tag{{QStringLiteral("backend"), backend}};
    {
        auto db = Database::open(settings, &error);
        if (!db) {
            err() << error << Qt::endl;
            return 1;
        }
        if (BenchScenario::customerCount(*db) == 0) {
            db.reset();
            err() << "generating " << customers << " customers into " << settings.displayName() << Qt::endl;
            const int code = QProcess::execute(QCoreApplication::applicationFilePath(),
                                               {QStringLiteral("list-generate"), QStringLiteral("--database"), url,
                                                QStringLiteral("--customers"), QString::number(customers),
                                                QStringLiteral("--seed"), seed});
            if (code != 0)
                return 1;
        }
    }
    auto db = Database::open(settings, &error);
    if (!db) {
        err() << error << Qt::endl;
        return 1;
    }
    BenchScenario::print(bench, QStringLiteral("memory_start"), BenchScenario::residentMegabytes(),
                         QStringLiteral("MB"), tag);
    const ListSpec spec = ListSpec::customers();

    // First rows: a new model (the page opening) until the first screen is painted.
    QVector<double> firsts;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        RecordListModel model(*db, spec);
        paint(model, 0, 50);
        firsts << ms(t);
    }
    BenchScenario::print(bench, QStringLiteral("first_rows"), percentile(firsts, 0.5), QStringLiteral("ms"), tag);
    BenchScenario::print(bench, QStringLiteral("first_rows_max"), percentile(firsts, 1), QStringLiteral("ms"), tag);

    RecordListModel model(*db, spec);
    QElapsedTimer sinceOpen;
    sinceOpen.start();
    if (!waitFor(model, false)) {
        err() << "no row count: " << model.lastError() << Qt::endl;
        return 1;
    }
    const int rows = model.rowCount();
    BenchScenario::print(bench, QStringLiteral("rows"), rows, QStringLiteral("rows"), tag);
    BenchScenario::print(bench, QStringLiteral("count_ready"), ms(sinceOpen), QStringLiteral("ms"), tag);
    if (!waitFor(model, true))
        err() << "anchors did not arrive" << Qt::endl;
    BenchScenario::print(bench, QStringLiteral("anchors_ready"), ms(sinceOpen), QStringLiteral("ms"), tag);

    // Far jumps (scrollbar dragged anywhere): one screen of 30 rows at a random row.
    QRandomGenerator rng(seed.toUInt());
    auto measureJumps = [&](RecordListModel& m, int count) {
        QVector<double> times;
        for (int i = 0; i < count; ++i) {
            const int row = int(rng.bounded(std::max(1, m.rowCount() - 30)));
            QElapsedTimer t;
            t.start();
            paint(m, row, 30);
            times << ms(t);
        }
        return times;
    };
    const QVector<double> jumpTimes = measureJumps(model, jumps);
    BenchScenario::print(bench, QStringLiteral("jump_p50"), percentile(jumpTimes, 0.5), QStringLiteral("ms"), tag);
    BenchScenario::print(bench, QStringLiteral("jump_p95"), percentile(jumpTimes, 0.95), QStringLiteral("ms"), tag);
    BenchScenario::print(bench, QStringLiteral("jump_max"), percentile(jumpTimes, 1), QStringLiteral("ms"), tag);
    {
        // For comparison: the same jumps before anchors exist (OFFSET from the nearest cached page).
        RecordListModel offsetModel(*db, spec);
        offsetModel.setBackgroundEnabled(false);
        offsetModel.refresh();
        const QVector<double> offsetTimes = measureJumps(offsetModel, std::min(jumps, 30));
        BenchScenario::print(bench, QStringLiteral("jump_p95_offset_fallback"), percentile(offsetTimes, 0.95),
                             QStringLiteral("ms"), tag);
    }

    // Scroll to the end like a view: every row's first column, every tenth screen fully painted.
    {
        QElapsedTimer t;
        t.start();
        for (int row = 0; row < rows; row += 30)
            paint(model, row, 30, (row / 30) % 10 == 0);
        BenchScenario::print(bench, QStringLiteral("scroll_to_end"), ms(t) / 1000.0, QStringLiteral("s"), tag);
        BenchScenario::print(bench, QStringLiteral("memory_end"), BenchScenario::residentMegabytes(),
                             QStringLiteral("MB"), tag);
    }

    // Every sortable column, both orders: sort until the first screen is painted.
    for (int column = 0; column < spec.columns.size(); ++column) {
        if (!spec.columns.at(column).sortable())
            continue;
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QElapsedTimer t;
            t.start();
            model.sort(column, order);
            paint(model, 0, 50);
            QMap<QString, QString> extra = tag;
            extra.insert(QStringLiteral("column"), spec.columns.at(column).key);
            extra.insert(QStringLiteral("order"),
                         order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc"));
            BenchScenario::print(bench, QStringLiteral("sort_first_rows"), ms(t), QStringLiteral("ms"), extra);
        }
    }
    model.sort(spec.defaultSortColumn, spec.defaultSortOrder);
    // The sort started over with the first page only: sample names from the middle once the count is back.
    if (!waitFor(model, false))
        err() << "no row count after sorting: " << model.lastError() << Qt::endl;

    // Search: a substring of a real name (Latin or Chinese), a two-character Chinese term, a miss.
    QStringList terms;
    QString latin;
    QString chinese;
    const int nameColumn = spec.columnIndex(QStringLiteral("name"));
    for (int row = rows / 2; row < std::min(rows, rows / 2 + 400); ++row) {
        const QString name = model.data(model.index(row, nameColumn)).toString();
        const bool cjk = !name.isEmpty() && name.at(0).unicode() >= 0x3000;
        if (cjk && name.size() >= 6 && chinese.isEmpty())
            chinese = name.mid(2, 4);
        else if (!cjk && name.size() >= 6 && latin.isEmpty())
            latin = name.mid(1, 4);
    }
    for (const QString& term : {latin, chinese, chinese.left(2)})
        if (!term.isEmpty())
            terms << term;
    terms << QStringLiteral("zzqx");
    for (const QString& term : std::as_const(terms)) {
        QElapsedTimer t;
        t.start();
        model.setSearchText(term);
        paint(model, 0, 50);
        const double first = ms(t);
        waitFor(model, false);
        QMap<QString, QString> extra = tag;
        extra.insert(QStringLiteral("term"), term);
        extra.insert(QStringLiteral("matches"), QString::number(model.rowCount()));
        BenchScenario::print(bench, QStringLiteral("search_ms"), first, QStringLiteral("ms"), extra);
        BenchScenario::print(bench, QStringLiteral("search_count_ms"), ms(t), QStringLiteral("ms"), extra);
    }
    model.setSearchText(QString());
    BenchScenario::print(bench, QStringLiteral("memory_peak"), BenchScenario::peakMegabytes(), QStringLiteral("MB"),
                         tag);
    return 0;
}
} // namespace

DESKCRM_BENCH_SCENARIO("list", run, "list [--customers N] [--database URL] [--seed S] [--jumps N] [--cache-dir DIR]")
DESKCRM_BENCH_SCENARIO("list-generate", generate, "list-generate --database URL [--customers N] [--seed S]")

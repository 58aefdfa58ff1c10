#include "BenchScenario.h"

#include "ConnectionSettings.h"
#include "Database.h"
#include "GuiOptions.h"
#include "MainWindow.h"
#include "RecordListModel.h"
#include "RecordListPage.h"
#include "Startup.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>
#include <QWindow>

#include <algorithm>
#include <cstdio>

// `deskcrm-bench startup`: the cold start of the program to a usable window — process start, libraries,
// opening (and version check of) the database, the main window and the customer list's first rows painted
// at 1280×720 — on a database of N customers. Each run is a new process (`startup-window`, the same
// start-up code as deskcrm's main()) timed from outside, so nothing warmed by an earlier run in the same
// process counts. The file system cache is warm after the first run (the first run is not counted): this
// is the start a rep sees every morning after the first, not the one after a reboot.
namespace {
const QString bench = QStringLiteral("startup");

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// The child: what deskcrm's main() does, then "ready" once the first rows are on screen.
int window(const QStringList& args)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    const GuiOptions options = GuiOptions::parse({QStringLiteral("deskcrm"), QStringLiteral("--database"),
                                                  BenchScenario::option(args, QStringLiteral("--database"))});
    QString error;
    std::unique_ptr<Database> db = Startup::openInitialDatabase(options, nullptr, &error);
    if (!db) {
        err() << error << Qt::endl;
        return 1;
    }
    const double openMs = ms(sinceMain);
    MainWindow window;
    window.setDatabase(std::move(db));
    window.showPage(QStringLiteral("customers"));
    window.resize(1280, 720);
    window.show();
    auto* page = qobject_cast<RecordListPage*>(window.currentPage());
    if (!page) {
        err() << "no customer list" << Qt::endl;
        return 1;
    }
    QElapsedTimer waiting;
    waiting.start();
    while (page->model()->rowCount() == 0 || !window.windowHandle() || !window.windowHandle()->isExposed()) {
        if (waiting.elapsed() > 60000) {
            err() << "the customer list showed no rows: " << page->model()->lastError() << Qt::endl;
            return 1;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    window.grab(); // the first frame, rows included, rendered
    const double shownMs = ms(sinceMain);
    std::printf("ready %.2f %.2f\n", openMs, shownMs);
    std::fflush(stdout);
    return 0;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5)));
}

int run(const QStringList& args)
{
    const qint64 customers =
        BenchScenario::option(args, QStringLiteral("--customers"), QStringLiteral("1000000")).toLongLong();
    const int runs = std::max(1, BenchScenario::option(args, QStringLiteral("--runs"), QStringLiteral("7")).toInt());
    QString path = BenchScenario::option(args, QStringLiteral("--database"));
    if (path.isEmpty()) {
        // The list benchmark's file: one generated database serves both.
        const QString dir = BenchScenario::option(args, QStringLiteral("--cache-dir"),
                                                  QDir::tempPath() + QStringLiteral("/deskcrm-bench"));
        QDir().mkpath(dir);
        path = dir + QStringLiteral("/list-%1-1.sqlite").arg(customers);
    }
    if (!QFileInfo::exists(path)) {
        err() << "generating " << customers << " customers into " << path << Qt::endl;
        if (QProcess::execute(QCoreApplication::applicationFilePath(),
                              {QStringLiteral("list-generate"), QStringLiteral("--database"), path,
                               QStringLiteral("--customers"), QString::number(customers)}) != 0)
            return 1;
    }

    const QMap<QString, QString> tag{{QStringLiteral("customers"), QString::number(customers)}};
    std::vector<double> whole, open, shown;
    for (int i = 0; i <= runs; ++i) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer t;
        t.start();
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("startup-window"), QStringLiteral("--database"), path});
        QByteArray said;
        while (!said.contains('\n') && child.waitForReadyRead(120000))
            said += child.readAllStandardOutput();
        const double elapsed = ms(t);
        child.waitForFinished(60000);
        const QList<QByteArray> fields = said.trimmed().split(' ');
        if (fields.size() != 3 || fields.at(0) != "ready") {
            err() << "the program did not start: " << said << Qt::endl;
            return 1;
        }
        if (i == 0)
            continue; // warms the file system cache and the font cache
        whole.push_back(elapsed);
        open.push_back(fields.at(1).toDouble());
        shown.push_back(fields.at(2).toDouble());
    }
    BenchScenario::print(bench, QStringLiteral("first_window_ms"), percentile(whole, 0.5), QStringLiteral("ms"), tag);
    BenchScenario::print(bench, QStringLiteral("first_window_max_ms"), percentile(whole, 1), QStringLiteral("ms"), tag);
    // Inside the process, from main(): the database opened, then the window with its rows on screen.
    BenchScenario::print(bench, QStringLiteral("open_database_ms"), percentile(open, 0.5), QStringLiteral("ms"), tag);
    BenchScenario::print(bench, QStringLiteral("window_from_main_ms"), percentile(shown, 0.5), QStringLiteral("ms"),
                         tag);
    return 0;
}
} // namespace

DESKCRM_BENCH_SCENARIO("startup", run, "startup [--customers N] [--database PATH] [--runs K] [--cache-dir DIR]")
DESKCRM_BENCH_SCENARIO("startup-window", window, "startup-window --database PATH  (one start, for startup)")

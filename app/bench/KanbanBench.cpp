#include "KanbanBench.h"

#include "BenchScenario.h"
#include "BoardColumnView.h"
#include "ConnectionSettings.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "PipelineBoardModel.h"
#include "PipelineBoardPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QProcess>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <memory>

#include <time.h>

// How the numbers are taken: the board is a real PipelineBoardPage painted into the offscreen
// backing store. first_show = constructing the page (sums and the first page of cards per column) +
// show + the event loop until every visible column has received its first paint event
// (construct_cpu_ms is the constructor's share, load_cpu_ms a reload of a shown board); scroll_step
// = one wheel notch (three card heights' worth of pixels is what a wheel step scrolls at most; we
// scroll one card) plus the synchronous repaint of that column (and the next page of cards when
// the step reaches the end of the loaded ones); drag_frame = one
// mouse move of an in-page drag (drop marker, picture of the card) plus the repaint it causes;
// memory_extra = resident memory after all that minus before the page existed. The demo data is
// generated in a child process so the generator's memory never counts.
namespace {

const QString kBench = QStringLiteral("kanban");

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time of this thread: on a shared, busy machine wall time mostly measures the neighbours, so
// each metric also reports the CPU milliseconds the board itself used.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double percentile(QVector<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const int i = std::min<int>(int(values.size()) - 1, int(p * (values.size() - 1) + 0.5));
    return values.at(i);
}

// Demo data: about 0.42 open opportunities per customer (see DemoDataGenerator), so customers are
// scaled to reach the requested number of open ones.
int generate(const QString& path, qint64 opportunities)
{
    ConnectionSettings settings;
    QString error;
    if (!ConnectionSettings::parse(path, &settings, &error)) {
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
    options.customers = qMax<qint64>(1, opportunities * 100 / 42);
    options.seed = 7;
    if (!generator.generate(options, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    return 0;
}

// Counts the paints of the column viewports, so first_show only ends once every column the user
// can see has really been painted (not merely scheduled for painting).
class PaintCounter : public QObject
{
public:
    using QObject::QObject;
    int paints = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// Runs the event loop until every visible column has been painted since `counters` were reset.
bool waitForColumnPaints(PipelineBoardPage& page, QVector<PaintCounter*>& counters)
{
    QElapsedTimer limit;
    limit.start();
    for (;;) {
        QApplication::processEvents();
        bool all = true;
        for (int c = 0; c < page.columnCount(); ++c) {
            QWidget* viewport = page.columnView(c)->viewport();
            if (!viewport->visibleRegion().isEmpty() && counters.at(c)->paints == 0)
                all = false;
        }
        if (all)
            return true;
        if (limit.elapsed() > 5000)
            return false;
    }
}

void sendMouse(QWidget* target, QEvent::Type type, const QPoint& pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), QPointF(target->mapToGlobal(pos)),
                      type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
}

} // namespace

int runKanbanBench(const QStringList& args)
{
    if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        err() << "deskcrm-bench kanban needs a QApplication (main.cpp must create one for widget scenarios)"
              << Qt::endl;
        return 3;
    }
    const qint64 wanted =
        BenchScenario::option(args, QStringLiteral("--opportunities"), QStringLiteral("10000")).toLongLong();
    if (args.contains(QStringLiteral("--generate-only")))
        return generate(BenchScenario::option(args, QStringLiteral("--database")), wanted);

    QTemporaryDir dir;
    QString path = BenchScenario::option(args, QStringLiteral("--database"));
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("kanban.sqlite"));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {kBench, QStringLiteral("--generate-only"), QStringLiteral("--database"), path,
                     QStringLiteral("--opportunities"), QString::number(wanted)});
        if (!child.waitForFinished(-1) || child.exitCode() != 0) {
            err() << "generating the demo data failed" << Qt::endl;
            return 1;
        }
    }

    ConnectionSettings settings;
    QString error;
    if (!ConnectionSettings::parse(path, &settings, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    auto db = Database::open(settings, &error);
    if (!db) {
        err() << error << Qt::endl;
        return 1;
    }

    // Warm the page once (fonts, style, SQLite page cache) so first_show measures the board, not
    // the process's first widget; then measure fresh pages.
    {
        PipelineBoardPage warm(*db, nullptr);
        warm.resize(1600, 900);
        warm.show();
        QApplication::processEvents();
    }
    QApplication::processEvents();
    const double baseline = BenchScenario::residentMegabytes();

    QVector<double> shows;
    QVector<double> showsCpu;
    QVector<double> loads;
    QVector<double> constructs;
    std::unique_ptr<PipelineBoardPage> page;
    for (int run = 0; run < 5; ++run) {
        page.reset();
        QApplication::processEvents();
        QElapsedTimer t;
        const double cpu0 = cpuMs();
        t.start();
        page = std::make_unique<PipelineBoardPage>(*db, nullptr);
        constructs.append(cpuMs() - cpu0);
        QVector<PaintCounter*> counters;
        for (int c = 0; c < page->columnCount(); ++c) {
            counters.append(new PaintCounter(page.get()));
            page->columnView(c)->viewport()->installEventFilter(counters.last());
        }
        page->resize(1600, 900);
        page->show();
        if (!waitForColumnPaints(*page, counters)) {
            err() << "the board's columns were not painted within 5 s" << Qt::endl;
            return 1;
        }
        shows.append(ms(t));
        showsCpu.append(cpuMs() - cpu0);
        qDeleteAll(counters);
        const double load0 = cpuMs();
        QString ignored;
        page->boardModel()->reload(&ignored);
        loads.append(cpuMs() - load0);
        QApplication::processEvents();
    }
    const int open = page->boardModel()->openTotals().count;
    auto extra = [&](double worst, double cpu) {
        return QMap<QString, QString>{{QStringLiteral("opportunities"), QString::number(open)},
                                      {QStringLiteral("p95"), QString::number(worst, 'f', 2)},
                                      {QStringLiteral("cpu_ms"), QString::number(cpu, 'f', 2)}};
    };
    QMap<QString, QString> showExtra = extra(percentile(shows, 0.95), percentile(showsCpu, 0.5));
    showExtra.insert(QStringLiteral("load_cpu_ms"), QString::number(percentile(loads, 0.5), 'f', 2));
    showExtra.insert(QStringLiteral("construct_cpu_ms"), QString::number(percentile(constructs, 0.5), 'f', 2));
    BenchScenario::print(kBench, QStringLiteral("first_show"), percentile(shows, 0.5), QStringLiteral("ms"), showExtra);

    // Scroll: one card per step down each open column, each step painted synchronously.
    QVector<double> steps;
    QVector<double> stepsCpu;
    for (int c = 0; c < page->columnCount(); ++c) {
        if (page->boardModel()->stage(c).isClosed())
            continue;
        BoardColumnView* view = page->columnView(c);
        QScrollBar* bar = view->verticalScrollBar();
        const int step = view->sizeHintForRow(0) > 0 ? view->sizeHintForRow(0) + view->spacing() * 2 : 60;
        for (int i = 0; i < 100 && bar->value() < bar->maximum(); ++i) {
            QElapsedTimer t;
            const double cpu0 = cpuMs();
            t.start();
            bar->setValue(bar->value() + step);
            view->viewport()->repaint();
            steps.append(ms(t));
            stepsCpu.append(cpuMs() - cpu0);
        }
    }
    BenchScenario::print(kBench, QStringLiteral("scroll_step"), percentile(steps, 0.5), QStringLiteral("ms"),
                         extra(percentile(steps, 0.95), percentile(stepsCpu, 0.5)));

    // Drag: press on a card of the first column, then mouse moves sweeping over all columns; each
    // frame is the move's handling plus the repaint it causes.
    QVector<double> frames;
    QVector<double> framesCpu;
    BoardColumnView* source = page->columnView(0);
    source->verticalScrollBar()->setValue(0);
    QApplication::processEvents();
    const QPoint start = source->visualRect(source->model()->index(0, 0)).center();
    sendMouse(source->viewport(), QEvent::MouseButtonPress, start, Qt::LeftButton);
    sendMouse(source->viewport(), QEvent::MouseMove, start + QPoint(20, 20), Qt::LeftButton);
    QApplication::processEvents();
    for (int i = 0; i < 300; ++i) {
        BoardColumnView* over = page->columnView((i / 30) % page->columnCount());
        const QPoint pos(over->viewport()->width() / 2 + (i % 7) - 3,
                         60 + (i * 23) % (over->viewport()->height() - 120));
        QElapsedTimer t;
        const double cpu0 = cpuMs();
        t.start();
        sendMouse(over->viewport(), QEvent::MouseMove, pos, Qt::LeftButton);
        QApplication::processEvents();
        frames.append(ms(t));
        framesCpu.append(cpuMs() - cpu0);
    }
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(source, &escape);
    sendMouse(source->viewport(), QEvent::MouseButtonRelease, start, Qt::NoButton);
    QApplication::processEvents();
    BenchScenario::print(kBench, QStringLiteral("drag_frame"), percentile(frames, 0.5), QStringLiteral("ms"),
                         extra(percentile(frames, 0.95), percentile(framesCpu, 0.5)));

    const double used = BenchScenario::residentMegabytes() - baseline;
    BenchScenario::print(kBench, QStringLiteral("memory_extra"), used, QStringLiteral("MB"),
                         {{QStringLiteral("opportunities"), QString::number(open)}});
    return 0;
}

DESKCRM_BENCH_SCENARIO("kanban", runKanbanBench, "kanban [--opportunities N] [--database PATH]")

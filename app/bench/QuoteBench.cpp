#include "BenchScenario.h"
#include "ConnectionSettings.h"
#include "CustomerModel.h"
#include "Database.h"
#include "QuoteLineModel.h"
#include "QuotePrinter.h"
#include "QuoteService.h"
#include "ReportDocument.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

// deskcrm-bench quote [--lines N] [--database URL]: a quote of N lines (200) on a fresh SQLite file or the given
// database: recompute_ms (one edit of the line editor's model: parse, recompute every line and the totals; median and
// max of 200 edits), save_ms and open_ms (QuoteService), pdf_ms (the printed quote to a PDF file). JSON lines.
namespace {
const QString bench = QStringLiteral("quote");

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

int run(const QStringList& args)
{
    const int count = BenchScenario::option(args, QStringLiteral("--lines"), QStringLiteral("200")).toInt();
    QTemporaryDir dir;
    QString url = BenchScenario::option(args, QStringLiteral("--database"));
    if (url.isEmpty())
        url = dir.filePath(QStringLiteral("quote.sqlite"));
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
    const QMap<QString, QString> tag{{QStringLiteral("backend"), db->sqlDialect().name()},
                                     {QStringLiteral("lines"), QString::number(count)}};
    CustomerModel customers(*db);
    customers.addRecord({{QStringLiteral("name"), QStringLiteral("Bench customer")}});
    if (!customers.save().ok())
        return 1;
    QList<DocumentLine> lines;
    for (int i = 0; i < count; ++i) {
        DocumentLine line;
        line.description = QStringLiteral("Item %1").arg(i + 1);
        line.quantityMilli = 1000 + i;
        line.unitPriceMinor = 10000 + 37 * i;
        line.taxRateBp = i % 3 ? 1300 : 600;
        if (i % 5 == 0) {
            line.discountKind = DocumentTotals::DiscountKind::Percent;
            line.discountValue = 500;
        }
        lines << line;
    }

    QuoteLineModel model(*db);
    model.setLines(lines);
    QVector<double> times;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer t;
        t.start();
        model.setData(model.index(i % count, QuoteLineModel::Quantity),
                      QString::number(i % 7 + 1) + QStringLiteral(".5"));
        times << ms(t);
    }
    std::sort(times.begin(), times.end());
    BenchScenario::print(bench, QStringLiteral("recompute_ms"), times.at(times.size() / 2), QStringLiteral("ms"), tag);
    BenchScenario::print(bench, QStringLiteral("recompute_max_ms"), times.last(), QStringLiteral("ms"), tag);

    QuoteDocument quote = QuoteService::forCustomer(*db, customers.recordId(0));
    quote.lines = model.lines();
    QElapsedTimer t;
    t.start();
    const WriteResult saved = QuoteService::save(*db, &quote);
    if (!saved.ok()) {
        err() << saved.message << Qt::endl;
        return 1;
    }
    BenchScenario::print(bench, QStringLiteral("save_ms"), ms(t), QStringLiteral("ms"), tag);
    t.restart();
    QuoteDocument loaded;
    if (!QuoteService::load(*db, quote.id, &loaded, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    QuoteLineModel opened(*db);
    opened.setLines(loaded.lines);
    BenchScenario::print(bench, QStringLiteral("open_ms"), ms(t), QStringLiteral("ms"), tag);
    t.restart();
    DocumentPrintOptions options;
    options.chineseCapitals = true;
    if (!QuotePrinter::writeQuotePdf(*db, quote.id, dir.filePath(QStringLiteral("quote.pdf")), options, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    BenchScenario::print(bench, QStringLiteral("pdf_ms"), ms(t), QStringLiteral("ms"), tag);
    return 0;
}
} // namespace

DESKCRM_BENCH_SCENARIO("quote", run, "quote [--lines N] [--database URL]  # recompute_ms, save_ms, open_ms, pdf_ms")

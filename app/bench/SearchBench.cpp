#include "BenchScenario.h"
#include "ConnectionSettings.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "GlobalSearch.h"
#include "SearchIndex.h"
#include "TextFolding.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

// `deskcrm-bench search`: global search (Ctrl+K) on a demo database of N customers with Chinese and English
// names: the first 50 results of every kind for terms of three characters or more (3 and 6), for one and two
// Chinese characters, and for pinyin initials and spellings; the index's size and the time to build it again.
namespace {
const QString bench = QStringLiteral("search");

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

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

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
    options.activities =
        BenchScenario::option(args, QStringLiteral("--activities"), QStringLiteral("0")) == QLatin1String("1");
    QElapsedTimer t;
    t.start();
    if (!generator.generate(options, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    // The load above includes building the index; what the index alone costs is measured by the caller.
    BenchScenario::print(bench, QStringLiteral("generate"), ms(t) / 1000.0, QStringLiteral("s"),
                         {{QStringLiteral("customers"), QString::number(options.customers)}});
    return 0;
}

bool hasHan(const QString& text)
{
    return TextFolding::hasHan(text);
}

int run(const QStringList& args)
{
    const qint64 customers =
        BenchScenario::option(args, QStringLiteral("--customers"), QStringLiteral("1000000")).toLongLong();
    const QString seed = BenchScenario::option(args, QStringLiteral("--seed"), QStringLiteral("1"));
    const int queries = BenchScenario::option(args, QStringLiteral("--queries"), QStringLiteral("200")).toInt();
    const QString activities = BenchScenario::option(args, QStringLiteral("--activities"), QStringLiteral("0"));
    QString url = BenchScenario::option(args, QStringLiteral("--database"));
    if (url.isEmpty()) {
        const QString dir = BenchScenario::option(args, QStringLiteral("--cache-dir"),
                                                  QDir::tempPath() + QStringLiteral("/deskcrm-bench"));
        QDir().mkpath(dir);
        url = dir + QStringLiteral("/search-%1-%2-%3.sqlite").arg(customers).arg(seed, activities);
    }
    ConnectionSettings settings;
    QString error;
    if (!ConnectionSettings::parse(url, &settings, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    const QString backend = settings.dialect == ConnectionSettings::Dialect::SQLite ? QStringLiteral("sqlite")
                                                                                    : QStringLiteral("postgresql");
    QMap<QString, QString> tag{{QStringLiteral("backend"), backend},
                               {QStringLiteral("customers"), QString::number(customers)}};
    auto db = Database::open(settings, &error);
    if (!db) {
        err() << error << Qt::endl;
        return 1;
    }
    if (BenchScenario::customerCount(*db) == 0) {
        db.reset();
        err() << "generating " << customers << " customers into " << settings.displayName() << Qt::endl;
        const int code = QProcess::execute(
            QCoreApplication::applicationFilePath(),
            {QStringLiteral("search-generate"), QStringLiteral("--database"), url, QStringLiteral("--customers"),
             QString::number(customers), QStringLiteral("--seed"), seed, QStringLiteral("--activities"), activities});
        if (code != 0)
            return 1;
        db = Database::open(settings, &error);
        if (!db) {
            err() << error << Qt::endl;
            return 1;
        }
    }
    QSqlQuery q(db->connection());

    // Terms cut from names spread over the table.
    QStringList names;
    if (!q.exec(QStringLiteral("SELECT name FROM customers WHERE deleted_at IS NULL ORDER BY id LIMIT 20000"))) {
        err() << q.lastError().text() << Qt::endl;
        return 1;
    }
    while (q.next())
        names << q.value(0).toString();
    QRandomGenerator random(7);
    QStringList chinese;
    QStringList latin;
    for (const QString& name : std::as_const(names))
        (hasHan(name) ? chinese : latin) << name;
    auto pick = [&](const QStringList& list) { return list.at(int(random.bounded(quint32(list.size())))); };
    // A part of one word of a name, as a user types it (terms with a space in them are two terms).
    auto cut = [&](const QString& text, int length) {
        const QStringList words = TextFolding::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QString word;
        for (const QString& each : words) {
            if (each.size() > word.size())
                word = each;
        }
        if (word.size() <= length)
            return word;
        return word.mid(int(random.bounded(quint32(word.size() - length + 1))), length);
    };
    QStringList longTerms;
    QStringList shortTerms;
    QStringList pinyinTerms;
    for (int i = 0; i < queries; ++i) {
        const QStringList& source = latin.isEmpty() || (!chinese.isEmpty() && i % 2 == 0) ? chinese : latin;
        QString term;
        while (term.size() < 3) // names whose longest word is shorter than three characters give no such term
            term = cut(pick(source), i % 4 < 2 ? 3 : 6);
        longTerms << term;
        if (!chinese.isEmpty()) {
            const QString name = pick(chinese);
            shortTerms << (i % 2 ? name.left(1) : name.left(2));
            const TextFolding::Pinyin pinyin = TextFolding::pinyin(name);
            pinyinTerms << (i % 2 ? pinyin.initials.section(QLatin1Char(' '), 0, 0).left(2 + i % 3)
                                  : pinyin.full.section(QLatin1Char(' '), 0, 0).left(6));
        }
    }

    GlobalSearch search(*db);
    auto measure = [&](const QString& metric, const QStringList& terms) {
        QVector<double> times;
        qint64 hits = 0;
        for (int pass = 0; pass < 2; ++pass) { // the first pass warms the cache
            for (const QString& term : terms) {
                QElapsedTimer t;
                t.start();
                QString failure;
                const QList<GlobalSearch::Group> groups = search.find(term, {}, 50, &failure);
                if (pass == 1) {
                    times << ms(t);
                    for (const GlobalSearch::Group& group : groups)
                        hits += group.hits.size();
                }
                if (!failure.isEmpty())
                    err() << term << ": " << failure << Qt::endl;
            }
        }
        QMap<QString, QString> extra = tag;
        extra.insert(QStringLiteral("queries"), QString::number(times.size()));
        extra.insert(QStringLiteral("mean_hits"), QString::number(times.isEmpty() ? 0.0 : double(hits) / times.size()));
        extra.insert(QStringLiteral("max_ms"), QString::number(percentile(times, 1.0)));
        BenchScenario::print(bench, metric, percentile(times, 0.95), QStringLiteral("ms"), extra);
    };
    measure(QStringLiteral("p95_ms_3plus"), longTerms);
    measure(QStringLiteral("p95_ms_cjk_short"), shortTerms);
    measure(QStringLiteral("p95_ms_pinyin"), pinyinTerms);

    if (!q.exec(db->searchDialect().searchIndexBytes()) || !q.next()) {
        err() << q.lastError().text() << Qt::endl;
        return 1;
    }
    BenchScenario::print(bench, QStringLiteral("index_mb"), q.value(0).toDouble() / 1e6, QStringLiteral("MB"), tag);
    q.finish();

    // Building the whole index again (what a bulk load pays for it), rolled back.
    if (BenchScenario::option(args, QStringLiteral("--rebuild"), QStringLiteral("1")) == QLatin1String("1")) {
        QElapsedTimer t;
        t.start();
        if (!db->beginTransaction(&error) || !SearchIndex::rebuild(*db, QString(), &error)) {
            err() << error << Qt::endl;
            return 1;
        }
        BenchScenario::print(bench, QStringLiteral("rebuild_s"), ms(t) / 1000.0, QStringLiteral("s"), tag);
        db->rollbackTransaction();
    }
    return 0;
}
} // namespace

DESKCRM_BENCH_SCENARIO("search", run,
                       "search [--customers N] [--database URL] [--seed S] [--queries N] [--activities 0|1] "
                       "[--rebuild 0|1] [--cache-dir DIR]")
DESKCRM_BENCH_SCENARIO("search-generate", generate,
                       "search-generate --database URL [--customers N] [--seed S] [--activities 0|1]")

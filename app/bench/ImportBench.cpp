#include "BenchScenario.h"

#include "AuditTriggers.h"
#include "ConnectionSettings.h"
#include "CsvReader.h"
#include "Database.h"
#include "ImportSpec.h"
#include "Importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <array>
#include <cstdio>

// `deskcrm-bench import`: a customers CSV of N realistic rows (names, companies, phones, e-mail, cities, half of
// them Chinese) is imported by the import engine into a new database — in a child process, so its peak memory is
// the import's own — and, when the sqlite3 shell is installed, the same file by `sqlite3 DB ".import --csv"`, the
// floor a CSV import into SQLite can reach. One JSON line per figure.
namespace {
const QString bench = QStringLiteral("import");

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Deterministic and cheap: the file is the same for every run of a size.
class Numbers
{
public:
    quint64 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return m_state;
    }
    template <size_t N> const char* pick(const std::array<const char*, N>& list) { return list[next() % N]; }

private:
    quint64 m_state = 0x9e3779b97f4a7c15ULL;
};

// Streams the file: a million rows are about 130 MB and never in memory.
bool writeCustomers(const QString& path, qint64 rows, QString* error)
{
    static const std::array<const char*, 12> brands{"华鑫", "Northwind", "恒通", "Blue Harbor", "金诚", "Redwood",
                                                    "博远", "Summit",    "天润", "Oak & Stone", "宏达", "Brightline"};
    static const std::array<const char*, 8> kinds{"科技", "Trading",    "物流", "Foods",
                                                  "制造", "Consulting", "医药", "Systems"};
    static const std::array<const char*, 8> forms{"有限公司", "Ltd", "股份有限公司", "Inc.",
                                                  "集团",     "LLC", "有限责任公司", "plc"};
    static const std::array<const char*, 10> people{"陈静", "Sarah Mitchell", "李强", "James Carter",
                                                    "王芳", "Emily Turner",   "刘洋", "Oliver Bennett",
                                                    "张伟", "Grace Lee"};
    struct City
    {
        const char* name;
        const char* region;
        const char* country;
        const char* dial;
    };
    static const std::array<City, 8> cities{{{"深圳", "广东", "中国", "+86 755"},
                                             {"上海", "上海", "中国", "+86 21"},
                                             {"杭州", "浙江", "中国", "+86 571"},
                                             {"成都", "四川", "中国", "+86 28"},
                                             {"London", "England", "United Kingdom", "+44 20"},
                                             {"Manchester", "England", "United Kingdom", "+44 161"},
                                             {"Chicago", "IL", "United States", "+1 312"},
                                             {"Austin", "TX", "United States", "+1 512"}}};
    static const std::array<const char*, 3> statuses{"prospect", "active", "inactive"};
    FILE* file = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!file) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    std::setvbuf(file, nullptr, _IOFBF, 1 << 20);
    std::fputs("name,company,phone,email,website,city,region,country,status,notes\n", file);
    Numbers n;
    for (qint64 i = 0; i < rows; ++i) {
        const City& city = cities[n.next() % cities.size()];
        const char* brand = n.pick(brands);
        const char* kind = n.pick(kinds);
        const bool person = n.next() % 10 == 0;
        // A quoted field with a comma now and then, as spreadsheets write them.
        std::fprintf(
            file, "%s%s,\"%s%s %s, %s\",%s %04u %04u,contact%lld@example%u.com,www.example%u.com,%s,%s,%s,%s,%s\n",
            person ? n.pick(people) : brand, person ? "" : kind, brand, kind, n.pick(forms), city.name, city.dial,
            unsigned(n.next() % 10000), unsigned(n.next() % 10000), i, unsigned(i % 997), unsigned(i % 997), city.name,
            city.region, city.country, n.pick(statuses), n.next() % 4 ? "" : "met at a trade fair");
    }
    const bool ok = std::fclose(file) == 0;
    if (!ok)
        *error = QStringLiteral("cannot write %1").arg(path);
    return ok;
}

// The child: the import engine on the file, as `deskcrm-cli import --entity customers FILE` runs it.
int runImport(const QStringList& args)
{
    ConnectionSettings settings;
    QString error;
    if (!ConnectionSettings::parse(BenchScenario::option(args, QStringLiteral("--database")), &settings, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    QElapsedTimer total;
    total.start();
    auto db = Database::open(settings, &error);
    if (!db) {
        err() << error << Qt::endl;
        return 1;
    }
    // The audit trail's cost: the same import with its triggers taken off (`import --without-audit`).
    const bool audited = !args.contains(QStringLiteral("--without-audit"));
    if (!audited && !AuditTriggers::remove(*db, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    ImportSpec spec;
    spec.entity = QStringLiteral("customers");
    spec.file = BenchScenario::option(args, QStringLiteral("--file"));
    CsvReader reader(spec.file);
    if (!spec.check(&error) || !reader.open()) {
        err() << (error.isEmpty() ? reader.error() : error) << Qt::endl;
        return 1;
    }
    Importer importer(*db);
    importer.addFile(spec, &reader);
    QElapsedTimer t;
    t.start();
    const ImportReport report = importer.run(Importer::Accept::AllRows);
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    if (!report.ok() || !report.written) {
        err() << "import failed: " << (report.fatal.isEmpty() ? QStringLiteral("rows refused") : report.fatal)
              << Qt::endl;
        return 1;
    }
    const QMap<QString, QString> tag{{QStringLiteral("backend"), settings.dialect == ConnectionSettings::Dialect::SQLite
                                                                     ? QStringLiteral("sqlite")
                                                                     : QStringLiteral("postgresql")},
                                     {QStringLiteral("rows"), QString::number(report.inserted)},
                                     {QStringLiteral("audit"), audited ? QStringLiteral("on") : QStringLiteral("off")}};
    BenchScenario::print(bench, QStringLiteral("seconds"), seconds, QStringLiteral("s"), tag);
    BenchScenario::print(bench, QStringLiteral("rows_per_s"), seconds > 0 ? double(report.inserted) / seconds : 0,
                         QStringLiteral("rows/s"), tag);
    BenchScenario::print(bench, QStringLiteral("peak_rss_mb"), BenchScenario::peakMegabytes(), QStringLiteral("MB"),
                         tag);
    BenchScenario::print(bench, QStringLiteral("process_seconds"), double(total.nsecsElapsed()) / 1e9,
                         QStringLiteral("s"), tag);
    return 0;
}

int run(const QStringList& args)
{
    const qint64 customers =
        BenchScenario::option(args, QStringLiteral("--customers"), QStringLiteral("1000000")).toLongLong();
    QTemporaryDir dir;
    if (!dir.isValid()) {
        err() << "no temporary folder: " << dir.errorString() << Qt::endl;
        return 1;
    }
    const QString csv = dir.filePath(QStringLiteral("customers.csv"));
    QString error;
    if (!writeCustomers(csv, customers, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    QString url = BenchScenario::option(args, QStringLiteral("--database"));
    if (url.isEmpty())
        url = dir.filePath(QStringLiteral("import.sqlite"));
    {
        // The schema first, so the child times the import and not the migrations.
        ConnectionSettings settings;
        if (!ConnectionSettings::parse(url, &settings, &error)) {
            err() << error << Qt::endl;
            return 1;
        }
        if (!Database::open(settings, &error)) {
            err() << error << Qt::endl;
            return 1;
        }
    }
    QStringList childArgs{QStringLiteral("import-run"), QStringLiteral("--database"), url, QStringLiteral("--file"),
                          csv};
    if (args.contains(QStringLiteral("--without-audit")))
        childArgs << QStringLiteral("--without-audit");
    const int code = QProcess::execute(QCoreApplication::applicationFilePath(), childArgs);
    if (code != 0)
        return 1;

    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        err() << "sqlite3 shell not installed: no sqlite_import_seconds" << Qt::endl;
        return 0;
    }
    QElapsedTimer t;
    t.start();
    const int shellCode = QProcess::execute(
        shell, {dir.filePath(QStringLiteral("shell.sqlite")), QStringLiteral(".import --csv %1 t").arg(csv)});
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    if (shellCode != 0) {
        err() << "sqlite3 .import failed" << Qt::endl;
        return 1;
    }
    BenchScenario::print(bench, QStringLiteral("sqlite_import_seconds"), seconds, QStringLiteral("s"),
                         {{QStringLiteral("rows"), QString::number(customers)}});
    return 0;
}
} // namespace

DESKCRM_BENCH_SCENARIO("import", run, "import [--customers N] [--database URL] [--without-audit]")
DESKCRM_BENCH_SCENARIO("import-run", runImport,
                       "import-run --database URL --file CSV [--without-audit]   (import's child process)")

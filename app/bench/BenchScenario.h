#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

class Database;

// The subcommands of deskcrm-bench. Each scenario registers itself from its own .cpp with
// DESKCRM_BENCH_SCENARIO, so areas add scenarios without touching main.cpp.
class BenchScenario
{
public:
    using Run = int (*)(const QStringList& args); // args after the subcommand; returns the exit code

    static bool add(const QString& name, Run run, const QString& usage);
    static Run find(const QString& name);
    static QStringList usages();

    // One result line: {"bench": bench, "metric": metric, "value": value, "unit": unit, …extra}.
    static void print(const QString& bench, const QString& metric, double value, const QString& unit,
                      const QMap<QString, QString>& extra = {});
    static double residentMegabytes(); // VmRSS from /proc/self/status
    static double peakMegabytes();     // VmHWM
    static QString option(const QStringList& args, const QString& name, const QString& fallback = QString());
    // Live customers, counted the way the customer list counts them (no SQL of the benchmarks' own).
    static int customerCount(Database& db);
};

#define DESKCRM_BENCH_SCENARIO(name, run, usage)                                                                       \
    static const bool deskcrmBenchRegistered_##run =                                                                   \
        BenchScenario::add(QStringLiteral(name), run, QStringLiteral(usage));

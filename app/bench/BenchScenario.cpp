#include "BenchScenario.h"

#include "ListSpec.h"
#include "RecordListModel.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {
struct Entry
{
    BenchScenario::Run run = nullptr;
    QString usage;
};

QMap<QString, Entry>& registry()
{
    static QMap<QString, Entry> scenarios;
    return scenarios;
}

double statusMegabytes(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0; // kB
    }
    return -1;
}
} // namespace

bool BenchScenario::add(const QString& name, Run run, const QString& usage)
{
    registry().insert(name, Entry{run, usage});
    return true;
}

BenchScenario::Run BenchScenario::find(const QString& name)
{
    return registry().value(name).run;
}

QStringList BenchScenario::usages()
{
    QStringList lines;
    for (const Entry& e : registry())
        lines << e.usage;
    return lines;
}

void BenchScenario::print(const QString& bench, const QString& metric, double value, const QString& unit,
                          const QMap<QString, QString>& extra)
{
    QJsonObject o;
    o.insert(QStringLiteral("bench"), bench);
    o.insert(QStringLiteral("metric"), metric);
    o.insert(QStringLiteral("value"), qRound64(value * 100) / 100.0);
    o.insert(QStringLiteral("unit"), unit);
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        o.insert(it.key(), it.value());
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

double BenchScenario::residentMegabytes()
{
    return statusMegabytes("VmRSS");
}

double BenchScenario::peakMegabytes()
{
    return statusMegabytes("VmHWM");
}

QString BenchScenario::option(const QStringList& args, const QString& name, const QString& fallback)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

int BenchScenario::customerCount(Database& db)
{
    RecordListModel model(db, ListSpec::customers());
    model.setBackgroundEnabled(false);
    model.refresh();
    return model.rowCount();
}

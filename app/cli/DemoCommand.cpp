#include "DemoCommand.h"

#include "DemoDataGenerator.h"
#include "Platform.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>
#include <climits>
#include <cstdio>

QString DemoCommand::summary() const
{
    return tr("Add realistic demo data (Chinese and English customers with their activities).");
}

void DemoCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(
        {QStringLiteral("customers"), tr("How many customers to add (default 200)."), tr("N"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("seed"), tr("Random seed; the same seed gives the same data (default 1)."),
                      tr("S"), QStringLiteral("1")});
    parser.addOption(
        {QStringLiteral("customers-only"), tr("Add customers only: no contacts, follow-ups, opportunities or tasks.")});
}

int DemoCommand::run(const QCommandLineParser& parser, CliContext& context)
{
    bool ok = false;
    const qint64 customers = parser.value(QStringLiteral("customers")).toLongLong(&ok);
    if (!ok || customers < 0) {
        context.err << tr("--customers needs a whole number of 0 or more, not \"%1\".")
                           .arg(parser.value(QStringLiteral("customers")))
                    << Qt::endl;
        return CliExit::UsageError;
    }
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        context.err
            << tr("--seed needs a whole number of 0 or more, not \"%1\".").arg(parser.value(QStringLiteral("seed")))
            << Qt::endl;
        return CliExit::UsageError;
    }

    int exitCode = CliExit::Success;
    auto db = openDatabase(context, Database::Options{}, Existing::MayCreate, &exitCode);
    if (!db)
        return exitCode;

    DemoDataGenerator::Options options;
    options.customers = customers;
    options.seed = seed;
    options.activities = !parser.isSet(QStringLiteral("customers-only"));
    // On a terminal the line is redrawn in place; in a log, one line per tenth.
    const bool terminal = Platform::isTerminal(stderr);
    int lastTenth = -1;
    options.progress = [&context, terminal, &lastTenth](qint64 done, qint64 total) {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
        if (terminal) {
            context.err << '\r' << tr("Adding demo customers: %1 of %2 (%3%)").arg(done).arg(total).arg(percent);
            context.err.flush();
        } else if (percent / 10 != lastTenth) {
            lastTenth = percent / 10;
            context.err << tr("Adding demo customers: %1 of %2 (%3%)").arg(done).arg(total).arg(percent) << Qt::endl;
        }
        return true;
    };

    QElapsedTimer timer;
    timer.start();
    DemoDataGenerator generator(*db);
    QString error;
    const bool generated = generator.generate(options, &error);
    if (terminal)
        context.err << Qt::endl;
    if (!generated) {
        context.err << error << Qt::endl;
        return CliExit::Failure;
    }
    const double seconds = std::max<qint64>(1, timer.elapsed()) / 1000.0;
    const QLocale locale;
    context.out << tr("Added %n demo customer(s) to %1.", nullptr,
                      static_cast<int>(std::min<qint64>(customers, INT_MAX)))
                       .arg(context.settings.displayName())
                << Qt::endl;
    context.out << tr("%1 rows in %2 s (%3 rows/s).")
                       .arg(locale.toString(generator.rowsWritten()), locale.toString(seconds, 'f', 1),
                            locale.toString(qRound64(generator.rowsWritten() / seconds)))
                << Qt::endl;
    return CliExit::Success;
}

#include "SyncCommand.h"

#include "SyncReplica.h"
#include "SyncSession.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

QString SyncCommand::summary() const
{
    return tr("Make an offline replica of a server (sync clone), or synchronise a replica with its server.");
}

void SyncCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("server"),
                      tr("The team's PostgreSQL server (clone: required; sync: instead of the one cloned from)."),
                      tr("URL")});
    parser.addOption({QStringLiteral("output"), tr("clone: the replica file to create."), tr("FILE")});
    parser.addOption({QStringLiteral("format"), tr("text (default) or json."), tr("FORMAT")});
}

int SyncCommand::run(const QCommandLineParser& parser, CliContext& context)
{
    const QString what = parser.positionalArguments().value(0);
    const QString format = parser.value(QStringLiteral("format"));
    const bool json = format == QLatin1String("json");
    if ((!format.isEmpty() && !json && format != QLatin1String("text")) ||
        (!what.isEmpty() && what != QLatin1String("clone"))) {
        context.err << tr("Use: sync clone --server URL --output FILE, or --database FILE sync [--format json].")
                    << Qt::endl;
        return CliExit::UsageError;
    }
    QString error;
    SyncSession::Report report;
    if (what == QLatin1String("clone")) {
        const QString server = parser.value(QStringLiteral("server"));
        const QString output = parser.value(QStringLiteral("output"));
        if (server.isEmpty() || output.isEmpty()) {
            context.err << tr("sync clone needs --server and --output.") << Qt::endl;
            return CliExit::UsageError;
        }
        auto db = SyncSession::openServer(server, &error);
        if (!db || !SyncSession::clone(*db, server, output, &report, &error)) {
            context.err << error << Qt::endl;
            return CliExit::Failure;
        }
        if (json) {
            context.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("rows"), report.pulled}})
                                                 .toJson(QJsonDocument::Compact))
                        << Qt::endl;
        } else {
            context.out << tr("Replica %1 created: %n row(s).", nullptr, report.pulled).arg(output) << Qt::endl;
        }
        return CliExit::Success;
    }
    int exitCode = CliExit::Success;
    auto replica = openDatabase(context, Database::Options{}, Existing::Required, &exitCode);
    if (!replica)
        return exitCode;
    const SyncReplica::State state = SyncReplica(*replica).state();
    if (!state.present) {
        context.err << tr("%1 is not a replica; make one with sync clone.").arg(context.settings.displayName())
                    << Qt::endl;
        return CliExit::Failure;
    }
    const QString server =
        parser.isSet(QStringLiteral("server")) ? parser.value(QStringLiteral("server")) : state.server;
    auto db = SyncSession::openServer(server, &error);
    if (!db) {
        context.err << error << Qt::endl;
        return CliExit::Failure;
    }
    SyncSession session(*replica, *db);
    const bool ok = session.sync(&report, &error);
    if (json) {
        QJsonObject o{{QStringLiteral("pushed"), report.pushed},
                      {QStringLiteral("duplicates"), report.duplicates},
                      {QStringLiteral("pulled"), report.pulled},
                      {QStringLiteral("removed"), report.removed},
                      {QStringLiteral("conflicts"), report.conflicts},
                      {QStringLiteral("open_conflicts"), SyncReplica(*replica).openConflicts()},
                      {QStringLiteral("waiting"), SyncReplica(*replica).pendingChanges()},
                      {QStringLiteral("clock_offset_ms"), report.clockOffsetMs},
                      {QStringLiteral("ok"), ok}};
        if (!ok)
            o.insert(QStringLiteral("error"), error);
        if (report.expired)
            o.insert(QStringLiteral("expired"), true);
        context.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else if (ok) {
        context.out
            << tr("pushed %1, pulled %2, conflicts %3").arg(report.pushed).arg(report.pulled).arg(report.conflicts)
            << Qt::endl;
    }
    if (!ok) {
        context.err << error << Qt::endl;
        return CliExit::Failure;
    }
    if (report.clockWarning)
        context.err << tr("This computer's clock is %1 s off the server's.").arg(report.clockOffsetMs / 1000)
                    << Qt::endl;
    return CliExit::Success;
}

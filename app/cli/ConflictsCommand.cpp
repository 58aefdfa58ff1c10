#include "ConflictsCommand.h"

#include "SyncReplica.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

QString ConflictsCommand::summary() const
{
    return tr("List a replica's sync conflicts, or decide one.");
}

void ConflictsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("format"), tr("text (default) or json."), tr("FORMAT")});
    parser.addOption({QStringLiteral("all"), tr("Include the conflicts already decided.")});
    parser.addOption({QStringLiteral("resolve"), tr("The conflict to decide."), tr("ID")});
    parser.addOption({QStringLiteral("keep"), tr("resolve: mine or server."), tr("SIDE")});
    parser.addOption({QStringLiteral("value"), tr("resolve: a value of your own instead."), tr("TEXT")});
}

int ConflictsCommand::run(const QCommandLineParser& parser, CliContext& context)
{
    const QString format = parser.value(QStringLiteral("format"));
    const bool json = format == QLatin1String("json");
    if (!format.isEmpty() && !json && format != QLatin1String("text")) {
        context.err << tr("--format must be text or json.") << Qt::endl;
        return CliExit::UsageError;
    }
    int exitCode = CliExit::Success;
    auto db = openDatabase(context, Database::Options{}, Existing::Required, &exitCode);
    if (!db)
        return exitCode;
    SyncReplica replica(*db);
    if (parser.isSet(QStringLiteral("resolve"))) {
        const QString keep = parser.value(QStringLiteral("keep"));
        SyncReplica::Resolution resolution;
        if (parser.isSet(QStringLiteral("value")))
            resolution = SyncReplica::Resolution::Edit;
        else if (keep == QLatin1String("mine"))
            resolution = SyncReplica::Resolution::KeepMine;
        else if (keep == QLatin1String("server"))
            resolution = SyncReplica::Resolution::KeepServer;
        else {
            context.err << tr("--resolve needs --keep mine, --keep server or --value TEXT.") << Qt::endl;
            return CliExit::UsageError;
        }
        const WriteResult result = replica.resolve(parser.value(QStringLiteral("resolve")).toLongLong(), resolution,
                                                   parser.value(QStringLiteral("value")));
        if (!result.ok()) {
            context.err << result.message << Qt::endl;
            return CliExit::Failure;
        }
        return CliExit::Success;
    }
    const QList<SyncReplica::Conflict> list = replica.conflicts(!parser.isSet(QStringLiteral("all")));
    for (const SyncReplica::Conflict& c : list) {
        if (json) {
            QJsonObject o{{QStringLiteral("id"), c.id},
                          {QStringLiteral("entity"), c.table},
                          {QStringLiteral("record_id"), c.rowId},
                          {QStringLiteral("field"), c.field.isEmpty() ? QJsonValue() : QJsonValue(c.field)},
                          {QStringLiteral("kind"), c.kind},
                          {QStringLiteral("base_version"), c.baseVersion},
                          {QStringLiteral("server_version"), c.serverVersion},
                          {QStringLiteral("base"), QJsonValue::fromVariant(c.baseValue)},
                          {QStringLiteral("server"), QJsonValue::fromVariant(c.serverValue)},
                          {QStringLiteral("mine"), QJsonValue::fromVariant(c.clientValue)},
                          {QStringLiteral("at"), c.at}};
            if (!c.resolution.isEmpty())
                o.insert(QStringLiteral("resolution"), c.resolution);
            context.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
        } else {
            context.out << QStringLiteral("%1  %2 %3  %4: %5 | %6 | %7")
                               .arg(c.id)
                               .arg(c.table, c.rowId, c.field.isEmpty() ? c.kind : c.field, c.baseValue.toString(),
                                    c.serverValue.toString(), c.clientValue.toString())
                        << Qt::endl;
        }
    }
    context.err << tr("%n conflict(s).", nullptr, int(list.size())) << Qt::endl;
    return CliExit::Success;
}

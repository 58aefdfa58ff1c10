#include "AuditCommand.h"

#include "AuditHistory.h"
#include "AuditRevert.h"
#include "AuditTriggers.h"
#include "SqlValues.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {
QString shown(const QVariant& value)
{
    return value.isNull() ? QStringLiteral("∅") : value.toString();
}
} // namespace

QString AuditCommand::summary() const
{
    return tr("Show a record's history, or roll back a user's changes since a time.");
}

void AuditCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(
        {QStringLiteral("entity"), tr("history: the table, such as customers or opportunities."), tr("TABLE")});
    parser.addOption({QStringLiteral("id"), tr("history: the record's id."), tr("ID")});
    parser.addOption({QStringLiteral("user"), tr("revert: whose changes (their user name)."), tr("USERNAME")});
    parser.addOption({QStringLiteral("since"), tr("revert: from when, as an ISO time such as 2026-11-04T14:05:00Z."),
                      tr("ISO_TIME")});
    parser.addOption({QStringLiteral("dry-run"), tr("revert: only show what would be rolled back.")});
    parser.addOption({QStringLiteral("format"), tr("text (default) or json."), tr("FORMAT")});
}

int AuditCommand::run(const QCommandLineParser& parser, CliContext& context)
{
    const QString what = parser.positionalArguments().value(0);
    const QString format = parser.value(QStringLiteral("format"));
    const bool json = format == QLatin1String("json");
    if (!format.isEmpty() && !json && format != QLatin1String("text")) {
        context.err << tr("--format must be text or json.") << Qt::endl;
        return CliExit::UsageError;
    }
    if (what == QLatin1String("history"))
        return history(parser, context, json);
    if (what == QLatin1String("revert"))
        return revert(parser, context, json);
    context.err << tr("Say what to do: audit history or audit revert.") << Qt::endl;
    return CliExit::UsageError;
}

int AuditCommand::history(const QCommandLineParser& parser, CliContext& context, bool json)
{
    const QString table = parser.value(QStringLiteral("entity"));
    const QString id = parser.value(QStringLiteral("id"));
    if (table.isEmpty() || id.isEmpty()) {
        context.err << tr("audit history needs --entity and --id.") << Qt::endl;
        return CliExit::UsageError;
    }
    int exitCode = CliExit::Success;
    auto db = openDatabase(context, Database::Options{}, Existing::Required, &exitCode);
    if (!db)
        return exitCode;
    QStringList tables;
    QString error;
    if (!AuditTriggers::auditedTables(*db, &tables, &error)) {
        context.err << error << Qt::endl;
        return CliExit::Failure;
    }
    if (!tables.contains(table)) {
        context.err << tr("--entity must be one of: %1.").arg(tables.join(QStringLiteral(", "))) << Qt::endl;
        return CliExit::UsageError;
    }
    QList<AuditEntry> entries;
    if (!AuditHistory(*db).entries(table, id, &entries, &error)) {
        context.err << error << Qt::endl;
        return CliExit::Failure;
    }
    if (json) {
        QJsonArray array;
        for (const AuditEntry& e : std::as_const(entries))
            array.append(AuditHistory::toJson(e));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << Qt::endl;
        return CliExit::Success;
    }
    const QLocale locale;
    for (const AuditEntry& e : std::as_const(entries)) {
        context.out << QStringLiteral("%1  %2  %3")
                           .arg(locale.toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.actor,
                                AuditHistory::describeOp(e.op))
                    << Qt::endl;
        for (const QString& field : e.fields)
            context.out << QStringLiteral("    %1: %2 → %3")
                               .arg(field, shown(e.oldValues.value(field)), shown(e.newValues.value(field)))
                        << Qt::endl;
    }
    context.err << tr("%n change(s).", nullptr, int(entries.size())) << Qt::endl;
    return CliExit::Success;
}

int AuditCommand::revert(const QCommandLineParser& parser, CliContext& context, bool json)
{
    const QString user = parser.value(QStringLiteral("user"));
    const QDateTime since = SqlValues::toDateTime(parser.value(QStringLiteral("since")));
    if (user.isEmpty() || !since.isValid()) {
        context.err << tr("audit revert needs --user and --since (an ISO time such as 2026-11-04T14:05:00Z).")
                    << Qt::endl;
        return CliExit::UsageError;
    }
    int exitCode = CliExit::Success;
    auto db = openDatabase(context, Database::Options{}, Existing::Required, &exitCode);
    if (!db)
        return exitCode;
    AuditRevert revert(*db);
    const AuditRevert::Scope scope{user, since, QString()};
    AuditRevert::Plan plan;
    QString action;
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (dryRun) {
        QString error;
        if (!revert.preview(scope, &plan, &error)) {
            context.err << error << Qt::endl;
            return CliExit::Failure;
        }
    } else {
        const AuditRevert::Result result = revert.apply(scope);
        if (!result.write.ok()) {
            context.err << result.write.message << Qt::endl;
            return CliExit::Failure;
        }
        plan = result.plan;
        action = result.action;
    }
    if (json) {
        QJsonObject o = AuditRevert::toJson(plan, !dryRun);
        if (!action.isEmpty() && !plan.isEmpty())
            o.insert(QStringLiteral("action"), action);
        context.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
        return CliExit::Success;
    }
    for (const AuditRevert::Conflict& c : std::as_const(plan.conflicts)) {
        context.out << (c.field.isEmpty() ? tr("kept %1 %2: changed later by %3").arg(c.table, c.id, c.laterActor)
                                          : tr("kept %1 %2 %3 = %4: changed later by %5")
                                                .arg(c.table, c.id, c.field, shown(c.kept), c.laterActor))
                    << Qt::endl;
    }
    const QString counts = tr("%1 created record(s) deleted, %2 changed record(s) put back, %3 deleted record(s) "
                              "brought back; %n later change(s) kept.",
                              nullptr, int(plan.conflicts.size()))
                               .arg(plan.created())
                               .arg(plan.changed())
                               .arg(plan.deleted());
    context.err << (dryRun ? tr("Dry run, nothing changed: %1").arg(counts) : counts) << Qt::endl;
    return CliExit::Success;
}

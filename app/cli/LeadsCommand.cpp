#include "LeadsCommand.h"

#include "LeadAssignments.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

QString LeadsCommand::summary() const
{
    return tr("Assign the unassigned leads by the assignment rules (leads assign).");
}

void LeadsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("dry-run"), tr("Show who would get which lead; change nothing.")});
    parser.addOption(
        {QStringLiteral("format"), tr("text (default) or json (one object per lead and line)."), tr("FORMAT")});
}

int LeadsCommand::run(const QCommandLineParser& parser, CliContext& context)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments != QStringList{QStringLiteral("assign")}) {
        context.err << tr("Say what to do with the leads: deskcrm-cli leads assign [--dry-run]") << Qt::endl;
        return CliExit::UsageError;
    }
    const QString format = parser.value(QStringLiteral("format"));
    const bool json = format == QLatin1String("json");
    if (!format.isEmpty() && !json && format != QLatin1String("text")) {
        context.err << tr("--format must be text or json.") << Qt::endl;
        return CliExit::UsageError;
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));

    int exitCode = CliExit::Success;
    auto db = openDatabase(context, Database::Options{}, Existing::Required, &exitCode);
    if (!db)
        return exitCode;
    QList<LeadAssignments::Outcome> outcomes;
    QString error;
    if (!LeadAssignments(*db).assignUnassigned(dryRun, &outcomes, &error)) {
        context.err << error << Qt::endl;
        return CliExit::Failure;
    }
    int assigned = 0;
    for (const LeadAssignments::Outcome& o : std::as_const(outcomes)) {
        if (!o.ownerId.isEmpty())
            ++assigned;
        if (json) {
            const QJsonObject line{
                {QStringLiteral("lead"), o.leadName},
                {QStringLiteral("lead_id"), o.leadId},
                {QStringLiteral("owner"), o.ownerId.isEmpty() ? QJsonValue() : QJsonValue(o.ownerUsername)},
                {QStringLiteral("owner_name"), o.ownerId.isEmpty() ? QJsonValue() : QJsonValue(o.ownerName)},
                {QStringLiteral("rule"), o.ruleName.isEmpty() ? QJsonValue() : QJsonValue(o.ruleName)},
                {QStringLiteral("reason"), o.reason}};
            context.out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << Qt::endl;
        } else {
            context.out << (o.ownerId.isEmpty() ? tr("%1: not assigned (%2)").arg(o.leadName, o.reason)
                                                : tr("%1 → %2 (%3)").arg(o.leadName, o.ownerName, o.reason))
                        << Qt::endl;
        }
    }
    context.err << (dryRun ? tr("%n lead(s) would be assigned; nothing was changed.", nullptr, assigned)
                           : tr("%n lead(s) assigned.", nullptr, assigned))
                << Qt::endl;
    return CliExit::Success;
}

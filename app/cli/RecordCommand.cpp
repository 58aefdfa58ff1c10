#include "RecordCommand.h"

#include "AuditTriggers.h"
#include "RecordStore.h"
#include "RecordWriter.h"

#include <QCommandLineParser>

QString RecordCommand::summary() const
{
    return tr("Change one field of a record, or delete a record, as the program would.");
}

void RecordCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("entity"), tr("The table, such as customers or tasks."), tr("TABLE")});
    parser.addOption({QStringLiteral("id"), tr("The record's id."), tr("ID")});
    parser.addOption({QStringLiteral("field"), tr("set: the column to change, such as city."), tr("COLUMN")});
    parser.addOption({QStringLiteral("value"), tr("set: the new value (--null for none)."), tr("TEXT")});
    parser.addOption({QStringLiteral("null"), tr("set: clear the field.")});
}

int RecordCommand::run(const QCommandLineParser& parser, CliContext& context)
{
    const QString what = parser.positionalArguments().value(0);
    const QString table = parser.value(QStringLiteral("entity"));
    const QString id = parser.value(QStringLiteral("id"));
    const bool set = what == QLatin1String("set");
    if ((!set && what != QLatin1String("delete")) || table.isEmpty() || id.isEmpty()) {
        context.err << tr("Use: record set --entity TABLE --id ID --field COLUMN --value TEXT, or record delete "
                          "--entity TABLE --id ID.")
                    << Qt::endl;
        return CliExit::UsageError;
    }
    const QString field = parser.value(QStringLiteral("field"));
    if (set && (field.isEmpty() || (!parser.isSet(QStringLiteral("value")) && !parser.isSet(QStringLiteral("null"))))) {
        context.err << tr("record set needs --field and --value (or --null).") << Qt::endl;
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
    if (set) {
        if (!RecordStore(*db).settableFields(table).contains(field)) {
            context.err << tr("%1 has no field %2 that can be set.").arg(table, field) << Qt::endl;
            return CliExit::UsageError;
        }
    }
    const QVariant value =
        parser.isSet(QStringLiteral("null")) ? QVariant() : QVariant(parser.value(QStringLiteral("value")));
    const WriteResult result = RecordWriter::transact(*db, [&](RecordWriter& writer) {
        return set ? writer.update(table, id, -1, {{field, value}}) : writer.softDelete(table, id, -1);
    });
    if (!result.ok()) {
        context.err << result.message << Qt::endl;
        return CliExit::Failure;
    }
    context.err << (set ? tr("%1 %2: %3 changed.").arg(table, id, field) : tr("%1 %2 deleted.").arg(table, id))
                << Qt::endl;
    return CliExit::Success;
}

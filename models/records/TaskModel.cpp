#include "TaskModel.h"

#include "Database.h"

#include "SqlValues.h"

TaskModel::TaskModel(Database& db, QObject* parent) : RecordModel(db, QStringLiteral("tasks"), parent) {}

QHash<QString, QString> TaskModel::validate(const QSqlRecord& record) const
{
    QHash<QString, QString> errors;
    if (record.value(QStringLiteral("title")).toString().trimmed().isEmpty())
        errors.insert(QStringLiteral("title"), tr("Enter a title for the task."));
    const int priority = record.value(QStringLiteral("priority")).toInt();
    if (priority < 0 || priority > 3)
        errors.insert(QStringLiteral("priority"), tr("Choose a priority."));
    return errors;
}

QVariantHash TaskModel::defaults() const
{
    return {{QStringLiteral("status"), QStringLiteral("todo")}, {QStringLiteral("priority"), 1}};
}

QString TaskModel::childOrder() const
{
    // Open tasks by due date (undated last on both dialects), then the finished ones.
    return QStringLiteral("CASE WHEN status = 'done' THEN 1 ELSE 0 END, CASE WHEN due_date IS NULL THEN 1 ELSE 0 END, "
                          "due_date, priority DESC");
}

QStringList TaskModel::dateColumns() const
{
    return {QStringLiteral("due_date")};
}

bool TaskModel::prepareWrite(QSqlRecord& values, const QSqlRecord& previous, bool inserting, QString* error)
{
    Q_UNUSED(error)
    const QString status = QStringLiteral("status");
    const QString completed = QStringLiteral("completed_at");
    if (!inserting && !values.isGenerated(status))
        return true;
    const bool done = values.value(status).toString() == QLatin1String("done");
    const bool wasDone = !inserting && previous.value(status).toString() == QLatin1String("done");
    if (done == wasDone && !inserting)
        return true;
    values.setValue(completed, done ? QVariant(database().clock().timestamp()) : QVariant());
    values.setGenerated(completed, true);
    return true;
}

#include "InteractionModel.h"

#include "Database.h"
#include "RecordWriter.h"
#include "SqlValues.h"

#include <QDateTime>
#include <QSqlRecord>

InteractionModel::InteractionModel(Database& db, QObject* parent)
    : RecordModel(db, QStringLiteral("interactions"), parent)
{
}

QHash<QString, QString> InteractionModel::validate(const QSqlRecord& record) const
{
    QHash<QString, QString> errors;
    if (record.value(QStringLiteral("subject")).toString().trimmed().isEmpty())
        errors.insert(QStringLiteral("subject"), tr("Enter a subject for the interaction."));
    if (record.value(QStringLiteral("occurred_at")).isNull())
        errors.insert(QStringLiteral("occurred_at"), tr("Enter when the interaction took place."));
    if (record.value(QStringLiteral("customer_id")).toString().isEmpty())
        errors.insert(QStringLiteral("customer_id"), tr("Choose the customer of the interaction."));
    return errors;
}

QVariantHash InteractionModel::defaults() const
{
    return {{QStringLiteral("occurred_at"), database().clock().nowUtc()}};
}

QString InteractionModel::childOrder() const
{
    return QStringLiteral("occurred_at DESC");
}

QStringList InteractionModel::dateColumns() const
{
    return {QStringLiteral("next_follow_up")};
}

void InteractionModel::setFollowUpTask(bool create, const QTime& remindAt)
{
    m_followUpTask = create;
    m_remindAt = remindAt;
}

bool InteractionModel::afterWrite(const QString& id, const QSqlRecord& written, const QSqlRecord& previous,
                                  bool inserting, QString* error)
{
    Q_UNUSED(id)
    m_followUpTaskId.clear();
    const QString nextColumn = QStringLiteral("next_follow_up");
    const QDate next = SqlValues::toDate(written.value(nextColumn));
    // Only a date set now: saving the follow-up again (a typo fixed) must not make a second task.
    if (!m_followUpTask || !next.isValid() || (!inserting && SqlValues::toDate(previous.value(nextColumn)) == next))
        return true;
    QVariant owner = written.value(QStringLiteral("author_id"));
    if (owner.toString().isEmpty())
        owner = database().currentUserId();
    QVariantHash task{
        {QStringLiteral("title"), tr("Follow up: %1").arg(written.value(QStringLiteral("subject")).toString())},
        {QStringLiteral("owner_id"), owner},
        {QStringLiteral("due_date"), next},
        {QStringLiteral("status"), QStringLiteral("todo")},
        {QStringLiteral("priority"), 1},
        {QStringLiteral("customer_id"), written.value(QStringLiteral("customer_id"))},
    };
    const QVariant opportunity = written.value(QStringLiteral("opportunity_id"));
    if (!opportunity.toString().isEmpty())
        task.insert(QStringLiteral("opportunity_id"), opportunity);
    // The reminder rings at that time of the user's own day.
    if (m_remindAt.isValid())
        task.insert(QStringLiteral("reminder_at"), QDateTime(next, m_remindAt, Qt::LocalTime).toUTC());
    const WriteResult made = writer()->insert(QStringLiteral("tasks"), task);
    if (!made.ok()) {
        if (error)
            *error = tr("The follow-up task could not be created: %1").arg(made.message);
        return false;
    }
    m_followUpTaskId = made.id;
    return true;
}

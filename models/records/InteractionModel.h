#pragma once

#include "RecordModel.h"

#include <QTime>

// Editable interactions (follow-ups): when, channel, type, subject, result, next follow-up; author = current user.
// With setFollowUpTask(), saving a follow-up whose next follow-up date is new also creates the task for it (owned
// by the author, due that day, with a reminder at the given local time) in the same transaction.
class InteractionModel : public RecordModel
{
    Q_OBJECT

public:
    explicit InteractionModel(Database& db, QObject* parent = nullptr);

    // Off by default; remindAt invalid: a task without a reminder.
    void setFollowUpTask(bool create, const QTime& remindAt = QTime(9, 0));
    bool createsFollowUpTask() const { return m_followUpTask; }
    // The task the last save created (empty when it created none).
    QString followUpTaskId() const { return m_followUpTaskId; }

    QString entity() const override { return QStringLiteral("interaction"); }
    QHash<QString, QString> validate(const QSqlRecord& record) const override;

protected:
    QVariantHash defaults() const override;
    QString childOrder() const override;
    QStringList dateColumns() const override;
    bool afterWrite(const QString& id, const QSqlRecord& written, const QSqlRecord& previous, bool inserting,
                    QString* error) override;

private:
    bool m_followUpTask = false;
    QTime m_remindAt;
    QString m_followUpTaskId;
};

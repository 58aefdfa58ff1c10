#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QString>

class Database;

// "Due today": the current user's follow-ups and tasks that are due today or overdue, by the database's
// Clock, oldest first. A follow-up is an interaction whose next follow-up date has come and after which
// nothing newer was logged with that customer; a task is one not done, owned by the user, with a due date.
// Short by nature (what one person has to do today), so it is read whole.
class TodayModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DueColumn, KindColumn, TitleColumn, CustomerColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // the interaction's or the task's id
        EntityRole,                // "interaction" or "task"
        CustomerIdRole,            // empty for a task without a customer
        DueDateRole,               // QDate
        OverdueRole,               // bool
    };

    explicit TodayModel(Database& db, QObject* parent = nullptr);

    // Reads again (today by the clock as it is now); false with a message on a failed query, the rows then empty.
    bool refresh(QString* error = nullptr);
    // The day the rows were read for.
    QDate today() const { return m_today; }
    int overdueCount() const;
    int rowOf(const QString& entity, const QString& id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Item
    {
        QString entity;
        QString id;
        QDate due;
        QString title;
        QString customerId;
        QString customerName;
    };

    Database& m_db;
    QList<Item> m_items;
    QDate m_today;
};

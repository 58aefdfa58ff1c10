#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QString>
#include <QVector>

class Clock;

// What a task card needs.
struct TaskCard
{
    QString id;
    QString title;
    QString status;
    QString ownerName;
    QString customerId;
    QString customerName;
    QString opportunityId;
    QString opportunityName;
    QDate dueDate;
    int priority = 1; // 0 low … 3 urgent
    int version = 0;
    double position = 0;
};

// The tasks of one status column of the task board. With due grouping on, cards are ordered by
// due group (overdue, today, this week, later, no date) and each card knows whether it starts a
// group, so the delegate paints the group heading above it.
class TaskColumnModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        StatusRole,
        OwnerNameRole,
        CustomerIdRole,
        CustomerNameRole,
        OpportunityIdRole,
        OpportunityNameRole,
        DueDateRole,
        OverdueRole,
        PriorityRole,
        VersionRole,
        PositionRole,
        DueGroupRole,   // DueGroup
        GroupStartRole, // bool: first card of its due group (only with grouping)
    };
    enum DueGroup { Overdue, Today, ThisWeek, Later, NoDate };

    explicit TaskColumnModel(const QString& status, const Clock& clock, QObject* parent = nullptr);

    static QString mimeType();
    static DueGroup dueGroupOf(const QDate& due, const QDate& today);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;

    QString status() const { return m_status; }
    bool dueGrouping() const { return m_grouping; }
    void setDueGrouping(bool on);
    const TaskCard& card(int row) const { return m_cards.at(row); }
    const QVector<TaskCard>& cards() const { return m_cards; }
    int rowOfId(const QString& id) const;

    void setCards(QVector<TaskCard> cards);
    TaskCard takeCard(int row);
    int insertCard(const TaskCard& card);

private:
    void sortCards();
    bool lessThan(const TaskCard& a, const TaskCard& b) const;

    QString m_status;
    bool m_grouping = false;
    QVector<TaskCard> m_cards;
    const Clock* m_clock; // says which day is today (due groups)
    QDate m_today;
};

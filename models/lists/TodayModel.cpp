#include "TodayModel.h"

#include "ReportFormat.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {
// Both kinds in one shape: entity, id, due date, title, customer id, customer name. The user filter is added by
// the caller (no user: everyone's, as on a database without sign-in).
const char* const kFollowUps =
    "SELECT 'interaction', i.id, i.next_follow_up, i.subject, i.customer_id, c.name FROM interactions i "
    "JOIN customers c ON c.id = i.customer_id AND c.deleted_at IS NULL "
    "WHERE i.deleted_at IS NULL AND i.next_follow_up IS NOT NULL AND i.next_follow_up <= ? "
    // Done once anything newer was logged with the customer (the follow-up happened).
    "AND NOT EXISTS (SELECT 1 FROM interactions l WHERE l.customer_id = i.customer_id AND l.deleted_at IS NULL "
    "AND l.occurred_at > i.occurred_at)";
const char* const kTasks =
    "SELECT 'task', t.id, t.due_date, t.title, COALESCE(t.customer_id, o.customer_id), c.name FROM tasks t "
    "LEFT JOIN opportunities o ON o.id = t.opportunity_id "
    "LEFT JOIN customers c ON c.id = COALESCE(t.customer_id, o.customer_id) "
    "WHERE t.deleted_at IS NULL AND t.status <> 'done' AND t.due_date IS NOT NULL AND t.due_date <= ?";
} // namespace

TodayModel::TodayModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db) {}

bool TodayModel::refresh(QString* error)
{
    const QDate today = m_db.clock().today();
    const QString user = m_db.currentUserId();
    QList<Item> items;
    QString failure;
    const std::pair<const char*, const char*> parts[] = {{kFollowUps, " AND i.author_id = ?"},
                                                         {kTasks, " AND t.owner_id = ?"}};
    for (const auto& [select, mine] : parts) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        QString sql = QString::fromLatin1(select);
        if (!user.isEmpty())
            sql += QLatin1String(mine);
        bool ok = q.prepare(sql);
        if (ok) {
            q.addBindValue(SqlValues::date(today));
            if (!user.isEmpty())
                q.addBindValue(user);
            ok = q.exec();
        }
        if (!ok) {
            failure = tr("Cannot read what is due today: %1").arg(m_db.describeError(q.lastError()));
            items.clear();
            break;
        }
        while (q.next())
            items.append({q.value(0).toString(), q.value(1).toString(), SqlValues::toDate(q.value(2)),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    }
    // Oldest first (what has waited longest), follow-ups before tasks on one day, then by title.
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        if (a.due != b.due)
            return a.due < b.due;
        if (a.entity != b.entity)
            return a.entity < b.entity;
        return a.title.localeAwareCompare(b.title) < 0;
    });
    beginResetModel();
    m_today = today;
    m_items = items;
    endResetModel();
    if (error)
        *error = failure;
    return failure.isEmpty();
}

int TodayModel::overdueCount() const
{
    return int(
        std::count_if(m_items.cbegin(), m_items.cend(), [this](const Item& item) { return item.due < m_today; }));
}

int TodayModel::rowOf(const QString& entity, const QString& id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).entity == entity && m_items.at(row).id == id)
            return row;
    }
    return -1;
}

int TodayModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int TodayModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TodayModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item& item = m_items.at(index.row());
    const bool overdue = item.due < m_today;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DueColumn:
            return overdue ? tr("%1 (%n days overdue)", nullptr, int(item.due.daysTo(m_today)))
                                 .arg(ReportFormat::date(item.due))
                           : tr("Today");
        case KindColumn:
            return item.entity == QLatin1String("task") ? tr("Task") : tr("Follow-up");
        case TitleColumn:
            return item.title;
        case CustomerColumn:
            return item.customerName;
        default:
            return {};
        }
    case IdRole:
        return item.id;
    case EntityRole:
        return item.entity;
    case CustomerIdRole:
        return item.customerId;
    case DueDateRole:
        return item.due;
    case OverdueRole:
        return overdue;
    default:
        return {};
    }
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueColumn:
        return tr("Due");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("What");
    case CustomerColumn:
        return tr("Customer");
    default:
        return {};
    }
}

#include "TaskColumnModel.h"

#include "VisibleText.h"

#include "Clock.h"

#include <QMimeData>

#include <algorithm>

TaskColumnModel::TaskColumnModel(const QString& status, const Clock& clock, QObject* parent)
    : QAbstractListModel(parent), m_status(status), m_clock(&clock), m_today(clock.today())
{
}

QString TaskColumnModel::mimeType()
{
    return QStringLiteral("application/x-deskcrm-task");
}

TaskColumnModel::DueGroup TaskColumnModel::dueGroupOf(const QDate& due, const QDate& today)
{
    if (!due.isValid())
        return NoDate;
    if (due < today)
        return Overdue;
    if (due == today)
        return Today;
    // "This week" ends on the locale-independent ISO week's Sunday.
    if (due <= today.addDays(7 - today.dayOfWeek()))
        return ThisWeek;
    return Later;
}

int TaskColumnModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant TaskColumnModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_cards.size())
        return {};
    const TaskCard& c = m_cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return VisibleText::revealed(c.title);
    case IdRole:
        return c.id;
    case StatusRole:
        return c.status;
    case OwnerNameRole:
        return c.ownerName;
    case CustomerIdRole:
        return c.customerId;
    case CustomerNameRole:
        return VisibleText::revealed(c.customerName);
    case OpportunityIdRole:
        return c.opportunityId;
    case OpportunityNameRole:
        return c.opportunityName;
    case DueDateRole:
        return c.dueDate;
    case OverdueRole:
        return c.status != QLatin1String("done") && c.dueDate.isValid() && c.dueDate < m_today;
    case PriorityRole:
        return c.priority;
    case VersionRole:
        return c.version;
    case PositionRole:
        return c.position;
    case DueGroupRole:
        return int(dueGroupOf(c.dueDate, m_today));
    case GroupStartRole:
        return m_grouping && (index.row() == 0 || dueGroupOf(m_cards.at(index.row() - 1).dueDate, m_today) !=
                                                      dueGroupOf(c.dueDate, m_today));
    default:
        return {};
    }
}

Qt::ItemFlags TaskColumnModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList TaskColumnModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData* TaskColumnModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(mimeType(), data(indexes.first(), IdRole).toString().toUtf8());
    return mime;
}

Qt::DropActions TaskColumnModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions TaskColumnModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

void TaskColumnModel::setDueGrouping(bool on)
{
    if (on == m_grouping)
        return;
    beginResetModel();
    m_grouping = on;
    sortCards();
    endResetModel();
}

int TaskColumnModel::rowOfId(const QString& id) const
{
    for (int i = 0; i < m_cards.size(); ++i) {
        if (m_cards.at(i).id == id)
            return i;
    }
    return -1;
}

void TaskColumnModel::setCards(QVector<TaskCard> cards)
{
    beginResetModel();
    m_cards = std::move(cards);
    m_today = m_clock->today();
    sortCards();
    endResetModel();
}

TaskCard TaskColumnModel::takeCard(int row)
{
    beginRemoveRows({}, row, row);
    TaskCard card = m_cards.takeAt(row);
    endRemoveRows();
    if (m_grouping && row < m_cards.size())
        emit dataChanged(index(row), index(row)); // the next card may now start a group
    return card;
}

int TaskColumnModel::insertCard(const TaskCard& card)
{
    const auto it = std::lower_bound(m_cards.cbegin(), m_cards.cend(), card,
                                     [this](const TaskCard& a, const TaskCard& b) { return lessThan(a, b); });
    const int row = int(it - m_cards.cbegin());
    beginInsertRows({}, row, row);
    m_cards.insert(row, card);
    endInsertRows();
    if (m_grouping && row + 1 < m_cards.size())
        emit dataChanged(index(row + 1), index(row + 1));
    return row;
}

bool TaskColumnModel::lessThan(const TaskCard& a, const TaskCard& b) const
{
    if (m_grouping) {
        const DueGroup ga = dueGroupOf(a.dueDate, m_today);
        const DueGroup gb = dueGroupOf(b.dueDate, m_today);
        if (ga != gb)
            return ga < gb;
        if (a.dueDate != b.dueDate)
            return a.dueDate < b.dueDate;
    }
    if (a.position != b.position)
        return a.position < b.position;
    return a.id < b.id;
}

void TaskColumnModel::sortCards()
{
    std::stable_sort(m_cards.begin(), m_cards.end(),
                     [this](const TaskCard& a, const TaskCard& b) { return lessThan(a, b); });
}

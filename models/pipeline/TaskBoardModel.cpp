#include "TaskBoardModel.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

TaskBoardModel::TaskBoardModel(Database& db, QObject* parent) : QObject(parent), m_db(db)
{
    for (const QString& status : statuses())
        m_columns.append(new TaskColumnModel(status, m_db.clock(), this));
}

QStringList TaskBoardModel::statuses()
{
    return {QStringLiteral("todo"), QStringLiteral("in_progress"), QStringLiteral("done")};
}

QString TaskBoardModel::statusName(const QString& status)
{
    if (status == QLatin1String("todo"))
        return tr("To do");
    if (status == QLatin1String("in_progress"))
        return tr("In progress");
    if (status == QLatin1String("done"))
        return tr("Done");
    return status;
}

bool TaskBoardModel::load(const Filter& filter, QString* error)
{
    QString sql = QStringLiteral(
        "SELECT t.id, t.title, t.status, u.display_name, t.customer_id, c.name, t.opportunity_id, o.name, "
        "t.due_date, t.priority, t.version, t.position "
        "FROM tasks t "
        "LEFT JOIN users u ON u.id = t.owner_id "
        "LEFT JOIN customers c ON c.id = t.customer_id "
        "LEFT JOIN opportunities o ON o.id = t.opportunity_id "
        "WHERE t.deleted_at IS NULL AND (t.status <> 'done' OR t.completed_at >= ? "
        "OR (t.completed_at IS NULL AND t.updated_at >= ?))");
    const QString cutoff =
        SqlValues::timestamp(QDateTime(m_db.clock().today().addDays(-qMax(0, filter.doneDays)), QTime(0, 0), Qt::UTC));
    QVariantList binds{cutoff, cutoff};
    if (filter.myTasks) {
        sql += QStringLiteral(" AND t.owner_id = ?");
        binds << m_db.currentUserId();
    }
    if (!filter.text.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND lower(t.title) LIKE ?");
        binds << QLatin1Char('%') + filter.text.trimmed().toLower() + QLatin1Char('%');
    }
    sql += QStringLiteral(" ORDER BY t.status, t.position, t.id");

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot read the tasks: %1").arg(q.lastError().text());
        return false;
    }
    QVector<QVector<TaskCard>> cards(m_columns.size());
    while (q.next()) {
        TaskCard c;
        c.id = q.value(0).toString();
        c.title = q.value(1).toString();
        c.status = q.value(2).toString();
        c.ownerName = q.value(3).toString();
        c.customerId = q.value(4).toString();
        c.customerName = q.value(5).toString();
        c.opportunityId = q.value(6).toString();
        c.opportunityName = q.value(7).toString();
        c.dueDate = SqlValues::toDate(q.value(8));
        c.priority = q.value(9).toInt();
        c.version = q.value(10).toInt();
        c.position = q.value(11).toDouble();
        const int column = columnOfStatus(c.status);
        if (column >= 0)
            cards[column].append(std::move(c));
    }
    m_filter = filter;
    for (int i = 0; i < m_columns.size(); ++i)
        m_columns.at(i)->setCards(std::move(cards[i]));
    emit loaded();
    return true;
}

int TaskBoardModel::columnOfStatus(const QString& status) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i)->status() == status)
            return i;
    }
    return -1;
}

QPair<int, int> TaskBoardModel::locate(const QString& taskId) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        const int row = m_columns.at(i)->rowOfId(taskId);
        if (row >= 0)
            return {i, row};
    }
    return {-1, -1};
}

void TaskBoardModel::setDueGrouping(bool on)
{
    m_grouping = on;
    // Done work is not overdue: the Done column keeps its own order.
    for (TaskColumnModel* column : std::as_const(m_columns))
        column->setDueGrouping(on && column->status() != QLatin1String("done"));
}

double TaskBoardModel::positionForRow(int column, int row, const QString& ignoreId) const
{
    const TaskColumnModel* model = m_columns.value(column);
    if (!model)
        return 0;
    QVector<double> positions;
    for (const TaskCard& c : model->cards()) {
        if (c.id != ignoreId)
            positions.append(c.position);
    }
    const int ignoredRow = ignoreId.isEmpty() ? -1 : model->rowOfId(ignoreId);
    if (ignoredRow >= 0 && ignoredRow < row)
        --row;
    row = qBound(0, row, int(positions.size()));
    if (positions.isEmpty())
        return 1.0;
    if (row == 0)
        return positions.first() - 1.0;
    if (row >= positions.size())
        return positions.last() + 1.0;
    return positions.at(row - 1) + (positions.at(row) - positions.at(row - 1)) / 2.0;
}

PipelineService::Result TaskBoardModel::moveTask(const QString& taskId, const QString& status,
                                                 std::optional<double> position)
{
    const QPair<int, int> at = locate(taskId);
    const int toColumn = columnOfStatus(status);
    if (at.first < 0 || toColumn < 0) {
        PipelineService::Result r;
        r.status = PipelineService::Status::NotFound;
        r.message = tr("This task is not on the board any more.");
        return r;
    }
    TaskColumnModel* from = m_columns.at(at.first);
    const double pos = position ? *position : positionForRow(toColumn, 0, taskId);
    const PipelineService::Result result =
        PipelineService::setTaskStatus(m_db, taskId, from->card(at.second).version, status, true, pos);
    if (!result.ok()) {
        QString ignored;
        load(m_filter, &ignored);
        return result;
    }
    TaskCard card = from->takeCard(at.second);
    card.status = status;
    card.position = pos;
    card.version = result.version;
    m_columns.at(toColumn)->insertCard(card);
    return result;
}

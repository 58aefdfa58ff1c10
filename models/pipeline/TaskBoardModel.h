#pragma once

#include "PipelineService.h"
#include "TaskColumnModel.h"

#include <QObject>
#include <QString>
#include <QVector>

#include <optional>

class Database;

// The task board's data: three status columns (To do, In progress, Done) of live tasks; done tasks
// only when completed in the last doneDays days. A status move goes through PipelineService's
// optimistic update and moves the card locally; a conflict reloads.
class TaskBoardModel : public QObject
{
    Q_OBJECT
public:
    struct Filter
    {
        bool myTasks = false;
        QString text;
        int doneDays = 30;
    };

    explicit TaskBoardModel(Database& db, QObject* parent = nullptr);

    static QStringList statuses(); // "todo", "in_progress", "done"
    static QString statusName(const QString& status);

    bool load(const Filter& filter, QString* error);
    bool reload(QString* error) { return load(m_filter, error); }
    const Filter& filter() const { return m_filter; }

    int columnCount() const { return int(m_columns.size()); }
    TaskColumnModel* column(int index) const { return m_columns.value(index); }
    int columnOfStatus(const QString& status) const;
    QPair<int, int> locate(const QString& taskId) const;
    void setDueGrouping(bool on);
    bool dueGrouping() const { return m_grouping; }
    double positionForRow(int column, int row, const QString& ignoreId = {}) const;

    PipelineService::Result moveTask(const QString& taskId, const QString& status, std::optional<double> position);

Q_SIGNALS:
    void loaded();

private:
    Database& m_db;
    Filter m_filter;
    bool m_grouping = false;
    QVector<TaskColumnModel*> m_columns;
};

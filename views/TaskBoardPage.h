#pragma once

#include "BoardPage.h"
#include "TaskBoardModel.h"

#include <QVector>

class Database;
class QCheckBox;
class QLabel;
class QLineEdit;
class TaskCardDelegate;

// The task board: columns To do / In progress / Done; dragging a card (or Ctrl+Shift+Left/Right)
// changes the task's status, Enter opens it. "Group by due date" sorts each column into overdue,
// today, this week, later and no date, with headings painted by TaskCardDelegate.
class TaskBoardPage : public BoardPage
{
    Q_OBJECT
public:
    explicit TaskBoardPage(Database& db, QWidget* parent = nullptr);
    ~TaskBoardPage() override;

    QString title() const override;
    QString newEntity() const override { return QStringLiteral("task"); }
    bool canOpenCurrent() const override { return !currentTaskId().isEmpty(); }
    QStringList watchedTables() const override;
    void applyChanges(const ChangeSet& changes) override;

    TaskBoardModel* boardModel() const { return m_model; }
    QString currentTaskId() const;
    bool selectTask(const QString& taskId);
    void setDueGrouping(bool on);
    QString lastMessage() const { return m_lastMessage; }

    void moveCard(const QString& taskId, int toColumn, int row) override;

public Q_SLOTS:
    void openCurrent() override;
    void reload() override;
    void focusFilter() override;

Q_SIGNALS:
    void moveRefused(const QString& message);

private:
    QString cardId(int column, int row) const override;
    void openCard(int column, int row) override;
    void applyFilter();
    void updateHeaders();
    void showMessage(const QString& text);

    Database& m_db;
    TaskBoardModel* m_model;
    TaskCardDelegate* m_delegate;
    QVector<QLabel*> m_headers;
    QCheckBox* m_mine = nullptr;
    QCheckBox* m_grouping = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_message = nullptr;
    QString m_lastMessage;
    bool m_writing = false; // the board's own write: its announcement needs no re-read
};

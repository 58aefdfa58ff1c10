#pragma once

#include "Page.h"

class Database;
class QCheckBox;
class QLabel;
class QTableView;
class TodayModel;

// "Due today": the user's follow-ups and tasks due today and overdue in one list (TodayModel), the morning's
// work. Enter opens a task, or the 360 page of the customer a follow-up is due with; Log call… and New task…
// act on the selected row's customer. A check box makes it the page the program starts on.
class TodayPage : public Page
{
    Q_OBJECT
public:
    explicit TodayPage(Database& db, QWidget* parent = nullptr);
    ~TodayPage() override;

    QString title() const override;
    QString newEntity() const override { return QStringLiteral("task"); }
    bool canOpenCurrent() const override;
    QStringList watchedTables() const override;

    TodayModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    // The setting startup/showToday (off unless the user ticks the box): start on this page.
    static bool showAtStartup();
    static void setShowAtStartup(bool show);

public Q_SLOTS:
    void openCurrent() override;
    void reload() override;

private:
    int currentRow() const;
    void updateSummary();

    TodayModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_error = nullptr;
    QCheckBox* m_atStartup = nullptr;
};

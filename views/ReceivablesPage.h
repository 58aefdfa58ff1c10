#pragma once

#include "Page.h"

class Database;
class QComboBox;
class QLabel;
class QTableView;
class QTableWidget;
class RecordListModel;

// Receivables (应收款): what customers still owe on their contracts' payment plans. Above, the ageing summary
// (due this week, not yet due, 1–30, 31–60, 61–90 and more than 90 days overdue) per currency, per collecting rep or
// per customer (ReceivablesAgeing); below, the open instalments oldest due first (ListSpec::receivables), filtered by
// the chosen bucket and by the summary row the user picks. Enter opens the instalment's contract.
class ReceivablesPage : public Page
{
    Q_OBJECT
public:
    explicit ReceivablesPage(Database& db, QWidget* parent = nullptr);
    ~ReceivablesPage() override;

    QString title() const override;
    bool canOpenCurrent() const override;
    QStringList watchedTables() const override;

    QTableView* view() const { return m_view; }
    QTableWidget* ageing() const { return m_ageing; }
    RecordListModel* model() const { return m_model; }

public Q_SLOTS:
    void openCurrent() override;
    void reload() override;
    void focusFilter() override;

private:
    void reloadSummary();
    void applyListFilters();
    int currentRow() const;

    Database& m_db;
    RecordListModel* m_model = nullptr;
    QComboBox* m_bucket = nullptr;
    QComboBox* m_groupBy = nullptr;
    QTableWidget* m_ageing = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_error = nullptr;
    QString m_ownerFilter;
    QString m_customerFilter;
};

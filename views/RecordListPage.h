#pragma once

#include "Page.h"

#include <QString>
#include <QStringList>

#include <functional>

class AttributeFilterBar;
class Database;
class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class RecordListModel;
struct ListSpec;

// The list page of one entity (customers, contacts, follow-ups, opportunities, tasks): a filter bar
// built from what the entity's ListSpec supports (quick text, owner, status or stage, tag, date range)
// over a lazy RecordListModel in a table view. Enter opens, Delete asks the shell to delete, Esc clears
// the filters, Ctrl+F focuses the quick filter. Header layout is remembered per entity. Export… writes the rows the
// list shows, in its column order, as CSV or Excel (iCalendar for tasks and follow-ups) through ListExporter.
class RecordListPage : public Page
{
    Q_OBJECT
public:
    // entity: "customer", "contact", "interaction", "opportunity", "task".
    RecordListPage(Database& db, const QString& entity, QWidget* parent = nullptr);
    ~RecordListPage() override;

    QString entity() const;
    QString title() const override;
    QString newEntity() const override;
    bool canOpenCurrent() const override;
    bool canDeleteCurrent() const override;
    bool canExport() const override;
    QStringList watchedTables() const override;

    QString currentId() const;
    // Selects the row of id when it is loaded; false otherwise.
    bool selectId(const QString& id);
    // Shows and selects a record the list may be hiding (a customer just saved): clears the filters when they
    // hide it and reads on until its row is loaded. False when the list cannot show it at all.
    bool revealId(const QString& id);
    RecordListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // "12 customers", or "Counting…" while a large list is still being counted.
    QString countText() const;

    // Label of an entity in the plural with a count, e.g. "%n customers".
    static QString countLabel(const QString& entity, int count);

    // (caption, suggested name, filter) -> file name, empty = cancelled; the shell's file dialog. Unset: no export.
    using FileNameProvider = std::function<QString(const QString&, const QString&, const QString&)>;
    void setFileNameProvider(FileNameProvider provider);
    // The visible columns' keys in the order the header shows them (what an export writes).
    QStringList visibleColumnKeys() const;
    // Writes the list as it is shown to fileName, the format by its suffix (.xlsx, .ics, .vcf; CSV otherwise).
    // False with *error in words when it cannot.
    bool exportTo(const QString& fileName, QString* error = nullptr);

public Q_SLOTS:
    void openCurrent() override;
    void deleteCurrent() override;
    void reload() override;
    void focusFilter() override;
    void exportData() override;
    void clearFilters();
    // Shows the list filtered as another page asks (a dashboard drill-down): keys "owner", "status",
    // "stage", "tag" (ids or codes) and "from"/"to" (QDate); the filter bar shows the same choices.
    void setFilters(const QVariantMap& filters);

protected:
    void hideEvent(QHideEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildFilterBar();
    QComboBox* addCombo(const QString& objectName, const QString& label, const QString& anyText);
    void fillLookups();
    void applyFilters();
    void applySearch();
    // Applies a search still waiting for its timer, then selects the first row; false for an empty list.
    bool selectFirstMatch();
    void updateCount();
    void saveHeader() const;
    QString settingsKey() const;
    // Custom fields: the list's columns and filters follow the entity's active fields (AttributeColumns); their
    // columns show only when the user picks them from the header's menu.
    void applyCustomFields();
    void showColumnMenu(const QPoint& at);
    void applyCustomColumnVisibility();

    Database& m_db;
    QString m_entity;
    RecordListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QWidget* m_filterBar = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_tag = nullptr;
    QComboBox* m_source = nullptr; // leads
    QComboBox* m_region = nullptr; // leads
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_clear = nullptr;
    QAction* m_exportAction = nullptr; // in the table's context menu
    FileNameProvider m_fileNameProvider;
    QLabel* m_count = nullptr;
    QLabel* m_error = nullptr;
    QTimer* m_searchTimer = nullptr;
    bool m_applying = false;
    AttributeFilterBar* m_customFilter = nullptr;
    QString m_customFields;        // ids and versions of the fields the list was built with
    QStringList m_shownCustomKeys; // custom columns the user chose to see
};

#pragma once

#include "Page.h"

class Database;
class DeletedItemsModel;
class QAction;
class QLabel;
class QPushButton;
class QTableView;

// The recycle bin: every tombstoned record with when and by whom it was deleted. Restore brings a
// record (and what was deleted with it) back; Purge, for administrators, asks the shell to confirm and
// remove it for good.
class DeletedItemsPage : public Page
{
    Q_OBJECT
public:
    explicit DeletedItemsPage(Database& db, QWidget* parent = nullptr);
    ~DeletedItemsPage() override;

    QString title() const override;
    bool canDeleteCurrent() const override;
    QStringList watchedTables() const override;

    // Purge is offered only when the shell says the user may (administrators).
    void setPurgeAllowed(bool allowed);
    bool isPurgeAllowed() const { return m_purgeAllowed; }

    DeletedItemsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Selects the row of a deleted record; false when it is not in the bin.
    bool selectRecord(const QString& entity, const QString& id);

public Q_SLOTS:
    void reload() override;
    void deleteCurrent() override; // purge, when allowed
    bool restoreCurrent();

Q_SIGNALS:
    // The user asked to remove the record for good; the shell confirms and purges.
    void purgeRecord(const QString& entity, const QString& id);

private:
    void updateButtons();
    bool currentRecord(QString* entity, QString* id) const;

    Database& m_db;
    DeletedItemsModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_purgeAction = nullptr;
    QPushButton* m_restoreButton = nullptr;
    QPushButton* m_purgeButton = nullptr;
    bool m_purgeAllowed = false;
};

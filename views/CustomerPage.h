#pragma once

#include "Page.h"

#include <QString>

class Database;
class QLabel;
class QPagedPaintDevice;
class QPlainTextEdit;
class QTableView;
class RecordListModel;

// "Customer 360": one customer's header (name, company, tier, status, owner, phone, e-mail) over its
// follow-up timeline (newest first), contacts, opportunities and tasks, with quick actions that ask
// the shell for editors prefilled with {"customer_id": id}. Esc goes back to where the user came from, Ctrl+F
// to the customer list's search; Delete deletes what is selected in a list here, else the customer.
class CustomerPage : public Page
{
    Q_OBJECT
public:
    explicit CustomerPage(Database& db, QWidget* parent = nullptr);
    ~CustomerPage() override;

    // Loads the customer and its related lists; false with a message when it does not exist (any more).
    bool setCustomerId(const QString& id, QString* error = nullptr);
    QString customerId() const { return m_customerId; }
    QString customerName() const { return m_name; }

    QString title() const override;
    QString newEntity() const override;
    QVariantHash newPresets() const override;
    bool canOpenCurrent() const override;
    bool canDeleteCurrent() const override;
    QStringList watchedTables() const override;

    RecordListModel* timelineModel() const { return m_timeline; }
    RecordListModel* contactsModel() const { return m_contacts; }
    RecordListModel* opportunitiesModel() const { return m_opportunities; }
    RecordListModel* tasksModel() const { return m_tasks; }

    // The customer's full history as a printed document (header, contacts, follow-ups, opportunities,
    // tasks), for a visit. False with a message on a failed query.
    bool paintHistory(QPagedPaintDevice* device, QString* error = nullptr);

Q_SIGNALS:
    // Ctrl+F: the user wants to find another customer (the shell goes to the customer list's search).
    void findCustomerRequested();

public Q_SLOTS:
    void openCurrent() override;
    void deleteCurrent() override;
    void reload() override;
    // Print preview of paintHistory() (Ctrl+P).
    void printHistory();

private:
    struct Section
    {
        RecordListModel* model = nullptr;
        QTableView* view = nullptr;
        QLabel* title = nullptr;
    };
    Section makeSection(const QString& entity, const QString& objectName, QWidget* parent);
    QAction* addQuickAction(const QString& objectName, const QString& text, const QString& entity,
                            const QKeySequence& shortcut, QWidget* bar);
    bool loadHeader(QString* error);
    QString balanceDue() const;
    void updateSectionTitles();
    // The child table the user is in (focus or last used), with its entity; nullptr for none.
    const Section* focusedSection() const;

    Database& m_db;
    QString m_customerId;
    QString m_name;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_detailsLabel = nullptr;
    QLabel* m_contactLabel = nullptr;
    QWidget* m_notesBox = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    RecordListModel* m_timeline = nullptr;
    RecordListModel* m_contacts = nullptr;
    RecordListModel* m_opportunities = nullptr;
    RecordListModel* m_tasks = nullptr;
    QList<Section> m_sections;
};

#pragma once

#include <QString>
#include <QVariantHash>
#include <QWidget>

// A page of the main window's stack. The shell routes the Record menu (New, Open, Delete) to the
// current page through these virtuals and turns the page's requests (signals) into dialogs, so a page
// never needs to know about editors or message boxes. Page-local keys (Ctrl+F, Esc, quick actions) are
// QActions the page owns.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(QWidget* parent = nullptr);
    ~Page() override;

    // The name users see in the navigation list and the window title.
    virtual QString title() const = 0;
    // Entity the Record menu's "New" makes on this page ("customer" …); empty when it makes none.
    virtual QString newEntity() const { return {}; }
    virtual QVariantHash newPresets() const { return {}; }
    virtual bool canOpenCurrent() const { return false; }
    virtual bool canDeleteCurrent() const { return false; }

public Q_SLOTS:
    virtual void openCurrent() {}
    virtual void deleteCurrent() {}
    // Re-reads from the database (after an editor saved, a record was deleted or restored).
    virtual void reload() {}
    virtual void focusFilter() {}

Q_SIGNALS:
    // Open the editor for an existing record.
    void openRecord(const QString& entity, const QString& id);
    // Show the customer 360 page.
    void showCustomer(const QString& id);
    // Open an empty editor, prefilled with presets such as {"customer_id": id}.
    void newRecord(const QString& entity, const QVariantHash& presets);
    // The user asked to delete; the shell confirms and soft-deletes.
    void deleteRecord(const QString& entity, const QString& id);
    // A page changed data itself (restore, purge): others should reload.
    void dataChanged();
    // Leave this page (Esc on the customer page).
    void back();
    // The current row or what the page can do changed; the shell updates the Record menu.
    void currentChanged();
    // Something went wrong that the user should read (a failed query).
    void errorOccurred(const QString& message);
};

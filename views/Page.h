#pragma once

#include "ChangeSet.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantHash>
#include <QWidget>

#include <functional>

// A page of the main window's stack. The shell routes the Record menu (New, Open, Delete) to the
// current page through these virtuals and turns the page's requests (signals) into dialogs, so a page
// never needs to know about editors or message boxes. Page-local keys (Ctrl+F, Esc, quick actions) are
// QActions the page owns.
class QAbstractItemModel;
class QAction;
class QLabel;
class QTableView;
class QUndoStack;

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
    // True when File > Export… can write what the page shows to a file (exportData()).
    virtual bool canExport() const { return false; }

    // Record menu commands whose meaning depends on the page: the shell has one menu item (and shortcut) for each
    // and triggers the current page's commandAction(); the item is enabled while that action is.
    enum class Command {
        LogCall,      // a follow-up for the customer of the record the user is on
        NewTask,      // a task for that customer
        MovePrevious, // the current card into the board's previous column
        MoveNext,     // … into the next column
    };
    // The page's action for a command; nullptr when the page has none (the menu item is disabled there).
    QAction* commandAction(Command command) const { return m_commands.value(command); }

    // The tables whose changes this page shows; a ChangeSet touching none of them leaves it alone.
    virtual QStringList watchedTables() const { return {}; }
    // True while the page has missed changes because it was hidden; it re-reads when shown.
    bool isStale() const { return m_stale; }
    // Where the page's edits go to be undone: the shell's stack (Edit > Undo) once it set one, otherwise one
    // of the page's own.
    virtual void setUndoStack(QUndoStack* stack) { m_undoStack = stack; }
    QUndoStack* undoStack();

    // How often the page re-read because of changes (for tests: "not reloaded after its own move").
    int changeReloads() const { return m_changeReloads; }

public Q_SLOTS:
    virtual void openCurrent() {}
    virtual void deleteCurrent() {}
    // Re-reads from the database.
    virtual void reload() {}
    // What the database's notifier announced (a save anywhere, a colleague's change later). The default
    // re-reads a visible page that watches a changed table and marks a hidden one stale; pages that can
    // update just the rows named override it.
    virtual void applyChanges(const ChangeSet& changes);
    virtual void focusFilter() {}
    // Asks for a file and writes what the page shows to it (File > Export…).
    virtual void exportData() {}

Q_SIGNALS:
    // Open the editor for an existing record.
    void openRecord(const QString& entity, const QString& id);
    // Show the customer 360 page.
    void showCustomer(const QString& id);
    // Open an empty editor, prefilled with presets such as {"customer_id": id}.
    void newRecord(const QString& entity, const QVariantHash& presets);
    // The user asked to delete; the shell confirms and soft-deletes.
    void deleteRecord(const QString& entity, const QString& id);
    // Leave this page (Esc on the customer page).
    void back();
    // The current row or what the page can do changed; the shell updates the Record menu.
    void currentChanged();
    // Something went wrong that the user should read (a failed query).
    void errorOccurred(const QString& message);
    // Something went well that the user may want to know (a file written); the shell shows it for a while.
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    // Re-reads now if visible, otherwise when next shown.
    void reloadWhenVisible();
    // Makes action the page's answer to a Record menu command (the page keeps it enabled or not).
    void setCommandAction(Command command, QAction* action);
    // Log call… and New task… for the record the user is on: presets() gives the editor's presets
    // ({"customer_id": …}) and is called when triggered; the actions are enabled while available() is true,
    // checked whenever the page emits currentChanged().
    void addRecordCommands(std::function<bool()> available, std::function<QVariantHash()> presets);
    // The pieces every list-shaped page is built of, so they look and behave alike: a red line for what went
    // wrong (hidden until used), and a read-only table of whole rows whose row height is fixed, so scrolling
    // through a million rows asks no row for its size.
    static QLabel* makeErrorLabel(QWidget* parent);
    static QTableView* makeRecordTable(const QString& objectName, QAbstractItemModel* model, QWidget* parent);
    // What an empty list says instead of showing nothing: what would appear here, and when (hidden until used).
    static QLabel* makeEmptyLabel(const QString& text, const QString& objectName, QWidget* parent);
    // After a read: the error under the page's tool bar and in the window's status line, or neither.
    void showReadOutcome(QLabel* errorLabel, bool ok, const QString& error);

private:
    QUndoStack* m_undoStack = nullptr;
    QMap<Command, QAction*> m_commands;
    bool m_stale = false;
    int m_changeReloads = 0;
};

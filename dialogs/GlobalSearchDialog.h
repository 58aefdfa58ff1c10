#pragma once

#include <QDialog>
#include <QString>

class Database;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
class QLabel;

// Ctrl+K, the tool bar's search field and Edit > Search Everything…: one box that finds customers, contacts,
// follow-ups, opportunities and tasks (every SearchKinds kind) as the user types, results grouped by kind with
// the matching text in bold. Up/Down move through the results without leaving the box, Enter opens the record
// (openRecord; the shell decides how). Typing stays fluid: the search runs on a short pause after a keystroke,
// each query is one indexed statement per kind (GlobalSearch) that answers in milliseconds, and a keystroke that
// arrives meanwhile just restarts the pause.
class GlobalSearchDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GlobalSearchDialog(Database& db, QWidget* parent = nullptr);

    // Puts text in the box (the tool bar field's first keystrokes) and searches at once.
    void setText(const QString& text);
    // The results of the last search, for tests: "kind:id" of each hit in the order shown.
    QStringList shownHits() const;

    static constexpr int kDebounceMs = 120;
    static constexpr int kPerKind = 8;

signals:
    void openRecord(const QString& kind, const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search();
    void moveCurrent(int step);
    void activate(QTreeWidgetItem* item);

    Database& m_db;
    QLineEdit* m_input;
    QTreeWidget* m_results;
    QLabel* m_status;
    QTimer* m_pause;
};

#pragma once

#include <QDialog>
#include <QModelIndex>
#include <QStringList>

class CurrencyComboBox;
class Database;
class QComboBox;
class QLabel;
class QSpinBox;
class QStandardItemModel;
class QTableView;

// Monthly sales targets of one year in one currency, per sales rep or per team, edited like a
// spreadsheet: one row per rep/team, one column per month and the year's total. Typing in a cell edits
// it, arrows/Tab/Enter move, Delete clears; changed cells show in bold. Save (Ctrl+S) writes every
// changed cell through ReportQueries::saveTargets as one transaction: new cells become targets,
// changed ones are updated with their version, cleared ones are deleted (soft). A refusal or a
// conflict with someone else's change leaves the database as it was and the edits on screen.
class SalesTargetsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Reps, Teams };
    // Columns: the months January..December are 0..11, then the year total.
    enum Column { YearColumn = 12, ColumnCount = 13 };

    // What the dialog shows first (e.g. the dashboard's filter). year 0 = this year; currency empty =
    // the reporting currency ReportQueries::mainCurrency() picks; focusId = a rep or team whose row gets
    // the cursor.
    struct Choice
    {
        int year = 0;
        Mode mode = Mode::Reps;
        QString currency;
        QString focusId;
    };

    explicit SalesTargetsDialog(Database& db, QWidget* parent = nullptr);
    SalesTargetsDialog(Database& db, const Choice& initial, QWidget* parent = nullptr);
    ~SalesTargetsDialog() override;

    // Each shows another slice of targets; with unsaved changes the user is asked first (Save /
    // Discard / Cancel); false when the user cancelled or saving failed.
    bool setYear(int year);
    bool setMode(Mode mode);
    bool setCurrency(const QString& code);
    int year() const { return m_year; }
    Mode mode() const { return m_mode; }
    QString currency() const { return m_currency; }

    QTableView* table() const { return m_table; }
    // The rep (Reps) or team (Teams) ids, one per table row, in row order (a total row follows them).
    QStringList rowIds() const { return m_rowIds; }
    // The cell of a rep/team and month (1..12); invalid when the row is not shown.
    QModelIndex cell(const QString& id, int month) const;
    // The amount in a cell in minor units; -1 when empty.
    qint64 amountAt(const QModelIndex& index) const;
    bool hasUnsavedChanges() const;
    QString lastError() const { return m_error; }
    // Every month and the total without scrolling (the dialog opens at this size when the screen allows).
    QSize sizeHint() const override;

public Q_SLOTS:
    // Writes every changed cell in one transaction and reloads; the dialog stays open.
    bool save();
    // Reads the targets again (asking first when there are unsaved changes).
    void reload();
    // Save, and close when that worked.
    void accept() override;
    // Close; with unsaved changes asks Save / Discard / Cancel (through DialogSeams).
    void reject() override;

Q_SIGNALS:
    // Targets were written (the dashboard redraws its target line).
    void saved();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    class AmountDelegate;

    bool switchTo(int year, Mode mode, const QString& currency);
    bool askToKeepChanges();
    void load();
    void restoreChoiceWidgets();
    bool commitOpenEditor();
    void moveCurrent(int rows);
    void updateTotals();
    void fitColumns();
    void showMessage(const QString& text, bool isError);
    QString formatAmount(qint64 minor) const;

    Database& m_db;
    int m_year = 0;
    Mode m_mode = Mode::Reps;
    QString m_currency;
    QStringList m_rowIds;
    QString m_error;
    bool m_updatingTotals = false;

    QSpinBox* m_yearBox = nullptr;
    QComboBox* m_modeBox = nullptr;
    CurrencyComboBox* m_currencyBox = nullptr;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    AmountDelegate* m_delegate = nullptr;
    QLabel* m_message = nullptr;
};

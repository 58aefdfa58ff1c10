#pragma once

#include "BoardPage.h"
#include "PipelineBoardModel.h"

#include <QDate>
#include <QPointer>
#include <QVector>

class BoardColumnView;
class Database;
class PipelineCardDelegate;
class QCheckBox;
class QComboBox;
class QFrame;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

// The pipeline kanban: one column per stage (cards painted by PipelineCardDelegate), a filter bar,
// a totals line, drag and drop and keyboard moves with undo. Moving into a won or lost stage asks
// the shell for the reason and close date through closeRequested(); the shell answers with
// completeClose() or cancelClose(). Stage editing is requested with stageSettingsRequested(); the
// shell opens the dialog and calls reload() afterwards.
class PipelineBoardPage : public BoardPage
{
    Q_OBJECT
public:
    explicit PipelineBoardPage(Database& db, QWidget* parent = nullptr);
    ~PipelineBoardPage() override;

    QString title() const override;
    QString newEntity() const override { return QStringLiteral("opportunity"); }
    bool canOpenCurrent() const override { return !currentOpportunityId().isEmpty(); }

    PipelineBoardModel* boardModel() const { return m_model; }
    QString currentOpportunityId() const;
    // Selects a card and gives its column the keyboard focus.
    bool selectOpportunity(const QString& opportunityId);
    void setFilter(const PipelineBoardFilter& filter);
    bool canUndo();
    QStringList watchedTables() const override;
    void applyChanges(const ChangeSet& changes) override;
    // The shell's stack replaces the board's own Ctrl+Z (Edit > Undo has it then).
    void setUndoStack(QUndoStack* stack) override;
    // The last message shown in the page's message line (a refused move, a failed load).
    QString lastMessage() const { return m_lastMessage; }

    // Moves a card to a column at an insertion row (as a drop does). Into won/lost: asks first.
    void moveCard(const QString& opportunityId, int toColumn, int row) override;

public Q_SLOTS:
    void openCurrent() override;
    void reload() override;
    void focusFilter() override;
    void undo();
    // The shell's answer to closeRequested().
    void completeClose(const QString& opportunityId, const QString& stageId, const QString& lostReason,
                       const QDate& actualClose);
    void cancelClose(const QString& opportunityId);

Q_SIGNALS:
    // A card is about to enter a won (lost = false) or lost stage: ask for reason and close date.
    void closeRequested(const QString& opportunityId, const QString& stageId, bool lost);
    // The user wants to edit the stages.
    void stageSettingsRequested();
    // A move was refused (conflict, deleted record, database error); the board has reloaded.
    void moveRefused(const QString& message);

private:
    struct Move
    {
        QString id;
        QString fromStage;
        double fromPosition = 0;
        QString toStage;
        double toPosition = 0;
    };
    struct Header
    {
        QLabel* title = nullptr;
        QLabel* total = nullptr;
        QLabel* weighted = nullptr;
    };

    QString cardId(int column, int row) const override;
    void openCard(int column, int row) override;

    void buildFilterBar(QHBoxLayout* bar);
    void fillFilterChoices();
    void applyFilters();
    void rebuildColumns();
    void updateTotals();
    void showMessage(const QString& text, bool error);
    bool stillIn(const QString& id, const QString& stageId);
    bool perform(const QString& id, const QString& stageId, double position, const PipelineMoveOptions& options,
                 bool recordUndo);
    QString moneyList(const QMap<QString, qint64>& amounts, bool wholeUnits) const;

    Database& m_db;
    PipelineBoardModel* m_model;
    PipelineCardDelegate* m_delegate;
    QVector<Header> m_headers;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_tag = nullptr;
    QComboBox* m_period = nullptr;
    QSpinBox* m_minAmount = nullptr;
    QSpinBox* m_maxAmount = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_mine = nullptr;
    QTimer* m_filterTimer = nullptr;
    QString m_lastMessage;
    QAction* m_undoAction = nullptr;
    bool m_writing = false; // the board's own write: its announcement needs no re-read
    Move m_pendingClose;
    bool m_closePending = false;
    bool m_settingFilter = false;
};

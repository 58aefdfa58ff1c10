#pragma once

#include "PipelineColumnModel.h"
#include "PipelineService.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QVector>

#include <optional>

class Database;

// What the pipeline board shows: owner, team, tag, expected close period, amount range, text.
struct PipelineBoardFilter
{
    QString ownerId;
    QString teamId;
    QString tagId;
    QDate closeFrom; // expected close period (inclusive), either end may be open
    QDate closeTo;
    qint64 minAmountMinor = -1; // -1: no bound
    qint64 maxAmountMinor = -1;
    QString text;            // part of the opportunity or customer name
    bool myPipeline = false; // only the current user's deals
    int closedDays = 90;     // won/lost columns count deals closed in the last N days…
    int closedCards = 50;    // …and load the latest N of them as cards

    bool operator==(const PipelineBoardFilter& o) const;
    bool operator!=(const PipelineBoardFilter& o) const { return !(*this == o); }
};

// The pipeline board's data: the stages in order, one PipelineColumnModel per stage, column and
// filtered totals. Each open column gets its sums from one aggregate query and its first page of
// cards from the (stage_id, position, id) index; further pages are read when a view scrolls to
// them (10,000 open deals cost a few hundred loaded cards). Won/lost columns get the sums of the
// deals closed in the last closedDays days and only the latest closedCards of them as cards
// (thousands of closed deals are history, not work).
// A move updates the two columns in place instead of reloading; a move refused because of a
// concurrent change reloads, so the board shows the truth.
class PipelineBoardModel : public QObject
{
    Q_OBJECT
public:
    explicit PipelineBoardModel(Database& db, QObject* parent = nullptr);
    ~PipelineBoardModel() override;

    bool load(const PipelineBoardFilter& filter, QString* error);
    bool reload(QString* error) { return load(m_filter, error); }
    const PipelineBoardFilter& filter() const { return m_filter; }

    int columnCount() const { return int(m_columns.size()); }
    PipelineColumnModel* column(int index) const { return m_columns.value(index); }
    int columnOfStage(const QString& stageId) const;
    const PipelineStage& stage(int column) const { return m_columns.at(column)->stage(); }
    // Column and row of a loaded card, or {-1, -1}.
    QPair<int, int> locate(const QString& opportunityId) const;
    // Reads the pages of the card's column up to the card, so locate() finds it if the board shows it.
    bool ensureLoaded(const QString& opportunityId, QString* error = nullptr);

    // Sums over the open stages (what is still to win) for the current filter.
    PipelineTotals openTotals() const;

    // Place between the cards at row-1 and row of a column (the card itself ignored).
    double positionForRow(int column, int row, const QString& ignoreId = {}) const;

    // Moves a card to a stage at a position (nullopt: the top of the column). On success the local
    // columns are updated; on a conflict or a vanished record the board reloads.
    PipelineService::Result moveCard(const QString& opportunityId, const QString& stageId,
                                     std::optional<double> position, const PipelineService::MoveOptions& options = {});

    Database& database() const { return m_db; }

    // Choices for the filter bar: (id, name) pairs ordered by name.
    enum class Choice { Owners, Teams, Tags };
    static QVector<QPair<QString, QString>> choices(Database& db, Choice kind, QString* error = nullptr);

Q_SIGNALS:
    // The set or order of stages changed: views rebuild their columns.
    void stagesChanged();
    // Cards were (re)loaded into the existing columns.
    void loaded();
    // Totals changed after a move.
    void totalsChanged();
    // A column could not read its next page.
    void fetchFailed(const QString& message);

private:
    bool loadStages(QVector<PipelineStage>* stages, QString* error);
    bool loadOwners(QString* error);

    Database& m_db;
    PipelineBoardFilter m_filter;
    QVector<PipelineColumnModel*> m_columns;
    QHash<QString, PipelineOwner> m_owners;
};

#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QHash>
#include <QMap>
#include <QString>
#include <QVariant>
#include <QVector>

#include <functional>

class Clock;

// One pipeline stage as the board shows it.
struct PipelineStage
{
    QString id;
    QString name;        // as stored (what the stage editor edits)
    QString displayName; // translated while it is still a seeded default name
    int sortOrder = 0;
    int probability = 0;
    bool isWon = false;
    bool isLost = false;
    int version = 0;
    bool isClosed() const { return isWon || isLost; }
};

// What a card needs, loaded in one query. Dates stay as the driver returned them and are converted
// only when a card is painted, so loading 10,000 cards does not parse 20,000 dates.
struct PipelineCard
{
    QString id;
    QString name;
    QString customerId;
    QString customerName;
    QString currency;
    QString ownerId;
    QString stageId;
    qint64 amountMinor = 0;
    QVariant expectedClose;
    QVariant actualClose; // set on won and lost deals
    QVariant stageEnteredAt;
    int version = 0;
    double position = 0;
    // Parsed on first paint and kept (the model's data() is const).
    mutable bool datesParsed = false;
    mutable QDate expectedCloseDate;
    mutable QDate actualCloseDate;
    mutable QDate stageEnteredDate;
};

// Owner display data shared by all columns (looked up once per user, not per card).
struct PipelineOwner
{
    QString name;
    QString initials;
};

// Column sums. Amounts are per currency because deals in different currencies cannot be added;
// weighted = amount × stage probability / 100, in integer minor units.
struct PipelineTotals
{
    int count = 0;
    QMap<QString, int> counts; // cards per currency: a currency leaves the sums with its last card
    QMap<QString, qint64> amount;
    QMap<QString, qint64> weighted;
    void add(const PipelineTotals& other);
};

// The cards of one stage, in board order (position, id), for a QListView on the board. Drags carry
// the opportunity id under mimeType().
// An open stage holds only its first cards and reads further pages (keyset: after the last loaded
// (position, id)) when the view scrolls to the end, through canFetchMore()/fetchMore(); thousands of
// cards nobody scrolls to are never read. The column's totals cover every card of the stage: they
// come from an aggregate query and follow moves in and out.
class PipelineColumnModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        CustomerIdRole,
        CustomerNameRole,
        AmountMinorRole,
        CurrencyRole,
        ExpectedCloseRole, // QDate
        OverdueRole,       // bool: expected close before today on an open stage
        OwnerNameRole,
        OwnerInitialsRole,
        DaysInStageRole, // int, -1 when unknown
        VersionRole,
        PositionRole,
        StageIdRole,
        // QDate: the date a card shows: actual_close on a won or lost stage (when the deal closed),
        // expected_close on an open one.
        CloseDateRole,
        ActualCloseRole, // QDate, invalid while open
    };

    // Reads at most `limit` cards ordered by (position, id) after (afterPosition, afterId); an empty
    // afterId reads from the top.
    using Fetcher = std::function<bool(double afterPosition, const QString& afterId, int limit,
                                       QVector<PipelineCard>* cards, QString* error)>;

    // `clock` says which day is today (overdue, days in stage); it must outlive the model.
    explicit PipelineColumnModel(const PipelineStage& stage, const QHash<QString, PipelineOwner>* owners,
                                 const Clock& clock, QObject* parent = nullptr);

    static QString mimeType();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    const PipelineStage& stage() const { return m_stage; }
    void setStage(const PipelineStage& stage);
    const PipelineCard& card(int row) const { return m_cards.at(row); }
    const QVector<PipelineCard>& cards() const { return m_cards; }
    int rowOfId(const QString& id) const;
    const PipelineTotals& totals() const { return m_totals; }

    // `totals` are the sums over all cards of the column, loaded or not. With a fetcher, `cards` is
    // the first page read with limit pageSize + 1: a card beyond pageSize only says that more follow
    // and where (it is read again by the next fetchMore()). Without a fetcher (won/lost columns show
    // only their latest cards) the column never fetches.
    void setCards(QVector<PipelineCard> cards, const PipelineTotals& totals, Fetcher fetcher = {}, int pageSize = 0);
    PipelineCard takeCard(int row);
    // Inserts where (position, id) puts it (won/lost columns: on top, newest first); returns the row,
    // or -1 when that place is among the cards not loaded yet (only the totals change then).
    int insertCard(const PipelineCard& card);
    // Cards counted in the totals but not loaded.
    int unloadedCount() const { return m_totals.count - int(m_cards.size()); }
    bool hasMore() const { return !m_nextId.isEmpty(); }
    // Position of the first card not loaded yet (valid while hasMore()).
    double nextPosition() const { return m_nextPosition; }
    // Fetches pages until the card at (position, id) would be loaded or the column is complete.
    bool fetchUntil(double position, const QString& id, QString* error = nullptr);
    // The last failure of a fetch, for the page to show.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void fetchFailed(const QString& message);

private:
    bool fetchPage(QString* error);
    void takePage(QVector<PipelineCard>* cards, int pageSize);
    void count(const PipelineCard& card, int sign);
    void updateWeighted();
    const PipelineCard& parsed(int row) const;

    PipelineStage m_stage;
    const QHash<QString, PipelineOwner>* m_owners;
    QVector<PipelineCard> m_cards;
    PipelineTotals m_totals;
    const Clock* m_clock;
    QDate m_today;
    Fetcher m_fetcher;
    int m_pageSize = 0;
    // Keyset of the paging: the last card read (everything up to it is loaded unless moved away)
    // and the first card not read (empty id: none).
    double m_afterPosition = 0;
    QString m_afterId;
    double m_nextPosition = 0;
    QString m_nextId;
    QString m_lastError;
};

#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QHash>
#include <QMap>
#include <QString>
#include <QVariant>
#include <QVector>

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
    QVariant stageEnteredAt;
    int version = 0;
    double position = 0;
    // Parsed on first paint and kept (the model's data() is const).
    mutable bool datesParsed = false;
    mutable QDate expectedCloseDate;
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
    QMap<QString, qint64> amount;
    QMap<QString, qint64> weighted;
    void add(const PipelineTotals& other);
};

// The cards of one stage, in board order (position, id), for a QListView on the board. Drags carry
// the opportunity id under mimeType().
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
        DaysInStageRole,   // int, -1 when unknown
        VersionRole,
        PositionRole,
        StageIdRole,
    };

    explicit PipelineColumnModel(const PipelineStage& stage, const QHash<QString, PipelineOwner>* owners,
                                 QObject* parent = nullptr);

    static QString mimeType();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QHash<int, QByteArray> roleNames() const override;

    const PipelineStage& stage() const { return m_stage; }
    void setStage(const PipelineStage& stage);
    const PipelineCard& card(int row) const { return m_cards.at(row); }
    const QVector<PipelineCard>& cards() const { return m_cards; }
    int rowOfId(const QString& id) const;
    const PipelineTotals& totals() const { return m_totals; }

    // `unloaded` are the sums of cards of this column that were counted but not loaded (won/lost
    // columns load only their latest cards); the column's totals include them.
    void setCards(QVector<PipelineCard> cards, const PipelineTotals& unloaded = {});
    PipelineCard takeCard(int row);
    // Inserts where (position, id) puts it (won/lost columns: on top, newest first); returns the row.
    int insertCard(const PipelineCard& card);
    int unloadedCount() const { return m_unloaded.count; }

private:
    void recomputeTotals();
    const PipelineCard& parsed(int row) const;

    PipelineStage m_stage;
    const QHash<QString, PipelineOwner>* m_owners;
    QVector<PipelineCard> m_cards;
    PipelineTotals m_totals;
    PipelineTotals m_unloaded;
    QDate m_today;
};

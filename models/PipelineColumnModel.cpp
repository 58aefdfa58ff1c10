#include "PipelineColumnModel.h"

#include "SqlValues.h"

#include <QMimeData>

#include <algorithm>

void PipelineTotals::add(const PipelineTotals& other)
{
    count += other.count;
    for (auto it = other.amount.cbegin(); it != other.amount.cend(); ++it)
        amount[it.key()] += it.value();
    for (auto it = other.weighted.cbegin(); it != other.weighted.cend(); ++it)
        weighted[it.key()] += it.value();
}

PipelineColumnModel::PipelineColumnModel(const PipelineStage& stage, const QHash<QString, PipelineOwner>* owners,
                                         QObject* parent)
    : QAbstractListModel(parent)
    , m_stage(stage)
    , m_owners(owners)
    , m_today(QDate::currentDate())
{
}

QString PipelineColumnModel::mimeType()
{
    return QStringLiteral("application/x-deskcrm-opportunity");
}

int PipelineColumnModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant PipelineColumnModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_cards.size())
        return {};
    const PipelineCard& c = parsed(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return c.name;
    case Qt::ToolTipRole:
        return tr("%1 — %2").arg(c.name, c.customerName);
    case IdRole:
        return c.id;
    case CustomerIdRole:
        return c.customerId;
    case CustomerNameRole:
        return c.customerName;
    case AmountMinorRole:
        return c.amountMinor;
    case CurrencyRole:
        return c.currency;
    case ExpectedCloseRole:
        return c.expectedCloseDate;
    case OverdueRole:
        return !m_stage.isClosed() && c.expectedCloseDate.isValid() && c.expectedCloseDate < m_today;
    case OwnerNameRole:
        return m_owners ? m_owners->value(c.ownerId).name : QString();
    case OwnerInitialsRole:
        return m_owners ? m_owners->value(c.ownerId).initials : QString();
    case DaysInStageRole:
        return c.stageEnteredDate.isValid() ? int(c.stageEnteredDate.daysTo(m_today)) : -1;
    case VersionRole:
        return c.version;
    case PositionRole:
        return c.position;
    case StageIdRole:
        return c.stageId;
    default:
        return {};
    }
}

const PipelineCard& PipelineColumnModel::parsed(int row) const
{
    const PipelineCard& c = m_cards.at(row);
    if (!c.datesParsed) {
        c.expectedCloseDate = SqlValues::toDate(c.expectedClose);
        const QDateTime entered = SqlValues::toDateTime(c.stageEnteredAt);
        c.stageEnteredDate = entered.isValid() ? entered.toLocalTime().date() : QDate();
        c.datesParsed = true;
    }
    return c;
}

Qt::ItemFlags PipelineColumnModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList PipelineColumnModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData* PipelineColumnModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(mimeType(), data(indexes.first(), IdRole).toString().toUtf8());
    return mime;
}

Qt::DropActions PipelineColumnModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions PipelineColumnModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QHash<int, QByteArray> PipelineColumnModel::roleNames() const
{
    return {{IdRole, "id"},
            {NameRole, "name"},
            {CustomerNameRole, "customerName"},
            {AmountMinorRole, "amountMinor"},
            {CurrencyRole, "currency"},
            {ExpectedCloseRole, "expectedClose"},
            {OwnerNameRole, "ownerName"},
            {DaysInStageRole, "daysInStage"},
            {VersionRole, "version"}};
}

void PipelineColumnModel::setStage(const PipelineStage& stage)
{
    m_stage = stage;
    recomputeTotals();
}

int PipelineColumnModel::rowOfId(const QString& id) const
{
    for (int i = 0; i < m_cards.size(); ++i) {
        if (m_cards.at(i).id == id)
            return i;
    }
    return -1;
}

void PipelineColumnModel::setCards(QVector<PipelineCard> cards, const PipelineTotals& unloaded)
{
    beginResetModel();
    m_cards = std::move(cards);
    m_unloaded = unloaded;
    m_today = QDate::currentDate();
    recomputeTotals();
    endResetModel();
}

PipelineCard PipelineColumnModel::takeCard(int row)
{
    beginRemoveRows({}, row, row);
    PipelineCard card = m_cards.takeAt(row);
    endRemoveRows();
    recomputeTotals();
    return card;
}

int PipelineColumnModel::insertCard(const PipelineCard& card)
{
    if (m_stage.isClosed()) {
        beginInsertRows({}, 0, 0);
        m_cards.prepend(card);
        endInsertRows();
        recomputeTotals();
        return 0;
    }
    const auto it = std::lower_bound(m_cards.cbegin(), m_cards.cend(), card, [](const PipelineCard& a, const PipelineCard& b) {
        return a.position < b.position || (a.position == b.position && a.id < b.id);
    });
    const int row = int(it - m_cards.cbegin());
    beginInsertRows({}, row, row);
    m_cards.insert(row, card);
    endInsertRows();
    recomputeTotals();
    return row;
}

void PipelineColumnModel::recomputeTotals()
{
    PipelineTotals t;
    t.count = int(m_cards.size()) + m_unloaded.count;
    t.amount = m_unloaded.amount;
    for (const PipelineCard& c : std::as_const(m_cards))
        t.amount[c.currency] += c.amountMinor;
    // Weighting the column sum (not each card) keeps integer rounding to one step per currency.
    for (auto it = t.amount.cbegin(); it != t.amount.cend(); ++it)
        t.weighted[it.key()] = it.value() * m_stage.probability / 100;
    m_totals = t;
}

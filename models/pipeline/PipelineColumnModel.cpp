#include "PipelineColumnModel.h"

#include "VisibleText.h"

#include "Clock.h"
#include "SqlValues.h"

#include <QMimeData>

#include <algorithm>

void PipelineTotals::add(const PipelineTotals& other)
{
    count += other.count;
    for (auto it = other.counts.cbegin(); it != other.counts.cend(); ++it)
        counts[it.key()] += it.value();
    for (auto it = other.amount.cbegin(); it != other.amount.cend(); ++it)
        amount[it.key()] += it.value();
    for (auto it = other.weighted.cbegin(); it != other.weighted.cend(); ++it)
        weighted[it.key()] += it.value();
}

PipelineColumnModel::PipelineColumnModel(const PipelineStage& stage, const QHash<QString, PipelineOwner>* owners,
                                         const Clock& clock, QObject* parent)
    : QAbstractListModel(parent), m_stage(stage), m_owners(owners), m_clock(&clock), m_today(clock.today())
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
        return VisibleText::revealed(c.name);
    case Qt::ToolTipRole:
        if (c.customerName.isEmpty())
            return VisibleText::revealed(c.name);
        return tr("%1 — %2").arg(VisibleText::revealed(c.name), VisibleText::revealed(c.customerName));
    case IdRole:
        return c.id;
    case CustomerIdRole:
        return c.customerId;
    case CustomerNameRole:
        return VisibleText::revealed(c.customerName);
    case AmountMinorRole:
        return c.amountMinor;
    case CurrencyRole:
        return c.currency;
    case ExpectedCloseRole:
        return c.expectedCloseDate;
    case ActualCloseRole:
        return c.actualCloseDate;
    case CloseDateRole:
        if (m_stage.isClosed())
            return c.actualCloseDate.isValid() ? c.actualCloseDate : c.expectedCloseDate;
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
        c.actualCloseDate = SqlValues::toDate(c.actualClose);
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
            {ActualCloseRole, "actualClose"},
            {CloseDateRole, "closeDate"},
            {OwnerNameRole, "ownerName"},
            {DaysInStageRole, "daysInStage"},
            {VersionRole, "version"}};
}

bool PipelineColumnModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && hasMore() && m_fetcher;
}

void PipelineColumnModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    QString error;
    if (!fetchPage(&error)) {
        m_lastError = error;
        emit fetchFailed(error);
    }
}

bool PipelineColumnModel::fetchPage(QString* error)
{
    QVector<PipelineCard> page;
    if (!m_fetcher(m_afterPosition, m_afterId, m_pageSize + 1, &page, error)) {
        // Stop asking: a view would call fetchMore() again on every scroll.
        m_nextId.clear();
        return false;
    }
    takePage(&page, m_pageSize);
    if (page.isEmpty())
        return true;
    const int first = int(m_cards.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_cards.append(page);
    endInsertRows();
    return true;
}

// Keeps the keyset of a page read with limit pageSize + 1 and drops the look-ahead card.
void PipelineColumnModel::takePage(QVector<PipelineCard>* cards, int pageSize)
{
    if (cards->size() > pageSize) {
        const PipelineCard& next = cards->at(pageSize);
        m_nextPosition = next.position;
        m_nextId = next.id;
        cards->resize(pageSize);
    } else {
        m_nextId.clear();
    }
    if (!cards->isEmpty()) {
        m_afterPosition = cards->constLast().position;
        m_afterId = cards->constLast().id;
    }
}

bool PipelineColumnModel::fetchUntil(double position, const QString& id, QString* error)
{
    auto loaded = [&] {
        return !m_afterId.isEmpty() && (position < m_afterPosition || (position == m_afterPosition && id <= m_afterId));
    };
    while (canFetchMore({}) && !loaded()) {
        if (!fetchPage(error))
            return false;
    }
    return true;
}

void PipelineColumnModel::setStage(const PipelineStage& stage)
{
    m_stage = stage;
    updateWeighted();
}

int PipelineColumnModel::rowOfId(const QString& id) const
{
    for (int i = 0; i < m_cards.size(); ++i) {
        if (m_cards.at(i).id == id)
            return i;
    }
    return -1;
}

void PipelineColumnModel::setCards(QVector<PipelineCard> cards, const PipelineTotals& totals, Fetcher fetcher,
                                   int pageSize)
{
    beginResetModel();
    m_fetcher = std::move(fetcher);
    m_pageSize = qMax(1, pageSize);
    m_afterPosition = 0;
    m_afterId.clear();
    m_nextId.clear();
    m_lastError.clear();
    if (m_fetcher)
        takePage(&cards, m_pageSize);
    m_cards = std::move(cards);
    m_totals = totals;
    m_today = m_clock->today();
    updateWeighted();
    endResetModel();
}

PipelineCard PipelineColumnModel::takeCard(int row)
{
    beginRemoveRows({}, row, row);
    PipelineCard card = m_cards.takeAt(row);
    endRemoveRows();
    count(card, -1);
    return card;
}

int PipelineColumnModel::insertCard(const PipelineCard& card)
{
    count(card, +1);
    if (m_stage.isClosed()) {
        beginInsertRows({}, 0, 0);
        m_cards.prepend(card);
        endInsertRows();
        return 0;
    }
    // Beyond the first card not loaded: it will come with its page.
    if (hasMore() && (card.position > m_nextPosition || (card.position == m_nextPosition && card.id >= m_nextId)))
        return -1;
    const auto it =
        std::lower_bound(m_cards.cbegin(), m_cards.cend(), card, [](const PipelineCard& a, const PipelineCard& b) {
            return a.position < b.position || (a.position == b.position && a.id < b.id);
        });
    const int row = int(it - m_cards.cbegin());
    beginInsertRows({}, row, row);
    m_cards.insert(row, card);
    endInsertRows();
    // Past the last card read: the next page starts after this one, or it would be read twice.
    if (m_afterId.isEmpty() || card.position > m_afterPosition ||
        (card.position == m_afterPosition && card.id > m_afterId)) {
        m_afterPosition = card.position;
        m_afterId = card.id;
    }
    return row;
}

void PipelineColumnModel::count(const PipelineCard& card, int sign)
{
    m_totals.count += sign;
    int& n = m_totals.counts[card.currency];
    n += sign;
    if (n <= 0) {
        m_totals.counts.remove(card.currency);
        m_totals.amount.remove(card.currency);
    } else {
        m_totals.amount[card.currency] += sign * card.amountMinor;
    }
    updateWeighted();
}

void PipelineColumnModel::updateWeighted()
{
    // Weighting the column sum (not each card) keeps integer rounding to one step per currency.
    m_totals.weighted.clear();
    for (auto it = m_totals.amount.cbegin(); it != m_totals.amount.cend(); ++it)
        m_totals.weighted[it.key()] = it.value() * m_stage.probability / 100;
}

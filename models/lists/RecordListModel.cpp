#include "RecordListModel.h"

#include "VisibleText.h"

#include "Money.h"
#include "ReportFormat.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <functional>

namespace {
// Anchors published together while the background walk runs.
constexpr int kAnchorBatch = 64;
} // namespace

RecordListModel::RecordListModel(Database& db, ListSpec spec, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_spec(std::move(spec))
{
    m_sortColumn = m_spec.defaultSortColumn;
    m_sortOrder = m_spec.defaultSortOrder;
    refresh();
}

RecordListModel::~RecordListModel()
{
    stopBackground();
    const QList<QThread*> workers = findChildren<QThread*>(QString(), Qt::FindDirectChildrenOnly);
    for (QThread* worker : workers)
        worker->wait();
}

const ListSpec& RecordListModel::spec() const
{
    return m_spec;
}

void RecordListModel::setSpec(ListSpec spec)
{
    const QString sortKey =
        m_sortColumn >= 0 && m_sortColumn < m_spec.columns.size() ? m_spec.columns.at(m_sortColumn).key : QString();
    m_spec = std::move(spec);
    const int column = m_spec.columnIndex(sortKey);
    m_sortColumn = column >= 0 ? column : m_spec.defaultSortColumn;
    const QStringList keys = m_filters.keys();
    for (const QString& key : keys)
        if (!m_spec.supportsFilter(key))
            m_filters.remove(key);
    refresh();
}

void RecordListModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    refresh();
}

void RecordListModel::setFilter(const QString& key, const QVariant& value)
{
    if (!m_spec.supportsFilter(key)) {
        m_lastError = tr("The list of %1 cannot be filtered by %2.").arg(m_spec.entity, key);
        return;
    }
    if (value.isNull() || (value.metaType().id() == QMetaType::QString && value.toString().isEmpty())) {
        if (!m_filters.contains(key))
            return;
        m_filters.remove(key);
    } else {
        if (m_filters.value(key) == value)
            return;
        m_filters.insert(key, value);
    }
    refresh();
}

void RecordListModel::clearFilters()
{
    if (m_filters.isEmpty())
        return;
    m_filters.clear();
    refresh();
}

QVariantMap RecordListModel::filters() const
{
    return m_filters;
}

ListState RecordListModel::state() const
{
    ListState state;
    state.sortColumn = m_sortColumn;
    state.sortOrder = m_sortOrder;
    state.searchText = m_searchText;
    state.filters = m_filters;
    return state;
}

QString RecordListModel::lastError() const
{
    return m_lastError;
}

void RecordListModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

void RecordListModel::setCachePages(int pages)
{
    m_cachePages = std::max(2, pages);
}

void RecordListModel::setAnchorStride(int rows)
{
    m_anchorStride = std::max(2, rows);
}

void RecordListModel::setMaxSyncOffset(int rows)
{
    m_maxSyncOffset = std::max(0, rows);
}

void RecordListModel::setBackgroundEnabled(bool enabled)
{
    m_background = enabled;
}

bool RecordListModel::refresh(QString* error)
{
    m_fetching = true; // no fetchMore from inside the reset signals
    beginResetModel();
    stopBackground();
    ++m_generation;
    m_pages.clear();
    m_prepared.clear();
    m_anchors.clear();
    m_anchorsComplete = false;
    m_deferredPages.clear();
    m_rowCount = 0;
    m_countExact = false;
    m_lastError.clear();

    if (m_sortColumn < 0 || m_sortColumn >= m_spec.columns.size() || !m_spec.columns.at(m_sortColumn).sortable())
        m_sortColumn = m_spec.defaultSortColumn;
    m_query = ListQuery::build(m_db, m_spec, state());

    QString message;
    bool ok = loadFirstPage(&message);
    if (!ok && m_db.reconnectIfLost()) {
        // The server went away while the window sat idle (restart, Wi-Fi): read again on a new connection.
        m_prepared.clear();
        m_pages.clear();
        ok = loadFirstPage(&message);
    }
    endResetModel();
    m_fetching = false;
    if (!ok) {
        m_lastError = message;
        if (error)
            *error = message;
        emit loadFailed(message);
        return false;
    }
    if (m_background && (!m_countExact || m_rowCount > m_anchorStride)) {
        // Started from the event loop, so a model configured right after construction (or a one-off
        // read that never returns to the loop) starts no worker for a query it immediately replaces.
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == m_generation && m_background && !m_cancel)
                    startBackground();
            },
            Qt::QueuedConnection);
    }
    return true;
}

bool RecordListModel::loadFirstPage(QString* error)
{
    Page first;
    if (!readPage(0, &first, error))
        return false;
    const int n = first.rows.size();
    storePage(0, std::move(first));
    if (n < m_pageSize) {
        m_rowCount = n;
        m_countExact = true;
        return true;
    }
    m_rowCount = n;
    // Counting a million index entries costs hundreds of milliseconds on both backends (measured with
    // deskcrm-bench list), so the count arrives from the background and rows grow by fetchMore meanwhile.
    if (!m_background) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM ") + m_query->baseFrom + QStringLiteral(" WHERE ") +
                  m_query->where);
        for (const QVariant& v : m_query->binds)
            q.addBindValue(v);
        if (!q.exec() || !q.next()) {
            if (error)
                *error = tr("Cannot count the list: %1").arg(q.lastError().text());
            return false;
        }
        m_rowCount = q.value(0).toInt();
        m_countExact = true;
    }
    return true;
}

int RecordListModel::nearestKnownRow(int start, Position* from) const
{
    *from = Position{};
    from->segment = 0;
    int fromRow = 0;
    auto anchor = std::upper_bound(m_anchors.cbegin(), m_anchors.cend(), start,
                                   [](int row, const Anchor& x) { return row < x.row; });
    if (anchor != m_anchors.cbegin()) {
        --anchor;
        *from = anchor->position;
        fromRow = anchor->row;
    }
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const int end = (it.key() + 1) * m_pageSize;
        if (end > fromRow && end <= start && it->rows.size() == m_pageSize) {
            *from = it->rows.constLast().next;
            fromRow = end;
        }
    }
    return fromRow;
}

bool RecordListModel::readPage(int index, Page* out, QString* error) const
{
    const int start = index * m_pageSize;
    Position from;
    const int fromRow = nearestKnownRow(start, &from);
    out->rows.clear();
    return fetchRows(from, start - fromRow, m_pageSize, &out->rows, error);
}

bool RecordListModel::fetchRows(const Position& from, int offset, int limit, QVector<Row>* out, QString* error) const
{
    const ListQuery& query = *m_query;
    for (int segment = from.segment; segment < 2 && limit > 0; ++segment) {
        QVariantList binds;
        const QString tail = query.tail(segment, &from, &binds);
        const QString sql = query.select + tail + QStringLiteral(" LIMIT ? OFFSET ?");
        auto it = m_prepared.find(sql);
        if (it == m_prepared.end()) {
            auto prepared = std::make_unique<QSqlQuery>(m_db.connection());
            prepared->setForwardOnly(true);
            if (!prepared->prepare(sql)) {
                if (error)
                    *error = tr("Cannot read the list: %1").arg(prepared->lastError().text());
                return false;
            }
            it = m_prepared.emplace(sql, std::move(prepared)).first;
        }
        QSqlQuery& q = *it->second;
        for (const QVariant& v : std::as_const(binds))
            q.addBindValue(v);
        q.addBindValue(limit);
        q.addBindValue(offset);
        if (!q.exec()) {
            if (error)
                *error = tr("Cannot read the list: %1").arg(q.lastError().text());
            m_prepared.erase(sql);
            return false;
        }
        int rows = 0;
        const int width = query.keyIndex + 1;
        while (q.next()) {
            Row row;
            row.id = q.value(0).toString();
            row.values.resize(width);
            for (int i = 0; i < width; ++i)
                row.values[i] = q.value(i);
            row.next.segment = segment;
            row.next.afterKey = true;
            row.next.key = row.values.at(query.keyIndex);
            row.next.id = row.id;
            out->append(std::move(row));
            ++rows;
        }
        q.finish(); // release SQLite's read snapshot between pages
        if (rows > 0) {
            offset = 0;
            limit -= rows;
        } else if (offset > 0) {
            // The offset reaches past this segment: skip what it has left and go on in the next one.
            QVariantList countBinds;
            const QString countTail = query.tail(segment, &from, &countBinds);
            QSqlQuery c(m_db.connection());
            c.setForwardOnly(true);
            c.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM ") + query.baseFrom + countTail +
                      QStringLiteral(" LIMIT ?) s"));
            for (const QVariant& v : std::as_const(countBinds))
                c.addBindValue(v);
            c.addBindValue(offset);
            if (!c.exec() || !c.next()) {
                if (error)
                    *error = tr("Cannot read the list: %1").arg(c.lastError().text());
                return false;
            }
            offset -= c.value(0).toInt();
        }
    }
    return true;
}

void RecordListModel::storePage(int index, Page page) const
{
    page.lastUse = ++m_useClock;
    m_pages.insert(index, std::move(page));
    while (m_pages.size() > m_cachePages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        m_pages.erase(oldest);
    }
}

const RecordListModel::Page* RecordListModel::page(int index) const
{
    auto it = m_pages.find(index);
    if (it != m_pages.end()) {
        it->lastUse = ++m_useClock;
        return &it.value();
    }
    // A scrollbar dragged far into a big list before the anchors are known would mean an OFFSET scan of
    // hundreds of thousands of rows on the GUI thread (6-8 s at 1M rows): show the rows empty instead
    // and fill them in when the background walk gets there (a second or two).
    if (m_background && !m_anchorsComplete) {
        Position ignored;
        if (index * m_pageSize - nearestKnownRow(index * m_pageSize, &ignored) > m_maxSyncOffset) {
            m_deferredPages.insert(index);
            return nullptr;
        }
    }
    Page loaded;
    QString error;
    if (!readPage(index, &loaded, &error)) {
        fail(error);
        return nullptr;
    }
    storePage(index, std::move(loaded));
    return &m_pages.find(index).value();
}

void RecordListModel::fail(const QString& message) const
{
    if (m_lastError == message)
        return; // one report per failure, not one per painted cell
    m_lastError = message;
    auto* self = const_cast<RecordListModel*>(this);
    QMetaObject::invokeMethod(
        self, [self, message] { emit self->loadFailed(message); }, Qt::QueuedConnection);
}

QString RecordListModel::idAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return {};
    const Page* p = page(row / m_pageSize);
    const int i = row % m_pageSize;
    return p && i < p->rows.size() ? p->rows.at(i).id : QString();
}

int RecordListModel::rowOf(const QString& id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        for (int i = 0; i < it->rows.size(); ++i)
            if (it->rows.at(i).id == id)
                return it.key() * m_pageSize + i;
    return -1;
}

int RecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int RecordListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_spec.columns.size());
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(m_spec.columns.at(column).alignment());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != IdRole && role != RawValueRole)
        return {};
    const Page* p = page(index.row() / m_pageSize);
    const int i = index.row() % m_pageSize;
    if (!p || i >= p->rows.size())
        return {};
    const Row& row = p->rows.at(i);
    if (role == IdRole)
        return row.id;
    if (role == RawValueRole)
        return row.values.value(m_query->valueIndex.at(column));
    return display(column, row);
}

QVariant RecordListModel::display(int column, const Row& row) const
{
    const ListColumn& c = m_spec.columns.at(column);
    const QVariant value = row.values.value(m_query->valueIndex.at(column));
    if (value.isNull())
        return QString();
    const QLocale locale;
    switch (c.kind) {
    case ListColumn::Kind::Text:
        if (c.form == ListColumn::Form::Phone)
            return VisibleText::revealed(ReportFormat::phone(value.toString()));
        return VisibleText::revealed(value.toString());
    case ListColumn::Kind::Number:
        if (c.form == ListColumn::Form::Percent)
            return ReportFormat::probability(value.toInt());
        if (c.form == ListColumn::Form::Decimal)
            return locale.toString(value.toDouble(), 'g', 15);
        return ReportFormat::number(value.toLongLong());
    case ListColumn::Kind::Money: {
        const int ci = m_query->currencyIndex.at(column);
        const QString code = ci >= 0 ? row.values.value(ci).toString() : QString();
        return Money::format(value.toLongLong(), code, locale);
    }
    case ListColumn::Kind::Date:
        return ReportFormat::date(SqlValues::toDate(value));
    case ListColumn::Kind::DateTime:
        return ReportFormat::dateTime(SqlValues::toDateTime(value));
    case ListColumn::Kind::Lookup:
        // Names people typed are shown with their hidden controls revealed; seeded ones are translated.
        return c.translationContext ? c.labelText(value) : VisibleText::revealed(value.toString());
    case ListColumn::Kind::Choice:
        return c.labelText(value);
    }
    return value;
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_spec.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_spec.headerText(section);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(m_spec.columns.at(section).alignment());
    return {};
}

Qt::ItemFlags RecordListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_spec.columns.size() || !m_spec.columns.at(column).sortable()) {
        m_lastError = tr("This column cannot be sorted.");
        return;
    }
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

bool RecordListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_countExact;
}

void RecordListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_countExact || m_fetching)
        return; // views and testers call back into fetchMore from rowsInserted
    m_fetching = true;
    const int index = m_rowCount / m_pageSize;
    Page next;
    QString error;
    if (!readPage(index, &next, &error)) {
        m_fetching = false;
        fail(error);
        return;
    }
    const int n = next.rows.size();
    storePage(index, std::move(next));
    if (n > 0) {
        beginInsertRows(QModelIndex(), m_rowCount, m_rowCount + n - 1);
        m_rowCount += n;
        endInsertRows();
    }
    m_fetching = false;
    if (n < m_pageSize) {
        m_countExact = true;
        emit countReady(m_rowCount);
    }
}

void RecordListModel::applyCount(quint64 generation, int rows)
{
    if (generation != m_generation || m_countExact)
        return;
    m_countExact = true; // before the signals: listeners must not fetchMore into the change
    if (rows > m_rowCount) {
        beginInsertRows(QModelIndex(), m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        beginRemoveRows(QModelIndex(), rows, m_rowCount - 1);
        m_rowCount = rows;
        endRemoveRows();
    }
    emit countReady(m_rowCount);
}

void RecordListModel::applyAnchors(quint64 generation, QVector<Anchor> anchors, bool complete)
{
    if (generation != m_generation)
        return;
    m_anchors = std::move(anchors);
    m_anchorsComplete = complete;
    // Deferred pages the anchors now reach: their rows changed from empty to real.
    const QList<int> waiting(m_deferredPages.cbegin(), m_deferredPages.cend());
    for (const int index : waiting) {
        Position ignored;
        const int start = index * m_pageSize;
        if (!complete && start - nearestKnownRow(start, &ignored) > m_maxSyncOffset)
            continue;
        m_deferredPages.remove(index);
        const int last = std::min(start + m_pageSize, m_rowCount) - 1;
        if (start <= last)
            emit dataChanged(this->index(start, 0), this->index(last, columnCount() - 1));
    }
    if (complete)
        emit anchorsReady();
}

void RecordListModel::stopBackground()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    m_worker = nullptr; // finishes on its own and deletes itself; the destructor waits for stragglers
}

void RecordListModel::startBackground()
{
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const std::shared_ptr<const ListQuery> query = m_query;
    const ConnectionSettings settings = m_db.settings();
    const quint64 generation = m_generation;
    const bool needCount = !m_countExact;
    const int stride = m_anchorStride;

    // One pass on a connection of its own: the exact count first (PostgreSQL), then every stride-th
    // key by hopping with a bounded OFFSET from the previous one, which reads only the index.
    m_worker = QThread::create([this, cancel, query, settings, generation, needCount, stride] {
        QVector<Anchor> anchors;
        anchors.append(Anchor{0, Position{}});
        // However the walk ends (done, or a failed query), the model hears that no more anchors come,
        // so pages it deferred are read the slow way instead of staying empty. Not when cancelled: the
        // model has moved on to another query.
        struct Finish
        {
            std::function<void()> publish;
            ~Finish() { publish(); }
        } finish{[this, cancel, generation, &anchors] {
            if (!cancel->load())
                QMetaObject::invokeMethod(
                    this, [this, generation, anchors] { applyAnchors(generation, anchors, true); },
                    Qt::QueuedConnection);
        }};
        Database::Options options;
        options.migrate = false;
        options.ensureUser = false;
        QString error;
        auto db = Database::open(settings, options, &error);
        if (!db)
            return;
        QSqlQuery q(db->connection());
        q.setForwardOnly(true);
        if (needCount) {
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM ") + query->baseFrom + QStringLiteral(" WHERE ") +
                      query->where);
            for (const QVariant& v : query->binds)
                q.addBindValue(v);
            if (!q.exec() || !q.next() || cancel->load())
                return;
            const int rows = q.value(0).toInt();
            q.finish();
            QMetaObject::invokeMethod(
                this, [this, generation, rows] { applyCount(generation, rows); }, Qt::QueuedConnection);
        }
        int rowsBefore = 0;
        const QString keySelect = QStringLiteral("SELECT ") + query->keyExpr + QStringLiteral(", ") + query->idExpr +
                                  QStringLiteral(" FROM ") + query->baseFrom;
        for (int segment = 0; segment < 2; ++segment) {
            Position at;
            at.segment = segment;
            if (segment > 0)
                anchors.append(Anchor{rowsBefore, at});
            for (;;) {
                if (cancel->load())
                    return;
                QVariantList binds;
                const QString tail = query->tail(segment, &at, &binds);
                q.prepare(keySelect + tail + QStringLiteral(" LIMIT 1 OFFSET ?"));
                for (const QVariant& v : std::as_const(binds))
                    q.addBindValue(v);
                q.addBindValue(stride - 1);
                if (!q.exec())
                    return;
                if (q.next()) {
                    at.afterKey = true;
                    at.key = q.value(0);
                    at.id = q.value(1).toString();
                    rowsBefore += stride;
                    anchors.append(Anchor{rowsBefore, at});
                    q.finish();
                    // Publish as the walk goes, so far jumps near the top work long before the end.
                    if (anchors.size() % kAnchorBatch == 0)
                        QMetaObject::invokeMethod(
                            this, [this, generation, anchors] { applyAnchors(generation, anchors, false); },
                            Qt::QueuedConnection);
                    continue;
                }
                q.finish();
                QSqlQuery c(db->connection());
                c.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM ") + query->baseFrom + tail +
                          QStringLiteral(" LIMIT ?) s"));
                for (const QVariant& v : std::as_const(binds))
                    c.addBindValue(v);
                c.addBindValue(stride);
                if (!c.exec() || !c.next())
                    return;
                rowsBefore += c.value(0).toInt();
                break;
            }
        }
    });
    m_worker->setParent(this);
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_worker->start(QThread::LowPriority);
}

#pragma once

#include "ListQuery.h"
#include "ListSpec.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVector>

#include <atomic>
#include <map>
#include <memory>

class Database;
class QThread;

// Read-only list of one entity for a QTableView, lazy enough for millions of rows: rows are fetched in
// keyset-paged pages ((sort key, id) seeks on the partial (col, id) indexes) into a bounded LRU cache,
// far jumps start from sparse anchors (every Nth key) that a background connection collects together
// with the exact row count, and OFFSET is only the fallback until they exist. Deleted rows never show.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, RawValueRole };

    RecordListModel(Database& db, ListSpec spec, QObject* parent = nullptr);
    ~RecordListModel() override;
    Q_DISABLE_COPY(RecordListModel)

    const ListSpec& spec() const;
    // Another spec for the same entity (its custom fields changed): the sort stays on the column with the same key,
    // filters the new spec does not know are dropped, and the list reads again.
    void setSpec(ListSpec spec);

    // Quick filter, index-backed: FTS5 trigram (SQLite) / pg_trgm (PostgreSQL) for customers, a prefix
    // on an indexed column otherwise. Empty text clears. Takes effect at once (refresh()).
    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }
    // Keys: "owner" (user id), "tag" (tag id, customers), "status", "stage" (stage id), "customer"
    // (customer id), "from"/"to" (QDate, inclusive, on the spec's date column). A null value clears.
    // Unsupported keys are ignored (and reported through lastError()).
    void setFilter(const QString& key, const QVariant& value);
    void clearFilters();
    QVariantMap filters() const;
    // Sort, quick filter and filters as they are now (what an export of this list reads).
    ListState state() const;

    // Recounts and drops the cache (after a save, or to retry after loadFailed).
    bool refresh(QString* error = nullptr);
    QString idAt(int row) const;
    int rowOf(const QString& id) const; // row of a cached id, -1 when not cached
    QString lastError() const;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // True once the row count is exact (counted in the background; until then rowCount()
    // grows through canFetchMore/fetchMore).
    bool isCountExact() const { return m_countExact; }
    // True once every anchor of the list is known (far jumps then cost one short keyset read).
    bool hasAnchors() const { return m_anchorsComplete; }

    // Tuning (tests use tiny pages; defaults suit a desktop list). Take effect at the next refresh().
    void setPageSize(int rows);
    void setCachePages(int pages);
    void setAnchorStride(int rows);
    // Rows a page read may skip with OFFSET on the GUI thread before the anchors are known; farther
    // pages show empty until the anchors reach them.
    void setMaxSyncOffset(int rows);
    void setBackgroundEnabled(bool enabled); // false: exact count at refresh, no anchors

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadFailed(const QString& message);
    void countReady(int rows); // the exact row count arrived (background)
    void anchorsReady();       // far jumps no longer need OFFSET

public:
    using Position = ListQuery::Position; // where a page read starts
    struct Anchor
    {
        int row = 0; // the first row after `position`
        Position position;
    };

private:
    struct Row
    {
        QString id;
        QVector<QVariant> values; // selected expressions, in select-list order
        Position next;            // position right after this row
    };
    struct Page
    {
        QVector<Row> rows;
        quint64 lastUse = 0;
    };

    bool loadFirstPage(QString* error);
    const Page* page(int index) const;
    bool readPage(int index, Page* out, QString* error) const;
    // The nearest known position at or before row `start` (an anchor or the end of a cached full page).
    int nearestKnownRow(int start, Position* from) const;
    bool fetchRows(const Position& from, int offset, int limit, QVector<Row>* out, QString* error) const;
    void storePage(int index, Page page) const;
    void startBackground();
    void stopBackground();
    void applyCount(quint64 generation, int rows);
    void applyAnchors(quint64 generation, QVector<Anchor> anchors, bool complete);
    QVariant display(int column, const Row& row) const;
    void fail(const QString& message) const;

    Database& m_db;
    ListSpec m_spec;
    QString m_searchText;
    QVariantMap m_filters;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    int m_pageSize = 200;
    int m_cachePages = 40;
    int m_anchorStride = 1000;
    bool m_background = true;

    int m_rowCount = 0;
    bool m_countExact = false;
    bool m_fetching = false;
    quint64 m_generation = 0;
    std::shared_ptr<const ListQuery> m_query; // the SELECT of the current sort, search and filters
    QVector<Anchor> m_anchors;
    bool m_anchorsComplete = false;
    int m_maxSyncOffset = 10000; // ~0.1 s of OFFSET at 1M rows on SQLite
    // Pages asked for while they were too far from any known position to read without a long OFFSET
    // scan; their rows show empty until anchors reach them, then dataChanged() brings them in.
    mutable QSet<int> m_deferredPages;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useClock = 0;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared; // reused prepared statements
    mutable QString m_lastError;
    QThread* m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

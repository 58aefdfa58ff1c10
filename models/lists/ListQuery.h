#pragma once

#include "ListSpec.h"

#include <QCoreApplication>

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>
#include <QVector>

#include <functional>
#include <memory>

class Database;

// What a record list shows at one moment: its sort, quick-filter text and filters. RecordListModel keeps one;
// an export takes the one the list page shows, so the file holds exactly the rows on screen.
struct ListState
{
    int sortColumn = -1; // -1: the spec's default
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    QString searchText;
    // Keys as RecordListModel::setFilter: "owner", "tag", "status", "stage", "customer", "from"/"to" (QDate).
    QVariantMap filters;
};

// The SELECT of a record list for one sort, search and filter: the list model reads it page by page and an
// export streams it from the first row to the last. One query shape for both (models/lists only), so an
// exported file holds what the list shows, in its order. Immutable once built, so a background connection
// may share it.
struct ListQuery
{
    Q_DECLARE_TR_FUNCTIONS(ListQuery)

public:
    // Where a read starts: the start of a NULL/non-NULL segment of the sort column, or after a key.
    struct Position
    {
        int segment = 0; // index into the sort's segment order
        bool afterKey = false;
        QVariant key; // sort key (null inside the NULL segment)
        QString id;
    };

    // The query of spec under state on db's dialects. extraExpressions are selected after the list's own
    // columns (an export's fields the list does not show, e.g. a task's notes); extraConditions are ANDed to
    // the filters (e.g. "only planned follow-ups").
    static std::shared_ptr<const ListQuery> build(const Database& db, const ListSpec& spec, const ListState& state,
                                                  const QStringList& extraExpressions = {},
                                                  const QStringList& extraConditions = {});

    QString select;     // "SELECT id, values…, extras…, key FROM <from joins>" (without sortJoin)
    QString baseFrom;   // base table only: counts and anchor walks need no joins (tail() adds sortJoin)
    QString where;      // "alias.deleted_at IS NULL AND …"
    QVariantList binds; // for `where`
    QString idExpr;
    QString sortIdExpr; // what ties of the non-NULL segment break on (idExpr, or the sort column's sortIdExpression)
    // A sort column read through a join of its own (custom fields): tail() adds it, as an inner join in the non-NULL
    // segment (so the planner may walk the joined table's index in order) and as a left join in the NULL segment.
    QString sortJoin;
    QString sortInnerJoin;
    QString sortExpr; // the indexed sort column (bare, so SQLite seeks on it in row-value comparisons)
    QString collate;  // " COLLATE deskcrm_name" for name columns: ORDER BY and the seek's bound key use it
    QString keyExpr;  // how the sort key is selected (text on PostgreSQL, so it binds back exactly)
    bool descending = false;
    bool nullsFirst = true; // each DBMS's own NULL placement, the one its indexes deliver
    int sortColumn = 0;     // the column actually sorted by (an unsortable request falls back to the default)
    int keyIndex = 0;
    QVector<int> valueIndex;    // select index of each spec column's value
    QVector<int> currencyIndex; // select index of a Money column's currency, else -1
    QVector<int> extraIndex;    // select index of each extra expression

    bool nullSegment(int segment) const { return nullsFirst ? segment == 0 : segment == 1; }
    // [sort join] WHERE … ORDER BY for one segment, optionally after a key; sets *outBinds to its binds.
    QString tail(int segment, const Position* after, QVariantList* outBinds) const;

    // Reads every row from the first to the last in the list's order, `pageRows` at a time by keyset seeks
    // (each page a short statement of its own, so neither side holds a million rows or a long read). row gets
    // the values in select order (id at 0); returning false from it stops early (not an error). False with
    // *error when a read fails.
    using RowFunction = std::function<bool(const QVector<QVariant>& row)>;
    bool forEachRow(const Database& db, int pageRows, const RowFunction& row, QString* error) const;
};

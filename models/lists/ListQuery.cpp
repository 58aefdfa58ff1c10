#include "ListQuery.h"

#include "Database.h"
#include "SearchDialect.h"
#include "SqlDialect.h"
#include "SqlValues.h"
#include "VisibleOwners.h"

#include <QSqlError>
#include <QSqlQuery>

std::shared_ptr<const ListQuery> ListQuery::build(const Database& db, const ListSpec& spec, const ListState& state,
                                                  const QStringList& extraExpressions,
                                                  const QStringList& extraConditions)
{
    auto query = std::make_shared<ListQuery>();
    const SqlDialect& dialect = db.sqlDialect();
    const SearchDialect& search = db.searchDialect();
    const QString& a = spec.alias;
    query->idExpr = a + QStringLiteral(".id");
    int sortColumn = state.sortColumn;
    if (sortColumn < 0 || sortColumn >= spec.columns.size() || !spec.columns.at(sortColumn).sortable())
        sortColumn = spec.defaultSortColumn;
    query->sortColumn = sortColumn;
    const ListColumn* sortCol =
        sortColumn >= 0 && sortColumn < spec.columns.size() ? &spec.columns.at(sortColumn) : nullptr;
    query->sortExpr = sortCol && sortCol->sortable() ? sortCol->sortExpression : query->idExpr;
    if (sortCol && sortCol->sortable() && !sortCol->sortCollation.isEmpty())
        query->collate = QStringLiteral(" COLLATE ") + sortCol->sortCollation;
    query->sortIdExpr = sortCol && sortCol->sortable() && !sortCol->sortIdExpression.isEmpty()
                            ? sortCol->sortIdExpression
                            : query->idExpr;
    query->descending = state.sortOrder == Qt::DescendingOrder;
    // Each DBMS's own NULL placement, so the index serves.
    query->nullsFirst = dialect.nullsFirst(query->descending);
    query->keyExpr = dialect.seekKey(query->sortExpr);

    QStringList select{query->idExpr};
    for (const ListColumn& c : spec.columns) {
        query->valueIndex << select.size();
        select << c.expression;
        if (c.kind == ListColumn::Kind::Money && !c.currencyExpression.isEmpty()) {
            query->currencyIndex << select.size();
            select << c.currencyExpression;
        } else {
            query->currencyIndex << -1;
        }
    }
    for (const QString& extra : extraExpressions) {
        query->extraIndex << select.size();
        select << extra;
    }
    query->keyIndex = select.size();
    select << query->keyExpr;
    // Columns read through joins of their own (custom fields) add them; the sort column's comes with tail().
    const bool joinedSort = sortCol && sortCol->sortable() && !sortCol->join.isEmpty();
    QString joins;
    for (const ListColumn& c : spec.columns)
        if (!joinedSort || &c != sortCol)
            joins += c.join;
    query->select =
        QStringLiteral("SELECT ") + select.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + spec.from + joins;
    query->baseFrom = spec.table + QLatin1Char(' ') + a;
    if (joinedSort) {
        query->sortJoin = sortCol->join;
        const QString left = QStringLiteral(" LEFT JOIN ");
        query->sortInnerJoin =
            sortCol->join.startsWith(left) ? QStringLiteral(" JOIN ") + sortCol->join.mid(left.size()) : sortCol->join;
    }

    QStringList where{a + QStringLiteral(".deleted_at IS NULL")};
    if (!spec.baseCondition.isEmpty())
        where << spec.baseCondition;
    // On a team database: the rows the server lets this user see, said to the planner (see VisibleOwners).
    VisibleOwners::condition(db, spec.table, a, &where, &query->binds);
    for (auto it = state.filters.cbegin(); it != state.filters.cend(); ++it) {
        const QString& key = it.key();
        if (key == QLatin1String("from") || key == QLatin1String("to")) {
            const QDate day = it.value().toDate();
            if (!day.isValid() || spec.dateColumn.isEmpty())
                continue;
            const bool from = key == QLatin1String("from");
            where << spec.dateColumn + (from ? QStringLiteral(" >= ?") : QStringLiteral(" < ?"));
            const QDate bound = from ? day : day.addDays(1);
            if (spec.dateKind == ListColumn::Kind::DateTime)
                query->binds << SqlValues::timestamp(QDateTime(bound, QTime(0, 0)).toUTC()); // local midnight
            else
                query->binds << SqlValues::date(bound);
            continue;
        }
        for (const ListFilter& f : spec.filters) {
            if (f.key == key) {
                where << f.condition;
                if (!f.pattern.isEmpty())
                    query->binds << f.pattern.arg(SearchDialect::escapeLike(it.value().toString()));
                else if (it.value().metaType().id() == QMetaType::QDate)
                    query->binds << SqlValues::date(it.value().toDate());
                else
                    query->binds << it.value();
            }
        }
    }
    const QString searchText = state.searchText.trimmed();
    if (!searchText.isEmpty()) {
        const bool fullText = !spec.ftsTable.isEmpty() || !spec.trigramExpression.isEmpty();
        const QString indexed =
            search.indexedSubstring(a, spec.ftsTable, spec.trigramExpression, searchText, &query->binds);
        if (!indexed.isEmpty()) {
            where << indexed;
        } else if (!spec.searchColumns.isEmpty()) {
            // One or two characters (below a trigram), or no full-text index: LIKE, evaluated while the
            // sorted index is walked page by page, so a page stops as soon as it is full.
            const QString escaped = SearchDialect::escapeLike(searchText);
            const QString pattern = fullText || spec.substringSearch ? QLatin1Char('%') + escaped + QLatin1Char('%')
                                                                     : escaped + QLatin1Char('%');
            QStringList any;
            for (const QString& c : spec.searchColumns) {
                any << search.likeIgnoringCase(c);
                query->binds << pattern;
            }
            where << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        }
    }
    where << extraConditions;
    query->where = where.join(QStringLiteral(" AND "));
    return query;
}

QString ListQuery::tail(int segment, const Position* after, QVariantList* outBinds) const
{
    const bool nulls = nullSegment(segment);
    QString sql = (nulls ? sortJoin : sortInnerJoin) + QStringLiteral(" WHERE ") + where;
    *outBinds = binds;
    sql += QStringLiteral(" AND ") + sortExpr + (nulls ? QStringLiteral(" IS NULL") : QStringLiteral(" IS NOT NULL"));
    const QString op = descending ? QStringLiteral("<") : QStringLiteral(">");
    const QString& tieId = nulls ? idExpr : sortIdExpr;
    if (after && after->afterKey && after->segment == segment) {
        if (nulls) {
            sql += QStringLiteral(" AND ") + idExpr + QLatin1Char(' ') + op + QStringLiteral(" ?");
            *outBinds << after->id;
        } else {
            // The collation goes on the bound side: SQLite seeks on a row value only when its left
            // side is bare index columns ("(c.name COLLATE x, c.id) > …" scans the whole index).
            sql += QStringLiteral(" AND (") + sortExpr + QStringLiteral(", ") + tieId + QStringLiteral(") ") + op +
                   QStringLiteral(" (?") + collate + QStringLiteral(", ?)");
            *outBinds << after->key << after->id;
        }
    }
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    if (nulls && !sortJoin.isEmpty()) // every sort value here is NULL: the id alone, so the base table's key serves
        sql += QStringLiteral(" ORDER BY ") + idExpr + dir;
    else
        sql += QStringLiteral(" ORDER BY ") + sortExpr + collate + dir + QStringLiteral(", ") + tieId + dir;
    return sql;
}

bool ListQuery::forEachRow(const Database& db, int pageRows, const RowFunction& row, QString* error) const
{
    pageRows = std::max(1, pageRows);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const int width = keyIndex + 1;
    // One page is read whole and its statement finished before the rows are handed on, so whatever the
    // caller does meanwhile (write a file, let the GUI repaint a list on the same connection) meets no open
    // result set.
    QVector<QVector<QVariant>> page;
    page.reserve(pageRows);
    for (int segment = 0; segment < 2; ++segment) {
        Position at;
        at.segment = segment;
        QString prepared; // two statements per segment: the first page, and every page after a key
        for (;;) {
            QVariantList tailBinds;
            const QString sql = select + tail(segment, &at, &tailBinds) + QStringLiteral(" LIMIT ?");
            if (sql != prepared) {
                if (!q.prepare(sql)) {
                    if (error)
                        *error = tr("Cannot read the list: %1").arg(db.describeError(q.lastError()));
                    return false;
                }
                prepared = sql;
            }
            for (const QVariant& v : std::as_const(tailBinds))
                q.addBindValue(v);
            q.addBindValue(pageRows);
            if (!q.exec()) {
                if (error)
                    *error = tr("Cannot read the list: %1").arg(db.describeError(q.lastError()));
                return false;
            }
            page.clear();
            while (q.next()) {
                QVector<QVariant> values(width);
                for (int i = 0; i < width; ++i)
                    values[i] = q.value(i);
                page.append(std::move(values));
            }
            q.finish(); // no read snapshot held between pages
            for (const QVector<QVariant>& values : std::as_const(page))
                if (!row(values))
                    return true;
            if (page.size() < pageRows)
                break;
            at.afterKey = true;
            at.key = page.constLast().at(keyIndex);
            at.id = page.constLast().at(0).toString();
        }
    }
    return true;
}

#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <Qt>

// One column of a record list: the SQL it reads, how it is shown, and the indexed key it sorts by.
struct ListColumn
{
    enum class Kind {
        Text,     // shown as stored
        Number,   // right-aligned integer
        Money,    // expression = amount_minor, currencyExpression = ISO code; QLocale::toCurrencyString
        Date,     // plain calendar date, ReportFormat::date (2026-11-04 in Chinese)
        DateTime, // stored UTC, shown local by ReportFormat::dateTime
        Lookup,   // a looked-up name (owner, industry, stage …); seeded names are translated
        Choice    // a stored code (status, tier, priority) shown through `choices`
    };

    // How a Number or Text value reads (ReportFormat): as it is, a whole percentage ("60%"), or a phone
    // number in the user's country's form.
    enum class Form { Plain, Percent, Phone, Decimal }; // Decimal: a Number with a fraction (custom fields)

    QString key;                  // stable name, e.g. "name", "owner"
    const char* header = nullptr; // QT_TRANSLATE_NOOP("ListSpec", …); translate with headerText()
    // Disambiguation of a short shared header ("Name" of a person is 姓名, of an organisation 名称).
    const char* headerComment = nullptr;
    QString expression;         // SQL expression of the shown value (qualified by the spec's aliases)
    QString currencyExpression; // Money only
    // Indexed column the list sorts by when this column's header is clicked; empty = not sortable.
    // Lookup columns sort by their foreign key (index (fk, id)), which groups equal names together.
    QString sortExpression;
    // Collation the list sorts in (NameCollation::name for names: pinyin order); empty = the column's own.
    // The column's index is then (column COLLATE it, id), and ORDER BY and keyset seeks use it too.
    QString sortCollation;
    Kind kind = Kind::Text;
    Form form = Form::Plain;
    const char* translationContext = nullptr;   // Lookup/Choice: context the shown text is translated in
    QList<QPair<QString, const char*>> choices; // Choice: stored code -> QT_TRANSLATE_NOOP source text

    // Columns made at run time (custom fields, AttributeColumns): the heading and choice labels already in the
    // user's language, the join the column reads through, and the id the sort breaks ties on.
    QString headerLabel;                   // shown instead of `header` when set
    QString join;                          // " LEFT JOIN …" added to the list's FROM for this column
    QList<QPair<QString, QString>> labels; // Choice: stored code -> label
    bool multiChoice = false;              // Choice: the value holds several codes, ";a;b;", shown as their labels
    // Sorting by a joined table's column: the non-NULL rows come in that table's index order (value, this id), so
    // ties break on this id (equal to the base table's id there) instead of the base table's own.
    QString sortIdExpression;
    // The width a list opens the column at, in digits of the table's font (until the user resizes it); 0: by kind.
    int widthDigits = 0;

    bool sortable() const { return !sortExpression.isEmpty(); }
    QString sortKey() const; // what ORDER BY sorts by: sortExpression with its COLLATE, if any
    // Lookup and Choice: the name or choice users read for a stored value (seeded names and codes translated);
    // other kinds: the value as text. The list and the exported files show the same words.
    QString labelText(const QVariant& value) const;
    Qt::Alignment alignment() const;
};

// A filter a list supports: a key of RecordListModel::setFilter and its SQL condition with one '?'.
struct ListFilter
{
    QString key;
    QString condition;
    QString pattern; // when set, the value is bound as pattern.arg(value) ("%;%1;%": one code of a multi-choice)
};

// What one list shows: the entity, its FROM clause with joins, its columns, default sort, search and
// filters. Pure data, so views, the CLI and the benchmark describe lists the same way; SQL text stays
// in models/.
struct ListSpec
{
    static ListSpec customers();
    static ListSpec contacts();
    static ListSpec interactions();
    static ListSpec opportunities();
    static ListSpec tasks();
    static ListSpec leads();
    // Products, quotes and contracts (issue 13): models/commerce/CommerceListSpecs.cpp.
    static ListSpec products();
    static ListSpec quotes();
    static ListSpec contracts();
    // Campaigns and competitors (issue 15): models/campaigns/CampaignListSpecs.cpp.
    static ListSpec campaigns();
    static ListSpec competitors();
    // Open instalments by due date (payment collection): models/commerce/ReceivablesListSpec.cpp.
    static ListSpec receivables();
    // Service tickets and complaints (issue 14): models/service/ServiceListSpecs.cpp.
    static ListSpec tickets();
    static ListSpec forEntity(const QString& entity); // empty entity when unknown

    QString entity; // "customer", "contact", "interaction", "opportunity", "task"
    QString table;  // base table, e.g. "customers"
    QString alias;  // alias of the base table in `from`, e.g. "c"
    QString from;   // "customers c LEFT JOIN users o ON o.id = c.owner_id …" (joins are 1:1 lookups)
    QList<ListColumn> columns;
    int defaultSortColumn = 0;
    Qt::SortOrder defaultSortOrder = Qt::AscendingOrder;

    // Search: SQLite FTS5 trigram table over the base table's rowid (customers), PostgreSQL expression
    // carrying a pg_trgm GIN index; otherwise a prefix match on searchColumns (first one indexed).
    QString ftsTable;
    QString trigramExpression;
    QStringList searchColumns;
    // Without a full-text index: match the term anywhere in searchColumns (LIKE '%term%', which no index
    // serves: for lists whose users search by a word inside, such as task titles), not only at the start.
    bool substringSearch = false;

    // A condition every row meets, over the base table's alias only (the count reads the base table alone).
    QString baseCondition;
    QList<ListFilter> filters;                          // "owner", "tag", "status", "stage", "customer"
    QString dateColumn;                                 // "from"/"to" filters compare this column
    ListColumn::Kind dateKind = ListColumn::Kind::Date; // Date or DateTime

    int columnIndex(const QString& key) const; // -1 when absent
    bool supportsFilter(const QString& key) const;
    QString headerText(int column) const; // translated
};

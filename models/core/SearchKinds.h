#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One kind of record global search finds: its table, the column that names a record in the results and the
// columns searched. Phone columns are also found by any run of their digits.
struct SearchKind
{
    QString name;  // "customer": what deskcrm-cli search prints and --kind accepts (the table's name too)
    QString table; // "customers"
    QString titleColumn;
    QStringList textColumns; // the title column first
    QStringList phoneColumns;
    const char* label = nullptr; // plural heading, translated through SearchKinds::label()
    // Stable and unique per kind (stored in search_index.kind_number): SQLite's full-text tables number a kind's
    // rows in a range of their own (number << 40), so a search of one kind seeks straight to its rows.
    int number = 0;
};

// The registry of searchable record kinds, in the order results are grouped. Customers, contacts, follow-ups,
// opportunities and tasks are built in; a later record kind (leads, contracts, tickets…) adds itself with add()
// at start-up, and SearchIndex, GlobalSearch, `deskcrm-cli search` and `check` then cover it too.
class SearchKinds
{
    Q_DECLARE_TR_FUNCTIONS(SearchKinds)

public:
    static const QList<SearchKind>& all();
    // By kind name or table name ("customer" or "customers"); nullptr when unknown.
    static const SearchKind* find(const QString& nameOrTable);
    static const SearchKind* forTable(const QString& table);
    // Adds or replaces (same name) a kind, whose number no other kind may use (built in: 1-6). Call before the first
    // search or write.
    static void add(const SearchKind& kind);
    // The kind's plural heading in the user's language ("Customers", "客户").
    static QString label(const SearchKind& kind);
};

#include "SearchKinds.h"

namespace {
QList<SearchKind>& registry()
{
    static QList<SearchKind> kinds{
        {QStringLiteral("customer"), QStringLiteral("customers"), QStringLiteral("name"),
         QStringList{QStringLiteral("name"), QStringLiteral("company"), QStringLiteral("email"),
                     QStringLiteral("phone"), QStringLiteral("website"), QStringLiteral("country"),
                     QStringLiteral("region"), QStringLiteral("city"), QStringLiteral("district"),
                     QStringLiteral("address"), QStringLiteral("notes"), QStringLiteral("background")},
         QStringList{QStringLiteral("phone")}, QT_TRANSLATE_NOOP("SearchKinds", "Customers"), 1},
        {QStringLiteral("contact"), QStringLiteral("contacts"), QStringLiteral("name"),
         QStringList{QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("email"), QStringLiteral("phone"),
                     QStringLiteral("mobile"), QStringLiteral("notes")},
         QStringList{QStringLiteral("phone"), QStringLiteral("mobile")}, QT_TRANSLATE_NOOP("SearchKinds", "Contacts"),
         2},
        {QStringLiteral("interaction"), QStringLiteral("interactions"), QStringLiteral("subject"),
         QStringList{QStringLiteral("subject"), QStringLiteral("content"), QStringLiteral("result")}, QStringList(),
         QT_TRANSLATE_NOOP("SearchKinds", "Follow-ups"), 3},
        {QStringLiteral("opportunity"), QStringLiteral("opportunities"), QStringLiteral("name"),
         QStringList{QStringLiteral("name"), QStringLiteral("need"), QStringLiteral("competitors"),
                     QStringLiteral("notes")},
         QStringList(), QT_TRANSLATE_NOOP("SearchKinds", "Opportunities"), 4},
        {QStringLiteral("task"), QStringLiteral("tasks"), QStringLiteral("title"),
         QStringList{QStringLiteral("title"), QStringLiteral("notes")}, QStringList(),
         QT_TRANSLATE_NOOP("SearchKinds", "Tasks"), 5},
        {QStringLiteral("lead"), QStringLiteral("leads"), QStringLiteral("name"),
         QStringList{QStringLiteral("name"), QStringLiteral("company"), QStringLiteral("email"),
                     QStringLiteral("phone"), QStringLiteral("mobile"), QStringLiteral("region"),
                     QStringLiteral("product_interest"), QStringLiteral("notes")},
         QStringList{QStringLiteral("phone"), QStringLiteral("mobile")}, QT_TRANSLATE_NOOP("SearchKinds", "Leads"), 6},
        // Issue 13: numbers 13-15 are this (products, quotes, contracts).
        {QStringLiteral("product"), QStringLiteral("products"), QStringLiteral("name"),
         QStringList{QStringLiteral("name"), QStringLiteral("code"), QStringLiteral("category"),
                     QStringLiteral("description")},
         QStringList(), QT_TRANSLATE_NOOP("SearchKinds", "Products"), 13},
    };
    return kinds;
}
} // namespace

const QList<SearchKind>& SearchKinds::all()
{
    return registry();
}

const SearchKind* SearchKinds::find(const QString& nameOrTable)
{
    for (const SearchKind& kind : registry()) {
        if (kind.name == nameOrTable || kind.table == nameOrTable)
            return &kind;
    }
    return nullptr;
}

const SearchKind* SearchKinds::forTable(const QString& table)
{
    for (const SearchKind& kind : registry()) {
        if (kind.table == table)
            return &kind;
    }
    return nullptr;
}

void SearchKinds::add(const SearchKind& kind)
{
    for (SearchKind& existing : registry()) {
        if (existing.name == kind.name) {
            existing = kind;
            return;
        }
    }
    registry().append(kind);
}

QString SearchKinds::label(const SearchKind& kind)
{
    return kind.label ? tr(kind.label) : kind.name;
}

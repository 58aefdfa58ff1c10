#include "AuditLabels.h"

#include "ImportSpec.h"
#include "ListSpec.h"
#include "SearchKinds.h"

namespace {
// "expected_close_minor" → "Expected close": the last resort for a name no screen shows.
QString readable(QString name)
{
    for (const char* suffix : {"_minor", "_id"}) {
        if (name.endsWith(QLatin1String(suffix)) && name.size() > int(qstrlen(suffix)))
            name.chop(int(qstrlen(suffix)));
    }
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

// The lists whose base table this is (a table can have none, or one).
QList<ListSpec> listsOf(const QString& table)
{
    QList<ListSpec> specs;
    for (const char* entity : {"customer", "contact", "interaction", "opportunity", "task", "lead", "product", "quote",
                               "contract", "campaign", "competitor", "ticket"}) {
        ListSpec spec = ListSpec::forEntity(QLatin1String(entity));
        if (spec.table == table)
            specs << spec;
    }
    return specs;
}
} // namespace

QString AuditLabels::table(const QString& table)
{
    if (const SearchKind* kind = SearchKinds::forTable(table))
        return SearchKinds::label(*kind);
    if (table == QLatin1String("users"))
        return tr("Users");
    if (table == QLatin1String("teams"))
        return tr("Teams");
    return readable(table);
}

QString AuditLabels::field(const QString& table, const QString& column)
{
    // The row's own bookkeeping, which no form shows as a field.
    if (column == QLatin1String("deleted_at"))
        return tr("Deleted");
    if (column == QLatin1String("owner_id"))
        return tr("Owner");
    if (column == QLatin1String("created_at"))
        return tr("Created");
    if (column == QLatin1String("updated_at"))
        return tr("Last changed");
    if (column == QLatin1String("created_by"))
        return tr("Created by");
    if (column == QLatin1String("updated_by"))
        return tr("Changed by");
    if (column == QLatin1String("version"))
        return tr("Version");
    for (const QString& entity : ImportEntities::names()) {
        if (ImportEntities::table(entity) != table)
            continue;
        for (const ImportField& f : ImportEntities::fields(entity)) {
            if (f.column == column)
                return f.displayName();
            if (f.currencyColumn == column)
                return tr("%1 (currency)").arg(f.displayName());
        }
    }
    for (const ListSpec& spec : listsOf(table)) {
        const QString qualified = spec.alias + QLatin1Char('.') + column;
        for (int i = 0; i < spec.columns.size(); ++i) {
            const ListColumn& c = spec.columns.at(i);
            if (c.expression == qualified || c.sortExpression == qualified)
                return spec.headerText(i);
        }
    }
    return readable(column);
}

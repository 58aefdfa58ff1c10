#include "AttributeColumns.h"

#include "AttributeDefinitions.h"
#include "Database.h"
#include "NameCollation.h"
#include "SearchDialect.h"
#include "Uuid.h"

namespace {
using Kind = AttributeDefinition::Kind;
const QString kPrefix = QStringLiteral("attr:");
} // namespace

ListSpec AttributeColumns::extended(const Database& db, ListSpec spec, QString* error)
{
    if (spec.entity.isEmpty() || !AttributeDefinitions::entities().contains(spec.entity))
        return spec;
    // Reading only: AttributeDefinitions needs the connection, not a write.
    const QList<AttributeDefinition> definitions =
        AttributeDefinitions(const_cast<Database&>(db)).forEntity(spec.entity, true, QString(), error);
    return extended(db, std::move(spec), definitions);
}

ListSpec AttributeColumns::extended(const Database& db, ListSpec spec, const QList<AttributeDefinition>& definitions)
{
    const SearchDialect& search = db.searchDialect();
    int n = 0;
    for (const AttributeDefinition& d : definitions) {
        // The id is written into the statement (the planner then knows the field's statistics); only a well-formed
        // UUID from the definitions table ever is.
        if (!d.active || d.entity != spec.entity || !Uuid::isValid(d.id))
            continue;
        const QString alias = QStringLiteral("xa%1").arg(n++);
        const QString id = QLatin1Char('\'') + d.id + QLatin1Char('\'');
        const QString value = alias + QLatin1Char('.') + d.valueColumn();
        ListColumn c;
        c.key = d.fieldName();
        c.headerLabel = d.label();
        c.expression = value;
        c.sortExpression = value;
        c.sortIdExpression = alias + QStringLiteral(".record_id");
        c.join = QStringLiteral(" LEFT JOIN attribute_values %1 ON %1.attribute_id = %2 AND %1.record_id = %3.id")
                     .arg(alias, id, spec.alias);
        switch (d.kind) {
        case Kind::Text:
            c.kind = ListColumn::Kind::Text;
            c.sortCollation = QLatin1String(NameCollation::name); // ix_attribute_values_text's collation
            break;
        case Kind::Number:
            c.kind = ListColumn::Kind::Number;
            c.form = ListColumn::Form::Decimal;
            break;
        case Kind::Money:
            c.kind = ListColumn::Kind::Money;
            c.currencyExpression = alias + QStringLiteral(".value_currency");
            break;
        case Kind::Date:
            c.kind = ListColumn::Kind::Date;
            break;
        case Kind::Choice:
        case Kind::MultiChoice:
            c.kind = ListColumn::Kind::Choice;
            c.multiChoice = d.kind == Kind::MultiChoice;
            for (const AttributeChoice& choice : d.choices)
                c.labels << qMakePair(choice.value, choice.label());
            // A multi-choice value lists codes: it filters, but sorting by it would say little.
            if (c.multiChoice)
                c.sortExpression.clear();
            break;
        case Kind::Bool:
            c.kind = ListColumn::Kind::Choice;
            // SQLite keeps 1/0, PostgreSQL true/false.
            for (const QString& yes : {QStringLiteral("1"), QStringLiteral("true")})
                c.labels << qMakePair(yes, AttributeDefinition::tr("Yes"));
            for (const QString& no : {QStringLiteral("0"), QStringLiteral("false")})
                c.labels << qMakePair(no, AttributeDefinition::tr("No"));
            break;
        }
        spec.columns << c;

        // A correlated EXISTS probe of (attribute_id, record_id) per row: the list keeps walking its own sort index and
        // stops once a page is full (an IN list would read every match first, then sort them all by the list's
        // order).
        const QString within = QStringLiteral("EXISTS (SELECT 1 FROM attribute_values av WHERE av.attribute_id = ") +
                               id + QStringLiteral(" AND av.record_id = ") + spec.alias + QStringLiteral(".id AND ");
        const QString stored = QStringLiteral("av.") + d.valueColumn();
        if (d.kind == Kind::MultiChoice) // one of its codes: ";a;b;" holds ";a;"
            spec.filters << ListFilter{c.key, within + search.likeIgnoringCase(stored) + QLatin1Char(')'),
                                       QStringLiteral("%;%1;%")};
        else if (d.kind == Kind::Text) // starts with, ignoring case: a scan of this field's values only
            spec.filters << ListFilter{c.key, within + search.likeIgnoringCase(stored) + QLatin1Char(')'),
                                       QStringLiteral("%1%")};
        else
            spec.filters << ListFilter{c.key, within + stored + QStringLiteral(" = ?)"), {}};
        if (d.kind == Kind::Number || d.kind == Kind::Money || d.kind == Kind::Date) {
            spec.filters << ListFilter{c.key + QStringLiteral(":min"), within + stored + QStringLiteral(" >= ?)"), {}}
                         << ListFilter{c.key + QStringLiteral(":max"), within + stored + QStringLiteral(" <= ?)"), {}};
        }
    }
    return spec;
}

bool AttributeColumns::isAttributeColumn(const ListColumn& column)
{
    return column.key.startsWith(kPrefix);
}

QString AttributeColumns::keyOf(const QString& columnOrFilterKey)
{
    if (!columnOrFilterKey.startsWith(kPrefix))
        return {};
    return columnOrFilterKey.mid(kPrefix.size()).section(QLatin1Char(':'), 0, 0);
}

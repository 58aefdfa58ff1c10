#include "ListSpecBuilders.h"

#include "NameCollation.h"

namespace ListSpecBuilders {
ListColumn column(const char* key, const char* header, const QString& expression, ListColumn::Kind kind,
                  const QString& sortExpression)
{
    ListColumn c;
    c.key = QLatin1String(key);
    c.header = header;
    c.expression = expression;
    c.kind = kind;
    c.sortExpression = sortExpression;
    return c;
}

ListColumn named(const char* key, const char* header, const QString& expression)
{
    ListColumn c = column(key, header, expression, ListColumn::Kind::Text, expression);
    c.sortCollation = QLatin1String(NameCollation::name);
    return c;
}

ListColumn money(const char* key, const char* header, const QString& expression, const QString& currency)
{
    ListColumn c = column(key, header, expression, ListColumn::Kind::Money);
    c.currencyExpression = currency;
    return c;
}

ListColumn text(const char* key, const char* header, const QString& expression, bool sortable)
{
    return column(key, header, expression, ListColumn::Kind::Text, sortable ? expression : QString());
}

ListColumn phone(const char* key, const char* header, const QString& expression, bool sortable)
{
    ListColumn c = text(key, header, expression, sortable);
    c.form = ListColumn::Form::Phone;
    return c;
}

ListColumn lookup(const char* key, const char* header, const QString& expression, const QString& sortExpression,
                  bool translated)
{
    ListColumn c = column(key, header, expression, ListColumn::Kind::Lookup, sortExpression);
    if (translated)
        c.translationContext = "Lookup";
    return c;
}

ListFilter filter(const char* key, const QString& condition)
{
    return ListFilter{QLatin1String(key), condition, {}};
}
} // namespace ListSpecBuilders

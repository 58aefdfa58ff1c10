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

ListFilter filter(const char* key, const QString& condition)
{
    return ListFilter{QLatin1String(key), condition, {}};
}
} // namespace ListSpecBuilders

#include "SearchDialect.h"

namespace {
class SqliteSearchDialect final : public SearchDialect
{
public:
    QString indexedSubstring(const QString& alias, const QString& ftsTable, const QString&, const QString& text,
                             QVariantList* binds) const override
    {
        if (ftsTable.isEmpty() || text.size() < 3)
            return QString();
        // Trigram FTS5 matches any substring of three characters or more; quote it as one phrase.
        QString phrase = text;
        phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
        *binds << QString(QLatin1Char('"') + phrase + QLatin1Char('"'));
        return alias + QStringLiteral(".rowid IN (SELECT rowid FROM ") + ftsTable + QLatin1Char(' ') +
               QStringLiteral("WHERE ") + ftsTable + QStringLiteral(" MATCH ?)");
    }
    QString likeIgnoringCase(const QString& column) const override
    {
        return column + QStringLiteral(" LIKE ? ESCAPE '\\'");
    }
};

class PostgresSearchDialect final : public SearchDialect
{
public:
    QString indexedSubstring(const QString&, const QString&, const QString& trigramExpression, const QString& text,
                             QVariantList* binds) const override
    {
        if (trigramExpression.isEmpty())
            return QString();
        *binds << QString(QLatin1Char('%') + escapeLike(text) + QLatin1Char('%'));
        return trigramExpression + QStringLiteral(" ILIKE ?");
    }
    // A backslash is PostgreSQL's default LIKE escape.
    QString likeIgnoringCase(const QString& column) const override { return column + QStringLiteral(" ILIKE ?"); }
};
} // namespace

SearchDialect::~SearchDialect() = default;

const SearchDialect& SearchDialect::of(ConnectionSettings::Dialect dialect)
{
    static const SqliteSearchDialect sqlite;
    static const PostgresSearchDialect postgres;
    if (dialect == ConnectionSettings::Dialect::PostgreSQL)
        return postgres;
    return sqlite;
}

QString SearchDialect::escapeLike(QString term)
{
    term.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    term.replace(QLatin1Char('%'), QLatin1String("\\%"));
    term.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return term;
}

#include "SearchDialect.h"

#include "SearchKinds.h"

namespace {
constexpr qint64 kEntryMask = (qint64(1) << 40) - 1; // the entry_id part of a full-text rowid

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

    // FTS5 phrases: one per term, all required.
    static QString phrases(const QStringList& terms)
    {
        QStringList quoted;
        for (QString term : terms)
            quoted << QLatin1Char('"') + term.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        return quoted.join(QStringLiteral(" AND "));
    }
    QString globalSearch(const QStringList& substrings, const QStringList& tokens, const QStringList& scans,
                         const QString& kind, int limit, QVariantList* binds) const override
    {
        // The full-text tables' rowids are (kind number << 40) | entry_id (migration 0010): the kind is a rowid
        // range, which FTS5 seeks to. The first full-text table drives the query (it streams its matches in rowid
        // order, so LIMIT stops it early); the other one is asked about each of those rows (a rowid seek in its
        // match list, where a set of all its matches would read every row holding a common one-letter token).
        const SearchKind* found = SearchKinds::find(kind);
        const qint64 first = qint64(found ? found->number : 0) << 40;
        const qint64 last = first | kEntryMask;
        QString sql;
        QStringList where;
        const QString driver = !substrings.isEmpty() ? QStringLiteral("search_fts")
                               : !tokens.isEmpty()   ? QStringLiteral("search_short")
                                                     : QString();
        if (!driver.isEmpty()) {
            sql = QStringLiteral("SELECT si.record_id, si.title FROM %1 f JOIN search_index si ON si.entry_id = "
                                 "(f.rowid & %2)")
                      .arg(driver)
                      .arg(kEntryMask);
            where << driver + QStringLiteral(" MATCH ?") << QStringLiteral("f.rowid BETWEEN ? AND ?");
            *binds << phrases(driver == QLatin1String("search_fts") ? substrings : tokens) << first << last;
            if (!substrings.isEmpty() && !tokens.isEmpty()) {
                where << QStringLiteral("EXISTS (SELECT 1 FROM search_short s WHERE s.rowid = f.rowid AND "
                                        "search_short MATCH ?)");
                *binds << phrases(tokens);
            }
        } else {
            sql = QStringLiteral("SELECT si.record_id, si.title FROM search_index si");
            where << QStringLiteral("si.kind = ?");
            *binds << kind;
        }
        for (const QString& scan : scans) {
            where << QStringLiteral("instr(si.body, ?) > 0");
            *binds << scan;
        }
        *binds << limit;
        return sql + QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")) + QStringLiteral(" LIMIT ?");
    }
    QString searchIndexBytes() const override
    {
        return QStringLiteral("SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name = 'search_index' OR name LIKE "
                              "'search\\_fts%' ESCAPE '\\' OR name LIKE 'search\\_short%' ESCAPE '\\' OR name = "
                              "'ux_search_index_record'");
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

    QString globalSearch(const QStringList& substrings, const QStringList& tokens, const QStringList& scans,
                         const QString& kind, int limit, QVariantList* binds) const override
    {
        // body is folded and so are the terms: LIKE (not ILIKE) through the pg_trgm GIN index; the short tokens
        // through the GIN index on the grams' array.
        QStringList where{QStringLiteral("si.kind = ?")};
        *binds << kind;
        for (const QString& term : substrings + scans) {
            where << QStringLiteral("si.body LIKE ?");
            *binds << QString(QLatin1Char('%') + escapeLike(term) + QLatin1Char('%'));
        }
        if (!tokens.isEmpty()) {
            where << QStringLiteral("string_to_array(si.grams, ' ') @> string_to_array(?, ' ')");
            *binds << tokens.join(QLatin1Char(' '));
        }
        *binds << limit;
        return QStringLiteral("SELECT si.record_id, si.title FROM search_index si WHERE ") +
               where.join(QStringLiteral(" AND ")) + QStringLiteral(" LIMIT ?");
    }
    QString searchIndexBytes() const override
    {
        return QStringLiteral("SELECT pg_total_relation_size('search_index')");
    }
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

#pragma once

#include "ConnectionSettings.h"

#include <QString>
#include <QVariantList>

// Text search in the lists, as each dialect indexes it: a substring anywhere in a record through a search index
// (SQLite: an FTS5 trigram table; PostgreSQL: a pg_trgm index on an expression), otherwise LIKE over the searched
// columns. Asked through Database::searchDialect(); one stateless instance per dialect.
class SearchDialect
{
public:
    virtual ~SearchDialect();

    static const SearchDialect& of(ConnectionSettings::Dialect dialect);

    // A condition on the rows of table alias `alias` that finds `text` anywhere in them through the list's search
    // index of this dialect's kind (`ftsTable`: an FTS5 trigram table over the rowids; `trigramExpression`: an
    // expression with a pg_trgm index), its values appended to *binds. Empty when there is no such index or it
    // cannot serve this text (a trigram table needs three characters or more).
    virtual QString indexedSubstring(const QString& alias, const QString& ftsTable, const QString& trigramExpression,
                                     const QString& text, QVariantList* binds) const = 0;

    // `column` matching a bound LIKE pattern escaped by escapeLike(), ignoring case (SQLite: ASCII letters only).
    virtual QString likeIgnoringCase(const QString& column) const = 0;

    // `term` with the LIKE wildcards % and _ (and the escape character, a backslash) escaped.
    static QString escapeLike(QString term);
};

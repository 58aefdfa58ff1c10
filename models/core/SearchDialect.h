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

    // Global search (SearchIndex, GlobalSearch): the records of one kind whose search_index row holds every
    // term, as (record_id, title) rows, at most `limit`. Terms are folded already (SearchIndex::terms): substrings
    // (three characters or more) through the trigram index, tokens through the short-term index, scans by a
    // substring test of the rows the other terms left (or of the kind's rows when there are no others).
    virtual QString globalSearch(const QStringList& substrings, const QStringList& tokens, const QStringList& scans,
                                 const QString& kind, int limit, QVariantList* binds) const = 0;
    // A query giving one number: the bytes the global search index takes (its table, indexes, full-text tables).
    virtual QString searchIndexBytes() const = 0;
};

#include "GlobalSearch.h"

#include "Database.h"
#include "SearchIndex.h"
#include "SearchKinds.h"
#include "TextFolding.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

GlobalSearch::GlobalSearch(Database& db) : m_db(db) {}

QList<GlobalSearch::Group> GlobalSearch::find(const QString& text, const QStringList& kinds, int limit,
                                              QString* error) const
{
    QList<Group> groups;
    const SearchIndex::Terms terms = SearchIndex::terms(text);
    if (terms.isEmpty() || limit <= 0)
        return groups;
    QStringList wanted;
    for (const QString& kind : kinds) {
        if (const SearchKind* found = SearchKinds::find(kind))
            wanted << found->name;
    }
    for (const SearchKind& kind : SearchKinds::all()) {
        if (!kinds.isEmpty() && !wanted.contains(kind.name))
            continue;
        QVariantList binds;
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(
            m_db.searchDialect().globalSearch(terms.substrings, terms.tokens, terms.scans, kind.name, limit, &binds));
        for (const QVariant& bind : std::as_const(binds))
            q.addBindValue(bind);
        if (!q.exec()) {
            if (error)
                *error = m_db.describeError(q.lastError());
            return groups;
        }
        Group group{kind.name, SearchKinds::label(kind), {}};
        while (q.next())
            group.hits.append(Hit{kind.name, q.value(0).toString(), q.value(1).toString()});
        if (!group.hits.isEmpty())
            groups.append(group);
    }
    return groups;
}

QList<QPair<int, int>> GlobalSearch::highlights(const QString& title, const QString& text)
{
    // Fold the title character by character, so a place in the folded text maps back to the title.
    QString folded;
    QList<int> origin; // per character of folded: its character in title
    for (int i = 0; i < title.size(); ++i) {
        const int width = title.at(i).isHighSurrogate() && i + 1 < title.size() ? 2 : 1;
        const QString piece = TextFolding::fold(title.mid(i, width));
        for (int k = 0; k < piece.size(); ++k)
            origin << i;
        folded += piece;
        i += width - 1;
    }
    QList<bool> marked(title.size(), false);
    const SearchIndex::Terms terms = SearchIndex::terms(text);
    for (const QString& term : terms.substrings + terms.tokens + terms.scans) {
        for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
            const int first = origin.at(at);
            const int last = origin.at(at + int(term.size()) - 1);
            for (int i = first; i <= last; ++i)
                marked[i] = true;
            if (last + 1 < title.size() && title.at(last).isHighSurrogate())
                marked[last + 1] = true;
        }
    }
    QList<QPair<int, int>> ranges;
    for (int i = 0; i < title.size(); ++i) {
        if (!marked.at(i))
            continue;
        int end = i;
        while (end < title.size() && marked.at(end))
            ++end;
        ranges.append({i, end - i});
        i = end;
    }
    return ranges;
}

#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class Database;

// Global search (Ctrl+K, deskcrm-cli search): every searchable record kind (SearchKinds) at once, through the
// search index (SearchIndex says what a term finds). Whitespace separates terms, and a record must hold all of
// them. Each kind is one indexed query that stops at `limit`, so a one-character term over a million records
// answers as fast as a rare one.
class GlobalSearch
{
public:
    struct Hit
    {
        QString kind; // SearchKind::name
        QString id;
        QString title;
    };
    struct Group
    {
        QString kind;
        QString label; // the kind's heading in the user's language
        QList<Hit> hits;
    };

    explicit GlobalSearch(Database& db);

    // Up to `limit` hits of each kind among `kinds` (names or tables; empty: all), grouped in the registry's
    // order; kinds without hits are left out. Empty for a text without terms. *error set when a query failed.
    QList<Group> find(const QString& text, const QStringList& kinds = {}, int limit = 50,
                      QString* error = nullptr) const;

    // Where the terms of `text` appear in `title` (start, length in title's characters), for highlighting;
    // pinyin and phone-digit matches have no place in the title and give none.
    static QList<QPair<int, int>> highlights(const QString& title, const QString& text);

private:
    Database& m_db;
};

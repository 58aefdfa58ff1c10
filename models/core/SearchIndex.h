#pragma once

#include "ChangeSet.h"
#include "SearchKinds.h"

#include <QString>
#include <QStringList>

class Database;

// The global search index (table search_index, migration 0010): one row per live record of every SearchKind,
// with its title and its text in the folded, searchable form (TextFolding). Kept current by RecordWriter::commit,
// which hands apply() every row the transaction changed, so an insert, update, delete, restore or purge and its
// index row are one transaction; a bulk load that does not list its rows makes the kind be built again.
//
// The text's form, and therefore what a term finds, is decided here (terms()):
//   - a term of three characters or more: anywhere in the folded text, in the pinyin of the title's Chinese
//     (full spelling or initials: zhangwei, zw → 张伟) or in the digits of a phone number (trigram indexes)
//   - a term of one or two non-Latin characters (王, 张伟): anywhere in the text (character and pair tokens)
//   - a term of one or two Latin letters or digits (zw, 13): the start of a word, a pinyin spelling or initials
//     (zw → 张伟), or a phone number's digits
//   - any other short term (a letter next to a Chinese character, punctuation): anywhere, by a scan
class SearchIndex
{
public:
    struct Entry
    {
        QString title;
        QString body;
        QString grams;
        bool operator==(const Entry& other) const
        {
            return title == other.title && body == other.body && grams == other.grams;
        }
    };
    // The index row of a record: values holds the kind's textColumns in order, phones its phoneColumns' values.
    // Each field counts with its first 4,000 characters (a 1 MB note is found by its beginning).
    static Entry entry(const QString& title, const QStringList& values, const QStringList& phones);

    // What a search text asks for, folded and split into its whitespace-separated terms, each term once.
    struct Terms
    {
        QStringList substrings; // three characters or more
        QStringList tokens;     // one or two characters, looked up in grams
        QStringList scans;      // one or two characters that no token holds
        bool isEmpty() const { return substrings.isEmpty() && tokens.isEmpty() && scans.isEmpty(); }
    };
    static Terms terms(const QString& text);

    // Inside the writer's transaction: the index rows of the records `changes` touched brought up to date.
    static bool apply(Database& db, const ChangeSet& changes, QString* error);
    // Inside the caller's transaction: every index row of a kind (empty: of all kinds) made anew.
    static bool rebuild(Database& db, const QString& kind, QString* error);
    // After opening: builds the index in a transaction of its own when it is empty but records exist (a database
    // upgraded to schema 10). True when nothing needed doing.
    static bool buildIfMissing(Database& db, QString* error);
    // deskcrm-cli check: every live record has its row with the current text and there are no other rows.
    // Problems in the user's words; false only when the check itself could not run.
    static bool verify(const Database& db, QStringList* problems, QString* error);
};

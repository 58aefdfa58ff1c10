#pragma once

#include "DuplicateRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// Finds the saved customers or contacts a record looks like (DuplicateKeys' rules), to warn before it is saved.
// Two ways to ask: without load(), check() asks the database for just this record through indexes (the e-mail
// in lower case, the phone's digits, the name through the search index; a contact's name among its customer's
// contacts): an editor's one check. After load(), every live record's keys are in memory and check() answers
// without the database: an import's many checks, where add() also puts in the rows of the file already checked,
// so a file that holds the same customer twice is told too. DuplicateFinder scans through a loaded index.
class DuplicateIndex
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateIndex)

public:
    // entity: "customer" or "contact".
    DuplicateIndex(Database& db, const QString& entity);

    QString entity() const { return m_entity; }
    // Reads every live record once. False with a message when the database could not be read.
    bool load(QString* error);
    bool isLoaded() const { return m_loaded; }
    // Puts a record not in the database (yet) into a loaded index.
    void add(const DuplicateRecord& record);

    // The records `candidate` looks like, best match first; never the candidate itself (its id). An error of the
    // database leaves the list empty and sets *error when given.
    QList<DuplicateMatch> check(const DuplicateRecord& candidate, QString* error = nullptr) const;

private:
    friend class DuplicateFinder;

    struct Entry
    {
        DuplicateRecord record;
        QString email;
        QStringList phones;
        QString scope; // contacts: the customer; names are compared within one scope
        QString name;
    };
    Entry keyed(const DuplicateRecord& record) const;
    void insert(const Entry& entry);
    QString scopedName(const Entry& entry) const { return entry.scope + QChar(0x1f) + entry.name; }
    // The pair's reasons and name similarity.
    static DuplicateKeys::Reasons compare(const Entry& a, const Entry& b, int* similarity);
    QList<DuplicateMatch> checkLoaded(const Entry& candidate) const;
    QList<DuplicateMatch> checkDatabase(const Entry& candidate, QString* error) const;
    QString selectColumns() const;
    DuplicateRecord readRecord(const class QSqlQuery& q) const;
    QString phoneKey(const QString& text) const;

    Database& m_db;
    QString m_entity;
    QString m_table;
    bool m_loaded = false;
    QList<Entry> m_entries;
    QHash<QString, QList<int>> m_byEmail;
    QHash<QString, QList<int>> m_byPhone;
    QHash<QString, QList<int>> m_byName;         // scoped name key
    mutable QHash<QString, QString> m_phoneKeys; // raw text -> E.164: a scan meets the same numbers again
    mutable QStringList m_sortedNames;           // scoped keys, sorted; built on the first check of a loaded index
    mutable QStringList m_sortedReversed;        // the same keys written backwards, sorted
};

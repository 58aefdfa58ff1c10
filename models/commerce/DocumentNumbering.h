#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

class RecordWriter;
struct WriteResult;

// Document numbers ("Q2026-0001", "C2026-0042"): one counter row per kind in document_counters, updated first by the
// write that takes a number, which locks it until that write ends (PostgreSQL's row lock; SQLite's BEGIN IMMEDIATE
// lets one writer in at a time). Numbers are therefore unique and gap-free per year on one database: a write that
// rolls back gives its number back, and a second writer waits for the first and takes the next. The counter restarts
// at 1 when the year of `day` is later than the counter's year.
//
// The pattern is stored with the counter (shared by the whole team): {YYYY} the year, {YY} its last two digits,
// {N…} the number zero-padded to as many digits as there are N's (never cut); anything else is copied.
class DocumentNumbering
{
    Q_DECLARE_TR_FUNCTIONS(DocumentNumbering)

public:
    DocumentNumbering() = delete;

    // Inside the caller's write: the next number of `kind` ("quote", "contract") for `day`. Failed result on error.
    static WriteResult next(RecordWriter& writer, const QString& kind, const QDate& day, QString* number);
    // The pattern's text for one number.
    static QString format(const QString& pattern, int year, int number);
    // Changes the pattern of a kind (its own write). An invalid pattern (no {N}) is refused.
    static WriteResult setPattern(class Database& db, const QString& kind, const QString& pattern);
    static QString pattern(class Database& db, const QString& kind);
};

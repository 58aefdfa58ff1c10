#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtGlobal>

// One record read from a file being imported: its cells in the order of RowSource::headers(), and where it
// came from, for the row report a person reads ("line 14, column E-mail: …").
struct SourceRow
{
    // QString cells for text formats (CSV, vCard); typed cells from spreadsheets (QDate, QDateTime, double,
    // bool, QString) so a date typed as a date is never re-parsed from its display text. A missing cell is a
    // null QVariant.
    QVariantList cells;
    // Where the record starts: the physical line of a CSV file (a quoted field may span several), the row
    // number of a sheet, the line a vCard's BEGIN stands on.
    qint64 line = 0;
    // What is wrong with the record as a whole (a ragged row, a broken card); empty when nothing is. Such a
    // row is reported, never guessed at.
    QString problem;
};

// What every importable format reads as: a header and a stream of records. The import engine (models/transfer)
// validates a whole file before it writes anything, so it reads a source twice (rewind()); sources stream from
// the file and hold one record at a time, whatever the file's size.
class RowSource
{
public:
    virtual ~RowSource() = default;

    // The column names: a file's header row, or the fields a format defines (vCard).
    virtual QStringList headers() const = 0;
    // The next record into *row; false at the end of the data or when the file cannot be read on (then
    // error() says why and where).
    virtual bool next(SourceRow* row) = 0;
    // Why reading stopped before the end (an unterminated quote, a file that is not text, a read error),
    // translated; empty after a clean end.
    virtual QString error() const = 0;
    // Back to the first record, for the second pass.
    virtual bool rewind() = 0;
    // Progress: bytes of the file consumed so far and in all (0 when unknown).
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;
};

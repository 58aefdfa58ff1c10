#pragma once

#include "ImportSpec.h"
#include "RowSource.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class Database;

// One thing wrong with one row of a file, as the row report shows it.
struct ImportProblem
{
    qint64 line = 0; // where the record starts in the file (0: the file as a whole)
    QString column;  // the file's column header; empty for the record as a whole
    QString value;   // the cell as read
    QString problem; // translated
};

// What validating or importing came to. Counts are rows of the files; problems are listed up to kMaxProblems.
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    static constexpr int kMaxProblems = 10000;

    qint64 read = 0;               // records read
    qint64 valid = 0;              // records without a problem
    qint64 rejected = 0;           // records with one (not imported)
    qint64 inserted = 0;           // rows added
    qint64 updated = 0;            // existing rows changed (matched on the key)
    qint64 unchanged = 0;          // existing rows the file did not change
    QMap<QString, qint64> created; // entity -> rows made for references by name (create missing)
    QString fatal; // why nothing can be imported (unreadable file, undecided date order …); empty if none
    QList<ImportProblem> problems;
    // validate() only: valid customer or contact rows that look like records already saved or like earlier rows of
    // the file (DuplicateKeys' rules). Warnings: they are imported all the same. Files with a key are not checked
    // (their rows update what they match); up to kMaxDuplicateChecks rows are.
    QList<ImportProblem> duplicates;
    static constexpr qint64 kMaxDuplicateChecks = 100000;
    qint64 moreProblems = 0; // problems beyond kMaxProblems, counted only
    bool written = false;    // the transaction committed
    bool bulkLoaded = false; // some file went in through BulkLoad (indexes and summaries rebuilt once)
    bool cancelled = false;
    double seconds = 0;

    // Nothing wrong: every record valid, nothing fatal, not cancelled.
    bool ok() const { return fatal.isEmpty() && rejected == 0 && !cancelled; }
    void addProblem(const ImportProblem& problem);
    // The row report as CSV (UTF-8 with BOM, so spreadsheet programs read it): line, column, value, problem.
    QByteArray problemsCsv() const;
    bool saveProblems(const QString& path, QString* error) const;
};

// The import engine: files of rows (RowSource, any format) become rows of DeskCRM's tables, all of them in one
// transaction. Made for a wizard that drives it from a worker thread with its own connection (BackgroundConnection)
// as much as for deskcrm-cli:
//
//     CsvReader reader(path, {/* encoding, delimiter, header: detected unless given */});
//     reader.open();                                   // detect; reader.detected() for the wizard to show
//     ImportSpec spec;  spec.entity = "customers";     // map: spec.columns, or by header text when empty
//     Importer importer(db);
//     importer.addFile(spec, &reader);                 // several files: imported in order, one transaction
//     ImportReport checked = importer.validate();      // pass 1: every record checked, nothing written
//     ImportReport done = importer.run(Importer::Accept::AllRows);   // pass 1 again, then pass 2 writes
//
// Pass 1 reads every record and reports what is wrong (ImportReport::problems: line, column, value, problem) by the
// entity's field rules (required fields, lengths, e-mail shape, numbers, dates, money, choices, references by
// name). Pass 2 rewinds the sources and writes through RecordWriter::transact: new rows through RecordBatch (and
// BulkLoad when the load is large next to the table), rows matched on the spec's key through the writer's update
// (version bumped; unchanged rows are left alone), references created when the spec says so. Accept::AllRows writes
// only when every record is valid; GoodRowsOnly skips the bad ones. Cancel (setCancel), an error or a killed process
// leaves the database as it was: the transaction is rolled back, or never committed.
//
// Memory: one record at a time; caches of names looked up (bounded by the distinct names in the files) and, with a
// key, a 64-bit hash per record to find keys that repeat in the file.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    enum class Accept { AllRows, GoodRowsOnly };
    struct Progress
    {
        int pass = 1;        // 1 validating, 2 writing
        int file = 0;        // index of the file in addFile() order
        qint64 rows = 0;     // records of this file done in this pass
        qint64 position = 0; // bytes of the file consumed
        qint64 size = 0;     // bytes in the file
        double rowsPerSecond = 0;
    };
    using ProgressCallback = std::function<void(const Progress&)>;

    explicit Importer(Database& db);
    ~Importer();
    Q_DISABLE_COPY(Importer)

    // The source is not owned and must stay alive until run() returns.
    void addFile(const ImportSpec& spec, RowSource* source);
    void setProgress(ProgressCallback progress) { m_progress = std::move(progress); }
    // Checked between batches of rows; when set, the import stops and nothing is written.
    void setCancel(const std::atomic<bool>* cancel) { m_cancel = cancel; }
    // From this many new rows on (and at least as many as the table holds), indexes and summaries are set aside for
    // the load (BulkLoad).
    void setBulkLoadFrom(qint64 rows) { m_bulkLoadFrom = rows; }

    ImportReport validate();
    ImportReport run(Accept accept);

    // Per file, the columns that are mapped: file header -> field (after automatic mapping).
    QMap<QString, QString> mappedColumns(int file) const;

private:
    struct Step;
    class References;
    class RowPlan;

    bool validatePass(ImportReport* report, bool checkDuplicates = false);
    bool writePass(class RecordWriter& writer, Accept accept, ImportReport* report);
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    // Between batches of a pass: false (report->cancelled set) when the user cancelled, else tells the progress.
    bool checkpoint(int pass, int file, qint64 rows, const RowSource& source, const class QElapsedTimer& timer,
                    ImportReport* report);

    Database& m_db;
    std::vector<std::unique_ptr<Step>> m_steps;
    ProgressCallback m_progress;
    const std::atomic<bool>* m_cancel = nullptr;
    qint64 m_bulkLoadFrom = 20000;
};

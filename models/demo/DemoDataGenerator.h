#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>

class Database;

// Fills a migrated database with realistic, deterministic demo data (half Chinese, half English
// companies, people, cities and phone numbers): users in teams, tags, customers and, unless
// Options::activities is false, their contacts, follow-ups, opportunities with stage history, and
// tasks. Used by `deskcrm-cli demo`, the first-run dialog and the benchmarks. The whole generation is
// one transaction: it lands complete or not at all, and rows are written with batched multi-row
// INSERTs (and, for a big load, indexes and summaries built at the end) so a million customers stays
// practical.
class DemoDataGenerator
{
public:
    struct Options
    {
        qint64 customers = 200;
        quint64 seed = 1;       // same seed, same data (apart from the created_at of this run)
        bool activities = true; // contacts, follow-ups, opportunities, tasks; false = customers only
        // From this many customers on, the load drops the tables' secondary indexes and the report summary
        // triggers and rebuilds them at the end (BulkLoad): a big load into a small database is then
        // several times faster. Fewer customers go row by row. Tests set 0 to take the bulk path.
        qint64 bulkLoadFrom = 5000;
        // Called now and then with customers done so far; return false to cancel (everything is rolled back).
        std::function<bool(qint64 done, qint64 total)> progress;
    };

    explicit DemoDataGenerator(Database& db);
    Q_DISABLE_COPY(DemoDataGenerator)

    // False with a message on error or cancellation; the database is then unchanged.
    bool generate(const Options& options, QString* error);
    // Rows the last successful generate() wrote (customers and everything hanging off them).
    qint64 rowsWritten() const { return m_rowsWritten; }

private:
    Database& m_db;
    qint64 m_rowsWritten = 0;
};

#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>

class Database;

// Bulk data for `deskcrm-bench dashboard`: a sales database shaped for the report queries (50 reps in
// 5 teams, one customer per 10 opportunities, about 1.5 stage changes per opportunity, follow-ups and
// tasks) written with batched multi-row INSERTs in one transaction, through the same triggers the
// application fires, so the report summaries are built the way they are in real use. Deterministic
// for a seed. Not demo data for people (DemoDataGenerator is): names are plain and numbered.
class DashboardBenchData
{
public:
    struct Options
    {
        qint64 opportunities = 1000000;
        quint64 seed = 1;
        std::function<void(qint64 done, qint64 total)> progress; // opportunities written so far
    };

    explicit DashboardBenchData(Database& db);
    Q_DISABLE_COPY(DashboardBenchData)

    bool generate(const Options& options, QString* error);
    // Non-deleted opportunities already in the database (a benchmark reuses a filled database).
    qint64 opportunityCount(QString* error) const;
    // A bench rep with a team (the one `deskcrm-bench dashboard --as-lead` signs in as); empty when there is none.
    QString sampleUser(QString* error) const;

private:
    Database& m_db;
};

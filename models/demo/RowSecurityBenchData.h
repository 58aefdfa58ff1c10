#pragma once

#include <QString>
#include <QtGlobal>

class Database;

// Bulk data for `deskcrm-bench rls`: a sales organisation of 50 teams in two levels (5 regions of 9 teams) and
// 500 users (10 a team: a lead and 9 reps; each region's manager heads it), with customers spread evenly over the
// users, written with batched INSERTs in one transaction through the same triggers the program fires (the closure
// of who sees whom is built by them). Deterministic for a seed; names are plain and numbered.
class RowSecurityBenchData
{
public:
    struct Options
    {
        qint64 customers = 100000;
        quint64 seed = 1;
    };

    explicit RowSecurityBenchData(Database& db);
    Q_DISABLE_COPY(RowSecurityBenchData)

    bool generate(const Options& options, QString* error);
    // A rep of the bench organisation (a users row without a login yet) and how many customers they own; empty
    // when the database has no bench data.
    QString sampleRep(qint64* owned, QString* error) const;
    // The lead of one bench team of nine reps (not a region's manager) without a login yet; empty when there is none.
    QString sampleLead(QString* error) const;

private:
    Database& m_db;
};

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;

// What `deskcrm-cli check` and the settings page report about a database: is its schema the one
// this program expects, and is the data structurally sound (SQLite: integrity_check,
// foreign_key_check and the list search index; PostgreSQL: the tables, the search extension and that no
// index was left invalid; those checks are MaintenanceDialect's) and, on both, that the global search index
// holds every live record as it is (SearchIndex::verify) and that the campaign report's summaries match the deals
// (CampaignSummary::verify). Read-only: it never repairs or migrates.
class DatabaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)

public:
    struct Result
    {
        int schemaVersion = 0;  // the database's
        int programVersion = 0; // the newest this program knows
        QStringList passed;     // one line per check that found nothing wrong
        QStringList problems;   // one line per problem found, empty when healthy
        QStringList skipped;    // one line per check that could not run here, with the reason
        bool ok() const { return problems.isEmpty(); }
    };

    explicit DatabaseCheck(const Database& db);

    Result run() const;

private:
    void checkSchema(Result* result) const;
    void checkPipeline(Result* result) const;
    void checkSearchIndex(Result* result) const;      // SearchIndex::verify
    void checkDocuments(Result* result) const;        // DocumentCheck::verify (quotes and contracts, issue 13)
    void checkServiceSummaries(Result* result) const; // ServiceSummaries::verify (issue 14)
    void checkCampaignSummary(Result* result) const;  // CampaignSummary::verify (issue 15)

    const Database& m_db;
};

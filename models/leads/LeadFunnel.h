#pragma once

#include <QDate>
#include <QList>
#include <QString>

class Database;

// The lead funnel for the dashboard and reports: how many leads (created in a period) reached each screening stage —
// new → contacted → qualified → converted, a lead further on counting in every stage before — and the conversion
// rate (converted / all) by source and by rep. Disqualified leads count in "new" only (how far they got is not kept).
class LeadFunnel
{
public:
    struct Stage
    {
        QString status; // "new", "contacted", "qualified", "converted"
        int leads = 0;
    };
    struct Rate
    {
        QString id;   // source id or owner id; empty: none
        QString name; // the source's shown name (seeded names translated) or the rep's display name
        int leads = 0;
        int converted = 0;
        double rate() const { return leads > 0 ? double(converted) / leads : 0.0; }
    };
    struct Result
    {
        QList<Stage> stages; // in funnel order
        int disqualified = 0;
        QList<Rate> bySource; // most leads first
        QList<Rate> byRep;
    };

    // from/to: the created date range (either may be invalid: open). False with *error when the query fails.
    static bool compute(Database& db, const QDate& from, const QDate& to, Result* result, QString* error = nullptr);
};

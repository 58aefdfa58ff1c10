#pragma once

#include <QDate>
#include <QString>

// The period and the people every report and dashboard chart is restricted to. Shared by the
// dashboard page, the report documents and `deskcrm-cli report`, so all three show the same numbers.
struct ReportFilter
{
    QDate from;      // first day included; invalid = no lower bound
    QDate to;        // last day included; invalid = no upper bound
    QString teamId;  // users.team_id of the owner/author; empty = all teams
    QString ownerId; // users.id of the owner/author; empty = everybody (combined with teamId when both set)
    // Reporting currency (ISO 4217). Empty = ReportQueries::defaultCurrency(). Money figures are for this
    // currency ONLY; amounts in other currencies are never added in (see ReportQueries::otherCurrencies()).
    QString currency;
};

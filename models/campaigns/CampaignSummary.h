#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;

// The campaign report's summaries (migration 0024: report_campaign_credit, report_campaign_summary,
// report_campaign_counts), which its triggers keep current on every write, held against the figures computed from the
// deals themselves (CampaignReport::computeDirect) for every currency of a live deal and every attribution model.
// `deskcrm-cli check` runs it; ReportSummaries::rebuild() (`deskcrm-cli check --rebuild-summaries`, bulk loads)
// refills them. Read-only.
class CampaignSummary
{
    Q_DECLARE_TR_FUNCTIONS(CampaignSummary)

public:
    // False with *error when the check could not run; otherwise *problems lists what differs (empty: all matches).
    static bool verify(const Database& db, QStringList* problems, QString* error);
};

#include "CampaignSummary.h"

#include "CampaignReport.h"
#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
// What a report shows of one campaign (or of the unattributed deals), as text to compare and to name a difference.
QString figures(const CampaignReport::Row& row)
{
    return QStringLiteral("%1/%2/%3/%4/%5")
        .arg(row.leads)
        .arg(row.qualifiedLeads)
        .arg(row.opportunities)
        .arg(row.won)
        .arg(row.revenueMinor);
}
} // namespace

bool CampaignSummary::verify(const Database& db, QStringList* problems, QString* error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT currency FROM opportunities WHERE deleted_at IS NULL UNION "
                               "SELECT DISTINCT currency FROM report_campaign_summary ORDER BY 1"))) {
        if (error)
            *error = db.describeError(q.lastError());
        return false;
    }
    QStringList currencies;
    while (q.next())
        currencies << q.value(0).toString();
    q.finish();
    // The report only reads; it takes a Database& like every model.
    const CampaignReport report(const_cast<Database&>(db));
    for (const QString& currency : std::as_const(currencies)) {
        ReportFilter filter;
        filter.currency = currency;
        for (auto model :
             {CampaignReport::Model::FirstTouch, CampaignReport::Model::LastTouch, CampaignReport::Model::Linear}) {
            QString message;
            const CampaignReport::Result kept = report.compute(filter, model, &message);
            if (message.isEmpty()) {
                const CampaignReport::Result direct = report.computeDirect(filter, model, &message);
                if (message.isEmpty()) {
                    QStringList differ;
                    for (int i = 0; i < direct.campaigns.size() && i < kept.campaigns.size(); ++i) {
                        if (figures(direct.campaigns.at(i)) != figures(kept.campaigns.at(i)))
                            differ << direct.campaigns.at(i).name;
                    }
                    if (figures(direct.unattributed) != figures(kept.unattributed))
                        differ << direct.unattributed.name;
                    if (direct.totalWon != kept.totalWon || direct.totalWonMinor != kept.totalWonMinor)
                        differ << tr("the total");
                    if (!differ.isEmpty())
                        problems->append(
                            tr("The campaign report summary does not match the deals (%1, %2 attribution: %3); run "
                               "\"deskcrm-cli check --rebuild-summaries\".")
                                .arg(currency, CampaignReport::modelName(model), differ.join(QStringLiteral(", "))));
                }
            }
            if (!message.isEmpty()) {
                if (error)
                    *error = message;
                return false;
            }
        }
    }
    return true;
}

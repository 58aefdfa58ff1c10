#include "DatabaseCheck.h"

#include "CampaignSummary.h"
#include "Database.h"
#include "DocumentCheck.h"
#include "MaintenanceDialect.h"
#include "SchemaMigrator.h"
#include "SearchIndex.h"
#include "ServiceSummaries.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
// The tables schema v1 creates; a database missing one was damaged or made by something else.
const char* const kTables[] = {
    "users",     "teams",    "industries",      "lead_sources",  "interaction_channels", "interaction_types",
    "customers", "contacts", "pipeline_stages", "opportunities", "stage_history",        "interactions",
    "tasks",     "tags",     "customer_tags"};
} // namespace

DatabaseCheck::DatabaseCheck(const Database& db) : m_db(db) {}

DatabaseCheck::Result DatabaseCheck::run() const
{
    Result result;
    checkSchema(&result);
    m_db.maintenanceDialect().check(m_db.connection(), &result.passed, &result.problems, &result.skipped);
    if (result.schemaVersion > 0)
        checkPipeline(&result);
    checkSearchIndex(&result);
    checkDocuments(&result);
    checkServiceSummaries(&result);
    checkCampaignSummary(&result);
    return result;
}

void DatabaseCheck::checkSchema(Result* result) const
{
    const SchemaMigrator migrator(m_db);
    result->schemaVersion = migrator.currentVersion();
    result->programVersion = SchemaMigrator::latestVersion();
    if (result->schemaVersion > result->programVersion) {
        result->problems.append(tr("The schema version %1 is newer than this program (version %2): update DeskCRM.")
                                    .arg(result->schemaVersion)
                                    .arg(result->programVersion));
        return;
    }
    if (result->schemaVersion == 0) {
        result->problems.append(tr("The database has no DeskCRM schema: run \"deskcrm-cli init\"."));
        return;
    }
    if (result->schemaVersion < result->programVersion)
        result->problems.append(tr("The schema version %1 is older than this program's (version %2): opening it "
                                   "with DeskCRM or running \"deskcrm-cli init\" upgrades it.")
                                    .arg(result->schemaVersion)
                                    .arg(result->programVersion));
    else
        result->passed.append(tr("Schema version %1 matches this program.").arg(result->schemaVersion));

    const QStringList tables = m_db.connection().tables();
    QStringList missing;
    for (const char* table : kTables) {
        if (!tables.contains(QLatin1String(table)))
            missing.append(QLatin1String(table));
    }
    if (missing.isEmpty())
        result->passed.append(tr("All tables are present."));
    else
        result->problems.append(tr("Tables are missing: %1").arg(missing.join(QStringLiteral(", "))));
}

void DatabaseCheck::checkSearchIndex(Result* result) const
{
    if (result->schemaVersion < 10 || result->schemaVersion > result->programVersion)
        return; // no index yet, or not one this program knows
    QStringList problems;
    QString error;
    if (!SearchIndex::verify(m_db, &problems, &error))
        result->problems.append(tr("The search index check could not run: %1").arg(error));
    else if (problems.isEmpty())
        result->passed.append(tr("The search index holds every record as it is."));
    else
        result->problems.append(problems);
}

void DatabaseCheck::checkDocuments(Result* result) const
{
    if (result->schemaVersion < 18 || result->schemaVersion > result->programVersion)
        return; // no quotes and contracts yet
    QStringList problems;
    QString error;
    int checked = 0;
    if (!DocumentCheck::verify(m_db, &problems, &checked, &error))
        result->problems.append(tr("The quote and contract totals check could not run: %1").arg(error));
    else if (problems.isEmpty())
        result->passed.append(
            tr("The totals of %n quote(s) and contract(s) add up from their lines.", nullptr, checked));
    else
        result->problems.append(problems);
}

void DatabaseCheck::checkServiceSummaries(Result* result) const
{
    if (result->schemaVersion < 23 || result->schemaVersion > result->programVersion)
        return; // no service summaries yet
    QStringList problems;
    QString error;
    if (!ServiceSummaries::verify(m_db, &problems, &error))
        result->problems.append(tr("The service report summaries check could not run: %1").arg(error));
    else if (problems.isEmpty())
        result->passed.append(tr("The service report summaries add up from the tickets."));
    else
        result->problems.append(problems);
}

void DatabaseCheck::checkCampaignSummary(Result* result) const
{
    if (result->schemaVersion < 24 || result->schemaVersion > result->programVersion)
        return; // no campaign summaries yet
    QStringList problems;
    QString error;
    if (!CampaignSummary::verify(m_db, &problems, &error))
        result->problems.append(tr("The campaign summary check could not run: %1").arg(error));
    else if (problems.isEmpty())
        result->passed.append(tr("The campaign report's summaries match the deals under every attribution model."));
    else
        result->problems.append(problems);
}

void DatabaseCheck::checkPipeline(Result* result) const
{
    // Reports and the board need exactly one way to say "won" and one to say "lost".
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT SUM(CASE WHEN is_won THEN 1 ELSE 0 END), "
                               "SUM(CASE WHEN is_lost THEN 1 ELSE 0 END), COUNT(*) "
                               "FROM pipeline_stages WHERE deleted_at IS NULL")) ||
        !q.next()) {
        result->problems.append(tr("The pipeline check could not run: %1").arg(q.lastError().text()));
        return;
    }
    if (q.value(0).toInt() != 1 || q.value(1).toInt() != 1 || q.value(2).toInt() < 3)
        result->problems.append(tr("The sales pipeline needs open stages, one won stage and one lost stage."));
    else
        result->passed.append(
            tr("The sales pipeline has %n stage(s), one won and one lost.", nullptr, q.value(2).toInt()));
}

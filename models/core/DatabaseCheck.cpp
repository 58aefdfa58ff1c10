#include "DatabaseCheck.h"

#include "Database.h"
#include "SchemaMigrator.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
// The tables schema v1 creates; a database missing one was damaged or made by something else.
const char* const kTables[] = {"users", "teams", "industries", "lead_sources", "interaction_channels",
                               "interaction_types", "customers", "contacts", "pipeline_stages", "opportunities",
                               "stage_history", "interactions", "tasks", "tags", "customer_tags"};
// More lines than this from one check say nothing new; the count is given instead.
constexpr int kMaxReported = 20;
} // namespace

DatabaseCheck::DatabaseCheck(const Database& db) : m_db(db)
{
}

DatabaseCheck::Result DatabaseCheck::run() const
{
    Result result;
    checkSchema(&result);
    if (m_db.isSQLite())
        checkSQLite(&result);
    else
        checkPostgres(&result);
    if (result.schemaVersion > 0)
        checkPipeline(&result);
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

void DatabaseCheck::checkSQLite(Result* result) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        result->problems.append(tr("The integrity check could not run: %1").arg(q.lastError().text()));
    } else {
        QStringList messages;
        while (q.next())
            messages.append(q.value(0).toString());
        if (messages == QStringList{QStringLiteral("ok")})
            result->passed.append(tr("SQLite integrity check: ok."));
        else
            for (const QString& message : messages.mid(0, kMaxReported))
                result->problems.append(tr("SQLite integrity check: %1").arg(message));
    }

    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        result->problems.append(tr("The foreign key check could not run: %1").arg(q.lastError().text()));
    } else {
        int count = 0;
        while (q.next()) {
            // Columns: table, rowid, parent table, foreign key index.
            if (++count <= kMaxReported)
                result->problems.append(tr("Row %1 of %2 refers to a missing row of %3.")
                                            .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString()));
        }
        if (count == 0)
            result->passed.append(tr("Every reference between tables points to an existing row."));
        else if (count > kMaxReported)
            result->problems.append(tr("%n broken reference(s) in all.", nullptr, count));
    }

    if (m_db.connection().tables().contains(QStringLiteral("customers_fts"))) {
        // FTS5 compares its index with the customers table; a mismatch means search misses rows.
        if (q.exec(QStringLiteral("INSERT INTO customers_fts(customers_fts, rank) VALUES ('integrity-check', 1)")))
            result->passed.append(tr("The customer search index matches the customers."));
        else
            result->problems.append(tr("The customer search index does not match the customers (%1): rebuild it.")
                                        .arg(q.lastError().text()));
    }
}

void DatabaseCheck::checkPostgres(Result* result) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'")) || !q.next())
        result->problems.append(tr("The PostgreSQL extension pg_trgm, which customer search needs, is not installed."));
    else
        result->passed.append(tr("The search extension pg_trgm is installed."));

    // An index left invalid by an interrupted CREATE INDEX CONCURRENTLY is ignored by queries.
    if (!q.exec(QStringLiteral("SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                               "JOIN pg_namespace n ON n.oid = c.relnamespace "
                               "WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready) "
                               "ORDER BY c.relname"))) {
        result->problems.append(tr("The index check could not run: %1").arg(q.lastError().text()));
    } else {
        QStringList invalid;
        while (q.next())
            invalid.append(q.value(0).toString());
        if (invalid.isEmpty())
            result->passed.append(tr("Every index is valid."));
        else
            result->problems.append(tr("Invalid indexes (rebuild them with REINDEX): %1")
                                        .arg(invalid.join(QStringLiteral(", "))));
    }

    // Foreign keys created NOT VALID or disabled triggers let broken references in.
    if (!q.exec(QStringLiteral("SELECT conrelid::regclass::text, conname FROM pg_constraint "
                               "WHERE contype = 'f' AND NOT convalidated AND connamespace = "
                               "(SELECT oid FROM pg_namespace WHERE nspname = current_schema()) ORDER BY 1, 2"))) {
        result->problems.append(tr("The foreign key check could not run: %1").arg(q.lastError().text()));
    } else {
        QStringList unvalidated;
        while (q.next())
            unvalidated.append(q.value(0).toString() + QLatin1Char('.') + q.value(1).toString());
        if (unvalidated.isEmpty())
            result->passed.append(tr("Every foreign key is validated."));
        else
            result->problems.append(tr("Foreign keys not validated: %1").arg(unvalidated.join(QStringLiteral(", "))));
    }
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
        result->passed.append(tr("The sales pipeline has %n stage(s), one won and one lost.", nullptr,
                                 q.value(2).toInt()));
}

#include "RowSecurity.h"

#include "Database.h"
#include "RecordStore.h"
#include "RoleDialect.h"
#include "SchemaDialect.h"
#include "SearchKinds.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {
struct Mark
{
    RowSecurity::Coverage coverage;
    QString ownerColumn;
    RowSecurity::ParentLink parent;
    bool appendOnly = false;
    QString kindColumn{};   // Attached
    QString recordColumn{}; // Attached
    bool kindIsEntity = false;
    bool derived = false;  // written only by triggers
    QString alsoVisible{}; // Child: a condition under which every role reads the row as well
};

// The tables that are neither owned nor children of owned ones, and the two whose owner or parent the catalogue
// cannot tell (no owner_id column, no foreign key). Every other table is classified from the catalogue.
const QHash<QString, Mark>& marks()
{
    using C = RowSecurity::Coverage;
    static const QHash<QString, Mark> marks{
        {QStringLiteral("users"), {C::Directory, {}, {}}},
        {QStringLiteral("teams"), {C::Directory, {}, {}}},
        {QStringLiteral("industries"), {C::Lookup, {}, {}}},
        {QStringLiteral("lead_sources"), {C::Lookup, {}, {}}},
        {QStringLiteral("interaction_channels"), {C::Lookup, {}, {}}},
        {QStringLiteral("interaction_types"), {C::Lookup, {}, {}}},
        {QStringLiteral("pipeline_stages"), {C::Lookup, {}, {}}},
        {QStringLiteral("tags"), {C::Lookup, {}, {}}},
        {QStringLiteral("products"), {C::Lookup, {}, {}}},
        {QStringLiteral("payment_terms"), {C::Lookup, {}, {}}},
        {QStringLiteral("payment_term_lines"), {C::Lookup, {}, {}}},
        {QStringLiteral("roles"), {C::Settings, {}, {}}},
        {QStringLiteral("role_visibility"), {C::Settings, {}, {}}},
        {QStringLiteral("role_hidden_columns"), {C::Settings, {}, {}}},
        {QStringLiteral("schema_migrations"), {C::Settings, {}, {}}},
        {QStringLiteral("row_security_state"), {C::Settings, {}, {}}},
        {QStringLiteral("report_revenue_histogram"), {C::Aggregate, {}, {}}},
        {QStringLiteral("report_activity_summary"), {C::Owner, QStringLiteral("author_id"), {}}},
        {QStringLiteral("report_customer_revenue"),
         {C::Child, {}, {QStringLiteral("customer_id"), QStringLiteral("customers"), QStringLiteral("id")}}},
        // The campaign report (0024): one deal's credits follow the deal; a campaign's sums and counts follow the
        // campaign (whoever may see a campaign sees its results, nobody else does). The sums of the deals without a
        // campaign (the nil UUID) are a figure for everyone, like report_revenue_histogram.
        {QStringLiteral("report_campaign_credit"),
         {C::Child, {}, {QStringLiteral("opportunity_id"), QStringLiteral("opportunities"), QStringLiteral("id")}}},
        {QStringLiteral("report_campaign_summary"),
         {C::Child,
          {},
          {QStringLiteral("campaign_id"), QStringLiteral("campaigns"), QStringLiteral("id")},
          false,
          {},
          {},
          false,
          false,
          QStringLiteral("campaign_id = '00000000-0000-0000-0000-000000000000'::UUID")}},
        {QStringLiteral("report_campaign_counts"),
         {C::Child, {}, {QStringLiteral("campaign_id"), QStringLiteral("campaigns"), QStringLiteral("id")}}},
        {QStringLiteral("export_log"), {C::Owner, QStringLiteral("user_id"), {}, true}},
        {QStringLiteral("print_log"), {C::Owner, QStringLiteral("user_id"), {}, true}},
        {QStringLiteral("merge_log"), {C::Owner, QStringLiteral("created_by"), {}}},
        {QStringLiteral("search_index"), {C::Search, {}, {}}},
        {QStringLiteral("record_shares"), {C::Shares, {}, {}}},
        {QStringLiteral("visible_owner"), {C::Internal, {}, {}}},
        {QStringLiteral("lead_types"), {C::Lookup, {}, {}}},
        {QStringLiteral("assignment_rules"), {C::Lookup, {}, {}}},
        {QStringLiteral("assignment_rule_state"), {C::Lookup, {}, {}}}, // round-robin cursors any writer moves
        {QStringLiteral("attribute_definitions"), {C::Lookup, {}, {}}},
        {QStringLiteral("price_lists"), {C::Lookup, {}, {}}},
        {QStringLiteral("price_list_items"), {C::Lookup, {}, {}}},
        {QStringLiteral("document_counters"), {C::Lookup, {}, {}}}, // every writer of a numbered document counts
        {QStringLiteral("discount_limits"), {C::Settings, {}, {}}},
        {QStringLiteral("notification_state"), {C::Owner, QStringLiteral("user_id"), {}}},
        {QStringLiteral("audit_log"),
         {C::Attached, {}, {}, false, QStringLiteral("table_name"), QStringLiteral("row_id"), false, true}},
        {QStringLiteral("attribute_values"),
         {C::Attached, {}, {}, false, QStringLiteral("entity"), QStringLiteral("record_id"), true}},
        // Campaigns (0020): members and touches follow their campaign; competitors and what was seen of them are
        // shared knowledge like products; a deal's competitor links follow the deal.
        {QStringLiteral("campaign_members"),
         {C::Child, {}, {QStringLiteral("campaign_id"), QStringLiteral("campaigns"), QStringLiteral("id")}}},
        {QStringLiteral("campaign_touches"),
         {C::Child, {}, {QStringLiteral("campaign_id"), QStringLiteral("campaigns"), QStringLiteral("id")}}},
        {QStringLiteral("competitors"), {C::Lookup, {}, {}}},
        {QStringLiteral("competitor_observations"), {C::Lookup, {}, {}}},
        {QStringLiteral("opportunity_competitors"),
         {C::Child, {}, {QStringLiteral("opportunity_id"), QStringLiteral("opportunities"), QStringLiteral("id")}}},
        // Offline sync (0021): field versions, applied operation ids and conflicts, through SECURITY DEFINER functions.
        {QStringLiteral("sync_field_versions"), {C::Internal, {}, {}}},
        {QStringLiteral("sync_ops"), {C::Internal, {}, {}}},
        {QStringLiteral("sync_conflicts"), {C::Internal, {}, {}}},
        // Service (issue 14): the team's workflow, calendar and SLA settings.
        {QStringLiteral("ticket_workflow"), {C::Settings, {}, {}}},
        {QStringLiteral("business_calendars"), {C::Settings, {}, {}}},
        {QStringLiteral("business_hours"), {C::Settings, {}, {}}},
        {QStringLiteral("business_days"), {C::Settings, {}, {}}},
        {QStringLiteral("sla_policies"), {C::Settings, {}, {}}},
    };
    return marks;
}

bool exec(QSqlQuery& q, const QString& sql, QString* error)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = RowSecurity::tr("Cannot set up the users' permissions on the server: %1\n%2")
                     .arg(q.lastError().text(), sql.left(300));
    return false;
}

bool usesRowSecurity(RowSecurity::Coverage coverage)
{
    using C = RowSecurity::Coverage;
    return coverage == C::Owner || coverage == C::Child || coverage == C::Search || coverage == C::Shares ||
           coverage == C::Attached || coverage == C::Internal || coverage == C::Uncovered;
}

struct Role
{
    QString code;
    bool canWrite = false;
    bool administers = false;
};

const QString kShareUser = QStringLiteral("(SELECT deskcrm_session_user_id())");
} // namespace

QString RowSecurity::quotedIdentifier(const QString& name)
{
    QString inner = name;
    inner.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

QString RowSecurity::quotedLiteral(const QString& text)
{
    QString inner = text;
    inner.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + inner + QLatin1Char('\'');
}

namespace {
QString rolePrefix(const Database& db)
{
    QSqlQuery q(db.connection());
    QString name = q.exec(QStringLiteral("SELECT current_database()")) && q.next() ? q.value(0).toString()
                                                                                   : QStringLiteral("deskcrm");
    name = name.toLower();
    static const QRegularExpression other(QStringLiteral("[^a-z0-9_]"));
    name.replace(other, QStringLiteral("_"));
    return name.left(48);
}
} // namespace

QString RowSecurity::ownerRole(const Database& db)
{
    return rolePrefix(db) + QStringLiteral("_owner");
}

QString RowSecurity::groupRole(const Database& db, const QString& roleCode)
{
    return rolePrefix(db) + QLatin1Char('_') + roleCode;
}

QString RowSecurity::coverageName(Coverage coverage)
{
    switch (coverage) {
    case Coverage::Owner:
        return QStringLiteral("owner");
    case Coverage::Child:
        return QStringLiteral("child");
    case Coverage::Directory:
        return QStringLiteral("directory");
    case Coverage::Lookup:
        return QStringLiteral("lookup");
    case Coverage::Settings:
        return QStringLiteral("settings");
    case Coverage::Aggregate:
        return QStringLiteral("aggregate");
    case Coverage::Search:
        return QStringLiteral("search");
    case Coverage::Shares:
        return QStringLiteral("shares");
    case Coverage::Attached:
        return QStringLiteral("attached");
    case Coverage::Internal:
        return QStringLiteral("internal");
    case Coverage::Uncovered:
        break;
    }
    return QStringLiteral("uncovered");
}

QList<RowSecurity::Table> RowSecurity::tables(const Database& db, QString* error)
{
    QList<Table> result;
    if (!RoleDialect::of(db.dialect()).serverRoles())
        return result;
    QSqlQuery q(db.connection());
    // The schema's own tables (an extension's are its own business), with their columns.
    if (!exec(q,
              QStringLiteral("SELECT c.relname, a.attname, a.attnotnull, a.atttypid = 'uuid'::regtype FROM pg_class c "
                             "JOIN pg_namespace n ON n.oid = c.relnamespace "
                             "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
                             "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition "
                             "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e') "
                             "ORDER BY c.relname, a.attnum"),
              error))
        return result;
    QMap<QString, QHash<QString, bool>> columns; // table -> column -> NOT NULL
    QSet<QString> uuidIds;
    while (q.next()) {
        columns[q.value(0).toString()].insert(q.value(1).toString(), q.value(2).toBool());
        if (q.value(1).toString() == QLatin1String("id") && q.value(3).toBool())
            uuidIds.insert(q.value(0).toString());
    }
    QList<SchemaDialect::ForeignKey> keys;
    if (!db.schemaDialect().foreignKeys(db.connection(), &keys, error))
        return result;

    QMap<QString, Table> byName;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        Table table;
        table.name = it.key();
        table.hasId = it.value().contains(QStringLiteral("id"));
        table.hasVersion = it.value().contains(QStringLiteral("version"));
        table.uuidId = uuidIds.contains(table.name);
        table.derived = table.name.startsWith(QLatin1String("report_"));
        const auto mark = marks().constFind(table.name);
        if (mark != marks().cend()) {
            table.coverage = mark->coverage;
            table.ownerColumn = mark->ownerColumn;
            table.appendOnly = mark->appendOnly;
            table.kindColumn = mark->kindColumn;
            table.recordColumn = mark->recordColumn;
            table.kindIsEntity = mark->kindIsEntity;
            table.derived = table.derived || mark->derived;
            table.alsoVisible = mark->alsoVisible;
            if (!mark->parent.table.isEmpty())
                table.parents << mark->parent;
        } else if (it.value().contains(QStringLiteral("owner_id"))) {
            table.coverage = Coverage::Owner;
            table.ownerColumn = QStringLiteral("owner_id");
        }
        byName.insert(table.name, table);
    }
    // Children: a table with a foreign key to an owned table (or to a child, and so on) follows it. NOT NULL keys
    // name the parent when there are any (a follow-up belongs to its customer, whatever deal it also names).
    for (bool changed = true; changed;) {
        changed = false;
        for (Table& table : byName) {
            if (table.coverage != Coverage::Uncovered)
                continue;
            QList<ParentLink> required;
            QList<ParentLink> optional;
            for (const SchemaDialect::ForeignKey& key : keys) {
                if (key.table != table.name || key.referencedTable == table.name)
                    continue;
                const Coverage parent = byName.value(key.referencedTable).coverage;
                if (parent != Coverage::Owner && parent != Coverage::Child)
                    continue;
                const ParentLink link{key.column, key.referencedTable, key.referencedColumn};
                (columns.value(table.name).value(key.column) ? required : optional) << link;
            }
            if (required.isEmpty() && optional.isEmpty())
                continue;
            table.coverage = Coverage::Child;
            table.parents = required.isEmpty() ? optional : required;
            changed = true;
        }
    }
    return byName.values();
}

bool RowSecurity::isInstalled(const Database& db)
{
    if (!RoleDialect::of(db.dialect()).serverRoles())
        return false;
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT fingerprint FROM row_security_state WHERE id = 1")) && q.next() &&
           !q.value(0).toString().isEmpty();
}

bool RowSecurity::ensure(Database& db, QString* error)
{
    if (!RoleDialect::of(db.dialect()).serverRoles())
        return true;
    QSqlQuery q(db.connection());
    // Before anything else: a role that may not create roles cannot install anything, so it changes nothing.
    bool superuser = false;
    if (!exec(q, QStringLiteral("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user"), error))
        return false;
    if (!q.next() || !(q.value(0).toBool() || q.value(1).toBool()))
        return true;
    superuser = q.value(0).toBool();
    q.finish();

    Transaction tx(db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return false;
    }
    if (!db.sqlDialect().schemaUpgradeLock().isEmpty() && !exec(q, db.sqlDialect().schemaUpgradeLock(), error))
        return false;

    QString catalogueError;
    const QList<Table> all = tables(db, &catalogueError);
    if (!catalogueError.isEmpty()) {
        if (error)
            *error = catalogueError;
        return false;
    }
    QList<Role> roles;
    if (!exec(q, QStringLiteral("SELECT code, can_write, can_administer_users FROM roles ORDER BY sort_order, code"),
              error))
        return false;
    while (q.next())
        roles.append({q.value(0).toString(), q.value(1).toBool(), q.value(2).toBool()});
    QHash<QString, QString> levels; // "role/entity" -> own, team, all
    if (!exec(q, QStringLiteral("SELECT role_code, entity, level FROM role_visibility"), error))
        return false;
    while (q.next())
        levels.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString(), q.value(2).toString());
    QHash<QString, QStringList> hidden; // "role/table" -> columns
    if (!exec(q, QStringLiteral("SELECT role_code, table_name, column_name FROM role_hidden_columns"), error))
        return false;
    while (q.next())
        hidden[q.value(0).toString() + QLatin1Char('/') + q.value(1).toString()] << q.value(2).toString();
    QHash<QString, QStringList> tableColumns;
    if (!exec(
            q,
            QStringLiteral("SELECT c.relname, a.attname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                           "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
                           "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY a.attnum"),
            error))
        return false;
    while (q.next())
        tableColumns[q.value(0).toString()] << q.value(1).toString();
    QStringList views;
    QStringList functions;
    QSet<QString> triggerFunctions;
    if (!exec(q,
              QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                             "WHERE n.nspname = current_schema() AND c.relkind = 'v' "
                             "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e') "
                             "ORDER BY 1"),
              error))
        return false;
    while (q.next())
        views << q.value(0).toString();
    if (!exec(q,
              QStringLiteral("SELECT p.oid::regprocedure::text, p.prorettype = 'trigger'::regtype FROM pg_proc p "
                             "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = current_schema() "
                             "AND p.prokind = 'f' "
                             "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') "
                             "ORDER BY 1"),
              error))
        return false;
    while (q.next()) {
        functions << q.value(0).toString();
        if (q.value(1).toBool())
            triggerFunctions.insert(q.value(0).toString());
    }
    QString schema;
    if (!exec(q, QStringLiteral("SELECT current_schema()"), error) || !q.next())
        return false;
    schema = q.value(0).toString();

    const QString owner = ownerRole(db);
    const QString ownerQ = quotedIdentifier(owner);
    QStringList script;
    const auto createRole = [&](const QString& name) {
        script << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) THEN "
                                 "CREATE ROLE %2 NOLOGIN NOBYPASSRLS; END IF; END $$")
                      .arg(quotedLiteral(name), quotedIdentifier(name));
    };
    createRole(owner);
    if (!superuser)
        script << QStringLiteral("GRANT %1 TO CURRENT_USER").arg(ownerQ);
    for (const Role& role : roles) {
        const QString group = groupRole(db, role.code);
        createRole(group);
        script << QStringLiteral("UPDATE roles SET db_group = %1 WHERE code = %2")
                      .arg(quotedLiteral(group), quotedLiteral(role.code));
        // Administrators own the schema through the owner role, so their start-up can run later migrations.
        // pg_signal_backend: deactivating a user ends their open sessions at once.
        if (role.administers) {
            script << QStringLiteral("GRANT %1 TO %2").arg(ownerQ, quotedIdentifier(group));
            if (superuser)
                script << QStringLiteral("GRANT pg_signal_backend TO %1").arg(quotedIdentifier(group));
        }
    }
    for (const QString& function : functions) {
        script << QStringLiteral("ALTER FUNCTION %1 OWNER TO %2").arg(function, ownerQ);
        // Triggers keep summaries and logs whole whoever changes a row: they run as the owner, who sees every row.
        // Any other function runs as its caller (DeskCRM's own deskcrm_* helpers excepted, which return only the
        // caller's own reach): a function must not become a way around the policies.
        if (triggerFunctions.contains(function))
            script << QStringLiteral("ALTER FUNCTION %1 SECURITY DEFINER SET search_path = %2, pg_temp")
                          .arg(function, quotedIdentifier(schema));
        else if (!function.startsWith(QLatin1String("deskcrm_")))
            script << QStringLiteral("ALTER FUNCTION %1 SECURITY INVOKER").arg(function);
    }
    for (const QString& view : views) {
        // A view reads as whoever queries it (PostgreSQL 15), not as its owner, so it shows no more than the tables.
        script << QStringLiteral("ALTER VIEW %1 OWNER TO %2").arg(quotedIdentifier(view), ownerQ);
        script << QStringLiteral("ALTER VIEW %1 SET (security_invoker = true)").arg(quotedIdentifier(view));
        script << QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC").arg(quotedIdentifier(view));
        for (const Role& role : roles)
            script << QStringLiteral("GRANT SELECT ON %1 TO %2")
                          .arg(quotedIdentifier(view), quotedIdentifier(groupRole(db, role.code)));
    }

    const auto level = [&](const QString& role, const QString& table) {
        return levels.value(role + QLatin1Char('/') + table,
                            levels.value(role + QStringLiteral("/*"), QStringLiteral("own")));
    };
    // The condition under which a group's members see a row of table at a visibility level.
    const auto visible = [&](const Table& table, const QString& reach) -> QString {
        const QString t = quotedIdentifier(table.name);
        switch (table.coverage) {
        case Coverage::Owner: {
            QString condition = QStringLiteral("%1 = ANY ((SELECT deskcrm_visible_owners(%2))::UUID[])")
                                    .arg(quotedIdentifier(table.ownerColumn), quotedLiteral(reach));
            if (table.hasId && !table.derived)
                condition += QStringLiteral(" OR id = ANY ((SELECT deskcrm_shared_ids(%1))::UUID[])")
                                 .arg(quotedLiteral(table.name));
            return condition;
        }
        case Coverage::Child: {
            QStringList any;
            for (const ParentLink& link : table.parents)
                any << QStringLiteral("EXISTS (SELECT 1 FROM %1 p WHERE p.%2 = %3.%4)")
                           .arg(quotedIdentifier(link.table), quotedIdentifier(link.referencedColumn), t,
                                quotedIdentifier(link.column));
            if (!table.alsoVisible.isEmpty())
                any << QStringLiteral("(%1)").arg(table.alsoVisible);
            return any.join(QStringLiteral(" OR "));
        }
        case Coverage::Search: {
            QStringList cases;
            for (const SearchKind& kind : SearchKinds::all()) {
                if (!tableColumns.contains(kind.table))
                    continue;
                cases << QStringLiteral("WHEN %1 THEN EXISTS (SELECT 1 FROM %2 p WHERE p.id = %3.record_id)")
                             .arg(quotedLiteral(kind.name), quotedIdentifier(kind.table), t);
            }
            return cases.isEmpty() ? QStringLiteral("false")
                                   : QStringLiteral("CASE kind %1 ELSE false END").arg(cases.join(QLatin1Char(' ')));
        }
        case Coverage::Attached: {
            // The record's own policy decides; a record of a table everyone reads is visible, anything else is not.
            QHash<QString, QString> kinds; // table -> the value kindColumn holds for it
            if (table.kindIsEntity) {
                for (const QString& entity : RecordStore::entities())
                    kinds.insert(RecordStore::tableOf(entity), entity);
            }
            QStringList cases;
            for (const Table& target : all) {
                const QString kind = table.kindIsEntity ? kinds.value(target.name) : target.name;
                if (kind.isEmpty() || !target.hasId || target.name == table.name)
                    continue;
                if (target.coverage == Coverage::Owner || target.coverage == Coverage::Child) {
                    if (!target.uuidId)
                        continue;
                    cases << QStringLiteral("WHEN %1 THEN EXISTS (SELECT 1 FROM %2 p WHERE p.id = CAST(%3.%4 AS UUID))")
                                 .arg(quotedLiteral(kind), quotedIdentifier(target.name), t,
                                      quotedIdentifier(table.recordColumn));
                } else if (!usesRowSecurity(target.coverage)) {
                    cases << QStringLiteral("WHEN %1 THEN true").arg(quotedLiteral(kind));
                }
            }
            return cases.isEmpty() ? QStringLiteral("false")
                                   : QStringLiteral("CASE %1 %2 ELSE false END")
                                         .arg(quotedIdentifier(table.kindColumn), cases.join(QLatin1Char(' ')));
        }
        case Coverage::Shares:
            return QStringLiteral(
                       "user_id = %1 OR created_by = %1 OR team_id = (SELECT team_id FROM users WHERE id = %1)")
                .arg(kShareUser);
        default:
            return QStringLiteral("false");
        }
    };

    for (const Table& table : all) {
        const QString t = quotedIdentifier(table.name);
        script << QStringLiteral("ALTER TABLE %1 OWNER TO %2").arg(t, ownerQ);
        script << QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC").arg(t);
        const bool rls = usesRowSecurity(table.coverage);
        if (rls) {
            script << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t);
            script << QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(t);
            script << QStringLiteral("CREATE POLICY deskcrm_owner_all ON %1 TO %2 USING (true) WITH CHECK (true)")
                          .arg(t, ownerQ);
        } else {
            script << QStringLiteral("ALTER TABLE %1 NO FORCE ROW LEVEL SECURITY").arg(t);
            script << QStringLiteral("ALTER TABLE %1 DISABLE ROW LEVEL SECURITY").arg(t);
        }
        for (const Role& role : roles) {
            const QString group = quotedIdentifier(groupRole(db, role.code));
            script << QStringLiteral("REVOKE ALL ON %1 FROM %2").arg(t, group);
            if (table.coverage == Coverage::Uncovered)
                continue; // fail closed: no privileges until someone decides
            if (table.coverage == Coverage::Internal && !role.administers)
                continue;
            QStringList privileges{QStringLiteral("SELECT")};
            const bool editable = table.coverage == Coverage::Owner || table.coverage == Coverage::Child ||
                                  table.coverage == Coverage::Lookup || table.coverage == Coverage::Search ||
                                  table.coverage == Coverage::Shares || table.coverage == Coverage::Attached;
            if (role.administers) {
                privileges << QStringLiteral("INSERT") << QStringLiteral("UPDATE") << QStringLiteral("DELETE");
            } else if (table.appendOnly) {
                privileges << QStringLiteral("INSERT");
            } else if (role.canWrite && editable && !table.derived) {
                privileges << QStringLiteral("INSERT") << QStringLiteral("UPDATE") << QStringLiteral("DELETE");
            }
            const QStringList hiddenColumns = hidden.value(role.code + QLatin1Char('/') + table.name);
            for (const QString& privilege : privileges) {
                if (privilege == QLatin1String("SELECT") && !hiddenColumns.isEmpty()) {
                    QStringList shown;
                    for (const QString& column : tableColumns.value(table.name))
                        if (!hiddenColumns.contains(column))
                            shown << quotedIdentifier(column);
                    script << QStringLiteral("GRANT SELECT (%1) ON %2 TO %3")
                                  .arg(shown.join(QStringLiteral(", ")), t, group);
                } else {
                    script << QStringLiteral("GRANT %1 ON %2 TO %3").arg(privilege, t, group);
                }
            }
            if (!rls)
                continue;
            const QString reach = level(role.code, table.name);
            const QString condition =
                role.administers || reach == QLatin1String("all")
                    ? QStringLiteral("true")
                    : visible(table, reach == QLatin1String("team") ? QStringLiteral("team") : QStringLiteral("own"));
            const QString policy = quotedIdentifier(QStringLiteral("deskcrm_") + role.code);
            script << QStringLiteral("CREATE POLICY %1 ON %2 TO %3 USING (%4) WITH CHECK (%4)")
                          .arg(policy, t, group, condition);
            // What the policy is, for VisibleOwners to mirror without reading the condition's text back: an owner
            // policy's column, reach and whether shares count ("owner owner_id team shares").
            if (table.coverage == Coverage::Owner && condition != QLatin1String("true"))
                script << QStringLiteral("COMMENT ON POLICY %1 ON %2 IS %3")
                              .arg(policy, t,
                                   quotedLiteral(QStringLiteral("owner %1 %2%3")
                                                     .arg(table.ownerColumn,
                                                          reach == QLatin1String("team") ? QStringLiteral("team")
                                                                                         : QStringLiteral("own"),
                                                          table.hasId && !table.derived ? QStringLiteral(" shares")
                                                                                        : QString())));
        }
    }

    const QString fingerprint = QString::fromLatin1(
        QCryptographicHash::hash(script.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256).toHex());
    if (!exec(q, QStringLiteral("SELECT fingerprint FROM row_security_state WHERE id = 1"), error))
        return false;
    if (q.next() && q.value(0).toString() == fingerprint) {
        q.finish();
        if (!tx.commit()) {
            if (error)
                *error = tx.error();
            return false;
        }
        return true;
    }

    // What an earlier run installed goes first: policies are made anew from the catalogue as it is now.
    QStringList drops;
    if (!exec(q,
              QStringLiteral("SELECT policyname, tablename FROM pg_policies WHERE schemaname = current_schema() "
                             "ORDER BY tablename, policyname"),
              error))
        return false;
    while (q.next())
        drops << QStringLiteral("DROP POLICY %1 ON %2")
                     .arg(quotedIdentifier(q.value(0).toString()), quotedIdentifier(q.value(1).toString()));
    // Users whose login role exists get their role's group (and no other DeskCRM group).
    QStringList memberships;
    if (!exec(q,
              QStringLiteral("SELECT r.rolname, u.role, ARRAY(SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g "
                             "ON g.oid = m.roleid WHERE m.member = r.oid) FROM users u JOIN pg_roles r "
                             "ON r.rolname = COALESCE(u.db_role, u.username) WHERE NOT r.rolsuper AND r.rolcanlogin"),
              error))
        return false;
    while (q.next()) {
        const QString login = quotedIdentifier(q.value(0).toString());
        const QString groups = q.value(2).toString(); // {a,b}: enough to tell membership of our own names
        for (const Role& role : roles) {
            const QString name = groupRole(db, role.code);
            const bool member = groups.contains(
                QRegularExpression(QStringLiteral("[{,\"]%1[}\",]").arg(QRegularExpression::escape(name))));
            if (role.code == q.value(1).toString() && !member)
                memberships << QStringLiteral("GRANT %1 TO %2").arg(quotedIdentifier(name), login);
            else if (role.code != q.value(1).toString() && member)
                memberships << QStringLiteral("REVOKE %1 FROM %2").arg(quotedIdentifier(name), login);
        }
    }
    for (const QString& statement : drops + script + memberships) {
        if (!exec(q, statement, error))
            return false;
    }
    q.prepare(QStringLiteral("UPDATE row_security_state SET fingerprint = ?, installed_at = now() WHERE id = 1"));
    q.addBindValue(fingerprint);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

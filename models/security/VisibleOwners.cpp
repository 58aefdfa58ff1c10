#include "VisibleOwners.h"

#include "Database.h"
#include "RoleDialect.h"

#include <QSqlQuery>
#include <QStringList>

namespace {
// "{a,b}" as PostgreSQL writes a UUID[] -> its elements.
QStringList elements(const QString& array)
{
    QString inner = array.trimmed();
    if (inner.startsWith(QLatin1Char('{')))
        inner = inner.mid(1);
    if (inner.endsWith(QLatin1Char('}')))
        inner.chop(1);
    return inner.isEmpty() ? QStringList() : inner.split(QLatin1Char(','));
}
} // namespace

bool VisibleOwners::condition(const Database& db, const QString& table, const QString& alias, QStringList* conditions,
                              QVariantList* binds)
{
    if (!RoleDialect::of(db.dialect()).serverRoles())
        return false;
    // The policy RowSecurity::ensure installed for the user's role on the table: only an owner policy on owner_id
    // (reach 'own' or 'team', shares where it names them) is mirrored; 'true' and every other kind add nothing, and
    // so does a role that no policy binds (the server's superuser).
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // pg_policy itself, not the pg_policies view: only this role's policy is deparsed (pgbench on the bench database:
    // about half the time of the same question through the view).
    q.prepare(QStringLiteral(
        "SELECT CAST(deskcrm_visible_owners(CASE WHEN p.qual LIKE '%deskcrm_visible_owners(''team''%' THEN 'team' "
        "ELSE 'own' END) AS TEXT), CASE WHEN p.qual LIKE '%deskcrm_shared_ids(%' THEN CAST(deskcrm_shared_ids(?) "
        "AS TEXT) END FROM (SELECT pg_get_expr(pol.polqual, pol.polrelid) AS qual FROM pg_policy pol "
        "JOIN users u ON pol.polname = 'deskcrm_' || u.role WHERE pol.polrelid = to_regclass(?) "
        "AND u.id = deskcrm_session_user_id()) p "
        "WHERE p.qual ~ '^[(]+owner_id = ANY ' AND p.qual LIKE '%deskcrm_visible_owners(%' "
        "AND NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = current_user AND (r.rolsuper OR r.rolbypassrls))"));
    q.addBindValue(table);
    q.addBindValue(table);
    if (!q.exec() || !q.next())
        return false;
    const QStringList owners = elements(q.value(0).toString());
    const QStringList shared = elements(q.value(1).toString());
    // The planner assumes ten owners for the policy's array. With as many or more (a team lead's team) it does not
    // think them rarer than they are, and walking the name index finds a page soon; a condition of ours would only
    // be multiplied with the policy's estimate into a few hundred rows, and the planner would sort the whole team's
    // customers instead (the lead's page query on the 1,000,000-customer bench database: 240 ms with it, 15-21 ms
    // without; EXPLAIN ANALYZE on a loaded machine).
    if (owners.size() >= 10)
        return false;
    const QString owner = alias + QStringLiteral(".owner_id");
    if (shared.isEmpty() && owners.size() == 1) {
        // A rep's own records: an equality the owner index seeks, estimated like any filter by owner.
        *conditions << owner + QStringLiteral(" = ?");
        *binds << owners.first();
    } else if (shared.isEmpty()) {
        *conditions << owner + QStringLiteral(" = ANY(CAST(? AS UUID[]))");
        *binds << q.value(0).toString();
    } else {
        *conditions
            << QStringLiteral("(%1 = ANY(CAST(? AS UUID[])) OR %2.id = ANY(CAST(? AS UUID[])))").arg(owner, alias);
        *binds << q.value(0).toString() << q.value(1).toString();
    }
    return true;
}

#include "VisibleOwners.h"

#include "Database.h"
#include "RoleDialect.h"

#include <QRegularExpression>
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
    // The policy RowSecurity::ensure installed for the user's role on the table, as its comment describes it
    // ("owner owner_id team shares"): only owner policies are mirrored; 'true' and every other kind carry no such
    // comment and add nothing, and neither does a role that no policy binds (the server's superuser).
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT d.description FROM pg_policy pol JOIN users u ON pol.polname = 'deskcrm_' || u.role "
        "JOIN pg_description d ON d.objoid = pol.oid AND d.classoid = 'pg_policy'::regclass "
        "WHERE pol.polrelid = to_regclass(?) AND u.id = deskcrm_session_user_id() AND d.description LIKE 'owner %' "
        "AND NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = current_user AND (r.rolsuper OR r.rolbypassrls))"));
    q.addBindValue(table);
    if (!q.exec() || !q.next())
        return false;
    const QStringList policy = q.value(0).toString().split(QLatin1Char(' '));
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    if (policy.size() < 3 || !identifier.match(policy.at(1)).hasMatch())
        return false;
    const QString column = policy.at(1);
    const QString reach = policy.at(2) == QLatin1String("team") ? QStringLiteral("team") : QStringLiteral("own");
    const bool shares = policy.contains(QStringLiteral("shares"));
    q.prepare(shares ? QStringLiteral("SELECT CAST(deskcrm_visible_owners(?) AS TEXT), "
                                      "CAST(deskcrm_shared_ids(?) AS TEXT)")
                     : QStringLiteral("SELECT CAST(deskcrm_visible_owners(?) AS TEXT), NULL"));
    q.addBindValue(reach);
    if (shares)
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
    const QString owner = alias + QLatin1Char('.') + column;
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

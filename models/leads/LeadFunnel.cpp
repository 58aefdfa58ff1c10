#include "LeadFunnel.h"

#include "Database.h"
#include "LookupModel.h"
#include "SqlValues.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

bool LeadFunnel::compute(Database& db, const QDate& from, const QDate& to, Result* result, QString* error)
{
    *result = Result();
    // One pass over the leads of the period, grouped; everything else is added up here.
    QString sql = QStringLiteral(
        "SELECT l.source_id, s.code, s.name, l.owner_id, u.display_name, l.status, COUNT(*) FROM leads l "
        "LEFT JOIN lead_sources s ON s.id = l.source_id LEFT JOIN users u ON u.id = l.owner_id "
        "WHERE l.deleted_at IS NULL");
    QVariantList binds;
    if (from.isValid()) {
        sql += QStringLiteral(" AND l.created_at >= ?");
        binds << SqlValues::timestamp(QDateTime(from, QTime(0, 0)).toUTC());
    }
    if (to.isValid()) {
        sql += QStringLiteral(" AND l.created_at < ?");
        binds << SqlValues::timestamp(QDateTime(to.addDays(1), QTime(0, 0)).toUTC());
    }
    sql += QStringLiteral(" GROUP BY l.source_id, s.code, s.name, l.owner_id, u.display_name, l.status");
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    for (const QVariant& bind : std::as_const(binds))
        q.addBindValue(bind);
    if (!ok || !q.exec()) {
        if (error)
            *error = q.lastError().text().trimmed();
        return false;
    }
    const QStringList order{QStringLiteral("new"), QStringLiteral("contacted"), QStringLiteral("qualified"),
                            QStringLiteral("converted")};
    QHash<QString, int> reached;
    QHash<QString, Rate> sources;
    QHash<QString, Rate> reps;
    while (q.next()) {
        const QString status = q.value(5).toString();
        const int leads = q.value(6).toInt();
        const bool converted = status == QLatin1String("converted");
        if (status == QLatin1String("disqualified")) {
            result->disqualified += leads;
            reached[order.first()] += leads;
        } else {
            // A lead counts in its own stage and every stage before it.
            for (int i = 0; i <= std::max(0, int(order.indexOf(status))); ++i)
                reached[order.at(i)] += leads;
        }
        const QString sourceId = q.value(0).isNull() ? QString() : q.value(0).toString();
        Rate& source = sources[sourceId];
        source.id = sourceId;
        source.name = sourceId.isEmpty() ? QString()
                                         : LookupModel::displayName(QStringLiteral("lead_sources"),
                                                                    q.value(1).toString(), q.value(2).toString());
        source.leads += leads;
        source.converted += converted ? leads : 0;
        const QString ownerId = q.value(3).toString();
        Rate& rep = reps[ownerId];
        rep.id = ownerId;
        rep.name = q.value(4).toString();
        rep.leads += leads;
        rep.converted += converted ? leads : 0;
    }
    for (const QString& status : order)
        result->stages.append({status, reached.value(status)});
    const auto byLeads = [](const Rate& a, const Rate& b) {
        return a.leads != b.leads ? a.leads > b.leads : a.name < b.name;
    };
    result->bySource = sources.values();
    std::sort(result->bySource.begin(), result->bySource.end(), byLeads);
    result->byRep = reps.values();
    std::sort(result->byRep.begin(), result->byRep.end(), byLeads);
    return true;
}

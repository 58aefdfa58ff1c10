#include "ContactCardExport.h"

#include "Database.h"
#include "ListSpec.h"
#include "SqlValues.h"
#include "Uuid.h"

#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Ids are bound in slices, so a selection of any size stays within the drivers' limits on bound values.
constexpr int kIdsPerQuery = 500;

} // namespace

ContactCard ContactCardExport::card(const QSqlQuery& row)
{
    ContactCard card;
    card.uid = row.value(0).toString();
    card.fullName = row.value(1).toString();
    card.title = row.value(2).toString();
    const QString phone = row.value(3).toString();
    if (!phone.isEmpty())
        card.phones << ContactCard::Value{{QStringLiteral("work"), QStringLiteral("voice")}, phone, false};
    const QString mobile = row.value(4).toString();
    if (!mobile.isEmpty())
        card.phones << ContactCard::Value{{QStringLiteral("cell")}, mobile, false};
    const QString email = row.value(5).toString();
    if (!email.isEmpty())
        card.emails << ContactCard::Value{{QStringLiteral("work")}, email, false};
    card.note = row.value(6).toString();
    card.revision = SqlValues::toDateTime(row.value(7));
    card.organization = row.value(8).toString();
    return card;
}

qint64 ContactCardExport::write(Database& db, const Options& options, QIODevice& out, QString* error)
{
    const ListSpec spec = ListSpec::contacts();
    const QString a = spec.alias;
    QStringList where{a + QStringLiteral(".deleted_at IS NULL")};
    QVariantList binds;
    for (auto it = options.filters.cbegin(); it != options.filters.cend(); ++it) {
        bool known = false;
        for (const ListFilter& filter : spec.filters) {
            if (filter.key == it.key()) {
                where << filter.condition;
                binds << it.value();
                known = true;
            }
        }
        if (!known) {
            *error = tr("Contacts cannot be filtered by “%1”.").arg(it.key());
            return -1;
        }
    }
    const QString select =
        QStringLiteral("SELECT %1.id, %1.name, %1.title, %1.phone, %1.mobile, %1.email, %1.notes, %1.updated_at, "
                       "c.name FROM ")
            .arg(a) +
        spec.from + QStringLiteral(" WHERE ");
    const QString order = QStringLiteral(" ORDER BY c.name, %1.name, %1.id").arg(a);

    VCardWriter writer(&out, options.version);
    qint64 written = 0;
    const auto run = [&](const QString& sql, const QVariantList& values) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.prepare(sql)) {
            *error = db.describeError(q.lastError());
            return false;
        }
        for (const QVariant& value : values)
            q.addBindValue(value);
        if (!q.exec()) {
            *error = db.describeError(q.lastError());
            return false;
        }
        while (q.next()) {
            if (!writer.write(card(q))) {
                *error = writer.error();
                return false;
            }
            ++written;
        }
        if (q.lastError().isValid()) {
            *error = db.describeError(q.lastError());
            return false;
        }
        return true;
    };

    if (options.ids.isEmpty())
        return run(select + where.join(QStringLiteral(" AND ")) + order, binds) ? written : -1;
    // Keys are UUIDs (DESIGN.md): anything else names no contact, and PostgreSQL would refuse it as a uuid.
    QStringList ids;
    for (const QString& id : options.ids) {
        if (Uuid::isValid(id))
            ids << id;
    }
    for (qsizetype start = 0; start < ids.size(); start += kIdsPerQuery) {
        const QStringList slice = ids.mid(start, kIdsPerQuery);
        QStringList marks;
        QVariantList values = binds;
        for (const QString& id : slice) {
            marks << QStringLiteral("?");
            values << id;
        }
        QStringList sliceWhere = where;
        sliceWhere << a + QStringLiteral(".id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
        if (!run(select + sliceWhere.join(QStringLiteral(" AND ")) + order, values))
            return -1;
    }
    return written;
}

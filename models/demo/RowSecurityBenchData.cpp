#include "RowSecurityBenchData.h"

#include "BulkLoad.h"
#include "Database.h"
#include "RecordBatch.h"
#include "Uuid.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {
constexpr int kRowsPerFlush = 512;
const QString kRepPrefix = QStringLiteral("rlsbench-rep-");

bool flush(RecordBatch& batch, QString* error)
{
    const WriteResult written = batch.flush();
    if (!written.ok() && error)
        *error = written.message;
    return written.ok();
}
} // namespace

RowSecurityBenchData::RowSecurityBenchData(Database& db) : m_db(db) {}

bool RowSecurityBenchData::generate(const Options& options, QString* error)
{
    QRandomGenerator r(options.seed);
    RecordWriter writer(m_db);
    if (!writer.isActive()) {
        if (error)
            *error = writer.error();
        return false;
    }
    const QString tag = Uuid::createV7().right(8);
    RecordBatch teamRows(writer, QStringLiteral("teams"),
                         QString::fromLatin1("id,name,parent_id").split(QLatin1Char(',')));
    RecordBatch userRows(writer, QStringLiteral("users"),
                         QString::fromLatin1("id,username,display_name,role,team_id").split(QLatin1Char(',')));
    QStringList users;
    QList<QPair<QString, QString>> managers; // team, manager
    int userNumber = 0;
    const auto addUser = [&](const QString& team, const QString& role) {
        users << Uuid::createV7();
        ++userNumber;
        const QString name = role == QLatin1String("rep")
                                 ? kRepPrefix + tag + QLatin1Char('-') + QString::number(userNumber)
                                 : QStringLiteral("rlsbench-%1-%2").arg(tag).arg(userNumber);
        userRows.add(users.last(), name, QStringLiteral("Bench user %1").arg(userNumber), role, team);
        return users.last();
    };
    for (int region = 0; region < 5; ++region) {
        const QString regionId = Uuid::createV7();
        teamRows.add(regionId, QStringLiteral("Bench region %1").arg(region + 1),
                     QVariant(QMetaType::fromType<QString>()));
        QStringList regionMembers;
        for (int t = 0; t < 9; ++t) {
            const QString teamId = Uuid::createV7();
            teamRows.add(teamId, QStringLiteral("Bench team %1.%2").arg(region + 1).arg(t + 1), regionId);
            managers.append({teamId, addUser(teamId, QStringLiteral("lead"))});
            for (int u = 0; u < 9; ++u)
                addUser(teamId, QStringLiteral("rep"));
        }
        // The region's own ten: its manager and nine staff.
        managers.append({regionId, addUser(regionId, QStringLiteral("lead"))});
        for (int u = 0; u < 9; ++u)
            addUser(regionId, QStringLiteral("rep"));
    }
    if (!flush(teamRows, error) || !flush(userRows, error))
        return false;
    for (const auto& [team, manager] : managers) {
        const WriteResult set =
            writer.update(QStringLiteral("teams"), team, -1, {{QStringLiteral("manager_id"), manager}});
        if (!set.ok()) {
            if (error)
                *error = set.message;
            return false;
        }
    }
    BulkLoad bulk(m_db, {QStringLiteral("customers")});
    QString refused;
    bulk.begin(&refused);
    RecordBatch customerRows(writer, QStringLiteral("customers"),
                             QString::fromLatin1("id,name,industry_id,owner_id,status").split(QLatin1Char(',')));
    for (qint64 i = 0; i < options.customers; ++i) {
        customerRows.add(Uuid::createV7(), QStringLiteral("Bench customer %1").arg(i + 1), 1 + int(r.bounded(12)),
                         users.at(int(i % users.size())), QStringLiteral("active"));
        if (customerRows.pendingRows() >= kRowsPerFlush && !flush(customerRows, error))
            return false;
    }
    if (!flush(customerRows, error) || !bulk.finish(error))
        return false;
    const WriteResult committed = writer.commit();
    if (!committed.ok() && error)
        *error = committed.message;
    return committed.ok();
}

QString RowSecurityBenchData::sampleRep(qint64* owned, QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT u.username, (SELECT COUNT(*) FROM customers c WHERE c.owner_id = u.id AND "
                             "c.deleted_at IS NULL) FROM users u WHERE u.username LIKE ? AND u.db_role IS NULL "
                             "ORDER BY u.username LIMIT 1"));
    q.addBindValue(kRepPrefix + QLatin1Char('%'));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    if (!q.next())
        return {};
    if (owned)
        *owned = q.value(1).toLongLong();
    return q.value(0).toString();
}

QString RowSecurityBenchData::sampleLead(QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT u.username FROM users u JOIN teams t ON t.manager_id = u.id "
                       "WHERE u.username LIKE ? AND u.role = 'lead' AND u.db_role IS NULL AND t.parent_id IS NOT NULL "
                       "ORDER BY u.username LIMIT 1"));
    q.addBindValue(QStringLiteral("rlsbench-%"));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    return q.next() ? q.value(0).toString() : QString();
}

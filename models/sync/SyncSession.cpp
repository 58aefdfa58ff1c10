#include "SyncSession.h"

#include "AuditTriggers.h"
#include "BulkLoad.h"
#include "BulkLoadDialect.h"
#include "BulkReadDialect.h"
#include "ChangeNotifier.h"
#include "ChangeSet.h"
#include "Database.h"
#include "RecordBatch.h"
#include "RecordWriter.h"
#include "SearchIndex.h"
#include "SqlValues.h"
#include "SyncDialect.h"
#include "SyncReplica.h"
#include "SyncTables.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace {
constexpr int kBatch = 1000;

QString quoted(const QString& name)
{
    QString inner = name;
    inner.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

QString sqlFailure(const QSqlQuery& q)
{
    return q.lastError().text().trimmed();
}

// The replica's columns of a table that the server has too, and the server's type of its id.
struct TableShape
{
    QStringList columns;
    QString idType;
};

bool shapeOf(Database& replica, Database& server, const QString& table, TableShape* shape, QString* error)
{
    QSqlQuery q(server.connection());
    q.prepare(QStringLiteral("SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute "
                             "WHERE attrelid = to_regclass(?) AND attnum > 0 AND NOT attisdropped"));
    q.addBindValue(quoted(table));
    if (!q.exec()) {
        *error = sqlFailure(q);
        return false;
    }
    QHash<QString, QString> serverColumns;
    while (q.next())
        serverColumns.insert(q.value(0).toString(), q.value(1).toString());
    QSqlQuery l(replica.connection());
    l.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    l.addBindValue(table);
    if (!l.exec()) {
        *error = sqlFailure(l);
        return false;
    }
    while (l.next()) {
        const QString column = l.value(0).toString();
        if (serverColumns.contains(column))
            shape->columns << column;
    }
    shape->idType = serverColumns.value(QStringLiteral("id"), QStringLiteral("text"));
    return true;
}

// A server value as the replica stores it (SqlValues' forms: UTC text, plain dates, 0/1).
QVariant toReplica(const QVariant& value)
{
    if (value.isNull())
        return value;
    switch (value.metaType().id()) {
    case QMetaType::QDateTime:
        return SqlValues::timestamp(value.toDateTime());
    case QMetaType::QDate:
        return SqlValues::date(value.toDate());
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
    case QMetaType::QUuid:
        return value.toUuid().toString(QUuid::WithoutBraces);
    default:
        return value;
    }
}

QString selectList(const QStringList& columns)
{
    QStringList q;
    for (const QString& c : columns)
        q << quoted(c);
    return q.join(QStringLiteral(", "));
}

// INSERT … ON CONFLICT(id) DO UPDATE for the replica; columns left out of the update keep the replica's value.
QString upsert(const QString& table, const QStringList& columns, const QStringList& keep)
{
    QStringList marks;
    QStringList sets;
    for (const QString& c : columns) {
        marks << QStringLiteral("?");
        if (c != QLatin1String("id") && !keep.contains(c))
            sets << QStringLiteral("%1 = excluded.%1").arg(quoted(c));
    }
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(quoted(table), selectList(columns), marks.join(QStringLiteral(", ")));
    sql += sets.isEmpty() ? QStringLiteral(" ON CONFLICT(id) DO NOTHING")
                          : QStringLiteral(" ON CONFLICT(id) DO UPDATE SET ") + sets.join(QStringLiteral(", "));
    return sql;
}

bool exec(QSqlQuery& q, const QString& sql, QString* error)
{
    if (q.exec(sql))
        return true;
    *error = sqlFailure(q);
    return false;
}

QString serverNow(Database& server)
{
    QSqlQuery q(server.connection());
    if (q.exec(QStringLiteral("SELECT now()")) && q.next())
        return SqlValues::timestamp(q.value(0).toDateTime());
    return QString();
}

// Copies a reference table whole (lookup lists with integer ids, editable only while connected) when it differs.
bool copyReference(Database& replica, Database& server, const QString& table, bool always, QString* error)
{
    TableShape shape;
    if (!shapeOf(replica, server, table, &shape, error))
        return false;
    if (shape.columns.isEmpty())
        return true;
    const QString order = QStringLiteral(" ORDER BY 1");
    QSqlQuery s(server.connection());
    s.setForwardOnly(true);
    if (!exec(s, QStringLiteral("SELECT %1 FROM %2").arg(selectList(shape.columns), quoted(table)) + order, error))
        return false;
    QList<QVariantList> rows;
    while (s.next()) {
        QVariantList row;
        for (int i = 0; i < shape.columns.size(); ++i)
            row << toReplica(s.value(i));
        rows << row;
    }
    QSqlQuery l(replica.connection());
    if (!always) {
        if (!exec(l, QStringLiteral("SELECT %1 FROM %2").arg(selectList(shape.columns), quoted(table)) + order, error))
            return false;
        QList<QVariantList> local;
        while (l.next()) {
            QVariantList row;
            for (int i = 0; i < shape.columns.size(); ++i)
                row << l.value(i);
            local << row;
        }
        bool same = local.size() == rows.size();
        for (int r = 0; same && r < rows.size(); ++r) {
            for (int i = 0; same && i < shape.columns.size(); ++i)
                same = rows.at(r).at(i).toString() == local.at(r).at(i).toString() &&
                       rows.at(r).at(i).isNull() == local.at(r).at(i).isNull();
        }
        if (same)
            return true;
    }
    if (!exec(l, QStringLiteral("DELETE FROM %1").arg(quoted(table)), error))
        return false;
    QStringList marks;
    for (int i = 0; i < shape.columns.size(); ++i)
        marks << QStringLiteral("?");
    if (!l.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                       .arg(quoted(table), selectList(shape.columns), marks.join(QStringLiteral(", "))))) {
        *error = sqlFailure(l);
        return false;
    }
    for (const QVariantList& row : std::as_const(rows)) {
        for (int i = 0; i < row.size(); ++i)
            l.bindValue(i, row.at(i));
        if (!l.exec()) {
            *error = sqlFailure(l);
            return false;
        }
    }
    return true;
}

// One row's field versions on the server, as text.
QString serverVersions(Database& server, const QString& table, const QString& id)
{
    QSqlQuery q(server.connection());
    q.prepare(QStringLiteral("SELECT deskcrm_sync_row_versions(?, ?)::TEXT"));
    q.addBindValue(table);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("{}");
}

// The replica is written with its foreign keys unchecked: the server keeps them, and rows arrive table by table.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(Database& db) : m_db(db)
    {
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~ForeignKeysOff()
    {
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    Q_DISABLE_COPY(ForeignKeysOff)

private:
    Database& m_db;
};
} // namespace

std::unique_ptr<Database> SyncSession::openServer(const QString& server, QString* error)
{
    ConnectionSettings settings;
    if (!ConnectionSettings::parse(server, &settings, error))
        return nullptr;
    return openServer(settings, error);
}

std::unique_ptr<Database> SyncSession::openServer(const ConnectionSettings& settings, QString* error)
{
    if (!SyncDialect::of(settings.dialect).servesReplicas()) {
        *error = tr("A replica synchronises with a PostgreSQL server, not with %1.").arg(settings.displayName());
        return nullptr;
    }
    return Database::open(settings, error);
}

SyncSession::SyncSession(Database& replica, Database& server) : m_replica(replica), m_server(server) {}

bool SyncSession::clone(Database& server, const QString& serverArgument, const QString& output, Report* report,
                        QString* error)
{
    if (QFileInfo::exists(output)) {
        *error = tr("%1 exists already; a replica is made as a new file.").arg(output);
        return false;
    }
    ConnectionSettings settings;
    if (!ConnectionSettings::parse(output, &settings, error))
        return false;
    if (!SyncDialect::of(settings.dialect).holdsReplicas()) {
        *error = tr("A replica is a SQLite file; %1 is not a file name.").arg(output);
        return false;
    }
    Database::Options options;
    options.ensureUser = false;
    auto replica = Database::open(settings, options, error);
    if (!replica)
        return false;
    QStringList tables;
    if (!SyncTables::syncedTables(*replica, &tables, error))
        return false;
    // The audit trail of the replica starts with its own changes, not with the copy.
    if (!AuditTriggers::remove(*replica, error))
        return false;

    QSqlQuery sq(server.connection());
    if (!exec(sq, QStringLiteral("SELECT sync_watermark(), deskcrm_sync_visibility()"), error) || !sq.next())
        return false;
    const QString watermark = sq.value(0).toString();
    const QString visibility = sq.value(1).toString();
    sq.finish();
    const QString now = serverNow(server);

    // A bigger page cache and a rollback journal for this one load (as the demo generator's bulk path), restored after.
    const BulkLoadDialect& loading = replica->bulkLoadDialect();
    const QString restoreCache = loading.enlargeCache(replica->connection(), 64);
    const QString restoreJournal = loading.leaveWriteAheadLog(*replica);
    const bool ok = [&] {
        ForeignKeysOff keysOff(*replica);
        Transaction remote(server);
        if (!remote.isActive()) {
            *error = remote.error();
            return false;
        }
        // One snapshot for every table, taken after the watermark: nothing older than the watermark is missing.
        if (!exec(sq, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"), error))
            return false;
        RecordWriter writer(*replica);
        if (!writer.isActive()) {
            *error = writer.error();
            return false;
        }
        // The synced tables are empty: their secondary indexes, summaries and full-text triggers are set aside and
        // built once at the end (BulkLoad).
        BulkLoad bulk(*replica, tables);
        QString refused;
        bulk.begin(&refused);
        for (const QString& table : SyncTables::referenceTables()) {
            if (!copyReference(*replica, server, table, true, error))
                return false;
        }
        for (const QString& table : std::as_const(tables)) {
            if (!cloneTable(writer, server, table, report, error))
                return false;
        }
        QSqlQuery lq(replica->connection());
        lq.prepare(QStringLiteral("INSERT INTO sync_state (only_row, server, server_user, cursor, cloned_at, "
                                  "last_sync_at, last_sync_local, clock_offset_ms, visibility) "
                                  "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const QString localNow = replica->clock().timestamp();
        report->clockOffsetMs = SqlValues::toDateTime(now).msecsTo(SqlValues::toDateTime(localNow));
        report->clockWarning = qAbs(report->clockOffsetMs) > SyncReplica::kClockWarningMs;
        lq.addBindValue(serverArgument);
        lq.addBindValue(server.currentUserId());
        lq.addBindValue(watermark);
        lq.addBindValue(now);
        lq.addBindValue(now);
        lq.addBindValue(localNow);
        lq.addBindValue(report->clockOffsetMs);
        lq.addBindValue(visibility);
        if (!lq.exec()) {
            *error = sqlFailure(lq);
            return false;
        }
        if (!bulk.finish(error))
            return false;
        remote.rollback(); // read only
        // The search index is built at the commit (a load too big to list is indexed table by table).
        const WriteResult saved = writer.commit();
        if (!saved.ok()) {
            *error = saved.message;
            return false;
        }
        return true;
    }();
    if (!restoreJournal.isEmpty())
        replica->setJournalMode(restoreJournal);
    if (!restoreCache.isEmpty())
        QSqlQuery(replica->connection()).exec(restoreCache);
    return ok && AuditTriggers::ensure(*replica, error);
}

bool SyncSession::cloneTable(RecordWriter& writer, Database& server, const QString& table, Report* report,
                             QString* error)
{
    Database& replica = writer.database();
    QSqlQuery q(server.connection());
    q.prepare(QStringLiteral("SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute "
                             "WHERE attrelid = to_regclass(?) AND attnum > 0 AND NOT attisdropped"));
    q.addBindValue(quoted(table));
    if (!q.exec()) {
        *error = sqlFailure(q);
        return false;
    }
    QHash<QString, QString> serverTypes;
    while (q.next())
        serverTypes.insert(q.value(0).toString(), q.value(1).toString());
    q.finish();
    static const QStringList metadata{QStringLiteral("created_at"), QStringLiteral("created_by"),
                                      QStringLiteral("updated_at"), QStringLiteral("updated_by"),
                                      QStringLiteral("version")};
    TableShape shape;
    if (!shapeOf(replica, server, table, &shape, error))
        return false;
    for (const QString& column : metadata) {
        if (!shape.columns.contains(column)) {
            *error = tr("The table %1 has no column %2 to synchronise.").arg(table, column);
            return false;
        }
    }
    // The business columns, then the row's history; each as the replica stores it (SqlValues' forms): the server
    // prints them so, COPY sends them as text and numbers are bound as numbers.
    enum class As { Text, Integer, Real };
    QStringList business;
    QStringList select;
    QList<As> kinds;
    const auto column = [&](const QString& name) {
        const QString type = serverTypes.value(name);
        const QString c = quoted(name);
        if (type == QLatin1String("timestamp with time zone")) {
            select << QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')").arg(c);
            kinds << As::Text;
        } else if (type == QLatin1String("date")) {
            select << QStringLiteral("to_char(%1, 'YYYY-MM-DD')").arg(c);
            kinds << As::Text;
        } else if (type == QLatin1String("boolean")) {
            select << QStringLiteral("%1::INTEGER").arg(c);
            kinds << As::Integer;
        } else if (type == QLatin1String("integer") || type == QLatin1String("bigint") ||
                   type == QLatin1String("smallint")) {
            select << c;
            kinds << As::Integer;
        } else if (type.startsWith(QLatin1String("numeric")) || type == QLatin1String("double precision") ||
                   type == QLatin1String("real")) {
            select << c;
            kinds << As::Real;
        } else {
            select << c;
            kinds << As::Text;
        }
    };
    for (const QString& name : std::as_const(shape.columns)) {
        if (!metadata.contains(name)) {
            business << name;
            column(name);
        }
    }
    for (const QString& name : metadata)
        column(name);
    const int width = int(business.size());

    // What the new file's migrations seeded (a default calendar, …) gives way to the server's rows.
    QSqlQuery seeded(replica.connection());
    if (!exec(seeded, QStringLiteral("DELETE FROM %1").arg(quoted(table)), error))
        return false;
    RecordBatch batch(writer, table, business);
    QString failure;
    const auto flushed = [&] {
        const WriteResult r = batch.flush();
        if (!r.ok())
            failure = r.message;
        return r.ok();
    };
    const auto value = [&](QByteArrayView text, As as) {
        if (text.isNull())
            batch.append(nullptr);
        else if (as == As::Integer)
            batch.append(text.toLongLong());
        else if (as == As::Real)
            batch.append(text.toDouble());
        else
            batch.append(text);
    };
    const bool read = server.bulkReadDialect().readRows(
        server.connection(), QStringLiteral("SELECT %1 FROM %2").arg(select.join(QStringLiteral(", ")), quoted(table)),
        [&](const BulkReadDialect::TextRow& row) {
            for (int i = 0; i < width; ++i)
                value(row[size_t(i)], kinds.at(i));
            const auto text = [&](int i) { return row[size_t(width + i)]; };
            batch.endRow({text(0), text(1), text(2), text(3), int(text(4).toLongLong())});
            ++report->pulled;
            return batch.pendingRows() < kBatch * 5 || flushed();
        },
        error);
    if (!read || !flushed()) {
        if (!failure.isEmpty())
            *error = failure;
        return false;
    }
    // The field versions of the rows copied (those the caller may see).
    BulkRows versions;
    std::unique_ptr<BulkInserter> inserter = replica.bulkLoadDialect().inserter(
        replica.connection(), QStringLiteral("sync_field_versions"),
        {QStringLiteral("table_name"), QStringLiteral("row_id"), QStringLiteral("versions")},
        QStringLiteral("INSERT INTO sync_field_versions (table_name, row_id, versions) VALUES "), error);
    if (!inserter)
        return false;
    QSqlError refused;
    const QByteArray tableName = table.toUtf8();
    QString literal = table;
    literal.replace(QLatin1Char('\''), QStringLiteral("''"));
    const bool readVersions = server.bulkReadDialect().readRows(
        server.connection(),
        QStringLiteral("SELECT v.row_id, v.versions::TEXT FROM deskcrm_sync_all_versions('%1') v "
                       "WHERE EXISTS (SELECT 1 FROM %2 r WHERE r.id = CAST(v.row_id AS %3))")
            .arg(literal, quoted(table), shape.idType),
        [&](const BulkReadDialect::TextRow& row) {
            versions.appendUtf8(tableName);
            versions.appendUtf8(row[0]);
            versions.appendUtf8(row[1]);
            if (versions.size() < 3 * kBatch * 5)
                return true;
            const bool written = inserter->write(versions, &refused);
            versions.clear();
            return written;
        },
        error);
    if (readVersions && inserter->write(versions, &refused))
        return true;
    if (refused.isValid())
        *error = replica.describeError(refused);
    return false;
}

bool SyncSession::checkRetention(Report* report, QString* error)
{
    const SyncReplica::State state = SyncReplica(m_replica).state();
    if (!state.present) {
        *error = tr("This database is not a replica of a server.");
        return false;
    }
    QSqlQuery q(m_replica.connection());
    if (!state.expired) {
        const QDateTime last = SqlValues::toDateTime(state.lastSyncAt);
        const QDateTime now = SqlValues::toDateTime(serverNow(m_server));
        if (!last.isValid() || !now.isValid() || last.daysTo(now) <= state.retentionDays)
            return true;
        q.exec(QStringLiteral("UPDATE sync_state SET expired = 1"));
    }
    report->expired = true;
    *error = tr("This replica has not synchronised for more than %n day(s) and must be created again from the server. "
                "Its unsent changes are kept for review.",
                nullptr, state.retentionDays);
    return false;
}

bool SyncSession::push(Report* report, QString* error, int maxOps)
{
    if (!checkRetention(report, error))
        return false;
    for (;;) {
        QSqlQuery q(m_replica.connection());
        int limit = maxOps < 0 ? kBatch : std::min(kBatch, maxOps);
        if (limit <= 0)
            return true;
        q.prepare(QStringLiteral("SELECT op_id, table_name, row_id, is_insert, fields, base, base_values, superseded "
                                 "FROM sync_outbox ORDER BY seq LIMIT ?"));
        q.addBindValue(limit);
        if (!q.exec()) {
            *error = sqlFailure(q);
            return false;
        }
        QJsonArray ops;
        QStringList opIds;
        QHash<QString, QJsonObject> baseValues;
        while (q.next()) {
            QJsonObject op;
            op.insert(QStringLiteral("op"), q.value(0).toString());
            op.insert(QStringLiteral("table"), q.value(1).toString());
            op.insert(QStringLiteral("id"), q.value(2).toString());
            op.insert(QStringLiteral("insert"), q.value(3).toBool());
            op.insert(QStringLiteral("fields"), QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object());
            op.insert(QStringLiteral("base"), QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object());
            op.insert(QStringLiteral("superseded"), QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array());
            baseValues.insert(q.value(0).toString(), QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object());
            opIds << q.value(0).toString();
            ops.append(op);
        }
        q.finish();
        if (ops.isEmpty())
            return true;

        Transaction remote(m_server);
        if (!remote.isActive()) {
            *error = remote.error();
            return false;
        }
        QSqlQuery s(m_server.connection());
        s.prepare(QStringLiteral("SELECT sync_apply(CAST(? AS JSONB))::TEXT"));
        s.addBindValue(QString::fromUtf8(QJsonDocument(ops).toJson(QJsonDocument::Compact)));
        if (!s.exec() || !s.next()) {
            *error = tr("The server refused the changes: %1").arg(sqlFailure(s));
            return false;
        }
        const QJsonObject answer = QJsonDocument::fromJson(s.value(0).toString().toUtf8()).object();
        s.finish();
        ChangeSet changed;
        for (const QJsonValue& v : answer.value(QStringLiteral("changed")).toArray()) {
            const QJsonObject c = v.toObject();
            const QString kind = c.value(QStringLiteral("kind")).toString();
            RowChange change;
            change.table = c.value(QStringLiteral("table")).toString();
            change.ids = {c.value(QStringLiteral("id")).toString()};
            change.kind = kind == QLatin1String("insert")    ? RowChange::Inserted
                          : kind == QLatin1String("delete")  ? RowChange::Deleted
                          : kind == QLatin1String("restore") ? RowChange::Restored
                                                             : RowChange::Updated;
            for (const QJsonValue& column : c.value(QStringLiteral("columns")).toArray())
                change.columns << column.toString();
            changed.add(change);
        }
        // The server's search index follows the rows, in the same transaction (as RecordWriter keeps it).
        if (!SearchIndex::apply(m_server, changed, error))
            return false;
        if (!remote.commit()) {
            *error = remote.error();
            return false;
        }
        m_server.notifier().announce(changed);
        if (m_afterServerCommit && !m_afterServerCommit()) {
            *error = tr("The connection to the server was lost before it answered.");
            return false;
        }

        ForeignKeysOff keysOff(m_replica);
        Transaction local(m_replica);
        if (!local.isActive()) {
            *error = local.error();
            return false;
        }
        QSqlQuery l(m_replica.connection());
        l.prepare(QStringLiteral("DELETE FROM sync_outbox WHERE op_id = ?"));
        for (const QString& id : std::as_const(opIds)) {
            l.bindValue(0, id);
            if (!l.exec()) {
                *error = sqlFailure(l);
                return false;
            }
        }
        // The new base of the fields the server took: their versions now (an insert: every field's). Fields it did
        // not take keep their base until the next pull brings the server's values with their versions.
        // Each statement prepared once a batch.
        QSqlQuery readVersions(m_replica.connection());
        QSqlQuery writeVersions(m_replica.connection());
        if (!readVersions.prepare(
                QStringLiteral("SELECT versions FROM sync_field_versions WHERE table_name = ? AND row_id = ?")) ||
            !writeVersions.prepare(
                QStringLiteral("INSERT INTO sync_field_versions (table_name, row_id, versions) VALUES (?, ?, ?) "
                               "ON CONFLICT(table_name, row_id) DO UPDATE SET versions = excluded.versions"))) {
            *error = sqlFailure(readVersions.lastError().isValid() ? readVersions : writeVersions);
            return false;
        }
        for (const QJsonValue& v : answer.value(QStringLiteral("changed")).toArray()) {
            const QJsonObject c = v.toObject();
            const QString table = c.value(QStringLiteral("table")).toString();
            const QString id = c.value(QStringLiteral("id")).toString();
            const QJsonObject after = c.value(QStringLiteral("versions")).toObject();
            QJsonObject base;
            readVersions.bindValue(0, table);
            readVersions.bindValue(1, id);
            if (readVersions.exec() && readVersions.next())
                base = QJsonDocument::fromJson(readVersions.value(0).toString().toUtf8()).object();
            readVersions.finish();
            if (c.value(QStringLiteral("kind")).toString() == QLatin1String("insert")) {
                base = after;
            } else {
                for (const QJsonValue& column : c.value(QStringLiteral("columns")).toArray())
                    base.insert(column.toString(), after.value(column.toString()));
            }
            writeVersions.bindValue(0, table);
            writeVersions.bindValue(1, id);
            writeVersions.bindValue(2, QString::fromUtf8(QJsonDocument(base).toJson(QJsonDocument::Compact)));
            if (!writeVersions.exec()) {
                *error = sqlFailure(writeVersions);
                return false;
            }
        }
        l.prepare(QStringLiteral("INSERT INTO sync_conflicts (op_id, table_name, row_id, field, kind, base_version, "
                                 "server_version, base_value, server_value, client_value, at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const QString at = serverNow(m_server);
        const auto json = [](const QJsonValue& v) {
            return v.isUndefined() || v.isNull()
                       ? QVariant()
                       : QVariant(QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                                      .mid(1)
                                      .chopped(1));
        };
        QHash<QString, QStringList> conflicted;
        for (const QJsonValue& v : answer.value(QStringLiteral("conflicts")).toArray()) {
            const QJsonObject c = v.toObject();
            const QString op = c.value(QStringLiteral("op")).toString();
            const QString field = c.value(QStringLiteral("field")).toString();
            l.addBindValue(op);
            l.addBindValue(c.value(QStringLiteral("table")).toString());
            l.addBindValue(c.value(QStringLiteral("id")).toString());
            l.addBindValue(field.isEmpty() ? QVariant() : QVariant(field));
            l.addBindValue(c.value(QStringLiteral("kind")).toString());
            l.addBindValue(c.value(QStringLiteral("base")).toVariant());
            l.addBindValue(c.value(QStringLiteral("server_version")).toVariant());
            l.addBindValue(json(baseValues.value(op).value(field)));
            l.addBindValue(json(c.value(QStringLiteral("server"))));
            l.addBindValue(json(c.value(QStringLiteral("client"))));
            l.addBindValue(at);
            if (!l.exec()) {
                *error = sqlFailure(l);
                return false;
            }
            ++report->conflicts;
            conflicted[c.value(QStringLiteral("table")).toString()] << c.value(QStringLiteral("id")).toString();
        }
        // A conflict kept the server's value, maybe without changing the row there (then no pull would bring it):
        // the replica takes the server's row now.
        ChangeSet refreshed;
        refreshed.origin = ChangeSet::Remote;
        for (auto it = conflicted.begin(); it != conflicted.end(); ++it) {
            it->removeDuplicates();
            Report ignored;
            if (!fetchRows(it.key(), it.value(), {}, &ignored, &refreshed, error))
                return false;
        }
        if (!SearchIndex::apply(m_replica, refreshed, error))
            return false;
        if (!local.commit()) {
            *error = local.error();
            return false;
        }
        m_replica.notifier().announce(refreshed);
        report->pushed += answer.value(QStringLiteral("applied")).toInt();
        report->duplicates += answer.value(QStringLiteral("duplicates")).toInt();
        if (maxOps >= 0)
            maxOps -= int(opIds.size());
        if (opIds.size() < limit)
            return true;
    }
}

bool SyncSession::fetchRows(const QString& table, const QStringList& ids, const QHash<QString, QString>& versions,
                            Report* report, ChangeSet* changes, QString* error)
{
    QSqlQuery l(m_replica.connection());
    TableShape shape;
    if (!shapeOf(m_replica, m_server, table, &shape, error))
        return false;
    // Fields still waiting in the outbox keep the replica's value.
    QHash<QString, QStringList> pending;
    l.prepare(QStringLiteral("SELECT row_id, fields FROM sync_outbox WHERE table_name = ?"));
    l.addBindValue(table);
    if (!l.exec()) {
        *error = sqlFailure(l);
        return false;
    }
    while (l.next())
        pending.insert(l.value(0).toString(), QJsonDocument::fromJson(l.value(1).toString().toUtf8()).object().keys());
    l.finish();
    // Versions the caller did not bring, asked for before the rows stream in (one query at a time on a connection).
    QHash<QString, QString> known = versions;
    for (const QString& id : ids) {
        if (!known.contains(table + QLatin1Char('\n') + id))
            known.insert(table + QLatin1Char('\n') + id, serverVersions(m_server, table, id));
    }
    const QString plain = upsert(table, shape.columns, {});
    for (int from = 0; from < ids.size(); from += kBatch) {
        const QStringList chunk = ids.mid(from, kBatch);
        QSqlQuery rows(m_server.connection());
        rows.setForwardOnly(true);
        rows.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ANY (CAST(? AS %3[]))")
                         .arg(selectList(shape.columns), quoted(table), shape.idType));
        rows.addBindValue(QLatin1Char('{') + chunk.join(QLatin1Char(',')) + QLatin1Char('}'));
        if (!rows.exec()) {
            *error = sqlFailure(rows);
            return false;
        }
        QSet<QString> seen;
        const int idColumn = int(shape.columns.indexOf(QStringLiteral("id")));
        while (rows.next()) {
            const QString id = rows.value(idColumn).toString();
            seen.insert(id);
            l.prepare(pending.contains(id) ? upsert(table, shape.columns, pending.value(id)) : plain);
            for (int i = 0; i < shape.columns.size(); ++i)
                l.bindValue(i, toReplica(rows.value(i)));
            if (!l.exec()) {
                *error = sqlFailure(l);
                return false;
            }
            l.prepare(QStringLiteral("INSERT INTO sync_field_versions (table_name, row_id, versions) VALUES (?, ?, ?) "
                                     "ON CONFLICT(table_name, row_id) DO UPDATE SET versions = excluded.versions"));
            l.addBindValue(table);
            l.addBindValue(id);
            l.addBindValue(known.value(table + QLatin1Char('\n') + id));
            if (!l.exec()) {
                *error = sqlFailure(l);
                return false;
            }
            ++report->pulled;
        }
        QStringList gone;
        for (const QString& id : chunk) {
            if (!seen.contains(id))
                gone << id;
        }
        // Rows the user no longer sees (or purged): out of the replica; unsent changes of them stay in the outbox.
        for (const QString& id : std::as_const(gone)) {
            l.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(quoted(table)));
            l.addBindValue(id);
            if (!l.exec()) {
                *error = sqlFailure(l);
                return false;
            }
            report->removed += l.numRowsAffected() > 0 ? 1 : 0;
            l.prepare(QStringLiteral("DELETE FROM sync_field_versions WHERE table_name = ? AND row_id = ?"));
            l.addBindValue(table);
            l.addBindValue(id);
            l.exec();
        }
        QStringList kept = chunk;
        for (const QString& id : std::as_const(gone))
            kept.removeOne(id);
        if (!kept.isEmpty())
            changes->add({table, RowChange::Updated, kept, {}});
        if (!gone.isEmpty())
            changes->add({table, RowChange::Purged, gone, {}});
    }
    return true;
}

bool SyncSession::reconcile(const QString& table, Report* report, ChangeSet* changes, QString* error)
{
    QSqlQuery l(m_replica.connection());
    if (!exec(l, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS sync_visible (id TEXT PRIMARY KEY) WITHOUT ROWID"),
              error) ||
        !exec(l, QStringLiteral("DELETE FROM temp.sync_visible"), error))
        return false;
    std::unique_ptr<BulkInserter> inserter = m_replica.bulkLoadDialect().inserter(
        m_replica.connection(), QStringLiteral("temp.sync_visible"), {QStringLiteral("id")},
        QStringLiteral("INSERT INTO temp.sync_visible (id) VALUES "), error);
    if (!inserter)
        return false;
    // The ids the server shows the user now, streamed into the replica's temporary table.
    BulkRows ids;
    QSqlError refused;
    const auto written = [&] {
        const bool ok = inserter->write(ids, &refused);
        ids.clear();
        return ok;
    };
    const bool read = m_server.bulkReadDialect().readRows(
        m_server.connection(), QStringLiteral("SELECT id::TEXT FROM %1").arg(quoted(table)),
        [&](const BulkReadDialect::TextRow& row) {
            ids.appendUtf8(row[0]);
            return ids.size() < kBatch * 5 || written();
        },
        error);
    if (!read || !written()) {
        if (refused.isValid())
            *error = m_replica.describeError(refused);
        return false;
    }
    // Rows the replica has and the server no longer shows (unsent new rows aside), and rows it shows that the replica
    // lacks: fetchRows() removes the first and brings the second.
    l.prepare(QStringLiteral("SELECT CAST(id AS TEXT) FROM %1 WHERE CAST(id AS TEXT) NOT IN (SELECT id FROM "
                             "temp.sync_visible) AND CAST(id AS TEXT) NOT IN (SELECT row_id FROM sync_outbox WHERE "
                             "table_name = ?) UNION ALL SELECT id FROM temp.sync_visible WHERE id NOT IN (SELECT "
                             "CAST(id AS TEXT) FROM %1)")
                  .arg(quoted(table)));
    l.addBindValue(table);
    if (!l.exec()) {
        *error = sqlFailure(l);
        return false;
    }
    QStringList differing;
    while (l.next())
        differing << l.value(0).toString();
    l.finish();
    if (!exec(l, QStringLiteral("DELETE FROM temp.sync_visible"), error))
        return false;
    return differing.isEmpty() || fetchRows(table, differing, {}, report, changes, error);
}

bool SyncSession::pull(Report* report, QString* error)
{
    if (!checkRetention(report, error))
        return false;
    const SyncReplica::State state = SyncReplica(m_replica).state();
    QSqlQuery s(m_server.connection());
    if (!exec(s, QStringLiteral("SELECT sync_watermark(), now(), deskcrm_sync_visibility()"), error) || !s.next())
        return false;
    const QString watermark = s.value(0).toString();
    const QString now = SqlValues::timestamp(s.value(1).toDateTime());
    const QString visibility = s.value(2).toString();
    s.prepare(QStringLiteral("SELECT table_name, row_id, versions::TEXT FROM deskcrm_sync_changes(?, ?)"));
    s.addBindValue(state.cursor);
    s.addBindValue(watermark);
    if (!s.exec()) {
        *error = sqlFailure(s);
        return false;
    }
    QHash<QString, QStringList> idsByTable;
    QHash<QString, QString> versions; // table + '\n' + id -> versions
    while (s.next()) {
        const QString table = s.value(0).toString();
        const QString id = s.value(1).toString();
        idsByTable[table] << id;
        versions.insert(table + QLatin1Char('\n') + id, s.value(2).toString());
    }
    s.finish();
    QStringList synced;
    if (!SyncTables::syncedTables(m_replica, &synced, error))
        return false;

    ForeignKeysOff keysOff(m_replica);
    Transaction local(m_replica);
    if (!local.isActive()) {
        *error = local.error();
        return false;
    }
    QSqlQuery l(m_replica.connection());
    for (const QString& table : SyncTables::referenceTables()) {
        if (!copyReference(m_replica, m_server, table, false, error))
            return false;
    }
    ChangeSet changes;
    changes.origin = ChangeSet::Remote;
    for (auto it = idsByTable.cbegin(); it != idsByTable.cend(); ++it) {
        const QString& table = it.key();
        if (!synced.contains(table))
            continue;
        if (!fetchRows(table, it.value(), versions, report, &changes, error))
            return false;
    }
    // A row can leave the user's sight without changing itself: a share removed, a role or team changed (the server's
    // visibility fingerprint moved), or its parent reassigned away (this pull removed a row). Then every synced table's
    // ids are compared with those the server shows now.
    if (!exec(l, QStringLiteral("SELECT visibility FROM sync_state"), error))
        return false;
    const QString seen = l.next() ? l.value(0).toString() : QString();
    l.finish();
    if (seen != visibility || report->removed > 0) {
        for (const QString& table : std::as_const(synced)) {
            if (!reconcile(table, report, &changes, error))
                return false;
        }
    }
    if (!SearchIndex::apply(m_replica, changes, error))
        return false;
    const QString localNow = m_replica.clock().timestamp();
    report->clockOffsetMs = SqlValues::toDateTime(now).msecsTo(SqlValues::toDateTime(localNow));
    report->clockWarning = qAbs(report->clockOffsetMs) > SyncReplica::kClockWarningMs;
    l.prepare(QStringLiteral("UPDATE sync_state SET cursor = ?, last_sync_at = ?, last_sync_local = ?, "
                             "clock_offset_ms = ?, visibility = ?"));
    l.addBindValue(watermark);
    l.addBindValue(now);
    l.addBindValue(localNow);
    l.addBindValue(report->clockOffsetMs);
    l.addBindValue(visibility);
    if (!l.exec()) {
        *error = sqlFailure(l);
        return false;
    }
    if (!local.commit()) {
        *error = local.error();
        return false;
    }
    m_replica.notifier().announce(changes);
    return true;
}

bool SyncSession::sync(Report* report, QString* error)
{
    return push(report, error) && pull(report, error);
}

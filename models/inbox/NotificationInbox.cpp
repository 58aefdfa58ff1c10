#include "NotificationInbox.h"

#include "NotificationSources.h"

#include "Database.h"
#include "PipelineService.h"
#include "RecordWriter.h"
#include "ReportFormat.h"
#include "SqlValues.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {
// Binds a source's placeholders in the order they appear; every other "?" of the statement is bound by the caller.
struct Bound
{
    QString sql;
    QVariantList values;
};

Bound bindTokens(const QString& sql, Database& db)
{
    static const QRegularExpression token(QStringLiteral("\\{(me|today|now|recent)\\}"));
    const QDateTime now = db.clock().nowUtc();
    Bound bound;
    qsizetype from = 0;
    auto it = token.globalMatch(sql);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        bound.sql += sql.mid(from, match.capturedStart() - from) + QLatin1Char('?');
        from = match.capturedEnd();
        const QString name = match.captured(1);
        if (name == QLatin1String("me"))
            bound.values << db.currentUserId();
        else if (name == QLatin1String("today"))
            bound.values << SqlValues::date(db.clock().today());
        else if (name == QLatin1String("now"))
            bound.values << SqlValues::timestamp(now);
        else
            bound.values << SqlValues::timestamp(now.addDays(-NotificationSources::kRecentDays));
    }
    bound.sql += sql.mid(from);
    return bound;
}

// The user's state row of each item (at most one live one), and whether it takes the item out of the inbox.
QString stateJoin()
{
    return QStringLiteral(" LEFT JOIN notification_state s ON s.user_id = ? AND s.item_key = x.item_key "
                          "AND s.deleted_at IS NULL ");
}
QString readCondition(const NotificationSource& source)
{
    return source.hasSince ? QStringLiteral("(s.read_at IS NOT NULL AND s.read_at >= x.since)")
                           : QStringLiteral("s.read_at IS NOT NULL");
}
QString hiddenCondition(const NotificationSource& source)
{
    return (source.hasSince ? QStringLiteral("(s.dismissed_at IS NOT NULL AND s.dismissed_at >= x.since)")
                            : QStringLiteral("s.dismissed_at IS NOT NULL")) +
           QStringLiteral(" OR (s.snoozed_until IS NOT NULL AND s.snoozed_until > ?)");
}

bool run(QSqlQuery& q, const QString& sql, const QVariantList& values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant& value : values)
        q.addBindValue(value);
    return q.exec();
}

// Sets columns of the user's state row for key, making the row when there is none.
WriteResult setState(RecordWriter& writer, const QString& key, const QVariantHash& columns)
{
    Database& db = writer.database();
    QSqlQuery q(db.connection());
    if (!run(q,
             QStringLiteral("SELECT id, version FROM notification_state WHERE user_id = ? AND item_key = ? "
                            "AND deleted_at IS NULL"),
             {db.currentUserId(), key}))
        return WriteResult::failure(WriteResult::Failed, db.describeError(q.lastError()));
    if (q.next()) {
        const QString id = q.value(0).toString();
        const int version = q.value(1).toInt();
        q.finish();
        return writer.update(QStringLiteral("notification_state"), id, version, columns);
    }
    QVariantHash values = columns;
    values.insert(QStringLiteral("user_id"), db.currentUserId());
    values.insert(QStringLiteral("item_key"), key);
    return writer.insert(QStringLiteral("notification_state"), values);
}

WriteResult setStates(Database& db, const QStringList& keys, const QVariantHash& columns)
{
    if (db.currentUserId().isEmpty())
        return WriteResult::failure(WriteResult::Invalid, NotificationInbox::tr("Nobody is signed in."));
    return RecordWriter::transact(db, [&](RecordWriter& writer) {
        WriteResult last;
        for (const QString& key : keys) {
            last = setState(writer, key, columns);
            if (!last.ok())
                return last;
        }
        return last;
    });
}
} // namespace

NotificationInbox::NotificationInbox(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db) {}

QList<NotificationItem> NotificationInbox::items(Database& db, const NotificationSource& source, QString* error)
{
    QList<NotificationItem> result;
    if (db.currentUserId().isEmpty())
        return result;
    const Bound bound = bindTokens(source.sql, db);
    const QString sql =
        QStringLiteral("SELECT x.item_key, x.record_id, x.title, x.detail, x.day, x.since, CASE WHEN ") +
        readCondition(source) + QStringLiteral(" THEN 1 ELSE 0 END FROM (") + bound.sql + QStringLiteral(") x") +
        stateJoin() + QStringLiteral("WHERE NOT (") + hiddenCondition(source) + QLatin1Char(')');
    QVariantList values = bound.values;
    values << db.currentUserId() << SqlValues::timestamp(db.clock().nowUtc());
    QSqlQuery q(db.connection());
    if (!run(q, sql, values)) {
        if (error)
            *error = tr("Cannot read the inbox: %1").arg(db.describeError(q.lastError()));
        return {};
    }
    while (q.next()) {
        NotificationItem item;
        item.key = q.value(0).toString();
        item.kind = source.kind;
        item.entity = source.entity;
        item.recordId = q.value(1).toString();
        item.title = q.value(2).toString();
        item.detail = q.value(3).toString();
        item.day = SqlValues::toDate(q.value(4));
        item.since = SqlValues::toDateTime(q.value(5));
        item.read = q.value(6).toInt() != 0;
        result.append(item);
    }
    return result;
}

QHash<QString, int> NotificationInbox::unreadCounts(Database& db, QString* error)
{
    QHash<QString, int> counts;
    if (db.currentUserId().isEmpty())
        return counts;
    const QString now = SqlValues::timestamp(db.clock().nowUtc());
    for (const NotificationSource& source : NotificationSources::all()) {
        const Bound bound = bindTokens(source.sql, db);
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM (") + bound.sql + QStringLiteral(") x") + stateJoin() +
                            QStringLiteral("WHERE NOT (") + hiddenCondition(source) + QStringLiteral(" OR ") +
                            readCondition(source) + QLatin1Char(')');
        QVariantList values = bound.values;
        values << db.currentUserId() << now;
        QSqlQuery q(db.connection());
        if (!run(q, sql, values) || !q.next()) {
            if (error)
                *error = tr("Cannot count the inbox: %1").arg(db.describeError(q.lastError()));
            return {};
        }
        counts.insert(source.kind, q.value(0).toInt());
    }
    return counts;
}

int NotificationInbox::unreadCount(Database& db, QString* error)
{
    int total = 0;
    const QHash<QString, int> counts = unreadCounts(db, error);
    for (int count : counts)
        total += count;
    return total;
}

WriteResult NotificationInbox::markRead(Database& db, const QStringList& keys)
{
    return setStates(db, keys, {{QStringLiteral("read_at"), db.clock().nowUtc()}});
}

WriteResult NotificationInbox::dismiss(Database& db, const QStringList& keys)
{
    const QDateTime now = db.clock().nowUtc();
    return setStates(db, keys, {{QStringLiteral("read_at"), now}, {QStringLiteral("dismissed_at"), now}});
}

WriteResult NotificationInbox::snooze(Database& db, const QString& key, const QDateTime& untilUtc)
{
    return setStates(db, {key}, {{QStringLiteral("snoozed_until"), untilUtc}});
}

WriteResult NotificationInbox::markTaskDone(Database& db, const QString& taskId)
{
    QSqlQuery q(db.connection());
    if (!run(q, QStringLiteral("SELECT version FROM tasks WHERE id = ? AND deleted_at IS NULL"), {taskId}))
        return WriteResult::failure(WriteResult::Failed, db.describeError(q.lastError()));
    if (!q.next())
        return WriteResult::failure(WriteResult::NotFound, tr("The task was deleted meanwhile."));
    const int version = q.value(0).toInt();
    q.finish();
    return PipelineService::setTaskStatus(db, taskId, version, QStringLiteral("done"));
}

WriteResult NotificationInbox::markAllRead(Database& db)
{
    QStringList keys;
    for (const NotificationSource& source : NotificationSources::all()) {
        QString error;
        const QList<NotificationItem> found = items(db, source, &error);
        if (!error.isEmpty())
            return WriteResult::failure(WriteResult::Failed, error);
        for (const NotificationItem& item : found) {
            if (!item.read)
                keys << item.key;
        }
    }
    if (keys.isEmpty())
        return {};
    return markRead(db, keys);
}

bool NotificationInbox::refresh(QString* error)
{
    QList<NotificationItem> all;
    QString failure;
    for (const NotificationSource& source : NotificationSources::all()) {
        all += items(m_db, source, &failure);
        if (!failure.isEmpty()) {
            all.clear();
            break;
        }
    }
    // Newest first: what arose last (a reminder, an assignment), else the latest date; unread before read.
    auto moment = [](const NotificationItem& item) {
        return item.since.isValid() ? item.since : QDateTime(item.day, QTime(0, 0), Qt::UTC);
    };
    std::stable_sort(all.begin(), all.end(), [&moment](const NotificationItem& a, const NotificationItem& b) {
        if (a.read != b.read)
            return !a.read;
        return moment(a) > moment(b);
    });
    beginResetModel();
    m_items = all;
    m_today = m_db.clock().today();
    endResetModel();
    if (error)
        *error = failure;
    return failure.isEmpty();
}

int NotificationInbox::rowOfKey(const QString& key) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).key == key)
            return row;
    }
    return -1;
}

int NotificationInbox::unreadRows() const
{
    return int(
        std::count_if(m_items.cbegin(), m_items.cend(), [](const NotificationItem& item) { return !item.read; }));
}

int NotificationInbox::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int NotificationInbox::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationInbox::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NotificationItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            if (item.since.isValid())
                return ReportFormat::dateTime(item.since.toLocalTime());
            if (item.day == m_today)
                return tr("Today");
            if (item.day.isValid() && item.day < m_today)
                return tr("%1 (%n days ago)", nullptr, int(item.day.daysTo(m_today))).arg(ReportFormat::date(item.day));
            return ReportFormat::date(item.day);
        case KindColumn:
            if (const NotificationSource* source = NotificationSources::find(item.kind))
                return NotificationSources::label(*source);
            return item.kind;
        case TitleColumn:
            return item.title;
        case DetailColumn:
            return item.detail;
        default:
            return {};
        }
    case KeyRole:
        return item.key;
    case KindRole:
        return item.kind;
    case EntityRole:
        return item.entity;
    case RecordIdRole:
        return item.recordId;
    case ReadRole:
        return item.read;
    default:
        return {};
    }
}

QVariant NotificationInbox::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("What");
    case DetailColumn:
        return tr("Customer or colleague");
    default:
        return {};
    }
}

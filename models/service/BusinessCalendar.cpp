#include "BusinessCalendar.h"

#include "Database.h"
#include "RecordWriter.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {
// How far a computation looks for working time before it gives up (a calendar without any).
constexpr int kMaxDays = 3660;
const QString kHours = QStringLiteral("business_hours");
const QString kDays = QStringLiteral("business_days");
} // namespace

BusinessCalendar::BusinessCalendar() : m_zone(QByteArrayLiteral("Asia/Shanghai")) {}

bool BusinessCalendar::load(Database& db, BusinessCalendar* calendar, QString* error)
{
    BusinessCalendar result;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, time_zone FROM business_calendars WHERE deleted_at IS NULL ORDER BY id")) ||
        !q.next()) {
        if (error)
            *error = q.lastError().isValid() ? q.lastError().text().trimmed() : tr("There is no business calendar.");
        return false;
    }
    result.m_id = q.value(0).toString();
    const QTimeZone zone(q.value(1).toString().toUtf8());
    if (zone.isValid())
        result.m_zone = zone;
    q.finish();
    q.prepare(QStringLiteral("SELECT weekday, start_minute, end_minute FROM business_hours WHERE calendar_id = ? "
                             "AND deleted_at IS NULL ORDER BY weekday, start_minute"));
    q.addBindValue(result.m_id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text().trimmed();
        return false;
    }
    while (q.next())
        result.m_hours[q.value(0).toInt()].append({q.value(1).toInt(), q.value(2).toInt()});
    q.finish();
    q.prepare(QStringLiteral("SELECT day, kind, hours_of, name FROM business_days WHERE calendar_id = ? "
                             "AND deleted_at IS NULL"));
    q.addBindValue(result.m_id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text().trimmed();
        return false;
    }
    while (q.next()) {
        Day d;
        d.day = SqlValues::toDate(q.value(0));
        d.workday = q.value(1).toString() == QLatin1String("workday");
        d.hoursOf = q.value(2).isNull() ? 1 : q.value(2).toInt();
        d.name = q.value(3).toString();
        result.m_days.insert(d.day, d);
    }
    *calendar = result;
    return true;
}

WriteResult BusinessCalendar::save(Database& db) const
{
    if (m_id.isEmpty())
        return WriteResult::failure(WriteResult::NotFound, tr("There is no business calendar."));
    for (auto it = m_hours.cbegin(); it != m_hours.cend(); ++it) {
        for (const Interval& interval : it.value()) {
            if (interval.startMinute < 0 || interval.endMinute > 24 * 60 || interval.startMinute >= interval.endMinute)
                return WriteResult::failure(WriteResult::Invalid, tr("Working hours must end after they start."));
        }
    }
    return RecordWriter::transact(db, [&](RecordWriter& writer) {
        WriteResult zone = writer.update(QStringLiteral("business_calendars"), m_id, -1,
                                         {{QStringLiteral("time_zone"), QString::fromUtf8(m_zone.id())}});
        if (!zone.ok())
            return zone;
        QSqlQuery q(db.connection());
        // Hours: rows that stay are kept, the others tombstoned, new ones inserted.
        q.prepare(QStringLiteral("SELECT id, weekday, start_minute, end_minute FROM business_hours "
                                 "WHERE calendar_id = ? AND deleted_at IS NULL"));
        q.addBindValue(m_id);
        if (!q.exec())
            return WriteResult::failure(WriteResult::Failed, q.lastError().text().trimmed());
        QHash<int, QList<Interval>> wanted = m_hours;
        QStringList gone;
        while (q.next()) {
            QList<Interval>& list = wanted[q.value(1).toInt()];
            const Interval interval{q.value(2).toInt(), q.value(3).toInt()};
            if (list.contains(interval))
                list.removeOne(interval);
            else
                gone << q.value(0).toString();
        }
        q.finish();
        for (const QString& id : std::as_const(gone)) {
            const WriteResult deleted = writer.softDelete(kHours, id, -1);
            if (!deleted.ok())
                return deleted;
        }
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            for (const Interval& interval : it.value()) {
                const WriteResult inserted =
                    writer.insert(kHours, {{QStringLiteral("calendar_id"), m_id},
                                           {QStringLiteral("weekday"), it.key()},
                                           {QStringLiteral("start_minute"), interval.startMinute},
                                           {QStringLiteral("end_minute"), interval.endMinute}});
                if (!inserted.ok())
                    return inserted;
            }
        }
        // Days: keyed by the date.
        q.prepare(QStringLiteral("SELECT id, day, kind, hours_of, name FROM business_days "
                                 "WHERE calendar_id = ? AND deleted_at IS NULL"));
        q.addBindValue(m_id);
        if (!q.exec())
            return WriteResult::failure(WriteResult::Failed, q.lastError().text().trimmed());
        QHash<QDate, Day> toWrite = m_days;
        QStringList dropped;
        QList<QPair<QString, Day>> changed;
        while (q.next()) {
            const QDate day = SqlValues::toDate(q.value(1));
            const auto found = toWrite.constFind(day);
            if (found == toWrite.cend()) {
                dropped << q.value(0).toString();
                continue;
            }
            const Day& d = found.value();
            const bool workday = q.value(2).toString() == QLatin1String("workday");
            if (workday != d.workday || (d.workday && q.value(3).toInt() != d.hoursOf) ||
                q.value(4).toString() != d.name)
                changed.append({q.value(0).toString(), d});
            toWrite.remove(day);
        }
        q.finish();
        for (const QString& id : std::as_const(dropped)) {
            const WriteResult deleted = writer.softDelete(kDays, id, -1);
            if (!deleted.ok())
                return deleted;
        }
        const auto values = [this](const Day& d) {
            return QVariantHash{
                {QStringLiteral("calendar_id"), m_id},
                {QStringLiteral("day"), d.day},
                {QStringLiteral("kind"), d.workday ? QStringLiteral("workday") : QStringLiteral("holiday")},
                {QStringLiteral("hours_of"), d.workday ? QVariant(d.hoursOf) : QVariant()},
                {QStringLiteral("name"), d.name.isEmpty() ? QVariant() : QVariant(d.name)}};
        };
        for (const auto& [id, d] : std::as_const(changed)) {
            const WriteResult updated = writer.update(kDays, id, -1, values(d));
            if (!updated.ok())
                return updated;
        }
        for (const Day& d : std::as_const(toWrite)) {
            const WriteResult inserted = writer.insert(kDays, values(d));
            if (!inserted.ok())
                return inserted;
        }
        return WriteResult();
    });
}

void BusinessCalendar::setHours(int weekday, const QList<Interval>& intervals)
{
    QList<Interval> sorted = intervals;
    std::sort(sorted.begin(), sorted.end(),
              [](const Interval& a, const Interval& b) { return a.startMinute < b.startMinute; });
    m_hours.insert(weekday, sorted);
}

QList<BusinessCalendar::Day> BusinessCalendar::days() const
{
    QList<Day> result = m_days.values();
    std::sort(result.begin(), result.end(), [](const Day& a, const Day& b) { return a.day < b.day; });
    return result;
}

void BusinessCalendar::setDays(const QList<Day>& days)
{
    m_days.clear();
    for (const Day& d : days) {
        if (d.day.isValid())
            m_days.insert(d.day, d);
    }
}

QList<BusinessCalendar::Interval> BusinessCalendar::intervalsOn(const QDate& day) const
{
    const auto found = m_days.constFind(day);
    if (found == m_days.cend())
        return m_hours.value(day.dayOfWeek());
    if (!found->workday)
        return {};
    return m_hours.value(found->hoursOf);
}

QDateTime BusinessCalendar::at(const QDate& day, int minute) const
{
    return QDateTime(day.addDays(minute / (24 * 60)), QTime((minute % (24 * 60)) / 60, minute % 60), m_zone);
}

QDateTime BusinessCalendar::addBusinessMinutes(const QDateTime& start, qint64 minutes) const
{
    qint64 remaining = std::max<qint64>(0, minutes) * 60;
    QDate day = start.toTimeZone(m_zone).date();
    for (int i = 0; i < kMaxDays; ++i, day = day.addDays(1)) {
        const QList<Interval> intervals = intervalsOn(day);
        for (const Interval& interval : intervals) {
            const QDateTime end = at(day, interval.endMinute);
            if (end <= start)
                continue;
            const QDateTime from = std::max(at(day, interval.startMinute), start);
            const qint64 span = from.secsTo(end);
            if (remaining <= span)
                return from.addSecs(remaining).toUTC();
            remaining -= span;
        }
    }
    return {};
}

qint64 BusinessCalendar::businessMinutesBetween(const QDateTime& from, const QDateTime& to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    qint64 seconds = 0;
    const QDate last = to.toTimeZone(m_zone).date();
    for (QDate day = from.toTimeZone(m_zone).date(); day <= last; day = day.addDays(1)) {
        const QList<Interval> intervals = intervalsOn(day);
        for (const Interval& interval : intervals) {
            const QDateTime start = std::max(at(day, interval.startMinute), from);
            const QDateTime end = std::min(at(day, interval.endMinute), to);
            if (start < end)
                seconds += start.secsTo(end);
        }
    }
    return seconds / 60;
}

#include "TicketDemoData.h"

#include "BusinessCalendar.h"
#include "Database.h"
#include "DocumentNumbering.h"
#include "RecordBatch.h"
#include "RecordWriter.h"
#include "SlaPolicies.h"
#include "SqlValues.h"
#include "TicketWorkflow.h"
#include "Uuid.h"

#include <QRandomGenerator64>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <iterator>

namespace {
const char* const kSubjects[] = {
    "设备无法开机",        "打印机频繁卡纸",        "系统登录失败",     "发票金额有误",
    "到货包装破损",        "安装调试预约",          "软件升级后报错",   "配件缺失",
    "Scanner not reading", "Invoice address wrong", "Server fan noise", "Cannot export report",
    "Delivery delayed",    "Licence key rejected",  "Training request", "Label printer offline",
};
const char* const kCategories[] = {"硬件故障", "软件问题", "安装调试", "账单疑问",
                                   "物流配送", "产品质量", "Hardware", "Software"};
const char* const kFeedback[] = {"处理及时，很满意",   "工程师很专业",  "等待时间较长", "问题已解决",
                                 "Quick and friendly", "Took too long", nullptr,        nullptr};
const char* const kPriorities[] = {"low", "normal", "normal", "normal", "high", "high", "urgent"};
const char* const kChannels[] = {"phone", "phone", "email", "wechat", "web", "visit"};

// The main way, in order; a ticket stops somewhere along it (most of them at the end).
const char* const kWay[] = {"received",           "assigned",    "contacted", "solution_proposed",
                            "customer_confirmed", "in_progress", "verified",  "closed"};
constexpr int kWaySteps = 8;

QVariant orNull(const QDateTime& when)
{
    return when.isValid() ? QVariant(when) : QVariant();
}
} // namespace

TicketDemoData::TicketDemoData(RecordWriter& writer, quint64 seed) : m_writer(writer), m_seed(seed) {}

bool TicketDemoData::generate(qint64 tickets, QString* error)
{
    Database& db = m_writer.database();
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (tickets <= 0)
        return true;
    QRandomGenerator64 random(m_seed * 104729 + 14);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    QStringList customers;
    if (!q.exec(QStringLiteral("SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY id")))
        return fail(q.lastError().text());
    while (q.next())
        customers << q.value(0).toString();
    QStringList reps;
    if (!q.exec(QStringLiteral("SELECT id FROM users WHERE active AND deleted_at IS NULL ORDER BY id")))
        return fail(q.lastError().text());
    while (q.next())
        reps << q.value(0).toString();
    QStringList products;
    if (!q.exec(QStringLiteral("SELECT id FROM products WHERE deleted_at IS NULL ORDER BY id")))
        return fail(q.lastError().text());
    while (q.next())
        products << q.value(0).toString();
    // Numbers after every ticket there is (and after the sequence), so none collides; the sequence follows on.
    qint64 base = 0;
    if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM tickets), last_number FROM document_counters "
                               "WHERE kind = 'ticket'")) ||
        !q.next())
        return fail(q.lastError().text());
    base = std::max(q.value(0).toLongLong(), q.value(1).toLongLong());
    q.finish();
    if (customers.isEmpty())
        return true;
    const QString pattern = DocumentNumbering::pattern(db, QStringLiteral("ticket"));
    BusinessCalendar calendar;
    QString readError;
    if (!BusinessCalendar::load(db, &calendar, &readError))
        return fail(readError);
    const QList<SlaPolicy> policies = SlaPolicies::load(db, &readError);
    if (!readError.isEmpty())
        return fail(readError);

    const QDateTime now = db.clock().nowUtc();
    RecordBatch ticketRows(m_writer, QStringLiteral("tickets"),
                           {QStringLiteral("id"),
                            QStringLiteral("number"),
                            QStringLiteral("kind"),
                            QStringLiteral("subject"),
                            QStringLiteral("customer_id"),
                            QStringLiteral("product_id"),
                            QStringLiteral("channel"),
                            QStringLiteral("category"),
                            QStringLiteral("priority"),
                            QStringLiteral("owner_id"),
                            QStringLiteral("status"),
                            QStringLiteral("received_at"),
                            QStringLiteral("first_response_due"),
                            QStringLiteral("resolution_due"),
                            QStringLiteral("first_response_at"),
                            QStringLiteral("resolved_at"),
                            QStringLiteral("closed_at"),
                            QStringLiteral("satisfaction"),
                            QStringLiteral("feedback"),
                            QStringLiteral("sla_warn_at"),
                            QStringLiteral("held_status"),
                            QStringLiteral("on_hold_since"),
                            QStringLiteral("first_response_minutes"),
                            QStringLiteral("resolution_minutes")});
    RecordBatch transitionRows(m_writer, QStringLiteral("ticket_transitions"),
                               {QStringLiteral("id"), QStringLiteral("ticket_id"), QStringLiteral("from_status"),
                                QStringLiteral("to_status"), QStringLiteral("user_id"), QStringLiteral("occurred_at"),
                                QStringLiteral("note")});
    const int thisYear = db.clock().today().year();
    qint64 lastThisYear = 0;
    for (qint64 i = 0; i < tickets; ++i) {
        const QString id = Uuid::createV7();
        const bool complaint = random.bounded(5) == 0;
        const QString kind = complaint ? QStringLiteral("complaint") : QStringLiteral("ticket");
        const QString priority = QLatin1String(kPriorities[random.bounded(int(std::size(kPriorities)))]);
        const QString owner = reps.isEmpty() ? QString() : reps.at(int(random.bounded(reps.size())));
        // Received within the past year, older tickets further along.
        const qint64 ageMinutes = qint64(random.bounded(365 * 24 * 60));
        const QDateTime received = now.addSecs(-ageMinutes * 60);
        int reached = kWaySteps - 1; // closed
        const int roll = int(random.bounded(100));
        if (ageMinutes < 30 * 24 * 60 && roll < 60)
            reached = int(random.bounded(kWaySteps - 1)); // a recent one is often still open
        else if (roll < 5)
            reached = int(random.bounded(kWaySteps - 1));
        if (owner.isEmpty())
            reached = 0;
        const bool onHold = reached > 1 && reached < kWaySteps - 1 && random.bounded(10) == 0;
        // The steps, from half an hour to two days apart (the first answer usually within the working day), never
        // in the future: most tickets meet their SLA, some do not.
        QDateTime at = received;
        QDateTime responded, resolved, closed;
        QString previous;
        for (int step = 0; step <= reached; ++step) {
            if (step > 0)
                at = at.addSecs(qint64(step <= 2 ? random.bounded(10, 8 * 60) : random.bounded(30, 48 * 60)) * 60);
            if (at > now)
                at = now;
            const QString status = QLatin1String(kWay[step]);
            transitionRows.add(Uuid::createV7(), id, previous.isEmpty() ? QVariant() : QVariant(previous), status,
                               step == 0 ? QVariant() : QVariant(owner), at, QVariant());
            ++m_transitions;
            if (!responded.isValid() && TicketWorkflow::isResponded(status))
                responded = at;
            if (!resolved.isValid() && TicketWorkflow::isResolved(status))
                resolved = at;
            if (status == QLatin1String("closed"))
                closed = at;
            previous = status;
        }
        QString status = previous;
        QDateTime holdSince;
        if (onHold) {
            holdSince = at;
            transitionRows.add(Uuid::createV7(), id, status, QStringLiteral("on_hold"), owner, at,
                               QStringLiteral("等待客户回复"));
            ++m_transitions;
        }
        const SlaDeadlines due = SlaPolicies::deadlines(calendar, SlaPolicies::find(policies, kind, priority), received,
                                                        0, responded.isValid());
        const int year = received.toTimeZone(calendar.timeZone()).date().year();
        const qint64 n = base + i + 1;
        if (year == thisYear)
            lastThisYear = n;
        int satisfaction = 0;
        QVariant feedback;
        if (closed.isValid()) {
            const int s = int(random.bounded(100));
            satisfaction = s < 45 ? 5 : s < 75 ? 4 : s < 88 ? 3 : s < 95 ? 2 : 1;
            const char* words = kFeedback[random.bounded(int(std::size(kFeedback)))];
            if (words)
                feedback = QString::fromUtf8(words);
        }
        ticketRows.add(
            id, DocumentNumbering::format(pattern, year, int(n)), kind,
            QString::fromUtf8(kSubjects[random.bounded(int(std::size(kSubjects)))]),
            customers.at(int(random.bounded(customers.size()))),
            products.isEmpty() || random.bounded(3) == 0 ? QVariant()
                                                         : QVariant(products.at(int(random.bounded(products.size())))),
            QLatin1String(kChannels[random.bounded(int(std::size(kChannels)))]),
            QString::fromUtf8(kCategories[random.bounded(int(std::size(kCategories)))]), priority,
            owner.isEmpty() ? QVariant() : QVariant(owner), onHold ? QStringLiteral("on_hold") : status, received,
            orNull(due.firstResponseDue), orNull(due.resolutionDue), orNull(responded), orNull(resolved),
            orNull(closed), satisfaction > 0 ? QVariant(satisfaction) : QVariant(), feedback,
            resolved.isValid() ? QVariant() : orNull(due.warnAt), onHold ? QVariant(status) : QVariant(),
            orNull(holdSince),
            responded.isValid() ? QVariant(calendar.businessMinutesBetween(received, responded)) : QVariant(),
            resolved.isValid() ? QVariant(calendar.businessMinutesBetween(received, resolved)) : QVariant());
        ++m_tickets;
        if (ticketRows.pendingRows() >= 2000) {
            WriteResult flushed = ticketRows.flush();
            if (flushed.ok())
                flushed = transitionRows.flush();
            if (!flushed.ok())
                return fail(flushed.message);
        }
    }
    WriteResult flushed = ticketRows.flush();
    if (flushed.ok())
        flushed = transitionRows.flush();
    if (!flushed.ok())
        return fail(flushed.message);
    if (lastThisYear > 0) {
        flushed = m_writer.updateWhere(
            QStringLiteral("document_counters"),
            {{QStringLiteral("year"), thisYear}, {QStringLiteral("last_number"), lastThisYear}},
            QStringLiteral("kind = 'ticket' AND (year < ? OR last_number < ?)"), {thisYear, lastThisYear});
        if (!flushed.ok())
            return fail(flushed.message);
    }
    return true;
}

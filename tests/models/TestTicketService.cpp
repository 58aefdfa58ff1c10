#include "AssignmentRules.h"
#include "BusinessCalendar.h"
#include "CustomerModel.h"
#include "DemoDataGenerator.h"
#include "NotificationInbox.h"
#include "NotificationSources.h"
#include "RecordTestHelpers.h"
#include "RecordWriter.h"
#include "ServiceReport.h"
#include "SlaPolicies.h"
#include "SqlValues.h"
#include "TestDatabase.h"
#include "TicketDemoData.h"
#include "TicketService.h"
#include "TicketWorkflow.h"

#include <QTest>

#include <QTimeZone>
#include <algorithm>
#include <numeric>

using namespace RecordTestHelpers;

// Service tickets through TicketService (SQLite and PostgreSQL): the workflow steps allowed and refused as the
// ticket_workflow table says, the timeline of every transition, assignment by the ticket rules, satisfaction on
// close, and the SLA deadlines counted in the business calendar (weekends, holidays, make-up working days, on-hold
// pauses, time zones) by a ManualClock.
class TestTicketService : public QObject
{
    Q_OBJECT

    static QDateTime shanghai(int y, int m, int d, int h, int min)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toUTC();
    }

    static QString makeCustomer(Database& db)
    {
        CustomerModel customers(db);
        customers.addRecord({{QStringLiteral("name"), QStringLiteral("东莞市华信机械有限公司")}});
        return customers.save().ok() ? customers.recordId(0) : QString();
    }

    static QString makeUser(Database& db, const QString& name)
    {
        const WriteResult r = RecordWriter::transact(db, [&](RecordWriter& writer) {
            return writer.insert(QStringLiteral("users"), {{QStringLiteral("username"), name},
                                                           {QStringLiteral("display_name"), name},
                                                           {QStringLiteral("role"), QStringLiteral("rep")}});
        });
        return r.ok() ? r.id : QString();
    }

    static Ticket newTicket(const QString& customer, const QString& kind = QStringLiteral("ticket"),
                            const QString& priority = QStringLiteral("normal"))
    {
        Ticket t;
        t.subject = QStringLiteral("打印机卡纸");
        t.customerId = customer;
        t.kind = kind;
        t.priority = priority;
        t.category = QStringLiteral("hardware");
        return t;
    }

    static QDateTime stored(Database& db, const QString& column, const QString& id)
    {
        return SqlValues::toDateTime(
            scalar(db, QStringLiteral("SELECT %1 FROM tickets WHERE id = ?").arg(column), {id}));
    }

private slots:
    void workflowFromTheTable_data() { TestDatabase::addTargets(); }
    void workflowFromTheTable()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock(shanghai(2026, 12, 7, 9, 0));
        db->setClock(&clock);
        const QString customer = makeCustomer(*db);
        const QString alice = makeUser(*db, QStringLiteral("alice"));
        const QString bob = makeUser(*db, QStringLiteral("bob"));
        QVERIFY(!customer.isEmpty() && !alice.isEmpty() && !bob.isEmpty());
        db->setCurrentUser(alice, QStringLiteral("alice"));

        // Created with an owner: received, then assigned at once; the number from the ticket sequence.
        Ticket ticket = newTicket(customer);
        ticket.ownerId = bob;
        WriteResult r = TicketService::create(*db, &ticket, QStringLiteral("客户来电"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(ticket.number, QStringLiteral("T2026-000001"));
        QCOMPARE(ticket.status, QStringLiteral("assigned"));
        Ticket loaded;
        QVERIFY2(TicketService::load(*db, ticket.id, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded.ownerId, bob);
        QCOMPARE(loaded.receivedAt, shanghai(2026, 12, 7, 9, 0));

        // Refused: a step the table does not have. Nothing changes, nothing is logged.
        r = TicketService::transition(*db, ticket.id, QStringLiteral("verified"));
        QCOMPARE(r.status, WriteResult::Invalid);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT status FROM tickets WHERE id = ?"), {ticket.id}).toString(),
                 QStringLiteral("assigned"));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM ticket_transitions WHERE ticket_id = ?"), {ticket.id}),
                 2);

        // The eight steps, an hour apart; closing needs the satisfaction score.
        const QStringList way{QStringLiteral("contacted"), QStringLiteral("solution_proposed"),
                              QStringLiteral("customer_confirmed"), QStringLiteral("in_progress"),
                              QStringLiteral("verified")};
        for (const QString& status : way) {
            clock.advance(3600 * 1000);
            r = TicketService::transition(*db, ticket.id, status, QStringLiteral("note %1").arg(status));
            QVERIFY2(r.ok(), qPrintable(status + QLatin1Char(' ') + r.message));
        }
        clock.advance(3600 * 1000);
        QCOMPARE(TicketService::transition(*db, ticket.id, QStringLiteral("closed")).status, WriteResult::Invalid);
        TicketService::Options close;
        close.satisfaction = 4;
        close.feedback = QStringLiteral("处理及时");
        r = TicketService::transition(*db, ticket.id, QStringLiteral("closed"), QString(), close);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY2(TicketService::load(*db, ticket.id, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded.status, QStringLiteral("closed"));
        QCOMPARE(loaded.satisfaction, 4);
        QCOMPARE(loaded.feedback, QStringLiteral("处理及时"));
        QCOMPARE(loaded.firstResponseAt, shanghai(2026, 12, 7, 10, 0));
        QCOMPARE(loaded.resolvedAt, shanghai(2026, 12, 7, 14, 0));
        // Business minutes it took: an hour; 9:00-14:00 less the lunch break.
        QCOMPARE(count(*db, QStringLiteral("SELECT first_response_minutes FROM tickets WHERE id = ?"), {ticket.id}),
                 60);
        QCOMPARE(count(*db, QStringLiteral("SELECT resolution_minutes FROM tickets WHERE id = ?"), {ticket.id}),
                 180 + 30);
        QCOMPARE(loaded.closedAt, shanghai(2026, 12, 7, 15, 0));
        QVERIFY(!loaded.slaWarnAt.isValid());

        // The timeline: every step with who, when and the note, in order.
        const QList<TicketEvent> events = TicketService::timeline(*db, ticket.id, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(events.size(), 8);
        QCOMPARE(events.at(0).fromStatus, QString());
        QCOMPARE(events.at(0).toStatus, QStringLiteral("received"));
        QCOMPARE(events.at(0).note, QStringLiteral("客户来电"));
        QCOMPARE(events.at(1).toStatus, QStringLiteral("assigned"));
        QCOMPARE(events.at(1).note, QStringLiteral("Assigned by hand"));
        QCOMPARE(events.at(2).fromStatus, QStringLiteral("assigned"));
        QCOMPARE(events.at(2).toStatus, QStringLiteral("contacted"));
        QCOMPARE(events.at(2).note, QStringLiteral("note contacted"));
        QCOMPARE(events.at(2).userName, QStringLiteral("alice"));
        QCOMPARE(events.at(2).occurredAt, shanghai(2026, 12, 7, 10, 0));
        QCOMPARE(events.at(7).toStatus, QStringLiteral("closed"));
        QVERIFY(events.at(7).note.startsWith(QStringLiteral("Satisfaction: 4/5")));

        // Reopened, then the team shortens its workflow: a step deactivated in the table is refused from then on.
        QVERIFY(TicketService::transition(*db, ticket.id, QStringLiteral("reopened")).ok());
        QVERIFY2(TicketService::load(*db, ticket.id, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded.satisfaction, 0);
        QVERIFY(!loaded.closedAt.isValid());
        QCOMPARE(TicketWorkflow::next(*db, QStringLiteral("ticket"), QStringLiteral("reopened")),
                 (QStringList{QStringLiteral("on_hold"), QStringLiteral("assigned"), QStringLiteral("contacted"),
                              QStringLiteral("in_progress")}));
        r = RecordWriter::transact(*db, [](RecordWriter& writer) {
            return writer.updateWhere(QStringLiteral("ticket_workflow"), {{QStringLiteral("active"), false}},
                                      QStringLiteral("from_status = ? AND to_status = ?"),
                                      {QStringLiteral("reopened"), QStringLiteral("in_progress")});
        });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(TicketService::transition(*db, ticket.id, QStringLiteral("in_progress")).status, WriteResult::Invalid);
        QVERIFY(TicketService::transition(*db, ticket.id, QStringLiteral("contacted")).ok());

        // A complaint-only step: complaints may skip the confirmation, tickets may not.
        r = RecordWriter::transact(*db, [](RecordWriter& writer) {
            return writer.insert(QStringLiteral("ticket_workflow"),
                                 {{QStringLiteral("kind"), QStringLiteral("complaint")},
                                  {QStringLiteral("from_status"), QStringLiteral("contacted")},
                                  {QStringLiteral("to_status"), QStringLiteral("in_progress")},
                                  {QStringLiteral("sort_order"), 50}});
        });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(TicketService::transition(*db, ticket.id, QStringLiteral("in_progress")).status, WriteResult::Invalid);
        Ticket complaint = newTicket(customer, QStringLiteral("complaint"));
        complaint.ownerId = alice;
        QVERIFY(TicketService::create(*db, &complaint).ok());
        QCOMPARE(complaint.number, QStringLiteral("T2026-000002"));
        QVERIFY(TicketService::transition(*db, complaint.id, QStringLiteral("contacted")).ok());
        QVERIFY(TicketService::transition(*db, complaint.id, QStringLiteral("in_progress")).ok());

        // A complaint verified waits for feedback and reminds its owner after the set days.
        clock.set(shanghai(2026, 12, 8, 10, 0));
        QVERIFY(TicketService::transition(*db, complaint.id, QStringLiteral("verified")).ok());
        QCOMPARE(stored(*db, QStringLiteral("feedback_requested_at"), complaint.id), shanghai(2026, 12, 8, 10, 0));
        QCOMPARE(stored(*db, QStringLiteral("feedback_remind_at"), complaint.id),
                 shanghai(2026, 12, 8 + TicketService::kFeedbackReminderDays, 10, 0));
        const NotificationSource* feedback = NotificationSources::find(QStringLiteral("ticket.feedback"));
        QVERIFY(feedback);
        QVERIFY(NotificationInbox::items(*db, *feedback, &error).isEmpty());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        clock.set(shanghai(2026, 12, 11, 10, 1));
        QList<NotificationItem> items = NotificationInbox::items(*db, *feedback, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).recordId, complaint.id);
        // The feedback recorded on closing ends the reminder.
        TicketService::Options closing;
        closing.satisfaction = 2;
        QVERIFY(TicketService::transition(*db, complaint.id, QStringLiteral("closed"), QString(), closing).ok());
        QVERIFY(NotificationInbox::items(*db, *feedback, &error).isEmpty());

        // A ticket past 80 % of its first-response time shows in its owner's inbox until it is answered.
        const NotificationSource* sla = NotificationSources::find(QStringLiteral("ticket.sla"));
        QVERIFY(sla);
        clock.set(shanghai(2026, 12, 14, 9, 0));
        Ticket late = newTicket(customer);
        late.ownerId = alice;
        QVERIFY(TicketService::create(*db, &late).ok());
        clock.set(shanghai(2026, 12, 14, 16, 0));
        QVERIFY(NotificationInbox::items(*db, *sla, &error).isEmpty());
        clock.set(shanghai(2026, 12, 14, 17, 0));
        items = NotificationInbox::items(*db, *sla, &error);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).recordId, late.id);
        QVERIFY(TicketService::transition(*db, late.id, QStringLiteral("contacted")).ok());
        QVERIFY(NotificationInbox::items(*db, *sla, &error).isEmpty());
    }

    void assignmentByRules_data() { TestDatabase::addTargets(); }
    void assignmentByRules()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock(shanghai(2026, 12, 7, 9, 0));
        db->setClock(&clock);
        const QString customer = makeCustomer(*db);
        const QString printerExpert = makeUser(*db, QStringLiteral("printer"));
        const QString generalist = makeUser(*db, QStringLiteral("general"));
        AssignmentRule printers;
        printers.entity = QStringLiteral("ticket");
        printers.name = QStringLiteral("Printers");
        printers.conditions = {{QStringLiteral("category"), QStringLiteral("equals"), QStringLiteral("hardware")}};
        printers.targetKind = QStringLiteral("user");
        printers.targetUserId = printerExpert;
        AssignmentRule rest;
        rest.entity = QStringLiteral("ticket");
        rest.name = QStringLiteral("Everything else");
        rest.targetKind = QStringLiteral("user");
        rest.targetUserId = generalist;
        WriteResult r = AssignmentRules(*db, QStringLiteral("ticket")).saveRules({printers, rest});
        QVERIFY2(r.ok(), qPrintable(r.message));
        // Lead rules are not ticket rules.
        QVERIFY(AssignmentRules(*db).rules().isEmpty());

        Ticket hardware = newTicket(customer);
        QVERIFY(TicketService::create(*db, &hardware).ok());
        QCOMPARE(hardware.ownerId, printerExpert);
        QCOMPARE(hardware.status, QStringLiteral("assigned"));
        QCOMPARE(TicketService::timeline(*db, hardware.id).at(1).note, QStringLiteral("Rule “Printers”"));
        Ticket billing = newTicket(customer);
        billing.category = QStringLiteral("billing");
        QVERIFY(TicketService::create(*db, &billing).ok());
        QCOMPARE(billing.ownerId, generalist);

        // No rule at all: the ticket stays received and unassigned; assigning it then needs a rep.
        QVERIFY(AssignmentRules(*db, QStringLiteral("ticket")).saveRules({}).ok());
        Ticket nobody = newTicket(customer);
        QVERIFY(TicketService::create(*db, &nobody).ok());
        QCOMPARE(nobody.status, QStringLiteral("received"));
        QVERIFY(nobody.ownerId.isEmpty());
        QCOMPARE(TicketService::transition(*db, nobody.id, QStringLiteral("assigned")).status, WriteResult::Invalid);
        TicketService::Options to;
        to.ownerId = generalist;
        QVERIFY(TicketService::transition(*db, nobody.id, QStringLiteral("assigned"), QString(), to).ok());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT owner_id FROM tickets WHERE id = ?"), {nobody.id}).toString(),
                 generalist);
    }

    // The calendar alone: working hours, weekends, holidays, make-up days, time zones.
    void businessCalendar_data() { TestDatabase::addTargets(); }
    void businessCalendar()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        BusinessCalendar calendar;
        QVERIFY2(BusinessCalendar::load(*db, &calendar, &error), qPrintable(error));
        QCOMPARE(calendar.timeZone().id(), QByteArrayLiteral("Asia/Shanghai"));
        QCOMPARE(calendar.intervalsOn(QDate(2026, 12, 7)).size(), 2); // a Monday
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 12, 6)));          // a Sunday
        QVERIFY(!calendar.isWorkingDay(QDate(2026, 10, 1)));          // 国庆节
        QVERIFY(calendar.isWorkingDay(QDate(2026, 10, 10)));          // 国庆节调休, a Saturday
        QVERIFY(!calendar.isWorkingDay(QDate(2027, 2, 8)));           // 春节 2027

        // Over a weekend: Friday 17:00 + 8 h = 1 h on Friday, 3 h + 4 h on Monday -> Monday 17:30.
        QCOMPARE(calendar.addBusinessMinutes(shanghai(2026, 12, 4, 17, 0), 480), shanghai(2026, 12, 7, 17, 30));
        // The lunch break is not working time.
        QCOMPARE(calendar.addBusinessMinutes(shanghai(2026, 12, 7, 11, 0), 120), shanghai(2026, 12, 7, 14, 30));
        // Over the National Day week: Wednesday 30 September 16:00 + 8 h -> Thursday 8 October 16:30.
        QCOMPARE(calendar.addBusinessMinutes(shanghai(2026, 9, 30, 16, 0), 480), shanghai(2026, 10, 8, 16, 30));
        // A make-up Saturday counts: Friday 9 October 17:00 + 8 h -> Saturday 10 October 17:30.
        QCOMPARE(calendar.addBusinessMinutes(shanghai(2026, 10, 9, 17, 0), 480), shanghai(2026, 10, 10, 17, 30));
        // Received before the day starts (Sunday 23:30 UTC is Monday 07:30 in China): counted from 09:00 Monday.
        QCOMPARE(calendar.addBusinessMinutes(QDateTime(QDate(2026, 12, 6), QTime(23, 30), Qt::UTC), 60),
                 shanghai(2026, 12, 7, 10, 0));
        QCOMPARE(calendar.businessMinutesBetween(shanghai(2026, 12, 4, 17, 0), shanghai(2026, 12, 7, 17, 30)),
                 qint64(480));
        QCOMPARE(calendar.businessMinutesBetween(shanghai(2026, 9, 30, 9, 0), shanghai(2026, 10, 10, 10, 0)),
                 qint64(450 * 3 + 60)); // 30 September, 8 and 9 October, an hour of the make-up Saturday

        // Another time zone, over the end of summer time (Berlin, 25 October 2026): Friday 17:00 CEST + 8 h ->
        // Monday 17:30 CET, 16:30 UTC.
        calendar.setTimeZone(QTimeZone(QByteArrayLiteral("Europe/Berlin")));
        QCOMPARE(calendar.addBusinessMinutes(QDateTime(QDate(2026, 10, 23), QTime(15, 0), Qt::UTC), 480),
                 QDateTime(QDate(2026, 10, 26), QTime(16, 30), Qt::UTC));

        // Saved and read back: hours, a new holiday and a removed make-up day.
        calendar.setHours(6, {{600, 840}});
        QList<BusinessCalendar::Day> days = calendar.days();
        days.erase(std::remove_if(days.begin(), days.end(),
                                  [](const BusinessCalendar::Day& d) { return d.day == QDate(2026, 10, 10); }),
                   days.end());
        days.append({QDate(2026, 12, 24), false, 1, QStringLiteral("公司年会")});
        calendar.setDays(days);
        WriteResult r = calendar.save(*db);
        QVERIFY2(r.ok(), qPrintable(r.message));
        BusinessCalendar again;
        QVERIFY2(BusinessCalendar::load(*db, &again, &error), qPrintable(error));
        QCOMPARE(again.timeZone().id(), QByteArrayLiteral("Europe/Berlin"));
        QCOMPARE(again.hours(6).size(), 1);
        QCOMPARE(again.hours(1).size(), 2);
        QVERIFY(!again.isWorkingDay(QDate(2026, 12, 24)));
        QVERIFY(again.isWorkingDay(QDate(2026, 10, 10))); // now an ordinary Saturday with hours
        QCOMPARE(again.intervalsOn(QDate(2026, 10, 10)).at(0).startMinute, 600);
        QCOMPARE(again.days().size(), days.size());
    }

    // Deadlines stored on the ticket, by kind and priority, paused on hold.
    void storedDeadlines_data() { TestDatabase::addTargets(); }
    void storedDeadlines()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock(shanghai(2026, 12, 7, 9, 0));
        db->setClock(&clock);
        const QString customer = makeCustomer(*db);
        const QString rep = makeUser(*db, QStringLiteral("rep"));

        // Normal ticket: 8 h (a day of 7.5 h + 0.5 h) to first response, 40 h (5 days + 2.5 h) to resolution.
        Ticket ticket = newTicket(customer);
        ticket.ownerId = rep;
        QVERIFY(TicketService::create(*db, &ticket).ok());
        QCOMPARE(stored(*db, QStringLiteral("first_response_due"), ticket.id), shanghai(2026, 12, 8, 9, 30));
        QCOMPARE(stored(*db, QStringLiteral("resolution_due"), ticket.id), shanghai(2026, 12, 14, 11, 30));
        // Warned at 80 % of the first response time (384 min: 180 + 204 -> 16:54).
        QCOMPARE(stored(*db, QStringLiteral("sla_warn_at"), ticket.id), shanghai(2026, 12, 7, 16, 54));

        // Contacted at 10:00, on hold at 11:00, back on Tuesday 11:00: 450 business minutes held move the deadline.
        clock.set(shanghai(2026, 12, 7, 10, 0));
        QVERIFY(TicketService::transition(*db, ticket.id, QStringLiteral("contacted")).ok());
        clock.set(shanghai(2026, 12, 7, 11, 0));
        QVERIFY(
            TicketService::transition(*db, ticket.id, QStringLiteral("on_hold"), QStringLiteral("等客户寄回")).ok());
        QCOMPARE(
            TicketWorkflow::next(*db, QStringLiteral("ticket"), QStringLiteral("on_hold"), QStringLiteral("contacted")),
            QStringList{QStringLiteral("contacted")});
        clock.set(shanghai(2026, 12, 8, 11, 0));
        QVERIFY(TicketService::transition(*db, ticket.id, TicketWorkflow::kResumed).ok());
        Ticket loaded;
        QVERIFY2(TicketService::load(*db, ticket.id, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded.status, QStringLiteral("contacted"));
        QCOMPARE(loaded.slaHoldMinutes, 450);
        QVERIFY(!loaded.onHoldSince.isValid());
        QCOMPARE(loaded.resolutionDue, shanghai(2026, 12, 15, 11, 30));
        QCOMPARE(loaded.firstResponseAt, shanghai(2026, 12, 7, 10, 0));

        // An urgent complaint received on the eve of the National Day holiday.
        clock.set(shanghai(2026, 9, 30, 16, 0));
        Ticket complaint = newTicket(customer, QStringLiteral("complaint"), QStringLiteral("urgent"));
        complaint.ownerId = rep;
        QVERIFY(TicketService::create(*db, &complaint).ok());
        QCOMPARE(stored(*db, QStringLiteral("first_response_due"), complaint.id), shanghai(2026, 9, 30, 16, 30));
        QCOMPARE(stored(*db, QStringLiteral("resolution_due"), complaint.id), shanghai(2026, 10, 8, 11, 0));

        // Priority raised later: the deadlines follow the new policy from the same start.
        QVERIFY2(TicketService::load(*db, ticket.id, &loaded, &error), qPrintable(error));
        loaded.priority = QStringLiteral("urgent");
        QVERIFY(TicketService::saveDetails(*db, loaded).ok());
        // 480 + 450 held = 930: Monday 450, Tuesday 450, Wednesday 30.
        QCOMPARE(stored(*db, QStringLiteral("resolution_due"), ticket.id), shanghai(2026, 12, 9, 9, 30));

        // New SLA minutes apply at the next transition.
        QList<SlaPolicy> policies = SlaPolicies::load(*db, &error);
        QCOMPARE(policies.size(), 8);
        for (SlaPolicy& p : policies) {
            if (p.kind == QLatin1String("ticket") && p.priority == QLatin1String("urgent"))
                p.resolutionMinutes = 900;
        }
        QVERIFY(SlaPolicies::save(*db, policies).ok());
        policies.first().resolutionMinutes = 1;
        QCOMPARE(SlaPolicies::save(*db, policies).status, WriteResult::Invalid);
        QVERIFY(TicketService::transition(*db, ticket.id, QStringLiteral("solution_proposed")).ok());
        // 900 + 450 held = exactly three working days.
        QCOMPARE(stored(*db, QStringLiteral("resolution_due"), ticket.id), shanghai(2026, 12, 9, 18, 0));
    }

    // The service report's figures against the test's own SQL, on demo tickets.
    void serviceReport_data() { TestDatabase::addTargets(); }
    void serviceReport()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock(shanghai(2026, 12, 7, 9, 0));
        db->setClock(&clock);
        DemoDataGenerator::Options options;
        options.customers = 40;
        options.activities = false;
        QVERIFY2(DemoDataGenerator(*db).generate(options, &error), qPrintable(error));
        {
            RecordWriter writer(*db);
            TicketDemoData data(writer, 7);
            QVERIFY2(data.generate(400, &error), qPrintable(error));
            QVERIFY(writer.commit().ok());
            QCOMPARE(data.ticketsWritten(), qint64(400));
        }
        QVERIFY(count(*db, QStringLiteral("SELECT COUNT(*) FROM ticket_transitions")) >= 4 * 400);

        const ServiceReport report(*db);
        const ReportFilter all;
        const ServiceReport::Sla sla = report.sla(all, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(sla.tickets, qint64(400));
        QCOMPARE(sla.responded, qint64(count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE first_response_at "
                                                                 "IS NOT NULL"))));
        QCOMPARE(sla.respondedInTime,
                 qint64(count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE first_response_at <= "
                                                  "first_response_due"))));
        QCOMPARE(sla.resolvedInTime, qint64(count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE resolved_at "
                                                                      "<= resolution_due"))));
        QVERIFY(sla.responded > 0 && sla.resolved > 0);
        QVERIFY(qAbs(sla.meanResolutionMinutes -
                     scalar(*db, QStringLiteral("SELECT AVG(resolution_minutes) FROM tickets")).toDouble()) < 0.01);

        qint64 open = 0;
        for (const ServiceReport::OpenRow& row : report.openByAge(all, &error)) {
            QCOMPARE(std::accumulate(row.counts.cbegin(), row.counts.cend(), qint64(0)),
                     qint64(count(*db,
                                  QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status <> 'closed' AND "
                                                 "priority = ?"),
                                  {row.priority})));
            open += std::accumulate(row.counts.cbegin(), row.counts.cend(), qint64(0));
        }
        QCOMPARE(open, qint64(count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status <> 'closed'"))));

        const QList<ServiceReport::SatisfactionRow> byRep = report.satisfaction(all, ServiceReport::By::Rep, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!byRep.isEmpty());
        qint64 scored = 0;
        for (const ServiceReport::SatisfactionRow& row : byRep) {
            QCOMPARE(row.count, qint64(count(*db,
                                             QStringLiteral("SELECT COUNT(*) FROM tickets WHERE owner_id = ? AND "
                                                            "satisfaction IS NOT NULL"),
                                             {row.key})));
            const double average =
                scalar(*db, QStringLiteral("SELECT AVG(satisfaction) FROM tickets WHERE owner_id = ?"), {row.key})
                    .toDouble();
            QVERIFY2(qAbs(row.average - average) < 1e-9, qPrintable(QString::number(row.average)));
            for (int score = 1; score <= 5; ++score)
                QCOMPARE(row.distribution.at(score - 1),
                         qint64(count(*db,
                                      QStringLiteral("SELECT COUNT(*) FROM tickets WHERE owner_id = ? AND "
                                                     "satisfaction = ?"),
                                      {row.key, score})));
            scored += row.count;
        }
        QCOMPARE(scored,
                 qint64(count(*db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE satisfaction IS NOT NULL"))));
        qint64 byCategory = 0;
        for (const auto& row : report.satisfaction(all, ServiceReport::By::Category, &error))
            byCategory += row.count;
        QCOMPARE(byCategory, scored);

        const ServiceReport::ComplaintTrend trend = report.complaints(all, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(trend.months.size(), 12);
        QCOMPARE(trend.months.last(), QDate(2026, 12, 1));
        qint64 complaints = 0;
        for (const auto& row : trend.rows)
            complaints += std::accumulate(row.counts.cbegin(), row.counts.cend(), qint64(0));
        QCOMPARE(complaints, qint64(count(*db,
                                          QStringLiteral("SELECT COUNT(*) FROM tickets WHERE kind = 'complaint' AND "
                                                         "received_at >= ?"),
                                          {SqlValues::timestamp(QDateTime(QDate(2026, 1, 1), QTime(0, 0)).toUTC())})));
        QVERIFY(complaints > 0);
        QCOMPARE(report.tables(all, &error).size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestTicketService)
#include "TestTicketService.moc"

#include "AssignmentRules.h"
#include "LeadAssignments.h"
#include "LeadModel.h"
#include "RecordTestHelpers.h"
#include "RecordWriter.h"
#include "SqlValues.h"
#include "TestDatabase.h"

#include <QSemaphore>
#include <QTest>

#include <thread>

using namespace RecordTestHelpers;

// Lead assignment rules on SQLite and PostgreSQL: evaluation order, each condition, round robin fairness, caps,
// inactive and absent reps, no eligible rep, the log of every owner change, and two connections assigning at once.
class TestAssignmentRules : public QObject
{
    Q_OBJECT

private:
    struct Team
    {
        QString id;
        QStringList reps; // in id order (the round-robin order)
    };

    static Team makeTeam(Database& db, const QString& name, int reps)
    {
        Team team;
        const WriteResult made = RecordWriter::transact(db, [&](RecordWriter& writer) {
            const WriteResult t = writer.insert(QStringLiteral("teams"), {{QStringLiteral("name"), name}});
            if (!t.ok())
                return t;
            team.id = t.id;
            team.reps.clear();
            for (int i = 0; i < reps; ++i) {
                const QString username = QStringLiteral("%1.rep%2").arg(name).arg(i);
                const WriteResult u =
                    writer.insert(QStringLiteral("users"), {{QStringLiteral("username"), username},
                                                            {QStringLiteral("display_name"), username},
                                                            {QStringLiteral("team_id"), team.id}});
                if (!u.ok())
                    return u;
                team.reps << u.id;
            }
            return WriteResult();
        });
        if (!made.ok())
            qWarning("makeTeam: %s", qPrintable(made.message));
        team.reps.sort();
        return team;
    }

    static AssignmentRule teamRule(const QString& name, const Team& team, const QList<AssignmentCondition>& when = {},
                                   int cap = 0, const QString& strategy = QStringLiteral("round_robin"))
    {
        AssignmentRule rule;
        rule.name = name;
        rule.conditions = when;
        rule.targetKind = QStringLiteral("team");
        rule.targetTeamId = team.id;
        rule.strategy = strategy;
        rule.openCap = cap;
        return rule;
    }

    static AssignmentRule userRule(const QString& name, const QString& userId,
                                   const QList<AssignmentCondition>& when = {}, int cap = 0)
    {
        AssignmentRule rule;
        rule.name = name;
        rule.conditions = when;
        rule.targetKind = QStringLiteral("user");
        rule.targetUserId = userId;
        rule.openCap = cap;
        return rule;
    }

    // n unassigned leads written straight through the writer (no rules applied), oldest first.
    static QStringList makeLeads(Database& db, int n, const QVariantHash& fields = {})
    {
        QStringList ids;
        RecordWriter::transact(db, [&](RecordWriter& writer) {
            ids.clear();
            for (int i = 0; i < n; ++i) {
                QVariantHash row = fields;
                row.insert(QStringLiteral("name"), QStringLiteral("Lead %1").arg(i));
                const WriteResult w = writer.insert(QStringLiteral("leads"), row);
                if (!w.ok())
                    return w;
                ids << w.id;
            }
            return WriteResult();
        });
        return ids;
    }

    static int ownedBy(const Database& db, const QString& userId)
    {
        return count(db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE owner_id = ? AND deleted_at IS NULL"),
                     {userId});
    }

    static void setUser(Database& db, const QString& userId, const QVariantHash& changes)
    {
        const WriteResult w = RecordWriter::transact(
            db, [&](RecordWriter& writer) { return writer.update(QStringLiteral("users"), userId, -1, changes); });
        QVERIFY2(w.ok(), qPrintable(w.message));
    }

private Q_SLOTS:
    void conditions_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("actual");
        QTest::addColumn<bool>("holds");
        QTest::newRow("equals ignores case and spaces") << "equals"
                                                        << "Guangdong"
                                                        << " guangdong " << true;
        QTest::newRow("equals other") << "equals"
                                      << "Guangdong"
                                      << "Zhejiang" << false;
        QTest::newRow("not_equals") << "not_equals"
                                    << "Guangdong"
                                    << "Zhejiang" << true;
        QTest::newRow("not_equals same") << "not_equals"
                                         << "广东"
                                         << "广东" << false;
        QTest::newRow("contains") << "contains"
                                  << "erp"
                                  << "Cloud ERP suite" << true;
        QTest::newRow("contains not") << "contains"
                                      << "crm"
                                      << "Cloud ERP suite" << false;
        QTest::newRow("in") << "in"
                            << "广东, 广西，海南"
                            << "海南" << true;
        QTest::newRow("in not") << "in"
                                << "广东、广西"
                                << "福建" << false;
        QTest::newRow("empty") << "empty"
                               << ""
                               << "" << true;
        QTest::newRow("empty not") << "empty"
                                   << ""
                                   << "x" << false;
        QTest::newRow("not_empty") << "not_empty"
                                   << ""
                                   << "x" << true;
        QTest::newRow("unknown operator") << "matches_regex"
                                          << ".*"
                                          << "x" << false;
    }
    void conditions()
    {
        QFETCH(QString, op);
        QFETCH(QString, value);
        QFETCH(QString, actual);
        QFETCH(bool, holds);
        const AssignmentCondition c{QStringLiteral("region"), op, value};
        QCOMPARE(c.holds({{QStringLiteral("region"), actual}}), holds);
        // Stored as JSON and read back the same.
        AssignmentRule rule;
        rule.conditions = {c};
        const QList<AssignmentCondition> back = AssignmentRule::conditionsFromJson(rule.conditionsJson());
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().op, op);
        QCOMPARE(back.first().value, value);
    }

    void firstMatchingRuleWinsInOrder_data() { TestDatabase::addTargets(); }
    void firstMatchingRuleWinsInOrder()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const Team south = makeTeam(*db, QStringLiteral("south"), 1);
        const Team east = makeTeam(*db, QStringLiteral("east"), 1);
        const Team all = makeTeam(*db, QStringLiteral("all"), 1);
        AssignmentRules rules(*db);
        const QList<AssignmentRule> ordered{
            teamRule(QStringLiteral("South China"), south,
                     {{QStringLiteral("region"), QStringLiteral("in"), QStringLiteral("广东,广西")}}),
            teamRule(QStringLiteral("ERP in the east"), east,
                     {{QStringLiteral("region"), QStringLiteral("equals"), QStringLiteral("浙江")},
                      {QStringLiteral("product_interest"), QStringLiteral("contains"), QStringLiteral("ERP")}}),
            teamRule(QStringLiteral("Everyone else"), all)};
        QVERIFY(rules.saveRules(ordered).ok());
        QCOMPARE(rules.rules().size(), 3);
        QCOMPARE(rules.rules().at(1).name, QStringLiteral("ERP in the east"));

        auto ownerOf = [&](const QString& region, const QString& product) {
            LeadModel model(*db);
            model.addRecord({{QStringLiteral("name"), QStringLiteral("王芳")},
                             {QStringLiteral("region"), region},
                             {QStringLiteral("product_interest"), product},
                             {QStringLiteral("owner_id"), QVariant()}});
            const auto saved = model.save();
            if (!saved.ok())
                qWarning("%s", qPrintable(saved.message));
            return model.value(0, QStringLiteral("owner_id")).toString();
        };
        QCOMPARE(ownerOf(QStringLiteral("广东"), QStringLiteral("ERP")), south.reps.first());
        QCOMPARE(ownerOf(QStringLiteral("浙江"), QStringLiteral("Cloud ERP")), east.reps.first());
        QCOMPARE(ownerOf(QStringLiteral("浙江"), QStringLiteral("CRM")), all.reps.first()); // second condition fails
        QCOMPARE(ownerOf(QStringLiteral("北京"), QString()), all.reps.first());

        // Reordered: the catch-all first now takes everything.
        QList<AssignmentRule> reordered = rules.rules();
        reordered.move(2, 0);
        QVERIFY(rules.saveRules(reordered).ok());
        QCOMPARE(rules.rules().first().name, QStringLiteral("Everyone else"));
        QCOMPARE(ownerOf(QStringLiteral("广东"), QString()), all.reps.first());

        // Each automatic assignment is logged with its rule; an inactive rule is passed over.
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM lead_assignments WHERE rule_id IS NOT NULL")), 5);
        reordered = rules.rules();
        reordered[0].active = false;
        QVERIFY(rules.saveRules(reordered).ok());
        QCOMPARE(ownerOf(QStringLiteral("广西"), QString()), south.reps.first());
        // Removed from the list: tombstoned.
        reordered = rules.rules();
        reordered.removeFirst();
        QVERIFY(rules.saveRules(reordered).ok());
        QCOMPARE(rules.rules().size(), 2);
    }

    void roundRobinIsFair_data() { TestDatabase::addTargets(); }
    void roundRobinIsFair()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const Team team = makeTeam(*db, QStringLiteral("sales"), 4);
        QVERIFY(AssignmentRules(*db).saveRules({teamRule(QStringLiteral("Round robin"), team)}).ok());
        const QStringList leads = makeLeads(*db, 1000);
        QCOMPARE(leads.size(), 1000);

        // A dry run decides the same and writes nothing.
        QList<LeadAssignments::Outcome> outcomes;
        QVERIFY2(LeadAssignments(*db).assignUnassigned(true, &outcomes, &error), qPrintable(error));
        QCOMPARE(outcomes.size(), 1000);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE owner_id IS NOT NULL")), 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM lead_assignments")), 0);
        const QString dryFirst = outcomes.first().ownerId;

        QVERIFY2(LeadAssignments(*db).assignUnassigned(false, &outcomes, &error), qPrintable(error));
        QCOMPARE(outcomes.size(), 1000);
        QCOMPARE(outcomes.first().ownerId, dryFirst);
        for (const QString& rep : team.reps)
            QCOMPARE(ownedBy(*db, rep), 250);
        // Turns go in order: lead i (oldest first) to rep i mod 4.
        for (int i = 0; i < 8; ++i)
            QCOMPARE(outcomes.at(i).ownerId, team.reps.at(i % 4));
        QCOMPARE(outcomes.first().ruleName, QStringLiteral("Round robin"));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM lead_assignments WHERE rule_id IS NOT NULL "
                                           "AND previous_owner_id IS NULL")),
                 1000);
        // Nothing left to assign.
        QVERIFY(LeadAssignments(*db).assignUnassigned(false, &outcomes, &error));
        QCOMPARE(outcomes.size(), 0);
    }

    void capsAndFewestOpen_data() { TestDatabase::addTargets(); }
    void capsAndFewestOpen()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const Team team = makeTeam(*db, QStringLiteral("capped"), 3);
        QVERIFY(AssignmentRules(*db)
                    .saveRules({teamRule(QStringLiteral("Least loaded"), team, {}, 3, QStringLiteral("fewest_open"))})
                    .ok());
        // rep0 already holds two open leads and a closed one (closed leads do not count).
        const QStringList held = makeLeads(*db, 3, {{QStringLiteral("owner_id"), team.reps.at(0)}});
        QVERIFY(RecordWriter::transact(*db, [&](RecordWriter& writer) {
                    return writer.update(QStringLiteral("leads"), held.at(2), -1,
                                         {{QStringLiteral("status"), QStringLiteral("disqualified")},
                                          {QStringLiteral("disqualify_reason"), QStringLiteral("no budget")}});
                }).ok());
        makeLeads(*db, 10);
        QList<LeadAssignments::Outcome> outcomes;
        QVERIFY2(LeadAssignments(*db).assignUnassigned(false, &outcomes, &error), qPrintable(error));
        QCOMPARE(outcomes.size(), 10);
        // Capacity left: 1 + 3 + 3 = 7; the rest stay unassigned with the reason.
        int assigned = 0;
        for (const auto& o : outcomes)
            assigned += o.ownerId.isEmpty() ? 0 : 1;
        QCOMPARE(assigned, 7);
        QVERIFY(outcomes.last().ownerId.isEmpty());
        QVERIFY(outcomes.last().reason.contains(QStringLiteral("No eligible rep")));
        // The fewest-open pick went to the empty reps first: rep0's third open lead came last of the seven.
        QCOMPARE(outcomes.first().ownerId == team.reps.at(0), false);
        for (const QString& rep : team.reps)
            QCOMPARE(count(*db,
                           QStringLiteral("SELECT COUNT(*) FROM leads WHERE owner_id = ? AND status IN "
                                          "('new', 'contacted', 'qualified')"),
                           {rep}),
                     3);
    }

    void inactiveAndAbsentRepsAreSkipped_data() { TestDatabase::addTargets(); }
    void inactiveAndAbsentRepsAreSkipped()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock(QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC));
        db->setClock(&clock);
        const Team team = makeTeam(*db, QStringLiteral("away"), 3);
        const Team backup = makeTeam(*db, QStringLiteral("backup"), 1);
        QVERIFY(AssignmentRules(*db)
                    .saveRules({teamRule(QStringLiteral("Team"), team),
                                userRule(QStringLiteral("Backup rep"), backup.reps.first())})
                    .ok());
        setUser(*db, team.reps.at(0), {{QStringLiteral("active"), false}});
        setUser(*db, team.reps.at(1), {{QStringLiteral("absent_until"), SqlValues::date(QDate(2026, 12, 10))}});
        setUser(*db, team.reps.at(2), {{QStringLiteral("absent_until"), SqlValues::date(QDate(2026, 12, 2))}});

        makeLeads(*db, 4);
        QList<LeadAssignments::Outcome> outcomes;
        QVERIFY2(LeadAssignments(*db).assignUnassigned(false, &outcomes, &error), qPrintable(error));
        for (const auto& o : outcomes)
            QCOMPARE(o.ownerId, team.reps.at(2)); // back since yesterday; the others skipped

        // Everyone in the team away: the next rule (one rep) takes it.
        setUser(*db, team.reps.at(2), {{QStringLiteral("absent_until"), SqlValues::date(QDate(2026, 12, 3))}});
        makeLeads(*db, 1);
        QVERIFY(LeadAssignments(*db).assignUnassigned(false, &outcomes, &error));
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().ownerId, backup.reps.first());
        QCOMPARE(outcomes.first().ruleName, QStringLiteral("Backup rep"));

        // The day after rep1's absence ends, the team takes leads again.
        clock.set(QDateTime(QDate(2026, 12, 11), QTime(9, 0), Qt::UTC));
        makeLeads(*db, 1);
        QVERIFY(LeadAssignments(*db).assignUnassigned(false, &outcomes, &error));
        QCOMPARE(outcomes.first().ownerId, team.reps.at(1));
        db->setClock(nullptr);
    }

    void noEligibleRepLeavesTheLeadUnassigned_data() { TestDatabase::addTargets(); }
    void noEligibleRepLeavesTheLeadUnassigned()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const Team team = makeTeam(*db, QStringLiteral("solo"), 1);
        // No rules at all: nothing matches.
        LeadModel model(*db);
        model.addRecord({{QStringLiteral("name"), QStringLiteral("Li Lei")}, {QStringLiteral("owner_id"), QVariant()}});
        QVERIFY(model.save().ok());
        QVERIFY(model.value(0, QStringLiteral("owner_id")).isNull());
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM lead_assignments")), 0);

        QVERIFY(AssignmentRules(*db)
                    .saveRules(
                        {userRule(QStringLiteral("Only in Sichuan"), team.reps.first(),
                                  {{QStringLiteral("region"), QStringLiteral("equals"), QStringLiteral("四川")}}, 1)})
                    .ok());
        makeLeads(*db, 2, {{QStringLiteral("region"), QStringLiteral("四川")}});
        QList<LeadAssignments::Outcome> outcomes;
        QVERIFY(LeadAssignments(*db).assignUnassigned(false, &outcomes, &error));
        QCOMPARE(outcomes.size(), 3);
        QVERIFY(outcomes.at(0).ownerId.isEmpty()); // Li Lei: no region, no rule
        QCOMPARE(outcomes.at(0).reason, QStringLiteral("No rule matches"));
        QCOMPARE(outcomes.at(1).ownerId, team.reps.first());
        QVERIFY(outcomes.at(2).ownerId.isEmpty()); // the rep's cap of one
        QVERIFY(outcomes.at(2).reason.startsWith(QStringLiteral("No eligible rep")));
    }

    void manualReassignmentIsLogged_data() { TestDatabase::addTargets(); }
    void manualReassignmentIsLogged()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const Team team = makeTeam(*db, QStringLiteral("hand"), 2);
        LeadModel model(*db);
        model.addRecord(
            {{QStringLiteral("name"), QStringLiteral("陈静")}, {QStringLiteral("owner_id"), team.reps.at(0)}});
        QVERIFY(model.save().ok());
        const QString lead = model.recordId(0);
        // Chosen in the form when entered: logged without a rule.
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM lead_assignments WHERE lead_id = ? AND rule_id IS NULL"),
                       {lead}),
                 1);
        // Changed in the form.
        QVERIFY(model.setValue(0, QStringLiteral("owner_id"), team.reps.at(1)));
        QVERIFY(model.save().ok());
        // And through the service, with a reason.
        QVERIFY(LeadAssignments(*db).reassign(lead, team.reps.at(0), QStringLiteral("Speaks Cantonese")).ok());
        const auto history = LeadAssignments(*db).history(lead);
        QCOMPARE(history.size(), 3);
        QCOMPARE(
            history.first().ownerName,
            scalar(*db, QStringLiteral("SELECT display_name FROM users WHERE id = ?"), {team.reps.at(0)}).toString());
        QCOMPARE(history.first().reason, QStringLiteral("Speaks Cantonese"));
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT previous_owner_id FROM lead_assignments WHERE lead_id = ? AND "
                                       "reason = 'Speaks Cantonese'"),
                        {lead})
                     .toString(),
                 team.reps.at(1));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT owner_id FROM leads WHERE id = ?"), {lead}).toString(),
                 team.reps.at(0));
        // Editing something else writes no log line.
        LeadModel again(*db);
        QVERIFY(again.selectRecord(lead));
        QVERIFY(again.setValue(0, QStringLiteral("notes"), QStringLiteral("call after 3 pm")));
        QVERIFY(again.save().ok());
        QCOMPARE(LeadAssignments(*db).history(lead).size(), 3);
    }

    // Two connections assign at once: neither takes a turn the other took, nobody goes over the cap.
    void concurrentAssignmentKeepsTurnsAndCaps_data() { TestDatabase::addTargets(); }
    void concurrentAssignmentKeepsTurnsAndCaps()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const Team team = makeTeam(*db, QStringLiteral("race"), 3);
        QVERIFY(AssignmentRules(*db).saveRules({teamRule(QStringLiteral("Capped round robin"), team, {}, 20)}).ok());
        const QStringList leads = makeLeads(*db, 80);
        QCOMPARE(leads.size(), 80);

        // Each connection takes every other lead, one transaction per lead, started together.
        QSemaphore ready;
        QSemaphore go;
        QStringList failures[2];
        auto work = [&](int half) {
            QString openError;
            auto own = tdb.open(&openError);
            if (!own) {
                failures[half] << openError;
                ready.release();
                return;
            }
            ready.release();
            go.acquire();
            for (int i = half; i < leads.size(); i += 2) {
                const WriteResult r = LeadAssignments(*own).assignByRules(leads.at(i));
                if (!r.ok())
                    failures[half] << r.message;
            }
        };
        std::thread first(work, 0);
        std::thread second(work, 1);
        ready.acquire(2);
        go.release(2);
        first.join();
        second.join();
        QVERIFY2(failures[0].isEmpty(), qPrintable(failures[0].join(QLatin1Char('\n'))));
        QVERIFY2(failures[1].isEmpty(), qPrintable(failures[1].join(QLatin1Char('\n'))));

        // Capacity 3 x 20: exactly 60 assigned, 20 each; one log line and one turn per assignment.
        for (const QString& rep : team.reps)
            QCOMPARE(ownedBy(*db, rep), 20);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE owner_id IS NULL")), 20);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM lead_assignments")), 60);
        QCOMPARE(count(*db, QStringLiteral("SELECT turns FROM assignment_rule_state")), 60);
    }
};

QTEST_GUILESS_MAIN(TestAssignmentRules)
#include "TestAssignmentRules.moc"

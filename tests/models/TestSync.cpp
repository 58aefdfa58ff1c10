#include "AuditTestHelpers.h"
#include "RecordTestHelpers.h"
#include "RecordWriter.h"
#include "SqlValues.h"
#include "SyncReplica.h"
#include "SyncSession.h"
#include "SyncTables.h"
#include "TestDatabase.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace RecordTestHelpers;

// Offline replicas against a real PostgreSQL server (issue 18): per-field versions, field-by-field merge, conflicts
// kept for the user, update against delete, a pull cursor no long transaction slips past, a batch sent twice applied
// once, a laptop clock a day off changing nothing, and the cr-sqlite style property test: random edits on several
// replicas with random partial syncs and lost answers, then a full sync after which everything equals the server.
class TestSync : public QObject
{
    Q_OBJECT

private:
    struct Replica
    {
        QString path;
        std::unique_ptr<Database> db;
        std::unique_ptr<Database> server; // the replica's own connection to the server
    };

    std::unique_ptr<TestDatabase> m_server;
    std::unique_ptr<Database> m_serverDb;
    QTemporaryDir m_dir;
    int m_made = 0;

    bool startServer()
    {
        if (!TestDatabase::postgresAvailable())
            return false;
        m_server = std::make_unique<TestDatabase>(QStringLiteral("postgresql"));
        QString error;
        m_serverDb = m_server->open(&error);
        if (!m_serverDb)
            qWarning("%s", qPrintable(error));
        return m_serverDb != nullptr;
    }

    std::unique_ptr<Replica> cloneReplica()
    {
        auto replica = std::make_unique<Replica>();
        replica->path = m_dir.filePath(QStringLiteral("replica%1.sqlite").arg(++m_made));
        QString error;
        replica->server = m_server->open(&error);
        if (!replica->server) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        SyncSession::Report report;
        if (!SyncSession::clone(*replica->server, m_server->databaseArgument(), replica->path, &report, &error)) {
            qWarning("clone: %s", qPrintable(error));
            return nullptr;
        }
        ConnectionSettings settings;
        ConnectionSettings::parse(replica->path, &settings, &error);
        replica->db = Database::open(settings, &error);
        if (!replica->db)
            qWarning("%s", qPrintable(error));
        return replica->db ? std::move(replica) : nullptr;
    }

    static bool sync(Replica& r, SyncSession::Report* report = nullptr)
    {
        SyncSession::Report own;
        QString error;
        SyncSession session(*r.db, *r.server);
        const bool ok = session.sync(report ? report : &own, &error);
        if (!ok)
            qWarning("sync: %s", qPrintable(error));
        return ok;
    }

    static QString insertCustomer(Database& db, const QString& name, const QString& city = QString())
    {
        return RecordWriter::transact(db,
                                      [&](RecordWriter& w) {
                                          return w.insert(
                                              QStringLiteral("customers"),
                                              {{QStringLiteral("name"), name}, {QStringLiteral("city"), city}});
                                      })
            .id;
    }
    static bool setField(Database& db, const QString& id, const QString& field, const QVariant& value)
    {
        const WriteResult r = RecordWriter::transact(db, [&](RecordWriter& w) {
            return w.update(QStringLiteral("customers"), id, -1, {{field, value}});
        });
        if (!r.ok())
            qWarning("update: %s", qPrintable(r.message));
        return r.ok();
    }
    static bool remove(Database& db, const QString& id)
    {
        return RecordWriter::transact(
                   db, [&](RecordWriter& w) { return w.softDelete(QStringLiteral("customers"), id, -1); })
            .ok();
    }
    static QString field(const Database& db, const QString& id, const QString& column)
    {
        return scalar(db, QStringLiteral("SELECT %1 FROM customers WHERE id = ?").arg(column), {id}).toString();
    }
    // Every customer as "id|name|city|phone|deleted|version", sorted: what must be equal everywhere.
    static QStringList customers(const Database& db)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT id, name, city, phone, deleted_at IS NOT NULL, version FROM customers"));
        QStringList rows;
        while (q.next())
            rows << QStringLiteral("%1|%2|%3|%4|%5|%6")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                             q.value(4).toBool() ? QStringLiteral("deleted") : QString())
                        .arg(q.value(5).toInt());
        rows.sort();
        return rows;
    }

    // Every synced table's ids, sorted, as db shows them: a replica must hold exactly what its user sees on the server.
    static QStringList syncedIds(Database& db, const QStringList& tables)
    {
        QStringList all;
        for (const QString& table : tables) {
            QSqlQuery q(db.connection());
            if (!q.exec(QStringLiteral("SELECT CAST(id AS TEXT) FROM \"%1\"").arg(table)))
                qWarning("%s: %s", qPrintable(table), qPrintable(q.lastError().text()));
            while (q.next())
                all << table + QLatin1Char('/') + q.value(0).toString();
        }
        all.sort();
        return all;
    }

private slots:
    void everyTableSyncedOrLocal_data() { TestDatabase::addTargets(); }
    void everyTableSyncedOrLocal()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QList<QPair<QString, SyncTables::Kind>> tables;
        QVERIFY2(SyncTables::classifyAll(*db, &tables, &error), qPrintable(error));
        QStringList unclassified;
        QStringList synced;
        for (const auto& t : std::as_const(tables)) {
            if (t.second == SyncTables::Kind::Unclassified)
                unclassified << t.first;
            if (t.second == SyncTables::Kind::Synced)
                synced << t.first;
        }
        QVERIFY2(unclassified.isEmpty(), qPrintable(QStringLiteral("neither synced, reference nor local-only: ") +
                                                    unclassified.join(QStringLiteral(", "))));
        for (const char* table : {"customers", "contacts", "opportunities", "interactions", "tasks", "users"})
            QVERIFY2(synced.contains(QLatin1String(table)), table);
        QVERIFY(!synced.contains(QStringLiteral("audit_log")));
    }

    void fieldVersionsOnServer()
    {
        if (!startServer())
            QSKIP("needs DESKCRM_TEST_PG");
        const QString id = insertCustomer(*m_serverDb, QStringLiteral("Acme"), QStringLiteral("Berlin"));
        QVERIFY(setField(*m_serverDb, id, QStringLiteral("city"), QStringLiteral("Paris")));
        QVERIFY(setField(*m_serverDb, id, QStringLiteral("city"), QStringLiteral("Rome")));
        QCOMPARE(scalar(*m_serverDb,
                        QStringLiteral(
                            "SELECT (versions->>'city')::INTEGER * 10 + COALESCE((versions->>'name')::INTEGER, 1) "
                            "FROM sync_field_versions WHERE table_name = 'customers' AND row_id = ?"),
                        {id})
                     .toInt(),
                 31);
    }

    void disjointFieldsBothSurvive()
    {
        if (!startServer())
            QSKIP("needs DESKCRM_TEST_PG");
        const QString id = insertCustomer(*m_serverDb, QStringLiteral("Acme"), QStringLiteral("Berlin"));
        auto a = cloneReplica();
        auto b = cloneReplica();
        QVERIFY(a && b);
        QCOMPARE(field(*a->db, id, QStringLiteral("city")), QStringLiteral("Berlin"));
        QVERIFY(setField(*a->db, id, QStringLiteral("city"), QStringLiteral("Hamburg")));
        QVERIFY(setField(*b->db, id, QStringLiteral("phone"), QStringLiteral("+49 30 1234567")));
        QCOMPARE(SyncReplica(*a->db).pendingChanges(), 1);
        SyncSession::Report ra;
        SyncSession::Report rb;
        QVERIFY(sync(*a, &ra));
        QVERIFY(sync(*b, &rb));
        QVERIFY(sync(*a));
        QCOMPARE(ra.pushed, 1);
        QCOMPARE(rb.pushed, 1);
        QCOMPARE(ra.conflicts + rb.conflicts, 0);
        QCOMPARE(field(*m_serverDb, id, QStringLiteral("city")), QStringLiteral("Hamburg"));
        QCOMPARE(field(*m_serverDb, id, QStringLiteral("phone")), QStringLiteral("+49 30 1234567"));
        QCOMPARE(customers(*a->db), customers(*m_serverDb));
        QCOMPARE(customers(*b->db), customers(*m_serverDb));
        QCOMPARE(SyncReplica(*a->db).pendingChanges(), 0);
    }

    void sameFieldIsOneConflict()
    {
        if (!startServer())
            QSKIP("needs DESKCRM_TEST_PG");
        const QString id = insertCustomer(*m_serverDb, QStringLiteral("Acme"), QStringLiteral("Berlin"));
        auto a = cloneReplica();
        auto b = cloneReplica();
        QVERIFY(a && b);
        QVERIFY(setField(*a->db, id, QStringLiteral("city"), QStringLiteral("Hamburg")));
        QVERIFY(setField(*b->db, id, QStringLiteral("city"), QStringLiteral("Munich")));
        QVERIFY(sync(*a));
        SyncSession::Report rb;
        QVERIFY(sync(*b, &rb));
        QCOMPARE(rb.conflicts, 1);
        QCOMPARE(field(*m_serverDb, id, QStringLiteral("city")), QStringLiteral("Hamburg"));
        QCOMPARE(field(*b->db, id, QStringLiteral("city")), QStringLiteral("Hamburg"));
        const QList<SyncReplica::Conflict> conflicts = SyncReplica(*b->db).conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().field, QStringLiteral("city"));
        QCOMPARE(conflicts.first().rowId, id);
        QCOMPARE(conflicts.first().baseValue.toString(), QStringLiteral("Berlin"));
        QCOMPARE(conflicts.first().serverValue.toString(), QStringLiteral("Hamburg"));
        QCOMPARE(conflicts.first().clientValue.toString(), QStringLiteral("Munich"));
        QCOMPARE(count(*m_serverDb, QStringLiteral("SELECT COUNT(*) FROM sync_conflicts")), 1);

        // Deciding later: keep mine goes to the server on the next sync, without a new conflict.
        const WriteResult kept = SyncReplica(*b->db).resolve(conflicts.first().id, SyncReplica::Resolution::KeepMine);
        QVERIFY2(kept.ok(), qPrintable(kept.message));
        SyncSession::Report again;
        QVERIFY(sync(*b, &again));
        QCOMPARE(again.conflicts, 0);
        QCOMPARE(field(*m_serverDb, id, QStringLiteral("city")), QStringLiteral("Munich"));
        QCOMPARE(SyncReplica(*b->db).openConflicts(), 0);
        QVERIFY(sync(*a));
        QCOMPARE(customers(*a->db), customers(*m_serverDb));
    }

    void updateAgainstDelete()
    {
        if (!startServer())
            QSKIP("needs DESKCRM_TEST_PG");
        const QString id = insertCustomer(*m_serverDb, QStringLiteral("Acme"), QStringLiteral("Berlin"));
        const QString other = insertCustomer(*m_serverDb, QStringLiteral("Beta"), QStringLiteral("Lyon"));
        auto a = cloneReplica();
        auto b = cloneReplica();
        QVERIFY(a && b);
        QVERIFY(remove(*a->db, id));
        QVERIFY(setField(*b->db, id, QStringLiteral("city"), QStringLiteral("Munich")));
        // And the other way round: b deletes a row a changed.
        QVERIFY(setField(*a->db, other, QStringLiteral("city"), QStringLiteral("Nice")));
        QVERIFY(remove(*b->db, other));
        QVERIFY(sync(*a));
        SyncSession::Report rb;
        QVERIFY(sync(*b, &rb));
        QCOMPARE(rb.conflicts, 2);
        QStringList kinds;
        for (const SyncReplica::Conflict& c : SyncReplica(*b->db).conflicts())
            kinds << c.kind + QLatin1Char(':') + (c.rowId == id ? QStringLiteral("id") : QStringLiteral("other"));
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("delete_update:other"), QStringLiteral("update_delete:id")}));
        QVERIFY(!scalar(*m_serverDb, QStringLiteral("SELECT deleted_at FROM customers WHERE id = ?"), {id}).isNull());
        QVERIFY(scalar(*m_serverDb, QStringLiteral("SELECT deleted_at FROM customers WHERE id = ?"), {other}).isNull());
        QCOMPARE(field(*m_serverDb, other, QStringLiteral("city")), QStringLiteral("Nice"));
        QVERIFY(sync(*a));
        QCOMPARE(customers(*a->db), customers(*m_serverDb));
        QCOMPARE(customers(*b->db), customers(*m_serverDb));
    }

    void longTransactionIsNotSkipped()
    {
        if (!startServer())
            QSKIP("needs DESKCRM_TEST_PG");
        const QString slowRow = insertCustomer(*m_serverDb, QStringLiteral("Slow"));
        const QString quickRow = insertCustomer(*m_serverDb, QStringLiteral("Quick"));
        auto a = cloneReplica();
        QVERIFY(a);
        QString error;
        auto slow = m_server->open(&error);
        QVERIFY2(slow, qPrintable(error));
        // A long transaction writes first (its transaction id is the smaller) and commits last; a quick one commits
        // in between and the replica pulls. A cursor on the last id seen, or on the transactions' start times, would
        // now stand past the long transaction and never bring its change.
        RecordWriter writer(*slow);
        QVERIFY(writer.isActive());
        QVERIFY(
            writer.update(QStringLiteral("customers"), slowRow, -1, {{QStringLiteral("notes"), QStringLiteral("late")}})
                .ok());
        QVERIFY(setField(*m_serverDb, quickRow, QStringLiteral("notes"), QStringLiteral("quick")));
        QVERIFY(sync(*a));
        QVERIFY(writer.commit().ok());
        QVERIFY(sync(*a));
        QCOMPARE(field(*a->db, slowRow, QStringLiteral("notes")), QStringLiteral("late"));
        QCOMPARE(field(*a->db, quickRow, QStringLiteral("notes")), QStringLiteral("quick"));
        QCOMPARE(customers(*a->db), customers(*m_serverDb));
    }

    void answerLostIsNotAppliedTwice()
    {
        if (!startServer())
            QSKIP("needs DESKCRM_TEST_PG");
        auto a = cloneReplica();
        QVERIFY(a);
        const QString id = insertCustomer(*a->db, QStringLiteral("Offline"), QStringLiteral("Xi'an"));
        QVERIFY(!id.isEmpty());
        SyncSession session(*a->db, *a->server);
        session.setAfterServerCommit([] { return false; });
        SyncSession::Report lost;
        QString error;
        QVERIFY(!session.push(&lost, &error));
        QCOMPARE(SyncReplica(*a->db).pendingChanges(), 1);
        session.setAfterServerCommit({});
        SyncSession::Report again;
        QVERIFY2(session.sync(&again, &error), qPrintable(error));
        QCOMPARE(again.pushed, 0);
        QCOMPARE(again.duplicates, 1);
        QCOMPARE(count(*m_serverDb, QStringLiteral("SELECT COUNT(*) FROM customers WHERE name = 'Offline'")), 1);
        QCOMPARE(SyncReplica(*a->db).pendingChanges(), 0);
        QCOMPARE(customers(*a->db), customers(*m_serverDb));
    }

    void lostAnswerThenEditIsNoConflict()
    {
        if (!startServer())
            QSKIP("needs DESKCRM_TEST_PG");
        const QString id = insertCustomer(*m_serverDb, QStringLiteral("Acme"), QStringLiteral("Berlin"));
        auto a = cloneReplica();
        QVERIFY(a);
        QVERIFY(setField(*a->db, id, QStringLiteral("city"), QStringLiteral("Hamburg")));
        SyncSession session(*a->db, *a->server);
        session.setAfterServerCommit([] { return false; });
        SyncSession::Report lost;
        QString error;
        QVERIFY(!session.push(&lost, &error));
        QCOMPARE(field(*m_serverDb, id, QStringLiteral("city")), QStringLiteral("Hamburg"));
        // The same field again before the next sync: the entry's own earlier change is no colleague's.
        QVERIFY(setField(*a->db, id, QStringLiteral("city"), QStringLiteral("Bremen")));
        session.setAfterServerCommit({});
        SyncSession::Report again;
        QVERIFY2(session.sync(&again, &error), qPrintable(error));
        QCOMPARE(again.conflicts, 0);
        QCOMPARE(again.pushed, 1);
        QCOMPARE(SyncReplica(*a->db).openConflicts(), 0);
        QCOMPARE(count(*m_serverDb, QStringLiteral("SELECT COUNT(*) FROM sync_conflicts")), 0);
        QCOMPARE(field(*m_serverDb, id, QStringLiteral("city")), QStringLiteral("Bremen"));
        QCOMPARE(customers(*a->db), customers(*m_serverDb));

        // A colleague who changed the field after the lost send conflicts with it (the send reached the server
        // first); the laptop's next change builds on its own and goes through.
        auto b = cloneReplica();
        QVERIFY(b);
        QVERIFY(setField(*a->db, id, QStringLiteral("city"), QStringLiteral("Kiel")));
        session.setAfterServerCommit([] { return false; });
        QVERIFY(!session.push(&lost, &error));
        QVERIFY(setField(*b->db, id, QStringLiteral("city"), QStringLiteral("Lübeck")));
        SyncSession::Report colleague;
        QVERIFY(sync(*b, &colleague));
        QCOMPARE(colleague.conflicts, 1);
        QVERIFY(setField(*a->db, id, QStringLiteral("city"), QStringLiteral("Rostock")));
        session.setAfterServerCommit({});
        SyncSession::Report third;
        QVERIFY2(session.sync(&third, &error), qPrintable(error));
        QCOMPARE(third.conflicts, 0);
        QCOMPARE(field(*m_serverDb, id, QStringLiteral("city")), QStringLiteral("Rostock"));
        QVERIFY(sync(*b));
        QCOMPARE(customers(*b->db), customers(*m_serverDb));
    }

    void replicaHoldsOnlyWhatItsUserSees()
    {
        if (!startServer())
            QSKIP("needs DESKCRM_TEST_PG");
        AuditPeople people(*m_server, *m_serverDb);
        QString error;
        QString repName;
        QString otherName;
        auto rep = people.open(QStringLiteral("rep"), &repName, &error, QStringLiteral("rep"));
        QVERIFY2(rep, qPrintable(error));
        auto other = people.open(QStringLiteral("other"), &otherName, &error, QStringLiteral("rep"));
        QVERIFY2(other, qPrintable(error));
        const QString repId = rep->currentUserId();
        const QString otherId = other->currentUserId();
        QVERIFY(!repId.isEmpty() && !otherId.isEmpty());
        // Made by the administrator: two customers of the rep's (one with a contact), one of a colleague's.
        const auto customer = [&](const QString& name, const QString& owner) {
            return RecordWriter::transact(
                       *m_serverDb,
                       [&](RecordWriter& w) {
                           return w.insert(QStringLiteral("customers"),
                                           {{QStringLiteral("name"), name}, {QStringLiteral("owner_id"), owner}});
                       })
                .id;
        };
        const QString mine = customer(QStringLiteral("Mine"), repId);
        const QString kept = customer(QStringLiteral("Kept"), repId);
        const QString theirs = customer(QStringLiteral("Theirs"), otherId);
        QVERIFY(!mine.isEmpty() && !kept.isEmpty() && !theirs.isEmpty());
        const WriteResult contact = RecordWriter::transact(*m_serverDb, [&](RecordWriter& w) {
            return w.insert(QStringLiteral("contacts"), {{QStringLiteral("customer_id"), mine},
                                                         {QStringLiteral("name"), QStringLiteral("Li Lei")}});
        });
        QVERIFY2(contact.ok(), qPrintable(contact.message));

        const QString path = m_dir.filePath(QStringLiteral("rep.sqlite"));
        SyncSession::Report cloned;
        QVERIFY2(SyncSession::clone(*rep, m_server->databaseArgument(), path, &cloned, &error), qPrintable(error));
        ConnectionSettings settings;
        ConnectionSettings::parse(path, &settings, &error);
        auto replica = Database::open(settings, &error);
        QVERIFY2(replica, qPrintable(error));
        QStringList tables;
        QVERIFY2(SyncTables::syncedTables(*replica, &tables, &error), qPrintable(error));
        const auto holds = [&](const QString& table, const QString& id) {
            return count(*replica, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = '%2'").arg(table, id)) == 1;
        };
        QVERIFY(holds(QStringLiteral("customers"), mine));
        QVERIFY(holds(QStringLiteral("contacts"), contact.id));
        QVERIFY(!holds(QStringLiteral("customers"), theirs));
        QCOMPARE(syncedIds(*replica, tables), syncedIds(*rep, tables));

        // Reassigned away: the customer and the contact under it leave the replica on the next pull.
        QVERIFY(setField(*m_serverDb, mine, QStringLiteral("owner_id"), otherId));
        SyncSession session(*replica, *rep);
        SyncSession::Report pulled;
        QVERIFY2(session.sync(&pulled, &error), qPrintable(error));
        QVERIFY(pulled.removed >= 2);
        QVERIFY(!holds(QStringLiteral("customers"), mine));
        QVERIFY(!holds(QStringLiteral("contacts"), contact.id));
        QVERIFY(holds(QStringLiteral("customers"), kept));
        QCOMPARE(syncedIds(*replica, tables), syncedIds(*rep, tables));

        // Shared with the rep, then the share removed: the row comes, then goes, though it never changed itself.
        const WriteResult share = RecordWriter::transact(*m_serverDb, [&](RecordWriter& w) {
            return w.insert(QStringLiteral("record_shares"), {{QStringLiteral("entity"), QStringLiteral("customers")},
                                                              {QStringLiteral("record_id"), theirs},
                                                              {QStringLiteral("user_id"), repId}});
        });
        QVERIFY2(share.ok(), qPrintable(share.message));
        QVERIFY2(session.sync(&pulled, &error), qPrintable(error));
        QVERIFY(holds(QStringLiteral("customers"), theirs));
        QVERIFY(RecordWriter::transact(*m_serverDb, [&](RecordWriter& w) {
                    return w.softDelete(QStringLiteral("record_shares"), share.id, -1);
                }).ok());
        QVERIFY2(session.sync(&pulled, &error), qPrintable(error));
        QVERIFY(!holds(QStringLiteral("customers"), theirs));
        QCOMPARE(syncedIds(*replica, tables), syncedIds(*rep, tables));
    }

    void laptopClockChangesNothing()
    {
        if (!startServer())
            QSKIP("needs DESKCRM_TEST_PG");
        const QString id = insertCustomer(*m_serverDb, QStringLiteral("Acme"), QStringLiteral("Berlin"));
        auto ahead = cloneReplica();
        auto behind = cloneReplica();
        QVERIFY(ahead && behind);
        const QDateTime now = m_serverDb->clock().nowUtc();
        ManualClock plusDay(now.addDays(1));
        ManualClock minusDay(now.addDays(-1));
        ahead->db->setClock(&plusDay);
        behind->db->setClock(&minusDay);
        // The later edit by the wall clock (ahead) loses, because the other reached the server first.
        QVERIFY(setField(*behind->db, id, QStringLiteral("city"), QStringLiteral("Behind")));
        QVERIFY(setField(*ahead->db, id, QStringLiteral("city"), QStringLiteral("Ahead")));
        SyncSession::Report rb;
        QVERIFY(sync(*behind, &rb));
        QVERIFY(rb.clockWarning);
        SyncSession::Report ra;
        QVERIFY(sync(*ahead, &ra));
        QVERIFY(ra.clockWarning);
        QVERIFY(ra.clockOffsetMs > 23 * 3600 * 1000);
        QCOMPARE(ra.conflicts, 1);
        QCOMPARE(field(*m_serverDb, id, QStringLiteral("city")), QStringLiteral("Behind"));
        // The server stamps with its own time.
        const QDateTime stamped = SqlValues::toDateTime(
            scalar(*m_serverDb, QStringLiteral("SELECT updated_at FROM customers WHERE id = ?"), {id}));
        QVERIFY(qAbs(stamped.secsTo(now)) < 600);
        ahead->db->setClock(nullptr);
        behind->db->setClock(nullptr);
    }

    void randomEditsConverge()
    {
        if (!startServer())
            QSKIP("needs DESKCRM_TEST_PG");
        for (int i = 0; i < 10; ++i)
            insertCustomer(*m_serverDb, QStringLiteral("Seed %1").arg(i), QStringLiteral("City %1").arg(i));
        std::vector<std::unique_ptr<Replica>> replicas;
        for (int i = 0; i < 4; ++i) {
            replicas.push_back(cloneReplica());
            QVERIFY(replicas.back());
        }
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        const QStringList fields{QStringLiteral("city"), QStringLiteral("phone"), QStringLiteral("name")};
        int edits = 0;
        for (int step = 0; step < 200; ++step) {
            Replica& r = *replicas.at(random.bounded(int(replicas.size())));
            QSqlQuery q(r.db->connection());
            q.exec(QStringLiteral("SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY id"));
            QStringList live;
            while (q.next())
                live << q.value(0).toString();
            const int action = random.bounded(100);
            if (action < 15 || live.isEmpty()) {
                QVERIFY(!insertCustomer(*r.db, QStringLiteral("New %1").arg(step)).isEmpty());
            } else if (action < 65) {
                const QString& id = live.at(random.bounded(int(live.size())));
                QVERIFY(setField(*r.db, id, fields.at(random.bounded(int(fields.size()))),
                                 QStringLiteral("v%1").arg(step)));
                ++edits;
            } else if (action < 72) {
                QVERIFY(remove(*r.db, live.at(random.bounded(int(live.size())))));
            } else if (action < 82) {
                SyncSession session(*r.db, *r.server);
                SyncSession::Report report;
                QString error;
                QVERIFY2(session.push(&report, &error, random.bounded(3)), qPrintable(error));
            } else if (action < 90) {
                SyncSession session(*r.db, *r.server);
                SyncSession::Report report;
                QString error;
                QVERIFY2(session.pull(&report, &error), qPrintable(error));
            } else if (action < 95) {
                // The answer is lost: the server applied the batch, the replica does not know.
                SyncSession session(*r.db, *r.server);
                session.setAfterServerCommit([] { return false; });
                SyncSession::Report report;
                QString error;
                session.push(&report, &error);
            } else {
                QVERIFY(sync(r));
            }
        }
        // Full sync: rounds until every replica has pulled every other's last push. The pull cursor waits for every
        // transaction older than it on the whole cluster (other tests' included), so a round may bring less at once.
        for (int round = 0; round < 40; ++round) {
            for (auto& r : replicas)
                QVERIFY(sync(*r));
            bool same = true;
            for (auto& r : replicas)
                same = same && customers(*r->db) == customers(*m_serverDb);
            if (same && round >= 1)
                break;
            QTest::qWait(250);
        }
        const QStringList server = customers(*m_serverDb);
        for (auto& r : replicas) {
            QCOMPARE(SyncReplica(*r->db).pendingChanges(), 0);
            QCOMPARE(customers(*r->db), server);
        }
        int conflicts = 0;
        for (auto& r : replicas)
            conflicts += int(SyncReplica(*r->db).conflicts().size());
        QCOMPARE(conflicts, count(*m_serverDb, QStringLiteral("SELECT COUNT(*) FROM sync_conflicts")));
        QVERIFY(conflicts <= edits);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "TestSync.moc"

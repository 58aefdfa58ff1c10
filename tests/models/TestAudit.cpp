#include "AuditHistory.h"
#include "AuditListener.h"
#include "AuditTestHelpers.h"
#include "AuditTriggers.h"
#include "BackgroundConnection.h"
#include "ChangeNotifier.h"
#include "RecordTestHelpers.h"
#include "RecordWriter.h"
#include "RowSecurity.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace RecordTestHelpers;

// The audit trail: triggers on every business table (a table added later included), every kind of change recorded
// with the right actor and values (changes made around the program too), a log nobody can alter, and PostgreSQL's
// notifications carrying a change to another connection's notifier.
class TestAudit : public QObject
{
    Q_OBJECT

private:
    static QString insertCustomer(Database& db, const QString& name)
    {
        const WriteResult r = RecordWriter::transact(db, [&](RecordWriter& w) {
            return w.insert(QStringLiteral("customers"), {{QStringLiteral("name"), name}});
        });
        if (!r.ok())
            qWarning("%s", qPrintable(r.message));
        return r.id;
    }
    static QList<AuditEntry> history(Database& db, const QString& table, const QString& id)
    {
        QList<AuditEntry> entries;
        QString error;
        if (!AuditHistory(db).entries(table, id, &entries, &error))
            qWarning("%s", qPrintable(error));
        return entries;
    }
    // How many of the announced sets a spy on ChangeNotifier::changed caught name customer id with that origin.
    static int announcements(const QSignalSpy& spy, const QString& id, ChangeSet::Origin origin)
    {
        int found = 0;
        for (const QList<QVariant>& arguments : spy) {
            const ChangeSet changes = arguments.first().value<ChangeSet>();
            if (changes.origin == origin && changes.ids(QStringLiteral("customers")).contains(id))
                ++found;
        }
        return found;
    }
    static QString localUsername(Database& db)
    {
        return scalar(db, QStringLiteral("SELECT username FROM users WHERE id = ?"), {db.currentUserId()}).toString();
    }

private slots:
    void everyBusinessTableAudited_data() { TestDatabase::addTargets(); }
    void everyBusinessTableAudited()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));

        QStringList tables;
        QVERIFY2(AuditTriggers::auditedTables(*db, &tables, &error), qPrintable(error));
        for (const char* table : {"customers", "contacts", "opportunities", "interactions", "tasks", "users", "teams",
                                  "pipeline_stages", "stage_history", "products"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);
        QVERIFY(!tables.contains(QStringLiteral("audit_log")));
        QStringList missing;
        QVERIFY2(AuditTriggers::tablesWithoutTriggers(*db, &missing, &error), qPrintable(error));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));

        // A table a later migration adds (here by hand) is audited from the next open on, with nobody listing it.
        QSqlQuery q(db->connection());
        DESKCRM_VERIFY_SQL(q, q.exec(QStringLiteral("CREATE TABLE gadgets (id TEXT PRIMARY KEY, label TEXT, "
                                                    "created_at TEXT, created_by TEXT, updated_at TEXT, "
                                                    "updated_by TEXT, version INTEGER NOT NULL DEFAULT 1, "
                                                    "deleted_at TEXT)")));
        missing.clear();
        QVERIFY(AuditTriggers::tablesWithoutTriggers(*db, &missing, &error));
        QCOMPARE(missing, QStringList{QStringLiteral("gadgets")});
        db.reset();
        db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        missing.clear();
        QVERIFY(AuditTriggers::tablesWithoutTriggers(*db, &missing, &error));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        // A column added later is in the diff too (SQLite's triggers name their columns).
        QSqlQuery alter(db->connection());
        DESKCRM_VERIFY_SQL(alter, alter.exec(QStringLiteral("ALTER TABLE gadgets ADD COLUMN colour TEXT")));
        alter.finish();
        db.reset();
        db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const WriteResult made = RecordWriter::transact(*db, [](RecordWriter& w) {
            return w.insert(QStringLiteral("gadgets"), {{QStringLiteral("label"), QStringLiteral("g")}});
        });
        QVERIFY2(made.ok(), qPrintable(made.message));
        const WriteResult painted = RecordWriter::transact(*db, [&](RecordWriter& w) {
            return w.update(QStringLiteral("gadgets"), made.id, 1, {{QStringLiteral("colour"), QStringLiteral("red")}});
        });
        QVERIFY2(painted.ok(), qPrintable(painted.message));
        const QList<AuditEntry> entries = history(*db, QStringLiteral("gadgets"), made.id);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).fields, QStringList{QStringLiteral("colour")});
        QCOMPARE(entries.at(1).newValues.value(QStringLiteral("colour")).toString(), QStringLiteral("red"));
    }

    void changesRecorded_data() { TestDatabase::addTargets(); }
    void changesRecorded()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString me = localUsername(*db);
        QVERIFY(!me.isEmpty());

        const QString id = insertCustomer(*db, QStringLiteral("Acme"));
        QVERIFY(!id.isEmpty());
        WriteResult r = RecordWriter::transact(*db, [&](RecordWriter& w) {
            return w.update(
                QStringLiteral("customers"), id, 1,
                {{QStringLiteral("name"), QStringLiteral("Acme Ltd")}, {QStringLiteral("company_size"), 12}});
        });
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = RecordWriter::transact(*db,
                                   [&](RecordWriter& w) { return w.softDelete(QStringLiteral("customers"), id, 2); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = RecordWriter::transact(*db, [&](RecordWriter& w) { return w.restore(QStringLiteral("customers"), id); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        // Around the program (psql, sqlite3): recorded all the same.
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("UPDATE customers SET notes = 'by hand' WHERE id = ?"));
        q.addBindValue(id);
        DESKCRM_VERIFY_SQL(q, q.exec());

        const QList<AuditEntry> entries = history(*db, QStringLiteral("customers"), id);
        QCOMPARE(entries.size(), 5);
        QCOMPARE(entries.at(0).op, QStringLiteral("insert"));
        QCOMPARE(entries.at(1).op, QStringLiteral("update"));
        QCOMPARE(entries.at(1).fields, (QStringList{QStringLiteral("company_size"), QStringLiteral("name")}));
        QCOMPARE(entries.at(1).oldValues.value(QStringLiteral("name")).toString(), QStringLiteral("Acme"));
        QCOMPARE(entries.at(1).newValues.value(QStringLiteral("name")).toString(), QStringLiteral("Acme Ltd"));
        QVERIFY(entries.at(1).oldValues.value(QStringLiteral("company_size")).isNull());
        QCOMPARE(entries.at(1).newValues.value(QStringLiteral("company_size")).toLongLong(), 12);
        QCOMPARE(entries.at(2).op, QStringLiteral("soft_delete"));
        QCOMPARE(entries.at(2).fields, QStringList{QStringLiteral("deleted_at")});
        QCOMPARE(entries.at(3).op, QStringLiteral("restore"));
        QCOMPARE(entries.at(4).op, QStringLiteral("update"));
        QCOMPARE(entries.at(4).newValues.value(QStringLiteral("notes")).toString(), QStringLiteral("by hand"));
        for (const AuditEntry& e : entries) {
            QCOMPARE(e.actor, me);
            QCOMPARE(e.table, QStringLiteral("customers"));
            QCOMPARE(e.rowId, id);
            QVERIFY(e.at.isValid());
        }
        // One transaction, one txid; separate ones differ.
        QVERIFY(entries.at(0).txid != entries.at(1).txid);
        QVERIFY(entries.at(1).txid != entries.at(2).txid);

        // A field put back from the history, with the optimistic lock.
        AuditHistory h(*db);
        QCOMPARE(h.currentVersion(QStringLiteral("customers"), id), 4); // the change by hand left the version
        WriteResult stale =
            h.putBack(QStringLiteral("customers"), id, 3, QStringLiteral("name"), QStringLiteral("Acme"));
        QCOMPARE(stale.status, WriteResult::Conflict);
        WriteResult back =
            h.putBack(QStringLiteral("customers"), id, 4, QStringLiteral("name"), QStringLiteral("Acme"));
        QVERIFY2(back.ok(), qPrintable(back.message));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT name FROM customers WHERE id = ?"), {id}).toString(),
                 QStringLiteral("Acme"));
        QCOMPARE(history(*db, QStringLiteral("customers"), id).size(), 6);
    }

    void actorsAreLoginRoles()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("DESKCRM_TEST_PG is not set");
        TestDatabase tdb(QStringLiteral("postgresql"));
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto admin = tdb.open(&error);
        QVERIFY2(admin, qPrintable(error));
        AuditPeople people(tdb, *admin);
        QString alice, bob;
        auto aliceDb = people.open(QStringLiteral("alice"), &alice, &error);
        QVERIFY2(aliceDb, qPrintable(error));
        auto bobDb = people.open(QStringLiteral("bob"), &bob, &error);
        QVERIFY2(bobDb, qPrintable(error));

        const QString id = insertCustomer(*aliceDb, QStringLiteral("Alice's"));
        QVERIFY(!id.isEmpty());
        const WriteResult r = RecordWriter::transact(*bobDb, [&](RecordWriter& w) {
            return w.update(QStringLiteral("customers"), id, 1, {{QStringLiteral("name"), QStringLiteral("Bob's")}});
        });
        QVERIFY2(r.ok(), qPrintable(r.message));
        {
            // Raw SQL as bob, faking the row's updated_by as alice's and calling through a SECURITY DEFINER function:
            // the log still says bob (session_user, not a value the client writes, not current_user).
            QSqlDatabase raw = people.raw(bob, QStringLiteral("audit_raw_bob"));
            QVERIFY2(raw.isOpen(), qPrintable(raw.lastError().text()));
            QSqlQuery q(raw);
            QSqlQuery owner(admin->connection());
            DESKCRM_VERIFY_SQL(owner,
                               owner.exec(QStringLiteral(
                                   "CREATE FUNCTION audit_test_note(cid UUID) RETURNS VOID LANGUAGE sql "
                                   "SECURITY DEFINER AS $$ UPDATE customers SET notes = 'definer' WHERE id = cid $$")));
            q.prepare(QStringLiteral("UPDATE customers SET phone = '555', updated_by = ? WHERE id = ?"));
            q.addBindValue(aliceDb->currentUserId());
            q.addBindValue(id);
            DESKCRM_VERIFY_SQL(q, q.exec());
            q.prepare(QStringLiteral("SELECT audit_test_note(?)"));
            q.addBindValue(id);
            DESKCRM_VERIFY_SQL(q, q.exec());
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("audit_raw_bob"));
        const QList<AuditEntry> entries = history(*admin, QStringLiteral("customers"), id);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(0).actor, alice);
        QCOMPARE(entries.at(1).actor, bob);
        QCOMPARE(entries.at(2).actor, bob);
        QCOMPARE(entries.at(2).newValues.value(QStringLiteral("phone")).toString(), QStringLiteral("555"));
        QCOMPARE(entries.at(3).actor, bob);
        QCOMPARE(entries.at(3).newValues.value(QStringLiteral("notes")).toString(), QStringLiteral("definer"));
    }

    void logCannotBeAltered_data() { TestDatabase::addTargets(); }
    void logCannotBeAltered()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        insertCustomer(*db, QStringLiteral("Logged"));
        const int rows = count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        QVERIFY(rows > 0);
        QStringList attempts{QStringLiteral("UPDATE audit_log SET actor = 'nobody'"),
                             QStringLiteral("DELETE FROM audit_log"),
                             QStringLiteral("INSERT INTO audit_log (txid, at, actor, table_name, row_id, op) "
                                            "VALUES (1, '2026-01-01T00:00:00Z', 'x', 'customers', 'x', 'insert')")};
        if (!db->isPostgres()) {
            attempts.removeLast(); // SQLite: one user, no roles; the log's rows themselves stay as written
            QSqlQuery q(db->connection());
            for (const QString& sql : std::as_const(attempts))
                QVERIFY2(!q.exec(sql), qPrintable(sql));
            QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), rows);
            return;
        }
        // A rep, then granted everything on every table, with raw SQL: refused every way.
        AuditPeople people(tdb, *db);
        QString rep;
        auto repDb = people.open(QStringLiteral("rep"), &rep, &error, QStringLiteral("rep"));
        QVERIFY2(repDb, qPrintable(error));
        const int before = count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        {
            QSqlQuery grant(db->connection());
            DESKCRM_VERIFY_SQL(grant, grant.exec(QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1")
                                                     .arg(RowSecurity::quotedIdentifier(rep))));
            QSqlDatabase raw = people.raw(rep, QStringLiteral("audit_raw_rep"));
            QVERIFY2(raw.isOpen(), qPrintable(raw.lastError().text()));
            QSqlQuery q(raw);
            // The rep reads the history of what they may see (the log's policy), nothing more.
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next());
            const int seen = q.value(0).toInt();
            QVERIFY(seen < before);
            attempts << QStringLiteral("TRUNCATE audit_log")
                     << QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER ALL")
                     << QStringLiteral("DROP TABLE audit_log");
            for (const QString& sql : std::as_const(attempts))
                QVERIFY2(!q.exec(sql), qPrintable(sql));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next());
            QCOMPARE(q.value(0).toInt(), seen);
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("audit_raw_rep"));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), before);
    }

    void liveUpdateAcrossConnections()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("DESKCRM_TEST_PG is not set");
        TestDatabase tdb(QStringLiteral("postgresql"));
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto mine = tdb.open(&error);
        QVERIFY2(mine, qPrintable(error));
        auto theirs = tdb.open(&error); // another client: its own connection and notifier
        QVERIFY2(theirs, qPrintable(error));
        AuditListener listener(*theirs);
        QVERIFY(listener.isListening());
        AuditListener ownListener(*mine);
        QSignalSpy seen(&theirs->notifier(), &ChangeNotifier::changed);
        QSignalSpy own(&mine->notifier(), &ChangeNotifier::changed);

        QElapsedTimer timer;
        timer.start();
        const QString id = insertCustomer(*mine, QStringLiteral("Live"));
        QVERIFY(!id.isEmpty());
        QVERIFY(seen.wait(1000));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        qInfo("a change on one client reached the other's notifier after %lld ms (commit included)", timer.elapsed());
        const ChangeSet changes = seen.first().first().value<ChangeSet>();
        QCOMPARE(changes.origin, ChangeSet::Remote);
        QVERIFY(changes.has(QStringLiteral("customers"), RowChange::Inserted));
        QCOMPARE(changes.ids(QStringLiteral("customers")), QStringList{id});

        // The writer's own connection heard its own notification and skipped it: only RecordWriter's local one.
        // PostgreSQL delivers notifications in commit order, so once a later change of the colleague has arrived,
        // the writer's own notification has arrived before it (no waiting for something not to happen).
        const QString later = insertCustomer(*theirs, QStringLiteral("Later"));
        QTRY_VERIFY_WITH_TIMEOUT(announcements(own, later, ChangeSet::Remote) == 1, 5000);
        QCOMPARE(announcements(own, id, ChangeSet::Local), 1);
        QCOMPARE(announcements(own, id, ChangeSet::Remote), 0);

        // A deletion arrives as one.
        seen.clear();
        const WriteResult r = RecordWriter::transact(
            *mine, [&](RecordWriter& w) { return w.softDelete(QStringLiteral("customers"), id, 1); });
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(seen.wait(1000));
        QVERIFY(seen.first().first().value<ChangeSet>().has(QStringLiteral("customers"), RowChange::Deleted));
    }

    // A write on a background connection (an import, the dashboard's second connection) shares the window's
    // notifier: RecordWriter announces it there once, and the window's listener skips the server's notification of
    // it instead of announcing it a second time as a colleague's.
    void backgroundWritesAnnouncedOnce()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("DESKCRM_TEST_PG is not set");
        TestDatabase tdb(QStringLiteral("postgresql"));
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto window = tdb.open(&error);
        QVERIFY2(window, qPrintable(error));
        auto colleague = tdb.open(&error);
        QVERIFY2(colleague, qPrintable(error));
        AuditListener listener(*window);
        QVERIFY(listener.isListening());
        QSignalSpy announced(&window->notifier(), &ChangeNotifier::changed);

        QString id;
        QString openError;
        {
            BackgroundConnection background(*window);
            background
                .run([&](Database* db, const QString& failure) {
                    openError = failure;
                    if (db)
                        id = insertCustomer(*db, QStringLiteral("Imported in the background"));
                })
                .get();
        }
        QVERIFY2(!id.isEmpty(), qPrintable(openError));
        // The colleague's change is committed after the background write, so it is heard after it.
        const QString later = insertCustomer(*colleague, QStringLiteral("A colleague's"));
        QTRY_VERIFY_WITH_TIMEOUT(announcements(announced, later, ChangeSet::Remote) == 1, 5000);
        QCOMPARE(announcements(announced, id, ChangeSet::Local), 1);
        QCOMPARE(announcements(announced, id, ChangeSet::Remote), 0);
        QCOMPARE(announced.size(), 2);
    }

    // The window's connection is cut (server restart, pg_terminate_backend): the next statement reconnects, and the
    // new session listens again, so colleagues' changes keep arriving.
    void listenerRenewedAfterReconnect()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("DESKCRM_TEST_PG is not set");
        TestDatabase tdb(QStringLiteral("postgresql"));
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto window = tdb.open(&error);
        QVERIFY2(window, qPrintable(error));
        auto colleague = tdb.open(&error);
        QVERIFY2(colleague, qPrintable(error));
        AuditListener listener(*window);
        QVERIFY(listener.isListening());
        QSignalSpy announced(&window->notifier(), &ChangeNotifier::changed);

        const qint64 before = scalar(*window, QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
        QVERIFY(scalar(*colleague, QStringLiteral("SELECT pg_terminate_backend(?)"), {before}).toBool());
        // The window's next write finds the connection gone and reconnects (Database::reconnectIfLost).
        QTRY_VERIFY_WITH_TIMEOUT(
            scalar(*colleague, QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ?"), {before})
                    .toInt() == 0,
            5000);
        // A colleague's change while the window had no session: no notification can carry it.
        const QString inTheGap = insertCustomer(*colleague, QStringLiteral("A colleague's, in the gap"));
        QVERIFY(!inTheGap.isEmpty());
        const auto reloadAnnounced = [&] {
            for (const QList<QVariant>& signal : std::as_const(announced)) {
                const auto changes = signal.at(0).value<ChangeSet>();
                if (changes.origin == ChangeSet::Remote && changes.touches(QStringLiteral("customers")) &&
                    changes.ids(QStringLiteral("customers")).isEmpty())
                    return true;
            }
            return false;
        };
        QCoreApplication::processEvents();
        QVERIFY(!reloadAnnounced());
        const QString own = insertCustomer(*window, QStringLiteral("After the reconnect"));
        QVERIFY(!own.isEmpty());
        const qint64 after = scalar(*window, QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
        QVERIFY(after != before);
        QCOMPARE(scalar(*colleague,
                        QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ? AND state IS NOT NULL"),
                        {after})
                     .toInt(),
                 1);

        // So every view is told to reload what shows customers (and every other table), once the reconnecting
        // statement is done.
        QTRY_VERIFY_WITH_TIMEOUT(reloadAnnounced(), 5000);
        const QString theirs = insertCustomer(*colleague, QStringLiteral("A colleague's, after the reconnect"));
        QTRY_VERIFY_WITH_TIMEOUT(announcements(announced, theirs, ChangeSet::Remote) == 1, 5000);
        // The window's own write after the reconnect is announced once, locally: the new session is known as its own.
        QCOMPARE(announcements(announced, own, ChangeSet::Local), 1);
        QCOMPARE(announcements(announced, own, ChangeSet::Remote), 0);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "TestAudit.moc"

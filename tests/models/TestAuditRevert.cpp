#include "AuditDialect.h"
#include "AuditRevert.h"
#include "AuditTestHelpers.h"
#include "RecordTestHelpers.h"
#include "RecordWriter.h"
#include "SqlValues.h"
#include "TestDatabase.h"

#include <QDeadlineTimer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace RecordTestHelpers;

// Rolling back a user's changes: the vandal renames, edits and deletes 1,000 customers and makes a few of their own,
// a colleague edits 10 of them afterwards; the revert puts the other 990 back exactly (field by field against a
// snapshot), keeps the colleague's 10 and lists them, and can itself be undone.
class TestAuditRevert : public QObject
{
    Q_OBJECT

private:
    using Snapshot = QMap<QString, QVariantHash>;

    // Every customer with every column but the stamps a write moves on (version, updated at and by).
    static Snapshot snapshot(Database& db)
    {
        Snapshot rows;
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM customers")))
            qWarning("%s", qPrintable(q.lastError().text()));
        while (q.next()) {
            QVariantHash row;
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i) {
                const QString name = record.fieldName(i);
                if (name != QLatin1String("version") && name != QLatin1String("updated_at") &&
                    name != QLatin1String("updated_by"))
                    row.insert(name, record.value(i));
            }
            rows.insert(row.value(QStringLiteral("id")).toString(), row);
        }
        return rows;
    }

    static QStringList differences(const QVariantHash& expected, const QVariantHash& actual)
    {
        QStringList fields;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const QVariant other = actual.value(it.key());
            if (it.value().isNull() != other.isNull() || (!it.value().isNull() && it.value() != other))
                fields << QStringLiteral("%1: %2 != %3").arg(it.key(), it.value().toString(), other.toString());
        }
        return fields;
    }

    static QDateTime databaseNow(Database& db)
    {
        return SqlValues::toDateTime(scalar(db, AuditDialect::of(db.dialect()).nowQuery()));
    }

    // The database's time once it is later than `after`, in the log's millisecond precision (invalid after 5 s).
    static QDateTime firstTimeAfter(Database& db, const QDateTime& after)
    {
        for (QDeadlineTimer deadline(5000); !deadline.hasExpired();) {
            const QDateTime now = databaseNow(db);
            if (now > after)
                return now;
        }
        return {};
    }

private slots:
    void vandal_data() { TestDatabase::addTargets(); }
    void vandal()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto admin = tdb.open(&error);
        QVERIFY2(admin, qPrintable(error));
        AuditPeople people(tdb, *admin);
        // The vandal administers the database; the colleague is a team lead who owns the customers.
        QString vandalName, colleagueName;
        auto vandal = people.open(QStringLiteral("vandal"), &vandalName, &error);
        QVERIFY2(vandal, qPrintable(error));
        auto colleague = people.open(QStringLiteral("colleague"), &colleagueName, &error, QStringLiteral("lead"));
        QVERIFY2(colleague, qPrintable(error));
        const QString colleagueId = people.userId(colleagueName);
        QVERIFY(!colleagueId.isEmpty());

        // 1,100 customers of the team.
        QStringList ids;
        WriteResult made = RecordWriter::transact(*admin, [&](RecordWriter& w) {
            ids.clear();
            for (int i = 0; i < 1100; ++i) {
                const WriteResult r = w.insert(QStringLiteral("customers"),
                                               {{QStringLiteral("name"), QStringLiteral("Customer %1").arg(i)},
                                                {QStringLiteral("phone"), QStringLiteral("0769-%1").arg(3550000 + i)},
                                                {QStringLiteral("company_size"), i % 7 == 0 ? QVariant() : QVariant(i)},
                                                {QStringLiteral("notes"), QStringLiteral("note %1").arg(i)},
                                                {QStringLiteral("owner_id"), colleagueId}});
                if (!r.ok())
                    return r;
                ids << r.id;
            }
            return WriteResult();
        });
        QVERIFY2(made.ok(), qPrintable(made.message));
        const Snapshot before = snapshot(*admin);
        QCOMPARE(before.size(), 1100);

        // `since` lies strictly after every change of the set-up and at or before the vandal's first one: the first
        // millisecond of the database's own clock after the set-up's last log entry (no sleeping: the clock is read
        // until it has moved on, which it does within a millisecond).
        const QDateTime setUp = SqlValues::toDateTime(scalar(*admin, QStringLiteral("SELECT MAX(at) FROM audit_log")));
        QVERIFY(setUp.isValid());
        // Qt rounds PostgreSQL's microseconds to the nearest millisecond, so both readings may be up to half a
        // millisecond off: wait for a reading two milliseconds on, and step one back.
        const QDateTime later = firstTimeAfter(*admin, setUp.addMSecs(1));
        QVERIFY(later.isValid());
        const QDateTime since = later.addMSecs(-1);
        QVERIFY(since > setUp);

        // The vandal: renames, edits, deletes (some renamed first), 100 records per transaction, and makes junk.
        for (int batch = 0; batch < 10; ++batch) {
            const WriteResult r = RecordWriter::transact(*vandal, [&](RecordWriter& w) {
                for (int i = batch * 100; i < (batch + 1) * 100; ++i) {
                    WriteResult one;
                    const QString& id = ids.at(i);
                    if (i % 3 == 0) {
                        one = w.update(QStringLiteral("customers"), id, -1,
                                       {{QStringLiteral("name"), QStringLiteral("HACKED %1").arg(i)}});
                    } else if (i % 3 == 1) {
                        one = w.update(QStringLiteral("customers"), id, -1,
                                       {{QStringLiteral("phone"), QVariant()},
                                        {QStringLiteral("company_size"), 1},
                                        {QStringLiteral("notes"), QStringLiteral("gone")}});
                    } else {
                        if (i % 9 == 2)
                            one = w.update(QStringLiteral("customers"), id, -1,
                                           {{QStringLiteral("name"), QStringLiteral("DOOMED %1").arg(i)}});
                        if (one.ok())
                            one = w.softDelete(QStringLiteral("customers"), id, -1);
                    }
                    if (!one.ok())
                        return one;
                }
                return WriteResult();
            });
            QVERIFY2(r.ok(), qPrintable(r.message));
        }
        QStringList junk;
        const WriteResult junkMade = RecordWriter::transact(*vandal, [&](RecordWriter& w) {
            junk.clear();
            for (int i = 0; i < 5; ++i) {
                const WriteResult r =
                    w.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("Junk %1").arg(i)}});
                if (!r.ok())
                    return r;
                junk << r.id;
            }
            return WriteResult();
        });
        QVERIFY2(junkMade.ok(), qPrintable(junkMade.message));

        // A colleague corrects 10 of the renamed ones afterwards; those names stay.
        QSet<QString> corrected;
        const WriteResult fixed = RecordWriter::transact(*colleague, [&](RecordWriter& w) {
            corrected.clear();
            for (int i = 0; i < 30; i += 3) {
                const WriteResult r = w.update(QStringLiteral("customers"), ids.at(i), -1,
                                               {{QStringLiteral("name"), QStringLiteral("Fixed %1").arg(i)}});
                if (!r.ok())
                    return r;
                corrected.insert(ids.at(i));
            }
            return WriteResult();
        });
        QVERIFY2(fixed.ok(), qPrintable(fixed.message));
        QCOMPARE(corrected.size(), 10);
        const Snapshot vandalised = snapshot(*admin);

        // The preview says what will happen and changes nothing.
        AuditRevert revert(*admin);
        const AuditRevert::Scope scope{vandalName, since, QString()};
        AuditRevert::Plan plan;
        QVERIFY2(revert.preview(scope, &plan, &error), qPrintable(error));
        QCOMPARE(plan.created(), 5);
        QCOMPARE(plan.deleted(), 333);
        // 324 renamed (10 corrected since), 333 edited, and the 111 renamed before they were deleted get their names
        // back too
        QCOMPARE(plan.changed(), 324 + 333 + 111);
        QCOMPARE(plan.conflicts.size(), 10);
        for (const AuditRevert::Conflict& c : std::as_const(plan.conflicts)) {
            QVERIFY(corrected.contains(c.id));
            QCOMPARE(c.field, QStringLiteral("name"));
            QCOMPARE(c.laterActor, colleagueName);
            QVERIFY(c.kept.toString().startsWith(QLatin1String("Fixed ")));
        }
        QCOMPARE(snapshot(*admin), vandalised);

        // Only an administrator rolls back: the colleague (a rep) may look, not do.
        const AuditRevert::Result refused = AuditRevert(*colleague).apply(scope);
        QCOMPARE(refused.write.status, WriteResult::Failed);
        QCOMPARE(snapshot(*admin), vandalised);

        const AuditRevert::Result done = revert.apply(scope);
        QVERIFY2(done.write.ok(), qPrintable(done.write.message));
        QCOMPARE(done.plan.conflicts.size(), 10);
        const Snapshot after = snapshot(*admin);
        QCOMPARE(after.size(), 1105);
        int restored = 0;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QVariantHash expected = it.value();
            if (corrected.contains(it.key())) {
                expected.insert(QStringLiteral("name"), vandalised.value(it.key()).value(QStringLiteral("name")));
            } else {
                ++restored;
            }
            const QStringList diff = differences(expected, after.value(it.key()));
            QVERIFY2(diff.isEmpty(), qPrintable(it.key() + QLatin1Char(' ') + diff.join(QStringLiteral("; "))));
        }
        QCOMPARE(restored, 1090); // the 990 the vandal touched and the 100 nobody touched
        for (const QString& id : std::as_const(junk))
            QVERIFY(!after.value(id).value(QStringLiteral("deleted_at")).isNull());
        // Audited as the administrator's, under the revert's label.
        QVERIFY(count(*admin, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {done.action}) >=
                1000);

        // Undone: the revert's own changes rolled back bring the vandalised state back.
        const AuditRevert::Result undone = revert.apply(AuditRevert::Scope{QString(), QDateTime(), done.action});
        QVERIFY2(undone.write.ok(), qPrintable(undone.write.message));
        QVERIFY(undone.plan.conflicts.isEmpty());
        const Snapshot again = snapshot(*admin);
        for (auto it = vandalised.cbegin(); it != vandalised.cend(); ++it) {
            const QStringList diff = differences(it.value(), again.value(it.key()));
            QVERIFY2(diff.isEmpty(), qPrintable(it.key() + QLatin1Char(' ') + diff.join(QStringLiteral("; "))));
        }
    }
};

QTEST_GUILESS_MAIN(TestAuditRevert)
#include "TestAuditRevert.moc"

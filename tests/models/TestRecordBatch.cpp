#include "ChangeNotifier.h"
#include "RecordBatch.h"
#include "RecordTestHelpers.h"
#include "RecordWriter.h"
#include "SqlValues.h"
#include "TestDatabase.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace RecordTestHelpers;

// RecordBatch's fast path as each database takes it (SQLite: values bound through its C interface; PostgreSQL:
// COPY's text format): every kind of value arrives exactly as RecordWriter would have written it — NULLs, text
// that COPY must escape, booleans, dates, numbers —, a refused row fails the batch with the database's message and
// leaves nothing behind, and the announcement lists the ids written.
class TestRecordBatch : public QObject
{
    Q_OBJECT

    static const QDateTime& start()
    {
        static const QDateTime at(QDate(2026, 3, 14), QTime(9, 26, 53, 589), Qt::UTC);
        return at;
    }

    // Text that breaks a naive COPY line or a naive bind: quotes, backslashes (one before N: "\N" is COPY's NULL),
    // tab, newline, carriage return, Chinese, a character outside the BMP (a surrogate pair in UTF-16).
    static QString awkward()
    {
        return QStringLiteral("O'Brien \"Ltd\" C:\\temp\\N \\N\ttab\nline\r\n华鑫科技 😀 end\\");
    }

    static QString customer(Database& db)
    {
        RecordWriter writer(db);
        const QString id =
            writer.insert(QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("Host")}}).id;
        writer.commit();
        return id;
    }

private Q_SLOTS:
    void valuesArriveAsWritten_data() { TestDatabase::addTargets(); }
    void valuesArriveAsWritten()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock(start());
        db->setClock(&clock);
        const QString host = customer(*db);

        const QStringList contactColumns{
            QStringLiteral("id"),    QStringLiteral("customer_id"), QStringLiteral("name"),
            QStringLiteral("title"), QStringLiteral("phone"),       QStringLiteral("mobile"),
            QStringLiteral("email"), QStringLiteral("is_primary"),  QStringLiteral("notes")};
        const QString typed = QStringLiteral("0190a000-0000-7000-8000-00000000000a");
        const QString variant = QStringLiteral("0190a000-0000-7000-8000-00000000000b");
        const QString raw = QStringLiteral("0190a000-0000-7000-8000-00000000000c");
        const QDateTime longAgo(QDate(2019, 5, 1), QTime(8, 0, 0, 7), Qt::UTC);
        const QByteArray longAgoText = SqlValues::timestamp(longAgo).toUtf8();
        {
            RecordWriter writer(*db);
            RecordBatch contacts(writer, QStringLiteral("contacts"), contactColumns);
            // Typed values (no QVariant), a QVariant per value, and UTF-8 text with a raw history.
            contacts.add(typed, host, awkward(), QVariant(), QString(), QStringLiteral(""),
                         QLatin1String("caf\xe9@x.org"), true, QStringLiteral("\\N"));
            contacts.addRow({variant, host, awkward(), QVariant(), QVariant(QString()), QString(QLatin1String("")),
                             QStringLiteral("café@x.org"), false, QStringLiteral("\\N")});
            const QByteArray name = awkward().toUtf8();
            contacts.addWithHistory(RecordBatch::RawHistory{longAgoText, {}, longAgoText, {}, 3}, raw, host,
                                    QUtf8StringView(name.constData(), name.size()), nullptr, QString(), QString(),
                                    QByteArrayView("café@x.org"), true, QStringLiteral("\\N"));
            QVERIFY(contacts.flush().ok());

            RecordBatch tasks(writer, QStringLiteral("tasks"),
                              {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("due_date"),
                               QStringLiteral("priority"), QStringLiteral("position"), QStringLiteral("reminder_at"),
                               QStringLiteral("completed_at")});
            tasks.add(QString(), QStringLiteral("Dated"), QDate(2026, 2, 28), 3, 2.5,
                      QDateTime(QDate(2026, 3, 1), QTime(23, 30), Qt::OffsetFromUTC, 3600), QVariant(QDateTime()));
            tasks.addRow({QString(), QStringLiteral("Undated"), QVariant(QDate()), qint64(0), -1e-3, QVariant(),
                          RecordWriter::stamp()});
            QVERIFY(tasks.flush().ok());
            QVERIFY(writer.commit().ok());
        }

        for (const QString& id : {typed, variant, raw}) {
            QSqlQuery q(db->connection());
            QVERIFY(q.prepare(QStringLiteral("SELECT name, title, phone, mobile, email, is_primary, notes, created_at, "
                                             "created_by, updated_at, version FROM contacts WHERE id = ?")));
            q.addBindValue(id);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toString(), awkward());
            QVERIFY(q.value(1).isNull());
            QVERIFY(q.value(2).isNull());             // a null QString is NULL
            QCOMPARE(q.value(3).isNull(), id == raw); // an empty one is text, but for the raw row's QString()
            QCOMPARE(q.value(4).toString(), QStringLiteral("café@x.org"));
            QCOMPARE(q.value(5).toBool(), id != variant);
            QCOMPARE(q.value(6).toString(), QStringLiteral("\\N")); // text, not COPY's NULL
            if (id == raw) {
                QCOMPARE(SqlValues::toDateTime(q.value(7)), longAgo);
                QVERIFY(q.value(8).isNull());
                QCOMPARE(SqlValues::toDateTime(q.value(9)), longAgo);
                QCOMPARE(q.value(10).toInt(), 3);
            } else {
                QCOMPARE(SqlValues::toDateTime(q.value(7)), start());
                QCOMPARE(q.value(8).toString(), db->currentUserId());
                QCOMPARE(q.value(10).toInt(), 1);
            }
        }
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE mobile = ''")), 2);

        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT due_date, priority, position, reminder_at, completed_at FROM tasks "
                                      "WHERE title = 'Dated'")) &&
                q.next());
        QCOMPARE(SqlValues::toDate(q.value(0)), QDate(2026, 2, 28));
        QCOMPARE(q.value(1).toInt(), 3);
        QCOMPARE(q.value(2).toDouble(), 2.5);
        QCOMPARE(SqlValues::toDateTime(q.value(3)), QDateTime(QDate(2026, 3, 1), QTime(22, 30), Qt::UTC));
        QVERIFY(q.value(4).isNull());
        QVERIFY(q.exec(QStringLiteral("SELECT due_date, priority, position, reminder_at, completed_at FROM tasks "
                                      "WHERE title = 'Undated'")) &&
                q.next());
        QVERIFY(q.value(0).isNull()); // an invalid QDate is NULL
        QCOMPARE(q.value(1).toInt(), 0);
        QCOMPARE(q.value(2).toDouble(), -1e-3);
        QVERIFY(q.value(3).isNull());
        QCOMPARE(SqlValues::toDateTime(q.value(4)), start()); // RecordWriter::stamp() is the write's time
    }

    // A refused row in the middle of a big batch: the flush fails with the database's own words, and after the
    // writer's rollback nothing of the batch — not the rows before the bad one — is in the table.
    void refusedRowLeavesNothing_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("fault");
        QStringList targets{QStringLiteral("sqlite")};
        if (TestDatabase::postgresAvailable())
            targets << QStringLiteral("postgresql");
        for (const QString& target : std::as_const(targets)) {
            QTest::newRow(qPrintable(target + QStringLiteral("/duplicate id")))
                << target << QStringLiteral("duplicate");
            QTest::newRow(qPrintable(target + QStringLiteral("/missing name"))) << target << QStringLiteral("null");
        }
    }
    void refusedRowLeavesNothing()
    {
        QFETCH(QString, target);
        QFETCH(QString, fault);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString taken = customer(*db);
        QSignalSpy announced(&db->notifier(), &ChangeNotifier::changed);
        WriteResult written;
        {
            RecordWriter writer(*db);
            RecordBatch customers(writer, QStringLiteral("customers"), {QStringLiteral("id"), QStringLiteral("name")});
            for (int i = 0; i < 700; ++i)
                customers.add(QString(), QStringLiteral("Early %1").arg(i));
            QVERIFY(customers.flush().ok()); // a first flush that worked
            for (int i = 0; i < 2000; ++i) {
                if (i == 1234 && fault == QLatin1String("duplicate"))
                    customers.add(taken, QStringLiteral("Duplicate"));
                else if (i == 1234)
                    customers.add(QString(), QVariant());
                else
                    customers.add(QString(), QStringLiteral("Doomed %1").arg(i));
            }
            written = customers.flush();
        }
        QCOMPARE(written.status, WriteResult::Failed);
        const QString message = written.message.toLower();
        if (fault == QLatin1String("duplicate"))
            QVERIFY2(message.contains(QLatin1String("unique")) || message.contains(QLatin1String("duplicate key")),
                     qPrintable(written.message));
        else
            QVERIFY2(message.contains(QLatin1String("not null")) || message.contains(QLatin1String("not-null")),
                     qPrintable(written.message));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 1);
        QCOMPARE(announced.count(), 0);
        // The connection is usable again: the next write goes through.
        {
            RecordWriter writer(*db);
            RecordBatch customers(writer, QStringLiteral("customers"), {QStringLiteral("id"), QStringLiteral("name")});
            customers.add(QString(), QStringLiteral("After"));
            QVERIFY(customers.flush().ok());
            QVERIFY(writer.commit().ok());
        }
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 2);
    }

    // Ids the caller brings and ids the batch makes, over several flushes, are announced once each after the
    // commit — exactly the rows in the table.
    void announcesTheInsertedIds_data() { TestDatabase::addTargets(); }
    void announcesTheInsertedIds()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QSignalSpy announced(&db->notifier(), &ChangeNotifier::changed);
        {
            RecordWriter writer(*db);
            RecordBatch customers(writer, QStringLiteral("customers"), {QStringLiteral("id"), QStringLiteral("name")});
            for (int i = 0; i < 333; ++i) {
                customers.add(i % 3 ? QString()
                                    : QStringLiteral("0190a000-0000-7000-8000-%1").arg(i, 12, 10, QLatin1Char('0')),
                              QStringLiteral("Listed %1").arg(i));
                if (i % 100 == 99)
                    QVERIFY(customers.flush().ok());
            }
            QVERIFY(customers.flush().ok());
            QCOMPARE(customers.rowsWritten(), 333);
            QVERIFY(writer.commit().ok());
        }
        QCOMPARE(announced.count(), 1);
        const ChangeSet set = announced.takeFirst().at(0).value<ChangeSet>();
        QVERIFY(set.has(QStringLiteral("customers"), RowChange::Inserted));
        const QStringList ids = set.ids(QStringLiteral("customers"));
        QCOMPARE(ids.size(), 333);
        QSet<QString> inTable;
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM customers WHERE name LIKE 'Listed %'")));
        while (q.next())
            inTable.insert(q.value(0).toString());
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), inTable);
        QVERIFY(inTable.contains(QStringLiteral("0190a000-0000-7000-8000-000000000099")));
    }
};

QTEST_GUILESS_MAIN(TestRecordBatch)
#include "TestRecordBatch.moc"

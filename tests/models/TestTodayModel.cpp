#include "Clock.h"
#include "Database.h"
#include "OpportunityModel.h"
#include "RecordWriter.h"
#include "TestDatabase.h"
#include "TodayModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

// "Due today" on SQLite and PostgreSQL: the current user's follow-ups whose next date has come and tasks due
// today or before, by the database's clock; done, deleted, later, someone else's and followed-up items stay out.
class TestTodayModel : public QObject
{
    Q_OBJECT

    static QString insert(RecordWriter& writer, const QString& table, const QVariantHash& values)
    {
        const WriteResult result = writer.insert(table, values);
        if (!result.ok())
            qWarning("insert into %s: %s", qPrintable(table), qPrintable(result.message));
        return result.id;
    }

    static QDateTime at(int year, int month, int day)
    {
        return QDateTime(QDate(year, month, day), QTime(12, 0), Qt::UTC);
    }

    struct Row
    {
        QString entity;
        QString title;
        QDate due;
        QString customerId;
    };
    static QList<Row> rows(const TodayModel& model)
    {
        QList<Row> result;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex index = model.index(r, 0);
            result.append({index.data(TodayModel::EntityRole).toString(),
                           model.index(r, TodayModel::TitleColumn).data().toString(),
                           index.data(TodayModel::DueDateRole).toDate(),
                           index.data(TodayModel::CustomerIdRole).toString()});
        }
        return result;
    }
    static QStringList titles(const TodayModel& model)
    {
        QStringList result;
        for (const Row& row : rows(model))
            result << row.title;
        return result;
    }

private slots:
    void dueTodayAndOverdue_data() { TestDatabase::addTargets(); }
    void dueTodayAndOverdue()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock(at(2026, 12, 3));
        db->setClock(&clock);
        const QString me = db->currentUserId();
        QVERIFY(!me.isEmpty());

        QString acme, bolt, delta, other, otherCustomer, boltDeal, catchUp, planDone, dueLate;
        {
            RecordWriter writer(*db);
            QVERIFY2(writer.isActive(), qPrintable(writer.error()));
            other = insert(writer, QStringLiteral("users"),
                           {{QStringLiteral("username"), QStringLiteral("wang")},
                            {QStringLiteral("display_name"), QStringLiteral("Wang Fang")}});
            acme = insert(writer, QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("Acme")}});
            bolt = insert(writer, QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("Bolt")}});
            delta = insert(writer, QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("Delta")}});
            otherCustomer =
                insert(writer, QStringLiteral("customers"), {{QStringLiteral("name"), QStringLiteral("Cobalt")}});
            boltDeal = insert(writer, QStringLiteral("opportunities"),
                              {{QStringLiteral("name"), QStringLiteral("Bolt deal")},
                               {QStringLiteral("customer_id"), bolt},
                               {QStringLiteral("stage_id"), OpportunityModel::firstStageId(*db)},
                               {QStringLiteral("expected_close"), QDate(2026, 12, 31)},
                               {QStringLiteral("owner_id"), me},
                               {QStringLiteral("amount_minor"), 100},
                               {QStringLiteral("currency"), QStringLiteral("CNY")}});
            auto followUp = [&](const QString& customer, const QString& subject, const QDateTime& occurred,
                                const QDate& next, const QString& author) {
                return insert(writer, QStringLiteral("interactions"),
                              {{QStringLiteral("customer_id"), customer},
                               {QStringLiteral("subject"), subject},
                               {QStringLiteral("occurred_at"), occurred},
                               {QStringLiteral("next_follow_up"), next},
                               {QStringLiteral("author_id"), author}});
            };
            catchUp = followUp(acme, QStringLiteral("Send the catalogue"), at(2026, 11, 20), QDate(2026, 12, 1), me);
            followUp(bolt, QStringLiteral("Old plan"), at(2026, 11, 10), QDate(2026, 11, 15), me); // followed up below
            followUp(bolt, QStringLiteral("Call about the quote"), at(2026, 11, 25), QDate(2026, 12, 3), me);
            planDone = followUp(otherCustomer, QStringLiteral("Someone else's call"), at(2026, 11, 25),
                                QDate(2026, 12, 1), other);
            followUp(delta, QStringLiteral("Tomorrow's visit"), at(2026, 11, 26), QDate(2026, 12, 4), me);
            auto task = [&](const QString& title, const QVariant& due, const QString& status, const QString& owner,
                            const QVariantHash& extra = {}) {
                QVariantHash values{{QStringLiteral("title"), title},
                                    {QStringLiteral("due_date"), due},
                                    {QStringLiteral("status"), status},
                                    {QStringLiteral("owner_id"), owner}};
                values.insert(extra);
                return insert(writer, QStringLiteral("tasks"), values);
            };
            task(QStringLiteral("Prepare the offer"), QDate(2026, 12, 3), QStringLiteral("todo"), me,
                 {{QStringLiteral("customer_id"), acme}});
            dueLate = task(QStringLiteral("Check the contract"), QDate(2026, 11, 30), QStringLiteral("in_progress"), me,
                           {{QStringLiteral("opportunity_id"), boltDeal}});
            task(QStringLiteral("Done already"), QDate(2026, 12, 2), QStringLiteral("done"), me);
            task(QStringLiteral("Not mine"), QDate(2026, 12, 3), QStringLiteral("todo"), other);
            task(QStringLiteral("Some day"), QVariant(), QStringLiteral("todo"), me);
            task(QStringLiteral("Next week"), QDate(2026, 12, 10), QStringLiteral("todo"), me);
            const QString gone = task(QStringLiteral("Deleted"), QDate(2026, 11, 1), QStringLiteral("todo"), me);
            QVERIFY(writer.softDelete(QStringLiteral("tasks"), gone, 1).ok());
            const WriteResult committed = writer.commit();
            QVERIFY2(committed.ok(), qPrintable(committed.message));
        }
        QVERIFY(!planDone.isEmpty() && !dueLate.isEmpty());

        TodayModel model(*db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(model.refresh(&error), qPrintable(error));
        QCOMPARE(model.today(), QDate(2026, 12, 3));
        // Oldest first; on one day follow-ups before tasks.
        QCOMPARE(titles(model),
                 (QStringList{QStringLiteral("Check the contract"), QStringLiteral("Send the catalogue"),
                              QStringLiteral("Call about the quote"), QStringLiteral("Prepare the offer")}));
        const QList<Row> shown = rows(model);
        QCOMPARE(shown.at(0).entity, QStringLiteral("task"));
        QCOMPARE(shown.at(0).customerId, bolt); // through its deal
        QCOMPARE(shown.at(1).entity, QStringLiteral("interaction"));
        QCOMPARE(shown.at(1).due, QDate(2026, 12, 1));
        QCOMPARE(shown.at(1).customerId, acme);
        QCOMPARE(model.overdueCount(), 2);
        QVERIFY(model.index(0, 0).data(TodayModel::OverdueRole).toBool());
        QVERIFY(!model.index(3, 0).data(TodayModel::OverdueRole).toBool());
        QCOMPARE(model.index(1, TodayModel::CustomerColumn).data().toString(), QStringLiteral("Acme"));
        QCOMPARE(model.index(0, TodayModel::KindColumn).data().toString(), QStringLiteral("Task"));
        QCOMPARE(model.index(1, TodayModel::KindColumn).data().toString(), QStringLiteral("Follow-up"));
        QVERIFY(model.index(0, TodayModel::DueColumn).data().toString().contains(QStringLiteral("3 days overdue")));
        QCOMPARE(model.index(3, TodayModel::DueColumn).data().toString(), QStringLiteral("Today"));
        QCOMPARE(model.rowOf(QStringLiteral("interaction"), catchUp), 1);

        // The call happened (a newer follow-up with Acme) and the contract was checked: both leave the list.
        {
            RecordWriter writer(*db);
            QVERIFY(!insert(writer, QStringLiteral("interactions"),
                            {{QStringLiteral("customer_id"), acme},
                             {QStringLiteral("subject"), QStringLiteral("Catalogue sent")},
                             {QStringLiteral("occurred_at"), at(2026, 12, 3)},
                             {QStringLiteral("author_id"), me}})
                         .isEmpty());
            QVERIFY(
                writer.update(QStringLiteral("tasks"), dueLate, 1, {{QStringLiteral("status"), QStringLiteral("done")}})
                    .ok());
            QVERIFY(writer.commit().ok());
        }
        QVERIFY2(model.refresh(&error), qPrintable(error));
        QCOMPARE(titles(model),
                 (QStringList{QStringLiteral("Call about the quote"), QStringLiteral("Prepare the offer")}));
        QCOMPARE(model.overdueCount(), 0);

        // A day later: what was due today is overdue, tomorrow's visit is due.
        clock.advance(24 * 3600 * 1000LL);
        QVERIFY2(model.refresh(&error), qPrintable(error));
        QCOMPARE(model.today(), QDate(2026, 12, 4));
        QCOMPARE(titles(model), (QStringList{QStringLiteral("Call about the quote"),
                                             QStringLiteral("Prepare the offer"), QStringLiteral("Tomorrow's visit")}));
        QCOMPARE(model.overdueCount(), 2);

        // Someone else's list is their own.
        db->setCurrentUser(other, QStringLiteral("Wang Fang"));
        QVERIFY2(model.refresh(&error), qPrintable(error));
        QCOMPARE(titles(model), (QStringList{QStringLiteral("Someone else's call"), QStringLiteral("Not mine")}));
        db->setClock(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestTodayModel)
#include "TestTodayModel.moc"

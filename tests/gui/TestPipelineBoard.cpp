#include "BoardColumnView.h"
#include "ChangeNotifier.h"
#include "Database.h"
#include "PipelineBoardModel.h"
#include "PipelineBoardPage.h"
#include "PipelineService.h"
#include "SqlValues.h"
#include "StageChangeDialog.h"
#include "StageSettingsDialog.h"
#include "TaskBoardPage.h"
#include "TestDatabase.h"
#include "Uuid.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

namespace {

const QString kPotential = QStringLiteral("00000000-0000-7000-8000-000000000001");
const QString kIntent = QStringLiteral("00000000-0000-7000-8000-000000000002");
const QString kNegotiating = QStringLiteral("00000000-0000-7000-8000-000000000003");
const QString kWon = QStringLiteral("00000000-0000-7000-8000-000000000005");
const QString kLost = QStringLiteral("00000000-0000-7000-8000-000000000006");

QString insertCustomer(Database& db, const QString& name)
{
    const QString id = Uuid::createV7();
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO customers (id, name, owner_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(name);
    q.addBindValue(db.currentUserId());
    q.addBindValue(SqlValues::utcNow());
    q.addBindValue(SqlValues::utcNow());
    if (!q.exec())
        qWarning() << q.lastError().text();
    return id;
}

QString insertOpportunity(Database& db, const QString& customerId, const QString& name, const QString& stageId,
                          double position, qint64 amountMinor = 100000, const QString& currency = QStringLiteral("CNY"))
{
    const QString id = Uuid::createV7();
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO opportunities (id, name, customer_id, amount_minor, currency, expected_close, "
                       "stage_id, probability, stage_entered_at, position, owner_id, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, 10, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(name);
    q.addBindValue(customerId);
    q.addBindValue(amountMinor);
    q.addBindValue(currency);
    q.addBindValue(SqlValues::date(QDate::currentDate().addDays(20)));
    q.addBindValue(stageId);
    q.addBindValue(SqlValues::timestamp(QDateTime::currentDateTimeUtc().addDays(-3)));
    q.addBindValue(position);
    q.addBindValue(db.currentUserId());
    q.addBindValue(SqlValues::utcNow());
    q.addBindValue(SqlValues::utcNow());
    if (!q.exec())
        qWarning() << q.lastError().text();
    return id;
}

QString scalar(Database& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.value(0).toString();
}

int historyCount(Database& db, const QString& opportunityId, const QString& from, const QString& to)
{
    return scalar(db,
                  QStringLiteral("SELECT COUNT(*) FROM stage_history WHERE opportunity_id = ? AND from_stage_id = ? "
                                 "AND to_stage_id = ?"),
                  {opportunityId, from, to})
        .toInt();
}

// Drags the card at `row` of column `from` and drops it at `dropPos` in column `to`'s viewport,
// the way a user does: press on the card, move past the drag distance, move over the target, release.
void dragCard(PipelineBoardPage& page, int from, int row, int to, QPoint dropPos = QPoint(-1, -1))
{
    BoardColumnView* source = page.columnView(from);
    BoardColumnView* target = page.columnView(to);
    const QPoint start = source->visualRect(source->model()->index(row, 0)).center();
    if (dropPos == QPoint(-1, -1))
        dropPos = QPoint(target->viewport()->width() / 2, 4);
    QTest::mousePress(source->viewport(), Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(source->viewport(), start + QPoint(8, 6));
    QTest::mouseMove(source->viewport(), start + QPoint(30, 20));
    QTest::mouseMove(target->viewport(), dropPos + QPoint(0, 10));
    QTest::mouseMove(target->viewport(), dropPos);
    QTest::mouseRelease(target->viewport(), Qt::LeftButton, Qt::NoModifier, dropPos);
}

} // namespace

// The pipeline board on a real database: drags, keyboard moves, undo, won/lost, totals, stage
// editing, conflicts; and the task board's status drag.
class TestPipelineBoard : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        std::unique_ptr<TestDatabase> tdb;
        std::unique_ptr<Database> db;
        QString customer;
    };

    bool setUp(Fixture& f)
    {
        QFETCH(QString, target);
        f.tdb = std::make_unique<TestDatabase>(target);
        if (!f.tdb->isValid()) {
            qWarning() << f.tdb->error();
            return false;
        }
        QString error;
        f.db = f.tdb->open(&error);
        if (!f.db) {
            qWarning() << error;
            return false;
        }
        f.customer = insertCustomer(*f.db, QStringLiteral("Acme 上海"));
        return true;
    }

    void showPage(QWidget& page)
    {
        page.resize(1760, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
    }

private slots:
    void dragBetweenColumnsWritesStageAndHistory_data() { TestDatabase::addTargets(); }
    void dragBetweenColumnsWritesStageAndHistory()
    {
        Fixture f;
        QVERIFY(setUp(f));
        const QString a = insertOpportunity(*f.db, f.customer, QStringLiteral("Deal A"), kPotential, 1);
        insertOpportunity(*f.db, f.customer, QStringLiteral("Deal B"), kPotential, 2);
        insertOpportunity(*f.db, f.customer, QStringLiteral("Deal C"), kIntent, 1);

        PipelineBoardPage page(*f.db, nullptr);
        showPage(page);
        QCOMPARE(page.columnCount(), 6);
        QCOMPARE(page.columnView(0)->model()->rowCount(), 2);
        QAbstractItemModelTester tester(page.boardModel()->column(1));
        // The page listens to the notifier as the shell connects it.
        QObject::connect(&f.db->notifier(), &ChangeNotifier::changed, &page, &Page::applyChanges);
        QSignalSpy changed(&f.db->notifier(), &ChangeNotifier::changed);

        dragCard(page, 0, 0, 1);

        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT stage_id FROM opportunities WHERE id = ?"), {a}), kIntent);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT probability FROM opportunities WHERE id = ?"), {a}).toInt(), 30);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT version FROM opportunities WHERE id = ?"), {a}).toInt(), 2);
        QCOMPARE(historyCount(*f.db, a, kPotential, kIntent), 1);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT changed_by FROM stage_history WHERE opportunity_id = ?"), {a}),
                 f.db->currentUserId());
        // Dropped above the first card: it is on top of the Intent column.
        QCOMPARE(page.columnView(1)->model()->index(0, 0).data(PipelineColumnModel::IdRole).toString(), a);
        QCOMPARE(page.columnView(0)->model()->rowCount(), 1);
        QCOMPARE(page.currentOpportunityId(), a);
        // One transaction, one announcement, naming the row and its history; the board showed its own move
        // without reading itself again.
        QCOMPARE(changed.count(), 1);
        const ChangeSet announced = changed.first().first().value<ChangeSet>();
        QCOMPARE(announced.ids(QStringLiteral("opportunities")), QStringList{a});
        QVERIFY(announced.has(QStringLiteral("stage_history"), RowChange::Inserted));
        QCOMPARE(page.changeReloads(), 0);
    }

    void reorderWithinColumnPersists_data() { TestDatabase::addTargets(); }
    void reorderWithinColumnPersists()
    {
        Fixture f;
        QVERIFY(setUp(f));
        const QString a = insertOpportunity(*f.db, f.customer, QStringLiteral("Deal A"), kPotential, 1);
        const QString b = insertOpportunity(*f.db, f.customer, QStringLiteral("Deal B"), kPotential, 2);
        const QString c = insertOpportunity(*f.db, f.customer, QStringLiteral("Deal C"), kPotential, 3);

        PipelineBoardPage page(*f.db, nullptr);
        showPage(page);
        BoardColumnView* view = page.columnView(0);
        // Drop A below C (under the last card).
        const QRect last = view->visualRect(view->model()->index(2, 0));
        dragCard(page, 0, 0, 0, QPoint(last.center().x(), last.bottom() + 10));

        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT COUNT(*) FROM stage_history")).toInt(), 0);
        PipelineBoardPage fresh(*f.db, nullptr);
        const PipelineColumnModel* column = fresh.boardModel()->column(0);
        QCOMPARE(column->rowCount(), 3);
        QCOMPARE(column->card(0).id, b);
        QCOMPARE(column->card(1).id, c);
        QCOMPARE(column->card(2).id, a);
    }

    void keyboardMovesSelectionAndCards_data() { TestDatabase::addTargets(); }
    void keyboardMovesSelectionAndCards()
    {
        Fixture f;
        QVERIFY(setUp(f));
        const QString a = insertOpportunity(*f.db, f.customer, QStringLiteral("Deal A"), kPotential, 1);
        const QString b = insertOpportunity(*f.db, f.customer, QStringLiteral("Deal B"), kIntent, 1);

        PipelineBoardPage page(*f.db, nullptr);
        showPage(page);
        QSignalSpy open(&page, &Page::openRecord);
        QVERIFY(page.selectOpportunity(a));
        QTest::keyClick(page.columnView(0), Qt::Key_Right);
        QCOMPARE(page.currentOpportunityId(), b);
        QTest::keyClick(page.columnView(1), Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("opportunity"));
        QCOMPARE(open.at(0).at(1).toString(), b);

        QTest::keyClick(page.columnView(1), Qt::Key_Left);
        QCOMPARE(page.currentOpportunityId(), a);
        QTest::keyClick(page.columnView(0), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT stage_id FROM opportunities WHERE id = ?"), {a}), kIntent);
        QCOMPARE(page.currentOpportunityId(), a);
        QTest::keyClick(page.columnView(1), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT stage_id FROM opportunities WHERE id = ?"), {a}), kNegotiating);
        QTest::keyClick(page.columnView(2), Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT stage_id FROM opportunities WHERE id = ?"), {a}), kIntent);
        QCOMPARE(historyCount(*f.db, a, kPotential, kIntent), 1);
        QCOMPARE(historyCount(*f.db, a, kIntent, kNegotiating), 1);
        QCOMPARE(historyCount(*f.db, a, kNegotiating, kIntent), 1);
    }

    void undoRevertsLastMove_data() { TestDatabase::addTargets(); }
    void undoRevertsLastMove()
    {
        Fixture f;
        QVERIFY(setUp(f));
        const QString a = insertOpportunity(*f.db, f.customer, QStringLiteral("Deal A"), kPotential, 5);
        insertOpportunity(*f.db, f.customer, QStringLiteral("Deal B"), kPotential, 9);

        PipelineBoardPage page(*f.db, nullptr);
        showPage(page);
        QVERIFY(!page.canUndo());
        dragCard(page, 0, 0, 2);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT stage_id FROM opportunities WHERE id = ?"), {a}), kNegotiating);
        QVERIFY(page.canUndo());

        QTest::keyClick(page.columnView(2), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT stage_id FROM opportunities WHERE id = ?"), {a}), kPotential);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT position FROM opportunities WHERE id = ?"), {a}).toDouble(), 5.0);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT probability FROM opportunities WHERE id = ?"), {a}).toInt(), 10);
        QCOMPARE(historyCount(*f.db, a, kNegotiating, kPotential), 1);
        QCOMPARE(page.boardModel()->column(0)->card(0).id, a);
        QVERIFY(!page.canUndo());

        // Redo moves it again, through the board (a history row, the board updated in place).
        QVERIFY(page.undoStack()->canRedo());
        QVERIFY2(page.undoStack()->redoText().contains(QStringLiteral("Deal A")),
                 qPrintable(page.undoStack()->redoText()));
        page.undoStack()->redo();
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT stage_id FROM opportunities WHERE id = ?"), {a}), kNegotiating);
        QCOMPARE(historyCount(*f.db, a, kPotential, kNegotiating), 2);

        // A colleague moves it on (a second connection; its announcement reaches the board): undo refuses.
        QObject::connect(&f.db->notifier(), &ChangeNotifier::changed, &page, &Page::applyChanges);
        QString error;
        auto colleague = f.db->clone(&error);
        QVERIFY2(colleague, qPrintable(error));
        const int version =
            scalar(*f.db, QStringLiteral("SELECT version FROM opportunities WHERE id = ?"), {a}).toInt();
        QVERIFY(PipelineService::moveToStage(*colleague, a, version, kIntent).ok());
        QCOMPARE(page.boardModel()->column(1)->rowOfId(a) >= 0, true);
        QVERIFY(page.canUndo());
        page.undo();
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT stage_id FROM opportunities WHERE id = ?"), {a}), kIntent);
        QVERIFY2(page.lastMessage().contains(QStringLiteral("someone else")), qPrintable(page.lastMessage()));
    }

    void wonAndLostAskForReasonAndDate_data() { TestDatabase::addTargets(); }
    void wonAndLostAskForReasonAndDate()
    {
        Fixture f;
        QVERIFY(setUp(f));
        const QString a = insertOpportunity(*f.db, f.customer, QStringLiteral("Deal A"), kNegotiating, 1);
        const QString b = insertOpportunity(*f.db, f.customer, QStringLiteral("Deal B"), kNegotiating, 2);

        PipelineBoardPage page(*f.db, nullptr);
        showPage(page);
        const QDate closeDay = QDate::currentDate().addDays(-2);
        QSignalSpy asked(&page, &PipelineBoardPage::closeRequested);
        bool answer = true;
        // The shell's part: ask, then confirm or cancel.
        connect(&page, &PipelineBoardPage::closeRequested, &page,
                [&](const QString& id, const QString& stage, bool lost) {
                    if (!answer)
                        page.cancelClose(id);
                    else
                        page.completeClose(id, stage, lost ? PipelineService::standardLostReasons().at(1) : QString(),
                                           closeDay);
                });

        answer = false;
        dragCard(page, 2, 0, 5);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT stage_id FROM opportunities WHERE id = ?"), {a}), kNegotiating);

        answer = true;
        dragCard(page, 2, 0, 5);
        QCOMPARE(asked.count(), 2);
        QCOMPARE(asked.at(1).at(2).toBool(), true);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT stage_id FROM opportunities WHERE id = ?"), {a}), kLost);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT lost_reason FROM opportunities WHERE id = ?"), {a}),
                 PipelineService::standardLostReasons().at(1));
        QCOMPARE(SqlValues::toDate(
                     scalar(*f.db, QStringLiteral("SELECT actual_close FROM opportunities WHERE id = ?"), {a})),
                 closeDay);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT probability FROM opportunities WHERE id = ?"), {a}).toInt(), 0);
        QCOMPARE(historyCount(*f.db, a, kNegotiating, kLost), 1);
        QCOMPARE(page.boardModel()->column(5)->rowCount(), 1);

        dragCard(page, 2, 0, 4);
        QCOMPARE(asked.at(2).at(2).toBool(), false);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT stage_id FROM opportunities WHERE id = ?"), {b}), kWon);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT probability FROM opportunities WHERE id = ?"), {b}).toInt(), 100);
        QVERIFY(scalar(*f.db, QStringLiteral("SELECT lost_reason FROM opportunities WHERE id = ?"), {b}).isEmpty());

        // Undo brings the deal back into the pipeline and clears its close data.
        QTest::keyClick(page.columnView(4), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT stage_id FROM opportunities WHERE id = ?"), {b}), kNegotiating);
        QVERIFY(scalar(*f.db, QStringLiteral("SELECT actual_close FROM opportunities WHERE id = ?"), {b}).isEmpty());
    }

    // Issue 21: a won card shows the day the deal was won, not the day it was expected to close.
    void wonCardShowsTheDayItClosed_data() { TestDatabase::addTargets(); }
    void wonCardShowsTheDayItClosed()
    {
        Fixture f;
        QVERIFY(setUp(f));
        const QString deciding = QStringLiteral("00000000-0000-7000-8000-000000000004");
        const QString a = insertOpportunity(*f.db, f.customer, QStringLiteral("Deal A"), deciding, 1);
        const QDate expected = QDate::currentDate().addDays(20);
        const QDate closeDay = QDate::currentDate().addDays(-1);
        PipelineBoardPage page(*f.db, nullptr);
        showPage(page);
        connect(&page, &PipelineBoardPage::closeRequested, &page,
                [&](const QString& id, const QString& stage, bool) { page.completeClose(id, stage, {}, closeDay); });
        QCOMPARE(page.columnView(3)->model()->rowCount(), 1);
        const QModelIndex open = page.columnView(3)->model()->index(0, 0);
        QCOMPARE(open.data(PipelineColumnModel::CloseDateRole).toDate(), expected);
        QVERIFY(!open.data(PipelineColumnModel::ActualCloseRole).toDate().isValid());

        // Ctrl+Shift+→ from the last open stage: Won.
        page.columnView(3)->setFocus();
        QVERIFY(page.selectOpportunity(a));
        QTest::keyClick(page.columnView(3), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT stage_id FROM opportunities WHERE id = ?"), {a}), kWon);
        QCOMPARE(SqlValues::toDate(
                     scalar(*f.db, QStringLiteral("SELECT actual_close FROM opportunities WHERE id = ?"), {a})),
                 closeDay);
        const QModelIndex won = page.columnView(4)->model()->index(0, 0);
        QCOMPARE(won.data(PipelineColumnModel::IdRole).toString(), a);
        QCOMPARE(won.data(PipelineColumnModel::CloseDateRole).toDate(), closeDay);
        QCOMPARE(won.data(PipelineColumnModel::ExpectedCloseRole).toDate(), expected);

        // Read from the database again, the same.
        {
            PipelineBoardPage again(*f.db, nullptr);
            showPage(again);
            const QModelIndex reread = again.columnView(4)->model()->index(0, 0);
            QCOMPARE(reread.data(PipelineColumnModel::CloseDateRole).toDate(), closeDay);
        }

        // Back into the pipeline (Ctrl+Z): the expected date again.
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.columnView(4)->setFocus();
        QTest::keyClick(page.columnView(4), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(page.columnView(3)->model()->index(0, 0).data(PipelineColumnModel::CloseDateRole).toDate(), expected);
    }

    // An open column loads its first page of cards; the rest come when the view scrolls to them,
    // while the column's totals always cover every card.
    void columnsLoadPagesLazily_data() { TestDatabase::addTargets(); }
    void columnsLoadPagesLazily()
    {
        Fixture f;
        QVERIFY(setUp(f));
        QVERIFY(f.db->connection().transaction());
        QStringList ids;
        qint64 sum = 0;
        for (int i = 0; i < 250; ++i) {
            // Every position twice: pages must continue by (position, id), not by position alone.
            ids << insertOpportunity(*f.db, f.customer, QStringLiteral("Deal %1").arg(i), kPotential, i / 2, 1000 + i);
            sum += 1000 + i;
        }
        QVERIFY(f.db->connection().commit());
        std::sort(ids.begin(), ids.end()); // ids are time-ordered: insertion order within a position

        PipelineBoardPage page(*f.db, nullptr);
        showPage(page);
        PipelineColumnModel* column = page.boardModel()->column(0);
        QVERIFY(column->rowCount() < 250);
        QVERIFY(column->canFetchMore({}));
        QCOMPARE(column->totals().count, 250);
        QCOMPARE(column->totals().amount.value(QStringLiteral("CNY")), sum);
        // (The tester itself fetches a page.)
        QAbstractItemModelTester tester(column, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Scrolling to the end reads the next pages, in order, without gaps or repeats.
        BoardColumnView* view = page.columnView(0);
        for (int i = 0; i < 10 && column->canFetchMore({}); ++i) {
            view->scrollToBottom();
            QApplication::processEvents();
        }
        QCOMPARE(column->rowCount(), 250);
        for (int row = 0; row < 250; ++row)
            QCOMPARE(column->card(row).id, ids.at(row));

        // A fresh board finds a card that is not loaded yet, and moves it.
        PipelineBoardPage fresh(*f.db, nullptr);
        showPage(fresh);
        QVERIFY(fresh.boardModel()->column(0)->rowCount() < 250);
        QVERIFY(fresh.selectOpportunity(ids.at(240)));
        QCOMPARE(fresh.currentOpportunityId(), ids.at(240));
        fresh.moveCard(ids.at(240), 1, 0);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT stage_id FROM opportunities WHERE id = ?"), {ids.at(240)}),
                 kIntent);
        QCOMPARE(fresh.boardModel()->column(0)->totals().count, 249);
        QCOMPARE(fresh.boardModel()->column(1)->totals().count, 1);

        // A card dropped under the last loaded one lands before the first one not loaded yet.
        PipelineBoardPage third(*f.db, nullptr);
        PipelineColumnModel* first = third.boardModel()->column(0);
        const int loaded = first->rowCount();
        QVERIFY(first->hasMore());
        const QString moved = third.boardModel()->column(1)->card(0).id;
        third.moveCard(moved, 0, loaded);
        QCOMPARE(first->rowCount(), loaded + 1);
        QCOMPARE(first->card(loaded).id, moved);
        while (first->canFetchMore({}))
            first->fetchMore({});
        QCOMPARE(first->rowCount(), 250);
        QSet<QString> seen;
        for (int row = 0; row < first->rowCount(); ++row)
            seen.insert(first->card(row).id);
        QCOMPARE(seen.size(), 250);
        QCOMPARE(first->totals().count, 250);
        QCOMPARE(first->totals().amount.value(QStringLiteral("CNY")), sum);
    }

    void columnSumsMatchSql_data() { TestDatabase::addTargets(); }
    void columnSumsMatchSql()
    {
        Fixture f;
        QVERIFY(setUp(f));
        QRandomGenerator rng(42);
        const QStringList stages{kPotential, kIntent, kNegotiating,
                                 QStringLiteral("00000000-0000-7000-8000-000000000004")};
        for (int i = 0; i < 120; ++i) {
            insertOpportunity(*f.db, f.customer, QStringLiteral("Deal %1").arg(i), stages.at(i % 4), i,
                              qint64(rng.bounded(1, 90000000)) * 7 + 3,
                              i % 5 == 0 ? QStringLiteral("USD") : QStringLiteral("CNY"));
        }
        PipelineBoardPage page(*f.db, nullptr);
        PipelineBoardModel* model = page.boardModel();
        QSqlQuery q(f.db->connection());
        DESKCRM_VERIFY_SQL(
            q, q.exec(QStringLiteral("SELECT o.stage_id, o.currency, COUNT(*), SUM(o.amount_minor), s.probability "
                                     "FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id "
                                     "WHERE o.deleted_at IS NULL GROUP BY o.stage_id, o.currency, s.probability")));
        int rows = 0;
        qint64 allCny = 0;
        qint64 weightedCny = 0;
        while (q.next()) {
            ++rows;
            const int column = model->columnOfStage(q.value(0).toString());
            QVERIFY(column >= 0);
            const PipelineTotals& totals = model->column(column)->totals();
            const QString currency = q.value(1).toString();
            const qint64 sum = q.value(3).toLongLong();
            QCOMPARE(totals.amount.value(currency), sum);
            QCOMPARE(totals.weighted.value(currency), sum * q.value(4).toLongLong() / 100);
            if (currency == QLatin1String("CNY")) {
                allCny += sum;
                weightedCny += sum * q.value(4).toLongLong() / 100;
            }
        }
        QCOMPARE(rows, 8);
        QCOMPARE(model->openTotals().count, 120);
        QCOMPARE(model->openTotals().amount.value(QStringLiteral("CNY")), allCny);
        QCOMPARE(model->openTotals().weighted.value(QStringLiteral("CNY")), weightedCny);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("pipelineSummary"))->text().contains(QLocale().toString(120)));

        // Filters narrow the totals too.
        PipelineBoardFilter filter;
        filter.text = QStringLiteral("deal 11");
        QString error;
        QVERIFY2(model->load(filter, &error), qPrintable(error));
        QCOMPARE(model->openTotals().count, 11); // Deal 11, 110..119
    }

    void stageEditingKeepsHistory_data() { TestDatabase::addTargets(); }
    void stageEditingKeepsHistory()
    {
        Fixture f;
        QVERIFY(setUp(f));
        const QString a = insertOpportunity(*f.db, f.customer, QStringLiteral("Deal A"), kPotential, 1);
        PipelineBoardPage page(*f.db, nullptr);
        showPage(page);
        QTest::keyClick(page.columnView(0), Qt::Key_Down);
        QVERIFY(page.selectOpportunity(a));
        QTest::keyClick(page.columnView(0), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(historyCount(*f.db, a, kPotential, kIntent), 1);

        PipelineBoardModel* model = page.boardModel();
        PipelineService::StageData intent{kIntent, QStringLiteral("意向 Intent"), 35, false,
                                          false,   model->stage(1).version,       0};
        QVERIFY2(PipelineService::updateStage(*f.db, intent).ok(), "rename");
        // A stale version is refused.
        QCOMPARE(PipelineService::updateStage(*f.db, intent).status, PipelineService::Status::Conflict);
        QString added;
        PipelineService::StageData proposal{QString(), QStringLiteral("Proposal"), 50, false, false, 0, 0};
        QVERIFY(PipelineService::addStage(*f.db, proposal, &added).ok());
        page.reload();
        QCOMPARE(page.columnCount(), 7);
        // Swap the first two stages.
        QVector<PipelineService::StageData> order;
        for (int i = 0; i < model->columnCount(); ++i) {
            const PipelineStage& s = model->stage(i);
            order.append({s.id, s.name, s.probability, s.isWon, s.isLost, s.version, s.sortOrder});
        }
        order.swapItemsAt(0, 1);
        QVERIFY(PipelineService::reorderStages(*f.db, order).ok());
        page.reload();
        QCOMPARE(model->stage(0).id, kIntent);
        QCOMPARE(model->stage(0).name, QStringLiteral("意向 Intent"));
        QCOMPARE(model->stage(0).probability, 35);
        QCOMPARE(model->stage(6).id, added);
        QCOMPARE(model->column(0)->rowCount(), 1);
        QCOMPARE(historyCount(*f.db, a, kPotential, kIntent), 1);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT COUNT(*) FROM stage_history")).toInt(), 1);
        // A stage in use cannot be removed; an empty one can.
        QCOMPARE(PipelineService::removeStage(*f.db, kIntent, model->stage(0).version).status,
                 PipelineService::Status::Invalid);
        QVERIFY(PipelineService::removeStage(*f.db, added, model->stage(6).version).ok());
        page.reload();
        QCOMPARE(page.columnCount(), 6);
    }

    void stageDialogsSaveAndAsk_data() { TestDatabase::addTargets(); }
    void stageDialogsSaveAndAsk()
    {
        Fixture f;
        QVERIFY(setUp(f));
        const QString a = insertOpportunity(*f.db, f.customer, QStringLiteral("Deal A"), kPotential, 1);
        QVERIFY(PipelineService::moveToStage(*f.db, a, 1, kIntent).ok());

        StageSettingsDialog dialog(*f.db, nullptr);
        auto* table = dialog.findChild<QTableWidget*>();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 6);
        table->setCurrentCell(0, 0);
        dialog.moveDown(); // Intent, Potential, …
        table->item(0, 0)->setText(QStringLiteral("Interested"));
        dialog.addStage();           // lands before Won
        table->setCurrentCell(2, 0); // Negotiating has no deals: remove it
        dialog.removeStage();
        dialog.accept();
        QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const QVector<PipelineService::StageData> stages = PipelineService::stages(*f.db);
        QCOMPARE(stages.size(), 6);
        QCOMPARE(stages.at(0).id, kIntent);
        QCOMPARE(stages.at(0).name, QStringLiteral("Interested"));
        QCOMPARE(stages.at(1).id, kPotential);
        QCOMPARE(stages.at(3).name, StageSettingsDialog::tr("New stage"));
        QVERIFY(stages.at(4).isWon);
        QCOMPARE(historyCount(*f.db, a, kPotential, kIntent), 1);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT stage_id FROM opportunities WHERE id = ?"), {a}), kIntent);

        // Removing a stage in use rolls the whole save back.
        StageSettingsDialog second(*f.db, nullptr);
        auto* table2 = second.findChild<QTableWidget*>();
        table2->item(1, 0)->setText(QStringLiteral("Renamed"));
        table2->setCurrentCell(0, 0); // Interested holds Deal A
        second.removeStage();
        second.accept();
        QVERIFY(!second.lastError().isEmpty());
        QCOMPARE(PipelineService::stages(*f.db).at(1).name, QStringLiteral("Potential"));

        StageChangeDialog lost(true, QStringLiteral("Lost"), nullptr);
        auto* ok = lost.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        lost.setLostReason(PipelineService::standardLostReasons().at(0));
        QVERIFY(ok->isEnabled());
        QCOMPARE(lost.lostReason(), PipelineService::standardLostReasons().at(0));
        QCOMPARE(lost.actualClose(), QDate::currentDate());
        // The proposed close date is the database's today.
        ManualClock later(QDateTime::currentDateTimeUtc().addDays(40));
        lost.setClock(&later);
        QCOMPARE(lost.actualClose(), later.today());
    }

    void boardsTellTheDayFromTheClock_data() { TestDatabase::addTargets(); }
    void boardsTellTheDayFromTheClock()
    {
        // Overdue, days in stage and due groups count from the database's clock: moving it is enough.
        ManualClock clock(QDateTime::currentDateTimeUtc());
        Fixture f;
        QVERIFY(setUp(f));
        f.db->setClock(&clock);
        insertOpportunity(*f.db, f.customer, QStringLiteral("Deal A"), kPotential, 1); // closes in 20 days
        PipelineBoardModel board(*f.db);
        QString error;
        QVERIFY2(board.load(PipelineBoardFilter(), &error), qPrintable(error));
        QCOMPARE(board.column(0)->index(0, 0).data(PipelineColumnModel::OverdueRole).toBool(), false);
        const int days = board.column(0)->index(0, 0).data(PipelineColumnModel::DaysInStageRole).toInt();
        QVERIFY(days >= 2);

        const QString task = Uuid::createV7();
        QSqlQuery q(f.db->connection());
        q.prepare(QStringLiteral("INSERT INTO tasks (id, title, owner_id, due_date, priority, status, customer_id, "
                                 "created_at, updated_at) VALUES (?, 'Call back', ?, ?, 3, 'todo', ?, ?, ?)"));
        q.addBindValue(task);
        q.addBindValue(f.db->currentUserId());
        q.addBindValue(SqlValues::date(clock.today().addDays(1)));
        q.addBindValue(f.customer);
        q.addBindValue(clock.timestamp());
        q.addBindValue(clock.timestamp());
        DESKCRM_VERIFY_SQL(q, q.exec());
        TaskBoardModel tasks(*f.db);
        QVERIFY2(tasks.load(TaskBoardModel::Filter(), &error), qPrintable(error));
        QCOMPARE(tasks.column(0)->index(0, 0).data(TaskColumnModel::OverdueRole).toBool(), false);

        clock.advance(30LL * 24 * 60 * 60 * 1000);
        QVERIFY2(board.reload(&error), qPrintable(error));
        QCOMPARE(board.column(0)->index(0, 0).data(PipelineColumnModel::OverdueRole).toBool(), true);
        QCOMPARE(board.column(0)->index(0, 0).data(PipelineColumnModel::DaysInStageRole).toInt(), days + 30);
        QVERIFY2(tasks.reload(&error), qPrintable(error));
        QCOMPARE(tasks.column(0)->index(0, 0).data(TaskColumnModel::OverdueRole).toBool(), true);
    }

    void conflictingMoveIsRefused_data() { TestDatabase::addTargets(); }
    void conflictingMoveIsRefused()
    {
        Fixture f;
        QVERIFY(setUp(f));
        const QString a = insertOpportunity(*f.db, f.customer, QStringLiteral("Deal A"), kPotential, 1);
        PipelineBoardPage page(*f.db, nullptr);
        showPage(page);
        QSignalSpy refused(&page, &PipelineBoardPage::moveRefused);

        // Someone else moves the deal in the meantime.
        QString error;
        auto other = f.db->clone(&error);
        QVERIFY2(other, qPrintable(error));
        QVERIFY(PipelineService::moveToStage(*other, a, 1, kNegotiating).ok());

        dragCard(page, 0, 0, 1);
        QCOMPARE(refused.count(), 1);
        QVERIFY(!page.lastMessage().isEmpty());
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT stage_id FROM opportunities WHERE id = ?"), {a}), kNegotiating);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT COUNT(*) FROM stage_history")).toInt(), 1);
        // The board now shows the other user's change.
        QCOMPARE(page.boardModel()->locate(a).first, 2);
        QCOMPARE(page.boardModel()->column(2)->card(0).version, 2);

        // F5 shows new work of others.
        const QString b = insertOpportunity(*other, f.customer, QStringLiteral("Deal B"), kIntent, 1);
        QTest::keyClick(page.columnView(2), Qt::Key_F5);
        QCOMPARE(page.boardModel()->locate(b).first, 1);
    }

    void taskBoardDragChangesStatus_data() { TestDatabase::addTargets(); }
    void taskBoardDragChangesStatus()
    {
        Fixture f;
        QVERIFY(setUp(f));
        const QString id = Uuid::createV7();
        QSqlQuery q(f.db->connection());
        q.prepare(QStringLiteral("INSERT INTO tasks (id, title, owner_id, due_date, priority, status, customer_id, "
                                 "created_at, updated_at) VALUES (?, 'Call back', ?, ?, 3, 'todo', ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(f.db->currentUserId());
        q.addBindValue(SqlValues::date(QDate::currentDate().addDays(-1)));
        q.addBindValue(f.customer);
        q.addBindValue(SqlValues::utcNow());
        q.addBindValue(SqlValues::utcNow());
        DESKCRM_VERIFY_SQL(q, q.exec());

        TaskBoardPage page(*f.db, nullptr);
        showPage(page);
        QCOMPARE(page.columnView(0)->model()->rowCount(), 1);
        QCOMPARE(page.columnView(0)->model()->index(0, 0).data(TaskColumnModel::OverdueRole).toBool(), true);
        BoardColumnView* source = page.columnView(0);
        BoardColumnView* target = page.columnView(2);
        const QPoint start = source->visualRect(source->model()->index(0, 0)).center();
        QTest::mousePress(source->viewport(), Qt::LeftButton, Qt::NoModifier, start);
        QTest::mouseMove(source->viewport(), start + QPoint(30, 20));
        QTest::mouseMove(target->viewport(), QPoint(40, 10));
        QTest::mouseRelease(target->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(40, 10));
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT status FROM tasks WHERE id = ?"), {id}), QStringLiteral("done"));
        QVERIFY(!scalar(*f.db, QStringLiteral("SELECT completed_at FROM tasks WHERE id = ?"), {id}).isEmpty());
        QCOMPARE(target->model()->rowCount(), 1);

        QTest::keyClick(target, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT status FROM tasks WHERE id = ?"), {id}),
                 QStringLiteral("in_progress"));
        QVERIFY(scalar(*f.db, QStringLiteral("SELECT completed_at FROM tasks WHERE id = ?"), {id}).isEmpty());

        page.setDueGrouping(true);
        QCOMPARE(page.columnView(1)->model()->index(0, 0).data(TaskColumnModel::GroupStartRole).toBool(), true);
        QCOMPARE(page.columnView(1)->model()->index(0, 0).data(TaskColumnModel::DueGroupRole).toInt(),
                 int(TaskColumnModel::Overdue));
    }
};

QTEST_MAIN(TestPipelineBoard)
#include "TestPipelineBoard.moc"

#include "DashboardPage.h"
#include "DialogSeams.h"
#include "MainWindow.h"
#include "MoneyEdit.h"
#include "ReportQueries.h"
#include "SalesTargetsDialog.h"
#include "SqlValues.h"
#include "TestDatabase.h"
#include "Translations.h"
#include "Uuid.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

// The targets editor on a real database: amounts typed into cells with the keyboard land in
// sales_targets as integer minor units, edits update with the version, cleared cells are soft-deleted,
// a save that meets someone else's change writes nothing, and the dashboard's target line follows.
class TestSalesTargetsDialog : public QObject
{
    Q_OBJECT

    struct People
    {
        QString north;
        QString south;
        QString alice; // in North
        QString bob;   // in North
    };

    static bool exec(Database& db, const QString& sql, const QVariantList& values)
    {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        for (const QVariant& value : values)
            q.addBindValue(value);
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            return false;
        }
        return true;
    }

    static bool addPeople(Database& db, People* people)
    {
        const QString now = SqlValues::utcNow();
        people->north = Uuid::createV7();
        people->south = Uuid::createV7();
        people->alice = Uuid::createV7();
        people->bob = Uuid::createV7();
        const QString teamSql =
            QStringLiteral("INSERT INTO teams (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)");
        const QString userSql = QStringLiteral("INSERT INTO users (id, username, display_name, team_id, created_at, "
                                               "updated_at) VALUES (?, ?, ?, ?, ?, ?)");
        return exec(db, teamSql, {people->north, QStringLiteral("North"), now, now}) &&
               exec(db, teamSql, {people->south, QStringLiteral("South"), now, now}) &&
               exec(db, userSql,
                    {people->alice, QStringLiteral("alice"), QStringLiteral("Alice Smith"), people->north, now, now}) &&
               exec(db, userSql,
                    {people->bob, QStringLiteral("bob"), QStringLiteral("Bob Jones"), people->north, now, now});
    }

    // Every row of sales_targets as text, to compare the table before and after a failed save.
    static QStringList snapshot(Database& db)
    {
        QSqlQuery q(db.connection());
        QStringList rows;
        if (!q.exec(QStringLiteral("SELECT id, owner_id, team_id, month, amount_minor, currency, version, deleted_at "
                                   "FROM sales_targets ORDER BY id")))
            return {QStringLiteral("error: ") + q.lastError().text()};
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < 8; ++i)
                fields << q.value(i).toString();
            rows << fields.join(QLatin1Char('|'));
        }
        return rows;
    }

    struct Row
    {
        QString ownerId;
        QString teamId;
        QDate month;
        qint64 amountMinor = -1;
        QString currency;
        int version = 0;
        bool deleted = false;
    };
    static QList<Row> rows(Database& db)
    {
        QSqlQuery q(db.connection());
        QList<Row> result;
        if (!q.exec(QStringLiteral("SELECT owner_id, team_id, month, amount_minor, currency, version, deleted_at "
                                   "FROM sales_targets ORDER BY month, owner_id, team_id, version")))
            return result;
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toString(), SqlValues::toDate(q.value(2)),
                           q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toInt(), !q.value(6).isNull()});
        return result;
    }

    // Types text into a cell the way a user does: the first key on the table starts editing (and is
    // the first character), the rest goes to the editor, then `leave` (Return, Tab) commits.
    static bool typeInto(QTableView* table, const QModelIndex& index, const QString& text,
                         Qt::Key leave = Qt::Key_Return)
    {
        if (!index.isValid())
            return false;
        table->setFocus();
        table->setCurrentIndex(index);
        QTest::keyClick(table, text.at(0).toLatin1());
        auto* editor = qobject_cast<MoneyEdit*>(table->indexWidget(index));
        if (!editor)
            return false;
        QTest::keyClicks(editor, text.mid(1));
        QTest::keyClick(editor, leave);
        return true;
    }

    static QString message(SalesTargetsDialog& dialog)
    {
        auto* label = dialog.findChild<QLabel*>(QStringLiteral("message"));
        return label && !label->isHidden() ? label->text() : QString();
    }

    static std::unique_ptr<Database> openWithPeople(TestDatabase& tdb, People* people)
    {
        QString error;
        auto db = tdb.open(&error);
        if (!db) {
            qWarning() << error;
            return nullptr;
        }
        if (!addPeople(*db, people))
            return nullptr;
        return db;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        DialogSeams::setSuppressMessages(true);
    }

    void init() { DialogSeams::clearAnswers(); }

    void typedAmountsAreSaved_data() { TestDatabase::addTargets(); }
    void typedAmountsAreSaved()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        People p;
        auto db = openWithPeople(tdb, &p);
        QVERIFY(db);

        SalesTargetsDialog dialog(*db, {2027, SalesTargetsDialog::Mode::Reps, QStringLiteral("CNY"), p.bob});
        QSignalSpy saved(&dialog, &SalesTargetsDialog::saved);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTableView* table = dialog.table();
        QVERIFY(dialog.rowIds().contains(p.alice) && dialog.rowIds().contains(p.bob));
        // The dashboard's rep gets the cursor.
        QCOMPARE(table->currentIndex().row(), int(dialog.rowIds().indexOf(p.bob)));
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Jan"));
        QCOMPARE(table->model()->headerData(11, Qt::Horizontal).toString(), QStringLiteral("Dec"));

        // Return commits and moves down; Tab commits and edits the next month.
        QVERIFY(typeInto(table, dialog.cell(p.alice, 1), QStringLiteral("12,000"), Qt::Key_Tab));
        QCOMPARE(table->currentIndex(), dialog.cell(p.alice, 2));
        auto* editor = qobject_cast<MoneyEdit*>(table->indexWidget(dialog.cell(p.alice, 2)));
        QVERIFY2(editor, "Tab did not open the next month for editing");
        QTest::keyClicks(editor, QStringLiteral("8000.50"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(table->currentIndex().column(), 1);
        // Arrow keys walk to Bob's March.
        table->setCurrentIndex(dialog.cell(p.alice, 2));
        QTest::keyClick(table, Qt::Key_Right);
        const int down = int(dialog.rowIds().indexOf(p.bob) - dialog.rowIds().indexOf(p.alice));
        for (int i = 0; i < std::abs(down); ++i)
            QTest::keyClick(table, down > 0 ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(table->currentIndex(), dialog.cell(p.bob, 3));
        QVERIFY(typeInto(table, table->currentIndex(), QStringLiteral("5000")));

        QCOMPARE(dialog.amountAt(dialog.cell(p.alice, 1)), qint64(1200000));
        QCOMPARE(dialog.amountAt(dialog.cell(p.alice, 2)), qint64(800050));
        QCOMPARE(dialog.amountAt(dialog.cell(p.bob, 3)), qint64(500000));
        QCOMPARE(dialog.amountAt(dialog.cell(p.alice, 4)), qint64(-1));
        const QModelIndex aliceYear = dialog.cell(p.alice, 1).siblingAtColumn(SalesTargetsDialog::YearColumn);
        QCOMPARE(dialog.amountAt(aliceYear), qint64(2000050));
        QCOMPARE(aliceYear.data(Qt::DisplayRole).isValid(), false); // drawn by the delegate, not stored text
        QVERIFY(dialog.hasUnsavedChanges());
        QVERIFY(rows(*db).isEmpty()); // nothing written before Save

        QTest::keySequence(&dialog, QKeySequence::Save);
        QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
        QCOMPARE(saved.count(), 1);
        QVERIFY(dialog.isVisible()); // Ctrl+S keeps the window open
        QVERIFY(!dialog.hasUnsavedChanges());

        const QList<Row> stored = rows(*db);
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.at(0).ownerId, p.alice);
        QCOMPARE(stored.at(0).month, QDate(2027, 1, 1));
        QCOMPARE(stored.at(0).amountMinor, qint64(1200000));
        QCOMPARE(stored.at(1).ownerId, p.alice);
        QCOMPARE(stored.at(1).month, QDate(2027, 2, 1));
        QCOMPARE(stored.at(1).amountMinor, qint64(800050));
        QCOMPARE(stored.at(2).ownerId, p.bob);
        QCOMPARE(stored.at(2).month, QDate(2027, 3, 1));
        QCOMPARE(stored.at(2).amountMinor, qint64(500000));
        for (const Row& row : stored) {
            QCOMPARE(row.currency, QStringLiteral("CNY"));
            QVERIFY(row.teamId.isEmpty());
            QCOMPARE(row.version, 1);
            QVERIFY(!row.deleted);
        }

        // The revenue report's target for a month is what was typed (the owner's target; the team's
        // sum of member targets when the team has none).
        ReportFilter filter;
        filter.from = QDate(2027, 1, 1);
        filter.to = QDate(2027, 3, 31);
        filter.currency = QStringLiteral("CNY");
        filter.ownerId = p.alice;
        QString error;
        QList<ReportQueries::RevenuePoint> revenue =
            ReportQueries(*db).revenue(filter, ReportQueries::Granularity::Month, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(revenue.size(), 3);
        QCOMPARE(revenue.at(0).targetMinor, qint64(1200000));
        QCOMPARE(revenue.at(1).targetMinor, qint64(800050));
        QCOMPARE(revenue.at(2).targetMinor, qint64(0));
        filter.ownerId.clear();
        filter.teamId = p.north;
        revenue = ReportQueries(*db).revenue(filter, ReportQueries::Granularity::Quarter, &error);
        QCOMPARE(revenue.size(), 1);
        QCOMPARE(revenue.at(0).targetMinor, qint64(1200000 + 800050 + 500000));

        // Reopened, the cells read back what was saved.
        SalesTargetsDialog again(*db, {2027, SalesTargetsDialog::Mode::Reps, QStringLiteral("CNY"), {}});
        QCOMPARE(again.amountAt(again.cell(p.alice, 2)), qint64(800050));
        QCOMPARE(again.amountAt(again.cell(p.bob, 3)), qint64(500000));
        QVERIFY(!again.hasUnsavedChanges());
        // Another year and another currency are other targets.
        QVERIFY(again.setYear(2028));
        QCOMPARE(again.amountAt(again.cell(p.alice, 1)), qint64(-1));
        QVERIFY(again.setYear(2027));
        QVERIFY(again.setCurrency(QStringLiteral("USD")));
        QCOMPARE(again.amountAt(again.cell(p.alice, 1)), qint64(-1));
    }

    void editAndClear_data() { TestDatabase::addTargets(); }
    void editAndClear()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        People p;
        auto db = openWithPeople(tdb, &p);
        QVERIFY(db);
        ReportQueries queries(*db);
        QString error;
        const QString jan =
            queries.setTarget({{}, p.alice, {}, QDate(2027, 1, 1), 100000, QStringLiteral("CNY"), 0}, &error);
        QVERIFY2(!jan.isEmpty(), qPrintable(error));
        const QString feb =
            queries.setTarget({{}, p.alice, {}, QDate(2027, 2, 1), 200000, QStringLiteral("CNY"), 0}, &error);
        QVERIFY2(!feb.isEmpty(), qPrintable(error));
        const QString teamMar =
            queries.setTarget({{}, {}, p.north, QDate(2027, 3, 1), 900000, QStringLiteral("CNY"), 0}, &error);
        QVERIFY2(!teamMar.isEmpty(), qPrintable(error));

        SalesTargetsDialog dialog(*db, {2027, SalesTargetsDialog::Mode::Reps, QStringLiteral("CNY"), {}});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTableView* table = dialog.table();
        QCOMPARE(dialog.amountAt(dialog.cell(p.alice, 1)), qint64(100000));
        QCOMPARE(dialog.amountAt(dialog.cell(p.alice, 2)), qint64(200000));
        QCOMPARE(dialog.amountAt(dialog.cell(p.alice, 3)), qint64(-1)); // the team's target is not Alice's

        QVERIFY(typeInto(table, dialog.cell(p.alice, 1), QStringLiteral("1500")));
        table->setCurrentIndex(dialog.cell(p.alice, 2));
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(dialog.amountAt(dialog.cell(p.alice, 2)), qint64(-1));
        // A cell typed into and cleared again is no change.
        QVERIFY(typeInto(table, dialog.cell(p.alice, 12), QStringLiteral("7")));
        table->setCurrentIndex(dialog.cell(p.alice, 12));
        QTest::keyClick(table, Qt::Key_Backspace);
        QVERIFY(dialog.hasUnsavedChanges());

        QTest::keySequence(&dialog, QKeySequence::Save);
        QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
        QList<Row> stored = rows(*db);
        QCOMPARE(stored.size(), 3); // updated and soft-deleted in place, nothing new
        QCOMPARE(stored.at(0).month, QDate(2027, 1, 1));
        QCOMPARE(stored.at(0).amountMinor, qint64(150000));
        QCOMPARE(stored.at(0).version, 2);
        QVERIFY(!stored.at(0).deleted);
        QCOMPARE(stored.at(1).month, QDate(2027, 2, 1));
        QCOMPARE(stored.at(1).amountMinor, qint64(200000));
        QCOMPARE(stored.at(1).version, 2);
        QVERIFY(stored.at(1).deleted);
        QCOMPARE(stored.at(2).teamId, p.north);
        QCOMPARE(stored.at(2).version, 1);
        QVERIFY(!stored.at(2).deleted);

        // Teams: the team's own target, typed over in the team row.
        QVERIFY(dialog.setMode(SalesTargetsDialog::Mode::Teams));
        QCOMPARE(dialog.rowIds(), QStringList({p.north, p.south}));
        QCOMPARE(dialog.amountAt(dialog.cell(p.north, 3)), qint64(900000));
        QVERIFY(typeInto(table, dialog.cell(p.south, 3), QStringLiteral("300")));
        dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click(); // saves and closes
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        stored = rows(*db);
        QCOMPARE(stored.size(), 4);
        QCOMPARE(stored.at(3).teamId, p.south);
        QVERIFY(stored.at(3).ownerId.isEmpty());
        QCOMPARE(stored.at(3).amountMinor, qint64(30000));
        QCOMPARE(stored.at(3).month, QDate(2027, 3, 1));
    }

    void conflictWritesNothing_data() { TestDatabase::addTargets(); }
    void conflictWritesNothing()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        People p;
        auto db = openWithPeople(tdb, &p);
        QVERIFY(db);
        QString error;
        const QString mar = ReportQueries(*db).setTarget(
            {{}, p.alice, {}, QDate(2027, 3, 1), 300000, QStringLiteral("CNY"), 0}, &error);
        QVERIFY2(!mar.isEmpty(), qPrintable(error));

        SalesTargetsDialog dialog(*db, {2027, SalesTargetsDialog::Mode::Reps, QStringLiteral("CNY"), {}});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTableView* table = dialog.table();
        // A new target first, so the failing update comes after a write that must be undone too.
        QVERIFY(typeInto(table, dialog.cell(p.alice, 1), QStringLiteral("1000")));
        QVERIFY(typeInto(table, dialog.cell(p.alice, 3), QStringLiteral("3500")));

        // Meanwhile a colleague changes the same target on another connection.
        auto other = db->clone(&error);
        QVERIFY2(other, qPrintable(error));
        QVERIFY2(!ReportQueries(*other)
                      .setTarget({mar, p.alice, {}, QDate(2027, 3, 1), 999900, QStringLiteral("CNY"), 1}, &error)
                      .isEmpty(),
                 qPrintable(error));
        const QStringList before = snapshot(*db);
        QCOMPARE(before.size(), 1);

        QSignalSpy saved(&dialog, &SalesTargetsDialog::saved);
        QTest::keySequence(&dialog, QKeySequence::Save);
        QCOMPARE(saved.count(), 0);
        QVERIFY(!dialog.lastError().isEmpty());
        QVERIFY2(message(dialog).contains(dialog.lastError()), qPrintable(message(dialog)));
        QCOMPARE(snapshot(*db), before);
        // The edits stay on screen to be saved after a reload.
        QVERIFY(dialog.hasUnsavedChanges());
        QCOMPARE(dialog.amountAt(dialog.cell(p.alice, 1)), qint64(100000));

        // The Save button does not close the dialog either.
        dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
        QVERIFY(dialog.isVisible());
        QCOMPARE(snapshot(*db), before);

        // A target the colleague created for a cell the user also filled: refused the same way.
        DialogSeams::setNextAnswer(QMessageBox::Discard);
        dialog.reload();
        QCOMPARE(DialogSeams::pendingAnswers(), 0);
        QCOMPARE(dialog.amountAt(dialog.cell(p.alice, 3)), qint64(999900));
        QVERIFY(typeInto(table, dialog.cell(p.bob, 4), QStringLiteral("42")));
        QVERIFY(!ReportQueries(*other)
                     .setTarget({{}, p.bob, {}, QDate(2027, 4, 1), 100, QStringLiteral("CNY"), 0}, &error)
                     .isEmpty());
        const QStringList withBob = snapshot(*db);
        QVERIFY(!dialog.save());
        QVERIFY(message(dialog).contains(dialog.lastError()));
        QCOMPARE(snapshot(*db), withBob);
    }

    void escapeAsksFirst_data() { TestDatabase::addTargets(); }
    void escapeAsksFirst()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        People p;
        auto db = openWithPeople(tdb, &p);
        QVERIFY(db);
        SalesTargetsDialog dialog(*db, {2027, SalesTargetsDialog::Mode::Reps, QStringLiteral("CNY"), {}});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTableView* table = dialog.table();

        // Esc in an open editor only leaves the cell as it was.
        table->setFocus();
        table->setCurrentIndex(dialog.cell(p.alice, 5));
        QTest::keyClick(table, '9');
        auto* editor = table->indexWidget(dialog.cell(p.alice, 5));
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Escape);
        QCOMPARE(dialog.amountAt(dialog.cell(p.alice, 5)), qint64(-1));
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.hasUnsavedChanges());

        QVERIFY(typeInto(table, dialog.cell(p.alice, 5), QStringLiteral("900")));
        // Another year with unsaved changes: Cancel stays on this one.
        DialogSeams::setNextAnswer(QMessageBox::Cancel);
        auto* year = dialog.findChild<QSpinBox*>(QStringLiteral("year"));
        year->setValue(2028);
        QCOMPARE(DialogSeams::pendingAnswers(), 0);
        QCOMPARE(dialog.year(), 2027);
        QCOMPARE(year->value(), 2027);
        QCOMPARE(dialog.amountAt(dialog.cell(p.alice, 5)), qint64(90000));

        // Esc asks; Cancel keeps the dialog and the edit.
        DialogSeams::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(DialogSeams::pendingAnswers(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.hasUnsavedChanges());
        // Discard closes without writing.
        DialogSeams::setNextAnswer(QMessageBox::Discard);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(rows(*db).isEmpty());

        // Saving on the way out writes the edit.
        SalesTargetsDialog second(*db, {2027, SalesTargetsDialog::Mode::Reps, QStringLiteral("CNY"), {}});
        second.show();
        QVERIFY(QTest::qWaitForWindowActive(&second));
        QVERIFY(typeInto(second.table(), second.cell(p.bob, 6), QStringLiteral("60")));
        DialogSeams::setNextAnswer(QMessageBox::Save);
        QTest::keyClick(&second, Qt::Key_Escape);
        QVERIFY(!second.isVisible());
        QCOMPARE(rows(*db).size(), 1);
        QCOMPARE(rows(*db).at(0).amountMinor, qint64(6000));
        // Nothing changed: Esc closes without asking.
        SalesTargetsDialog third(*db, {2027, SalesTargetsDialog::Mode::Reps, QStringLiteral("CNY"), {}});
        third.show();
        QTest::keyClick(&third, Qt::Key_Escape);
        QVERIFY(!third.isVisible());
    }

    void invalidAmountStaysInCell()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        People p;
        auto db = openWithPeople(tdb, &p);
        QVERIFY(db);
        SalesTargetsDialog dialog(*db, {2027, SalesTargetsDialog::Mode::Reps, QStringLiteral("JPY"), {}});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTableView* table = dialog.table();
        table->setFocus();
        table->setCurrentIndex(dialog.cell(p.alice, 1));
        QTest::keyClick(table, '1');
        auto* editor = qobject_cast<MoneyEdit*>(table->indexWidget(dialog.cell(p.alice, 1)));
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("0.5")); // yen have no decimals
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(table->indexWidget(dialog.cell(p.alice, 1)), editor); // still editing
        QVERIFY(!message(dialog).isEmpty());
        QVERIFY(!dialog.save());
        QVERIFY(rows(*db).isEmpty());
        editor->setText(QStringLiteral("1000"));
        QVERIFY(dialog.save());
        QCOMPARE(rows(*db).size(), 1);
        QCOMPARE(rows(*db).at(0).amountMinor, qint64(1000));
        QCOMPARE(rows(*db).at(0).currency, QStringLiteral("JPY"));
    }

    // The dashboard's Targets… button opens the editor on the dashboard's year and team; saving
    // redraws the target line.
    void dashboardOpensTargets_data() { TestDatabase::addTargets(); }
    void dashboardOpensTargets()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        People p;
        auto db = openWithPeople(tdb, &p);
        QVERIFY(db);
        MainWindow window;
        window.setDatabase(std::move(db));
        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* dashboard = qobject_cast<DashboardPage*>(window.currentPage());
        QVERIFY(dashboard);
        dashboard->setTeam(p.north);
        QSignalSpy refreshed(dashboard, &DashboardPage::refreshed);
        QTRY_VERIFY(dashboard->data().filter.teamId == p.north && !dashboard->data().currency.isEmpty());
        QVERIFY(!dashboard->data().hasTarget());

        auto* button = dashboard->findChild<QPushButton*>(QStringLiteral("targets"));
        QVERIFY(button && button->isVisible());
        button->click();
        SalesTargetsDialog* dialog = window.findChild<SalesTargetsDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->year(), QDate::currentDate().year());
        QCOMPARE(dialog->mode(), SalesTargetsDialog::Mode::Teams);
        QCOMPARE(dialog->currency(), dashboard->data().currency);
        QCOMPARE(dialog->table()->currentIndex().row(), int(dialog->rowIds().indexOf(p.north)));

        QApplication::setActiveWindow(dialog);
        const int month = QDate::currentDate().month();
        QVERIFY(typeInto(dialog->table(), dialog->cell(p.north, month), QStringLiteral("25000")));
        refreshed.clear();
        QTest::keySequence(dialog, QKeySequence::Save);
        QVERIFY2(dialog->lastError().isEmpty(), qPrintable(dialog->lastError()));
        QTRY_VERIFY(refreshed.count() > 0);
        QVERIFY(dashboard->data().hasTarget());
        QCOMPARE(dashboard->data().targetTotal(), qint64(2500000));
        QTest::keyClick(dialog, Qt::Key_Escape);               // nothing unsaved: closes
        QTRY_VERIFY(!window.findChild<SalesTargetsDialog*>()); // deleted on close
    }

    // Month names come from the locale; nothing is cut off in English or Chinese. With
    // DESKCRM_SCREENSHOT_DIR set, the dialog is also saved as a PNG per language.
    void looksRight_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void looksRight()
    {
        QFETCH(QString, language);
        Translations::install(*qApp, language);
        TestDatabase tdb(QStringLiteral("sqlite"));
        People p;
        auto db = openWithPeople(tdb, &p);
        QVERIFY(db);
        QString error;
        ReportQueries queries(*db);
        for (int month = 1; month <= 12; ++month) {
            QVERIFY2(
                !queries
                     .setTarget({{}, p.alice, {}, QDate(2027, month, 1), 1250000LL * month, QStringLiteral("CNY"), 0},
                                &error)
                     .isEmpty(),
                qPrintable(error));
            if (month % 3 == 0)
                QVERIFY(
                    !queries
                         .setTarget({{}, p.bob, {}, QDate(2027, month, 1), 8800000, QStringLiteral("CNY"), 0}, &error)
                         .isEmpty());
        }
        SalesTargetsDialog dialog(*db, {2027, SalesTargetsDialog::Mode::Reps, QStringLiteral("CNY"), p.alice});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The offscreen screen is 800x600; on a real one the dialog opens at its size hint.
        dialog.resize(dialog.sizeHint());
        QTableView* table = dialog.table();
        // An unsaved edit, so the picture shows what a changed cell looks like.
        table->setCurrentIndex(dialog.cell(p.bob, 2));
        QVERIFY(typeInto(table, dialog.cell(p.bob, 2), QStringLiteral("1234.5")));

        const QLocale locale;
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(),
                 locale.standaloneMonthName(1, QLocale::ShortFormat));
        if (language == QLatin1String("zh_CN"))
            QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("1月"));
        for (int column = 0; column < SalesTargetsDialog::ColumnCount; ++column) {
            QVERIFY2(table->columnWidth(column) >= static_cast<QAbstractItemView*>(table)->sizeHintForColumn(column),
                     qPrintable(QString::number(column)));
            QVERIFY(table->columnWidth(column) >= table->horizontalHeader()->sectionSizeHint(column));
        }
        // Every month and the year total visible without scrolling at the size the dialog opens with.
        QCoreApplication::processEvents();
        QVERIFY2(!table->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("dialog width %1").arg(dialog.width())));
        QVERIFY(dialog.width() >= dialog.minimumSizeHint().width());
        // It still fits a small laptop screen (then the table scrolls).
        QVERIFY2(dialog.minimumSizeHint().width() <= 760,
                 qPrintable(QString::number(dialog.minimumSizeHint().width())));

        const QString shots = qEnvironmentVariable("DESKCRM_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("sales-targets-%1.png").arg(language))));
        }
        DialogSeams::setNextAnswer(QMessageBox::Discard);
        dialog.reject();
        Translations::install(*qApp, QStringLiteral("en"));
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    }
};

QTEST_MAIN(TestSalesTargetsDialog)
#include "TestSalesTargetsDialog.moc"

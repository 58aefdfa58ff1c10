#include "Clock.h"
#include "DateField.h"
#include "DateTimeField.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCalendarWidget>
#include <QFrame>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

// The date fields of the record editors (issue 21), driven from the keyboard as a user would: an empty
// field shows a hint, not "None"; typed dates in the locale's form and in ISO; T, + and W; F4 opens a
// calendar at today by the database's clock; Delete over the whole text empties; Tab always moves on.
class TestDateField : public QObject
{
    Q_OBJECT

    // A form of three fields, so Tab has somewhere to go.
    struct Form
    {
        QWidget window;
        QLineEdit* before = nullptr;
        DateField* date = nullptr;
        DateTimeField* when = nullptr;
        QLineEdit* after = nullptr;
    };

    void build(Form& form)
    {
        auto* layout = new QVBoxLayout(&form.window);
        form.before = new QLineEdit(&form.window);
        form.date = new DateField(&form.window);
        form.when = new DateTimeField(&form.window, true);
        form.after = new QLineEdit(&form.window);
        for (QWidget* w : std::initializer_list<QWidget*>{form.before, form.date, form.when, form.after})
            layout->addWidget(w);
        form.date->setClock(&m_clock);
        form.when->setClock(&m_clock);
        form.window.show();
        QVERIFY(QTest::qWaitForWindowActive(&form.window));
    }

    // A day that is not the real today, so a field that asked the system clock would be caught.
    const QDate m_today{2031, 5, 14};
    ManualClock m_clock{QDateTime(QDate(2031, 5, 14), QTime(10, 0), Qt::UTC)};

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QStringLiteral("en_US"))); }
    void init() { m_clock.set(QDateTime(m_today, QTime(10, 0), Qt::LocalTime).toUTC()); }

    void emptyShowsAHintNotNone()
    {
        Form form;
        build(form);
        QVERIFY(form.date->text().isEmpty());
        QVERIFY(!form.date->placeholderText().isEmpty());
        QVERIFY(!form.date->placeholderText().contains(QLatin1String("None")));
        QVERIFY(form.date->value().isNull());
        QVERIFY(form.date->isReadable());
        QVERIFY(form.when->value().isNull());
        // Typing into the empty field gives exactly what was typed (was "None2102026").
        form.date->setFocus();
        QTest::keyClicks(form.date, QStringLiteral("2/10/2026"));
        QCOMPARE(form.date->text(), QStringLiteral("2/10/2026"));
        QCOMPARE(form.date->value().toDate(), QDate(2026, 2, 10));
    }

    void typedInLocaleFormAndIso()
    {
        Form form;
        build(form);
        QSignalSpy changed(form.date, &DateField::valueChanged);
        form.date->setFocus();
        QTest::keyClicks(form.date, QStringLiteral("2026-12-10"));
        QCOMPARE(form.date->value().toDate(), QDate(2026, 12, 10));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(changed.last().first().toDate(), QDate(2026, 12, 10));

        form.date->selectAll();
        QTest::keyClicks(form.date, QStringLiteral("12/3/26")); // en_US short form, two-digit year
        QCOMPARE(form.date->value().toDate(), QDate(2026, 12, 3));
        // Leaving the field shows it in the display form, with the full year.
        QTest::keyClick(form.date, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), form.when);
        QCOMPARE(form.date->text(), QStringLiteral("12/3/2026"));

        // Chinese: 2026/12/3 (the locale's short form) and ISO; shown as 2026-12-03 as in the lists.
        QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
        {
            Form zh;
            build(zh);
            zh.date->setFocus();
            QTest::keyClicks(zh.date, QStringLiteral("2026/12/3"));
            QCOMPARE(zh.date->value().toDate(), QDate(2026, 12, 3));
            zh.date->selectAll();
            QTest::keyClicks(zh.date, QStringLiteral("2026-12-04"));
            QCOMPARE(zh.date->value().toDate(), QDate(2026, 12, 4));
            QTest::keyClick(zh.date, Qt::Key_Tab);
            QCOMPARE(zh.date->text(), QStringLiteral("2026-12-04"));
        }
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    }

    void unreadableTextIsNotADate()
    {
        Form form;
        build(form);
        form.date->setFocus();
        QTest::keyClicks(form.date, QStringLiteral("31/31"));
        QVERIFY(!form.date->isReadable());
        QCOMPARE(form.date->value().toString(), QStringLiteral("31/31")); // kept as typed, not a wrong date
        QVERIFY(form.date->expectedText().contains(QStringLiteral("2031-05-14")));
        // Tab still leaves it.
        QTest::keyClick(form.date, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), form.when);
    }

    void quickKeysCountFromTheClock()
    {
        Form form;
        build(form);
        form.date->setFocus();
        QTest::keyClick(form.date, Qt::Key_T);
        QCOMPARE(form.date->value().toDate(), m_today);
        QTest::keyClick(form.date, Qt::Key_Plus);
        QCOMPARE(form.date->value().toDate(), m_today.addDays(1));
        QTest::keyClick(form.date, Qt::Key_W);
        QCOMPARE(form.date->value().toDate(), m_today.addDays(7));
        // Arrows step a day from there.
        QTest::keyClick(form.date, Qt::Key_Up);
        QCOMPARE(form.date->value().toDate(), m_today.addDays(8));
        QTest::keyClick(form.date, Qt::Key_Down);
        QTest::keyClick(form.date, Qt::Key_Down);
        QCOMPARE(form.date->value().toDate(), m_today.addDays(6));
    }

    void deleteOrBackspaceOverAllClears()
    {
        Form form;
        build(form);
        form.date->setDate(QDate(2026, 7, 1));
        // Tab into the field selects all of it; Delete empties it.
        form.before->setFocus();
        QTest::keyClick(form.before, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), form.date);
        QCOMPARE(form.date->selectedText(), form.date->text());
        QTest::keyClick(form.date, Qt::Key_Delete);
        QVERIFY(form.date->value().isNull());
        QVERIFY(form.date->isReadable());

        QTest::keyClick(form.date, Qt::Key_T);
        QVERIFY(!form.date->value().isNull());
        form.date->selectAll();
        QTest::keyClick(form.date, Qt::Key_Backspace);
        QVERIFY(form.date->value().isNull());
        QCOMPARE(form.date->text(), QString());
    }

    void tabMovesOnFromEveryState()
    {
        Form form;
        build(form);
        for (const QString& typed : {QString(), QStringLiteral("1"), QStringLiteral("None"), QStringLiteral("12/3")}) {
            form.date->setFocus();
            form.date->selectAll();
            if (typed.isEmpty())
                QTest::keyClick(form.date, Qt::Key_Delete);
            else
                QTest::keyClicks(form.date, typed);
            QTest::keyClick(form.date, Qt::Key_Tab);
            QVERIFY2(QApplication::focusWidget() == form.when, qPrintable(typed));
            QTest::keyClick(form.when, Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), form.after);
            QTest::keyClick(form.after, Qt::Key_Backtab);
            QCOMPARE(QApplication::focusWidget(), form.when);
        }
    }

    void calendarOpensAtTodayAndPicks()
    {
        Form form;
        build(form);
        form.date->setFocus();
        QTest::keyClick(form.date, Qt::Key_F4);
        QFrame* popup = form.date->calendarPopup();
        QVERIFY(popup);
        QTRY_VERIFY(popup->isVisible());
        QCalendarWidget* calendar = form.date->calendar();
        // Today by the clock, not December 1899 and not the machine's today.
        QCOMPARE(calendar->selectedDate(), m_today);
        QCOMPARE(calendar->yearShown(), 2031);
        QCOMPARE(calendar->monthShown(), 5);
        // Esc closes it and changes nothing.
        // The calendar's day grid has the focus.
        QWidget* grid = calendar->findChild<QAbstractItemView*>();
        QVERIFY(grid);
        QTest::keyClick(grid, Qt::Key_Escape);
        QTRY_VERIFY(!popup->isVisible());
        QVERIFY(form.date->value().isNull());

        // Right, Enter: tomorrow.
        QTest::keyClick(form.date, Qt::Key_Down, Qt::AltModifier);
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(grid, Qt::Key_Right);
        QTest::keyClick(grid, Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(form.date->value().toDate(), m_today.addDays(1));

        // The same choices as buttons: next week.
        QTest::keyClick(form.date, Qt::Key_F4);
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(calendar->selectedDate(), m_today.addDays(1)); // opens at the value
        auto* nextWeek = popup->findChild<QPushButton*>(QStringLiteral("nextWeekButton"));
        QVERIFY(nextWeek);
        QTest::mouseClick(nextWeek, Qt::LeftButton);
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(form.date->value().toDate(), m_today.addDays(7));
        QTest::keyClick(form.date, Qt::Key_F4);
        QTRY_VERIFY(popup->isVisible());
        QTest::mouseClick(popup->findChild<QPushButton*>(QStringLiteral("clearDateButton")), Qt::LeftButton);
        QTRY_VERIFY(!popup->isVisible());
        QVERIFY(form.date->value().isNull());
    }

    void dateTimeKeepsTimeAndUsesDefault()
    {
        Form form;
        build(form);
        form.when->setDefaultTime(QTime(9, 0));
        form.when->setFocus();
        // A day picked for an empty reminder rings at the default time, not at midnight.
        QTest::keyClick(form.when, Qt::Key_Plus);
        QCOMPARE(form.when->dateTime(), QDateTime(m_today.addDays(1), QTime(9, 0)));
        QCOMPARE(form.when->value().toDateTime(), QDateTime(m_today.addDays(1), QTime(9, 0)).toUTC());
        // Another day keeps the time.
        QTest::keyClick(form.when, Qt::Key_W);
        QCOMPARE(form.when->dateTime(), QDateTime(m_today.addDays(7), QTime(9, 0)));
        // Typed: date and time, or a date alone.
        form.when->selectAll();
        QTest::keyClicks(form.when, QStringLiteral("2026-12-10 14:30"));
        QCOMPARE(form.when->dateTime(), QDateTime(QDate(2026, 12, 10), QTime(14, 30)));
        form.when->selectAll();
        QTest::keyClicks(form.when, QStringLiteral("12/11/2026 3:15 PM"));
        QCOMPARE(form.when->dateTime(), QDateTime(QDate(2026, 12, 11), QTime(15, 15)));
        form.when->selectAll();
        QTest::keyClick(form.when, Qt::Key_Delete);
        QVERIFY(form.when->value().isNull());
        QTest::keyClicks(form.when, QStringLiteral("2026-12-12"));
        QCOMPARE(form.when->dateTime(), QDateTime(QDate(2026, 12, 12), QTime(9, 0)));

        // A stored value the user does not touch comes back exactly, seconds and all.
        const QDateTime stored(QDate(2026, 3, 1), QTime(8, 15, 42, 123), Qt::UTC);
        form.when->setValue(stored);
        QCOMPARE(form.when->value().toDateTime(), stored);
        form.when->setFocus();
        QTest::keyClick(form.when, Qt::Key_Tab);
        QCOMPARE(form.when->value().toDateTime(), stored);
    }
};

QTEST_MAIN(TestDateField)
#include "TestDateField.moc"

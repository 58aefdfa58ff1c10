#include "Database.h"
#include "DemoDataGenerator.h"
#include "DialogSeams.h"
#include "GuiOptions.h"
#include "MainWindow.h"
#include "Mnemonics.h"
#include "Money.h"
#include "Page.h"
#include "ReportQueries.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTest>

// Every page of the real window in one language (DESKCRM_UI_LANG: zh_CN or en; CTest runs both):
// the texts a user reads are in that language and no label or button is cut short. With
// DESKCRM_SCREENSHOT_DIR set it also saves a screenshot of each page, for looking at.
class TestUiLanguage : public QObject
{
    Q_OBJECT

    QString m_language;

    struct Text
    {
        QString where;
        QString text;
    };

    static bool hasCjk(const QString& text)
    {
        static const QRegularExpression cjk(QStringLiteral("[\\x{3400}-\\x{9fff}]"));
        return cjk.match(text).hasMatch();
    }

    // Latin words that are the same in every language: the product, currency codes, key names, units.
    static bool onlyNeutralWords(const QString& text)
    {
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
        static const QStringList neutral{QStringLiteral("DeskCRM"), QStringLiteral("CNY"),    QStringLiteral("USD"),
                                         QStringLiteral("EUR"),     QStringLiteral("US"),     QStringLiteral("PDF"),
                                         QStringLiteral("CSV"),     QStringLiteral("Ctrl"),   QStringLiteral("Esc"),
                                         QStringLiteral("Enter"),   QStringLiteral("Shift"),  QStringLiteral("F5"),
                                         QStringLiteral("TLS"),     QStringLiteral("sqlite"), QStringLiteral("tmp"),
                                         QStringLiteral("A4"),      QStringLiteral("Letter")};
        auto it = word.globalMatch(text);
        while (it.hasNext()) {
            if (!neutral.contains(it.next().captured(0)))
                return false;
        }
        return true;
    }

    // What the user reads on the window now: chrome, labels, buttons, headers, combo boxes, tabs.
    static QList<Text> visibleTexts(QMainWindow& window)
    {
        QList<Text> texts;
        texts << Text{QStringLiteral("window title"), window.windowTitle()};
        for (QAction* menu : window.menuBar()->actions())
            texts << Text{QStringLiteral("menu"), menu->text()};
        auto shown = [](QWidget* w) { return w->isVisibleTo(w->window()) && w->isVisible(); };
        for (QLabel* label : window.findChildren<QLabel*>()) {
            if (shown(label) && !label->text().isEmpty() && label->property("userData").isNull())
                texts << Text{QStringLiteral("label ") + label->objectName(), label->text()};
        }
        for (QAbstractButton* button : window.findChildren<QAbstractButton*>()) {
            if (shown(button) && !button->text().isEmpty())
                texts << Text{QStringLiteral("button ") + button->objectName(), button->text()};
        }
        for (QGroupBox* box : window.findChildren<QGroupBox*>()) {
            if (shown(box) && !box->title().isEmpty())
                texts << Text{QStringLiteral("group ") + box->objectName(), box->title()};
        }
        for (QLineEdit* edit : window.findChildren<QLineEdit*>()) {
            if (shown(edit) && !edit->placeholderText().isEmpty())
                texts << Text{QStringLiteral("placeholder ") + edit->objectName(), edit->placeholderText()};
        }
        for (QComboBox* combo : window.findChildren<QComboBox*>()) {
            if (shown(combo) && !combo->isEditable() && !combo->currentText().isEmpty())
                texts << Text{QStringLiteral("combo ") + combo->objectName(), combo->currentText()};
        }
        for (QTabBar* tabs : window.findChildren<QTabBar*>()) {
            for (int i = 0; shown(tabs) && i < tabs->count(); ++i)
                texts << Text{QStringLiteral("tab"), tabs->tabText(i)};
        }
        for (QTableView* table : window.findChildren<QTableView*>()) {
            if (!shown(table) || !table->model())
                continue;
            for (int c = 0; c < table->model()->columnCount(); ++c) {
                if (!table->isColumnHidden(c))
                    texts << Text{QStringLiteral("header ") + table->objectName(),
                                  table->model()->headerData(c, Qt::Horizontal).toString()};
            }
        }
        return texts;
    }

    // Labels and buttons narrower than their text need: the text is cut off.
    static QStringList clipped(QMainWindow& window)
    {
        QStringList found;
        for (QLabel* label : window.findChildren<QLabel*>()) {
            if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() ||
                label->textFormat() == Qt::RichText || !label->pixmap().isNull())
                continue;
            if (label->width() + 1 < label->minimumSizeHint().width())
                found << QStringLiteral("label %1 \"%2\" %3 < %4")
                             .arg(label->objectName(), label->text())
                             .arg(label->width())
                             .arg(label->minimumSizeHint().width());
        }
        for (QAbstractButton* button : window.findChildren<QAbstractButton*>()) {
            if (!button->isVisible() || button->text().isEmpty())
                continue;
            if (button->width() + 1 < button->minimumSizeHint().width())
                found << QStringLiteral("button %1 \"%2\" %3 < %4")
                             .arg(button->objectName(), button->text())
                             .arg(button->width())
                             .arg(button->minimumSizeHint().width());
        }
        return found;
    }

    // Two texts one Alt+letter could mean: within each menu, and among what the window answers to at once
    // (the menu bar's titles and the current page's buttons, labelled fields, group boxes and tabs).
    static QStringList mnemonicClashes(QMainWindow& window)
    {
        QStringList clashes;
        QList<QPair<QString, QString>> windowWide;
        for (QAction* action : window.menuBar()->actions()) {
            windowWide << qMakePair(QStringLiteral("menu bar"), action->text());
            if (!action->menu())
                continue;
            QList<QPair<QString, QString>> items;
            for (QAction* item : action->menu()->actions()) {
                if (!item->isSeparator() && item->isVisible())
                    items << qMakePair(QStringLiteral("menu item"), item->text());
            }
            clashes << Mnemonics::clashes(QStringLiteral("menu ") + action->text(), items);
        }
        windowWide << Mnemonics::visibleMnemonics(window);
        clashes << Mnemonics::clashes(QStringLiteral("window"), windowWide);
        return clashes;
    }

private slots:
    void initTestCase()
    {
        m_language = qEnvironmentVariable("DESKCRM_UI_LANG", QStringLiteral("zh_CN"));
        Translations::install(*qApp, m_language);
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestUiLanguage"));
        QSettings().clear();
        DialogSeams::setSuppressMessages(true);
    }

    // Qt's own buttons and dialogs speak the language too (qtbase catalogue), and numbers, money and
    // dates are written the way the language writes them.
    void qtTextsAndFormats()
    {
        const bool chinese = m_language.startsWith(QLatin1String("zh"));
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        const QString cancel = box.button(QDialogButtonBox::Cancel)->text();
        QCOMPARE(hasCjk(cancel), chinese);
        const QLocale locale;
        QCOMPARE(locale.toString(QDate(2026, 3, 5), QLocale::ShortFormat),
                 chinese ? QStringLiteral("2026/3/5") : QStringLiteral("3/5/26"));
        QCOMPARE(locale.toString(1234567.5, 'f', 2), QStringLiteral("1,234,567.50"));
        QCOMPARE(Money::format(123450, QStringLiteral("CNY")),
                 chinese ? QStringLiteral("¥1,234.50") : QStringLiteral("¥1,234.50"));
        QCOMPARE(Money::format(123450, QStringLiteral("USD")),
                 chinese ? QStringLiteral("US$1,234.50") : QStringLiteral("$1,234.50"));
    }

    void everyPage_data() { TestDatabase::addTargets(); }
    void everyPage()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        DemoDataGenerator::Options options;
        options.customers = 40;
        options.seed = 7;
        QVERIFY2(DemoDataGenerator(*db).generate(options, &error), qPrintable(error));
        // The 360 page shows the customer's own name: pick one written in the language under test.
        const bool chinese = m_language.startsWith(QLatin1String("zh"));
        QString customerId;
        {
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT id, name FROM customers ORDER BY name")));
            while (customerId.isEmpty() && q.next()) {
                if (hasCjk(q.value(1).toString()) == chinese)
                    customerId = q.value(0).toString();
            }
            QVERIFY(!customerId.isEmpty());
        }

        // The dashboard's currency: the one with the most won business, the same in every language.
        const QString expectedCurrency = ReportQueries(*db).defaultCurrency(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(expectedCurrency, QStringLiteral("CNY"));
        MainWindow window;
        window.setDatabase(std::move(db));
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QString shots = qEnvironmentVariable("DESKCRM_SCREENSHOT_DIR");
        QStringList pages = GuiOptions::pageNames();
        pages << QStringLiteral("customer:") + customerId;
        QStringList problems;
        for (const QString& name : std::as_const(pages)) {
            QVERIFY2(window.showPage(name), qPrintable(name));
            QTest::qWait(150); // lazy loads, background counts, chart layout
            if (name == QLatin1String("dashboard")) {
                // The demo deals are in yuan and dollars: figures start in the currency with the most won
                // business whatever the language (the printed report and deskcrm-cli report choose it alike).
                auto* currency = window.findChild<QComboBox*>(QStringLiteral("currency"));
                QVERIFY(currency);
                QCOMPARE(currency->currentData().toString(), expectedCurrency);
            }
            const QList<Text> texts = visibleTexts(window);
            int cjk = 0;
            for (const Text& t : texts) {
                if (hasCjk(t.text))
                    ++cjk;
                else if (chinese && !onlyNeutralWords(QString(t.text).remove(QLatin1Char('&'))))
                    problems << QStringLiteral("%1: English %2 \"%3\"").arg(name, t.where, t.text);
                if (!chinese && hasCjk(t.text))
                    problems << QStringLiteral("%1: Chinese %2 \"%3\"").arg(name, t.where, t.text);
            }
            if (chinese && cjk < 5)
                problems << QStringLiteral("%1: only %2 Chinese texts").arg(name).arg(cjk);
            for (const QString& c : clipped(window))
                problems << name + QStringLiteral(": clipped ") + c;
            // The navigation shows page names without mnemonics: "客户", not "客户(C)".
            for (QListWidget* list : window.findChildren<QListWidget*>(QStringLiteral("navigation"))) {
                for (int row = 0; row < list->count(); ++row) {
                    if (list->item(row)->text().contains(QRegularExpression(QStringLiteral("[(（&]"))))
                        problems << QStringLiteral("%1: navigation shows \"%2\"").arg(name, list->item(row)->text());
                }
            }
            for (const QString& c : mnemonicClashes(window))
                problems << name + QStringLiteral(": mnemonic clash in ") + c;
            // Every page fits the 1,280 × 720 window the program is made for: a page whose minimum width
            // is larger would have made the window grow, and the window may not ask for more either (its
            // minimum is the largest page's, with the navigation, menu and status bars).
            if (window.width() > 1280)
                problems << QStringLiteral("%1: needs a %2-pixel-wide window").arg(name).arg(window.width());
            const QSize pageMinimum =
                window.currentPage()->minimumSizeHint().expandedTo(window.currentPage()->minimumSize());
            const QSize windowMinimum = window.minimumSizeHint().expandedTo(window.minimumSize());
            for (const auto& [what, size] :
                 {std::pair{QStringLiteral("page"), pageMinimum}, std::pair{QStringLiteral("window"), windowMinimum}}) {
                if (size.width() > 1280 || size.height() > 720)
                    problems << QStringLiteral("%1: the %2's minimum size is %3 × %4, more than 1,280 × 720")
                                    .arg(name, what)
                                    .arg(size.width())
                                    .arg(size.height());
            }
            qInfo("%s: minimum size of the page %d x %d, of the window %d x %d", qPrintable(name), pageMinimum.width(),
                  pageMinimum.height(), windowMinimum.width(), windowMinimum.height());
            if (!shots.isEmpty()) {
                QDir().mkpath(shots);
                const QString file = QStringLiteral("%1/%2-%3-%4.png")
                                         .arg(shots, m_language, target, name.section(QLatin1Char(':'), 0, 0));
                QVERIFY(window.grab().save(file));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestUiLanguage)
#include "TestUiLanguage.moc"

#include "DashboardCharts.h"
#include "DashboardFixture.h"
#include "DashboardPage.h"
#include "Database.h"
#include "DialogSeams.h"
#include "MainWindow.h"
#include "ReportBuilder.h"
#include "ReportFormat.h"
#include "ReportQueries.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QValueAxis>

#include <memory>

// The team lead's morning on the dashboard, driven by the keyboard on the real main window (issue 21): the figures
// start in the currency with the most won business (not the UI language's), the currency box beside the key figures
// names every currency's won amount and switches them, a filter that leaves nothing says so in words instead of
// $0.00, a period without data offers the year that has some (remembered), axis labels stay distinct, and the
// printed report and `deskcrm-cli report` name their team, rep and currency and agree with the screen.
class TestDashboardFlow : public QObject
{
    Q_OBJECT

    // Beside DashboardFixture (CNY deals this month, team 华东销售部): many USD deals but few won, a team whose only
    // deal is in CNY, and a team whose deals all closed in 2017. So the most used currency (USD) is not the one with
    // the most won business (CNY).
    struct Data
    {
        DashboardFixture fixture;
        QString westTeam;
        QString bob;
        QString archiveTeam;
        QString carol;
        int year = 0;
    };
    static constexpr int kArchiveYear = 2017;

    static bool addPerson(DashboardFixture& f, const QString& team, const QString& user, QString* teamId,
                          QString* userId)
    {
        const QString now = SqlValues::utcNow();
        *teamId = Uuid::createV7();
        *userId = Uuid::createV7();
        return f.exec(QStringLiteral("INSERT INTO teams (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)"),
                      {*teamId, team, now, now}) &&
               f.exec(QStringLiteral("INSERT INTO users (id, username, display_name, team_id, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"),
                      {*userId, user.toLower(), user, *teamId, now, now});
    }

    static bool addDeal(DashboardFixture& f, const QString& currency, qint64 amountMinor, int stageNo,
                        const QDate& close, const QString& owner)
    {
        const QString now = SqlValues::utcNow();
        const bool closed = stageNo >= 5;
        return f.exec(QStringLiteral("INSERT INTO opportunities (id, name, customer_id, amount_minor, currency, "
                                     "expected_close, actual_close, stage_id, probability, owner_id, created_at, "
                                     "updated_at) VALUES (?, 'Flow deal', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {Uuid::createV7(), f.customers.at(1), amountMinor, currency, SqlValues::date(close),
                       SqlValues::date(closed ? close : QDate()), DashboardFixture::stage(stageNo), closed ? 100 : 10,
                       owner, now, now});
    }

    static bool fill(Database& db, Data* d)
    {
        DashboardFixture& f = d->fixture;
        if (!f.fill(db))
            return false;
        const QDate today = db.clock().today();
        d->year = today.year();
        const QDate day(today.year(), today.month(), std::min(today.day(), 28));
        if (!addPerson(f, QStringLiteral("West"), QStringLiteral("Bob Miller"), &d->westTeam, &d->bob) ||
            !addPerson(f, QStringLiteral("Archiv"), QStringLiteral("Carol Lee"), &d->archiveTeam, &d->carol))
            return false;
        bool ok = addDeal(f, QStringLiteral("CNY"), 5000000, 5, day, d->bob);
        for (int i = 0; i < 25; ++i)
            ok = ok && addDeal(f, QStringLiteral("USD"), 100000, 1, day, f.repB);
        ok = ok && addDeal(f, QStringLiteral("USD"), 210000000, 5, day, f.repB);
        ok = ok && addDeal(f, QStringLiteral("CNY"), 1000000, 5, QDate(kArchiveYear, 5, 10), d->carol) &&
             addDeal(f, QStringLiteral("CNY"), 1000000, 5, QDate(kArchiveYear, 5, 12), d->carol) &&
             addDeal(f, QStringLiteral("CNY"), 3000000, 2, QDate(kArchiveYear, 6, 1), d->carol);
        return ok;
    }

    // The main window on the dashboard at a laptop's size, once its first figures are shown.
    static std::unique_ptr<MainWindow> openDashboard(std::unique_ptr<Database> db, DashboardPage** page)
    {
        auto window = std::make_unique<MainWindow>();
        window->setDatabase(std::move(db));
        window->resize(1280, 720);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()) || !window->showPage(QStringLiteral("dashboard")))
            return nullptr;
        *page = window->findChild<DashboardPage*>();
        if (!*page || !QTest::qWaitFor([&]() { return !(*page)->data().currency.isEmpty(); }) || !settled(*page))
            return nullptr;
        return window;
    }

    template <class T> static T* child(QWidget* page, const char* name)
    {
        return page->findChild<T*>(QLatin1String(name));
    }

    // True once the page shows figures for what its filter bar says (a change made elsewhere, such as PostgreSQL's
    // notifications of the fixture's rows, may redraw the page in between: waiting for a signal is not enough).
    static bool settled(DashboardPage* page)
    {
        const bool ready = QTest::qWaitFor([page]() {
            const ReportFilter wanted = page->filter();
            const ReportFilter shown = page->data().filter;
            return !page->isReading() && shown.from == wanted.from && shown.to == wanted.to &&
                   shown.teamId == wanted.teamId && shown.ownerId == wanted.ownerId &&
                   (wanted.currency.isEmpty() || shown.currency == wanted.currency);
        });
        // Laid out as the user sees it (new texts resize the currency box and the tiles).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        return ready;
    }

    // Types into a combo box as a user picks an entry by its first letters; true once the figures were redrawn.
    static bool pick(DashboardPage* page, const char* comboName, const QString& typed)
    {
        auto* box = child<QComboBox>(page, comboName);
        if (!box)
            return false;
        box->setFocus();
        QTest::keyClicks(box, typed);
        if (!box->currentText().startsWith(typed)) {
            qWarning("%s shows \"%s\" after typing \"%s\"", comboName, qPrintable(box->currentText()),
                     qPrintable(typed));
            return false;
        }
        return settled(page);
    }

    static bool press(DashboardPage* page, QPushButton* button)
    {
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
        return settled(page);
    }

    // The labels a value axis draws, formatted as QValueAxis formats them.
    static QStringList tickLabels(const QValueAxis* axis)
    {
        QStringList labels;
        const int count = axis->tickCount();
        for (int i = 0; i < count; ++i) {
            const double value = axis->min() + (axis->max() - axis->min()) * i / (count - 1);
            labels << QString::asprintf(axis->labelFormat().toLatin1().constData(), value);
        }
        return labels;
    }

    static QString pdfText(const QString& file)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")});
        if (!process.waitForFinished(30000))
            return {};
        // Whitespace squeezed out and compatibility glyphs folded (see TestReportDocument).
        return QString::fromUtf8(process.readAllStandardOutput())
            .normalized(QString::NormalizationForm_KC)
            .remove(QRegularExpression(QStringLiteral("\\s+")));
    }

    static void screenshot(QWidget* window, const QString& name)
    {
        const QString dir = qEnvironmentVariable("DESKCRM_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        window->grab().save(QDir(dir).filePath(QStringLiteral("%1-dashboard-%2.png").arg(m_language, name)));
    }

    static inline QString m_language;

private slots:
    void initTestCase()
    {
        m_language = qEnvironmentVariable("DESKCRM_UI_LANG", QStringLiteral("en"));
        Translations::install(*qApp, m_language);
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM-test"));
        // One settings file per language: ctest runs the two at once.
        QCoreApplication::setApplicationName(QStringLiteral("TestDashboardFlow-") + m_language);
        QSettings().clear();
        DialogSeams::setSuppressMessages(true);
    }

    void init() { QSettings().clear(); }

    // No 1, 1, 1, 0, 0, 0: whatever the range, neighbouring labels differ and the top covers the maximum.
    void axisLabelsStayDistinct()
    {
        for (const bool whole : {false, true}) {
            for (const double max : {0.0, 0.04, 0.3, 0.5, 1.0, 1.2, 2.0, 3.0, 5.0, 7.0, 9.5, 12.0, 99.0, 100.0, 101.0,
                                     1234.0, 5e6, 2.1e9}) {
                QValueAxis axis;
                DashboardCharts::setTicks(&axis, max, whole);
                const QStringList labels = tickLabels(&axis);
                const QString said = QStringLiteral("max %1 whole %2: %3").arg(max).arg(whole).arg(labels.join(u','));
                QVERIFY2(labels.size() >= 2 && labels.size() <= 8, qPrintable(said));
                QVERIFY2(QSet<QString>(labels.begin(), labels.end()).size() == labels.size(), qPrintable(said));
                QVERIFY2(axis.max() >= max && axis.min() == 0, qPrintable(said));
                for (const QString& label : labels) {
                    if (whole)
                        QVERIFY2(!label.contains(u'.'), qPrintable(said));
                    // Never all one character: QtCharts would elide the axis title beside them.
                    QVERIFY2(labels.last().size() >= 2, qPrintable(said));
                }
            }
        }
    }

    void currencyBoxAndAFilterThatLeavesNothing_data() { TestDatabase::addTargets(); }
    void currencyBoxAndAFilterThatLeavesNothing()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        Data d;
        QVERIFY2(fill(*db, &d), qPrintable(d.fixture.error));
        {
            const ReportQueries queries(*db);
            QCOMPARE(queries.mainCurrency(), QStringLiteral("USD"));    // the most deals
            QCOMPARE(queries.defaultCurrency(), QStringLiteral("CNY")); // the most won business
        }
        DashboardPage* page = nullptr;
        auto window = openDashboard(std::move(db), &page);
        QVERIFY(window);

        // Starts on the most won business, in English as in Chinese; the box beside the key figures shows both.
        auto* currency = child<QComboBox>(page, "currency");
        QVERIFY(currency);
        QCOMPARE(currency->currentData().toString(), QStringLiteral("CNY"));
        QCOMPARE(page->data().currency, QStringLiteral("CNY"));
        auto* shares = child<QLabel>(page, "currencyShares");
        QVERIFY(shares && shares->isVisible());
        QTRY_VERIFY2(shares->width() >= shares->sizeHint().width(), qPrintable(shares->text())); // not clipped
        QVERIFY2(shares->text().startsWith(QStringLiteral("CNY ")) &&
                     shares->text().contains(QStringLiteral(" · USD ")),
                 qPrintable(shares->text()));
        QVERIFY2(shares->text().contains(ReportFormat::moneyShort(210000000, QStringLiteral("USD"))),
                 qPrintable(shares->text()));
        QVERIFY(!child<QWidget>(page, "offer")->isVisible());
        screenshot(window.get(), QStringLiteral("cny"));
        // The follow-ups chart's count axis (six follow-ups this week) labels at least two characters wide: QtCharts
        // elides the axis title to a lone "⋮" beside one-character labels (跟进次数 in Chinese).
        {
            QChart* activity = page->chartView(QStringLiteral("activity"))->chart();
            const QList<QAbstractAxis*> axes = activity->axes(Qt::Vertical);
            QCOMPARE(axes.size(), 1);
            auto* counts = qobject_cast<QValueAxis*>(axes.first());
            QVERIFY(counts);
            QVERIFY2(counts->max() >= 6 && tickLabels(counts).last().size() >= 2,
                     qPrintable(tickLabels(counts).join(u',')));
        }

        // Switched by typing its code: redrawn in dollars and remembered for the next start, print and the CLI.
        QVERIFY(pick(page, "currency", QStringLiteral("USD")));
        QCOMPARE(page->data().currency, QStringLiteral("USD"));
        QCOMPARE(QSettings().value(QLatin1String(ReportQueries::kCurrencySettingKey)).toString(),
                 QStringLiteral("USD"));
        QCOMPARE(page->data().wonTotal(), qint64(210000000));

        // A team without a deal won in dollars: words in the chart area, "None" on the tile, no $0.00.
        QVERIFY(pick(page, "team", QStringLiteral("West")));
        QCOMPARE(page->data().filter.teamId, d.westTeam);
        QChart* revenue = page->chartView(QStringLiteral("revenue"))->chart();
        const QString empty = DashboardCharts::emptyMessage(revenue);
        QCOMPARE(empty, page->data().emptyNote(DashboardData::Revenue));
        QVERIFY2(empty.contains(QStringLiteral("West")) && empty.contains(QStringLiteral("USD")) &&
                     empty.contains(QString::number(d.year)),
                 qPrintable(empty));
        if (m_language == QLatin1String("en"))
            QCOMPARE(empty, QStringLiteral("No won deals for West in USD in %1").arg(d.year));
        QVERIFY(revenue->series().isEmpty());
        auto* wonTile = child<QToolButton>(page, "figure0");
        QVERIFY(wonTile);
        QVERIFY2(wonTile->text().endsWith(DashboardData::tr("None", "key figure: no amount at all")),
                 qPrintable(wonTile->text()));
        QVERIFY2(!wonTile->text().contains(QStringLiteral("0.00")), qPrintable(wonTile->text()));
        // West's one deal is in yuan: the funnel (counts of every currency) still draws it.
        QVERIFY(DashboardCharts::emptyMessage(page->chartView(QStringLiteral("funnel"))->chart()).isEmpty());
        QVERIFY(!DashboardCharts::emptyMessage(page->chartView(QStringLiteral("activity"))->chart()).isEmpty());
        screenshot(window.get(), QStringLiteral("west-usd"));

        // ... and the currency that has won deals is offered; taking it draws them.
        auto* offer = child<QPushButton>(page, "offerButton");
        QVERIFY(offer && offer->isVisible());
        QVERIFY2(offer->text().contains(QStringLiteral("CNY")), qPrintable(offer->text()));
        QVERIFY(press(page, offer));
        QCOMPARE(page->data().currency, QStringLiteral("CNY"));
        QCOMPARE(QSettings().value(QLatin1String(ReportQueries::kCurrencySettingKey)).toString(),
                 QStringLiteral("CNY"));
        QCOMPARE(page->data().wonTotal(), qint64(5000000));
        revenue = page->chartView(QStringLiteral("revenue"))->chart();
        QVERIFY(DashboardCharts::emptyMessage(revenue).isEmpty());
        QVERIFY(!child<QWidget>(page, "offer")->isVisible());

        // Every value axis on the page labels its ticks distinctly (one deal of ¥50,000: a small range).
        for (const QString& name :
             {QStringLiteral("revenue"), QStringLiteral("conversion"), QStringLiteral("funnel")}) {
            for (QAbstractAxis* axis : page->chartView(name)->chart()->axes()) {
                auto* values = qobject_cast<QValueAxis*>(axis);
                if (!values || !values->isVisible())
                    continue;
                const QStringList labels = tickLabels(values);
                QVERIFY2(QSet<QString>(labels.begin(), labels.end()).size() == labels.size(),
                         qPrintable(name + QStringLiteral(": ") + labels.join(u',')));
            }
        }
    }

    void aPeriodWithoutDataOffersTheYearThatHasIt_data() { TestDatabase::addTargets(); }
    void aPeriodWithoutDataOffersTheYearThatHasIt()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        Data d;
        QVERIFY2(fill(*db, &d), qPrintable(d.fixture.error));
        {
            const QList<QDate> months =
                ReportQueries(*db).dataMonths(ReportFilter{{}, {}, d.archiveTeam, {}, {}}, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(months, (QList<QDate>{QDate(kArchiveYear, 5, 1), QDate(kArchiveYear, 6, 1)}));
        }
        DashboardPage* page = nullptr;
        auto window = openDashboard(std::move(db), &page);
        QVERIFY(window);

        QVERIFY(pick(page, "team", QStringLiteral("Archiv")));
        QVERIFY(page->data().currencyTotals.isEmpty());
        auto* offer = child<QPushButton>(page, "offerButton");
        QVERIFY(offer && offer->isVisible());
        const QString text = child<QLabel>(page, "offerText")->text();
        QVERIFY2(text.contains(QString::number(d.year)), qPrintable(text));
        QVERIFY2(offer->text().contains(QString::number(kArchiveYear)), qPrintable(offer->text()));
        if (m_language == QLatin1String("en")) {
            QCOMPARE(text, QStringLiteral("No data in %1.").arg(d.year));
            QCOMPARE(offer->text(), QStringLiteral("Show %1").arg(kArchiveYear));
        }
        QVERIFY(!DashboardCharts::emptyMessage(page->chartView(QStringLiteral("funnel"))->chart()).isEmpty());
        screenshot(window.get(), QStringLiteral("no-data"));

        QVERIFY(press(page, offer));
        QCOMPARE(page->data().filter.from, QDate(kArchiveYear, 1, 1));
        QCOMPARE(page->data().filter.to, QDate(kArchiveYear, 12, 31));
        QCOMPARE(page->period(), DashboardPage::Period::Custom);
        QCOMPARE(page->data().wonTotal(), qint64(2000000));
        QVERIFY(!child<QWidget>(page, "offer")->isVisible());
        QCOMPARE(QSettings().value(QStringLiteral("dashboard/period")).toString(),
                 QStringLiteral("%1-01-01/%1-12-31").arg(kArchiveYear));

        // The next start opens on that year.
        window.reset();
        auto again = tdb.open(&error);
        QVERIFY2(again, qPrintable(error));
        window = openDashboard(std::move(again), &page);
        QVERIFY(window);
        QCOMPARE(page->period(), DashboardPage::Period::Custom);
        QCOMPARE(page->data().filter.from, QDate(kArchiveYear, 1, 1));
        QCOMPARE(page->data().filter.to, QDate(kArchiveYear, 12, 31));

        // Back to "This year" by keyboard: remembered as such, not as that year's dates.
        auto* period = child<QComboBox>(page, "period");
        QVERIFY(period);
        period->setFocus();
        QTest::keyClick(period, Qt::Key_Up); // Custom -> This year
        QVERIFY(settled(page));
        QCOMPARE(page->period(), DashboardPage::Period::ThisYear);
        QCOMPARE(QSettings().value(QStringLiteral("dashboard/period")).toString(), QStringLiteral("year"));
    }

    // The dashboard's PDF and `deskcrm-cli report --lang zh_CN` (another process, the same settings) state the team,
    // the rep and the currency, and choose the currency alike: the one last chosen, else the most won business.
    void printedReportsNameTheirFilterAndAgreeWithTheScreen_data() { TestDatabase::addTargets(); }
    void printedReportsNameTheirFilterAndAgreeWithTheScreen()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils (pdftotext) not installed");
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        Data d;
        QVERIFY2(fill(*db, &d), qPrintable(d.fixture.error));
        DashboardPage* page = nullptr;
        auto window = openDashboard(std::move(db), &page);
        QVERIFY(window);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        QVERIFY(pick(page, "team", QStringLiteral("West")));
        QVERIFY(pick(page, "currency", QStringLiteral("USD")));
        const QString file = dir.filePath(QStringLiteral("west.pdf"));
        DialogSeams::setNextFileName(file);
        auto* exportPdf = child<QPushButton>(page, "exportPdf");
        QVERIFY(exportPdf);
        exportPdf->setFocus();
        QTest::keyClick(exportPdf, Qt::Key_Space);
        QTRY_VERIFY(QFile::exists(file));
        const QString screenPdf = pdfText(file);
        QVERIFY2(screenPdf.contains(QStringLiteral("West")), qPrintable(screenPdf.left(800)));
        QVERIFY2(screenPdf.contains(QStringLiteral("(USD)")), qPrintable(screenPdf.left(800)));
        if (m_language == QLatin1String("en"))
            QVERIFY2(screenPdf.contains(QStringLiteral("Team:West;salesrep:allreps.")),
                     qPrintable(screenPdf.left(800)));

        // The CLI in Chinese, given the settings the window wrote (its own settings file: XDG_CONFIG_HOME).
        const QString config = dir.filePath(QStringLiteral("config"));
        auto cliPdf = [&](const QString& name) {
            QProcess cli;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
            cli.setProcessEnvironment(environment);
            const QString output = dir.filePath(name);
            cli.start(qEnvironmentVariable("DESKCRM_BINARY_DIR") + QStringLiteral("/app/cli/deskcrm-cli"),
                      {QStringLiteral("--database"), tdb.databaseArgument(), QStringLiteral("report"),
                       QStringLiteral("--kind"), QStringLiteral("overview"), QStringLiteral("--format"),
                       QStringLiteral("pdf"), QStringLiteral("--team"), d.westTeam, QStringLiteral("--output"), output,
                       QStringLiteral("--lang"), QStringLiteral("zh_CN")});
            if (!cli.waitForFinished(120000) || cli.exitCode() != 0)
                return QStringLiteral("deskcrm-cli failed: ") + QString::fromUtf8(cli.readAllStandardError());
            return pdfText(output);
        };
        {
            QSettings cliSettings(config + QStringLiteral("/DeskCRM/DeskCRM.conf"), QSettings::IniFormat);
            cliSettings.setValue(QLatin1String(ReportQueries::kCurrencySettingKey),
                                 QSettings().value(QLatin1String(ReportQueries::kCurrencySettingKey)));
        }
        const QString chosen = cliPdf(QStringLiteral("cli-usd.pdf"));
        QVERIFY2(chosen.contains(QStringLiteral("(USD)")) && !chosen.contains(QStringLiteral("(CNY)")),
                 qPrintable(chosen.left(800)));
        QVERIFY2(chosen.contains(QStringLiteral("West")), qPrintable(chosen.left(800)));
        QVERIFY2(chosen.contains(QStringLiteral("统计期间")), qPrintable(chosen.left(800)));

        // Nothing chosen: both start on the most won business (CNY), not on the language's currency.
        QFile::remove(config + QStringLiteral("/DeskCRM/DeskCRM.conf"));
        const QString unset = cliPdf(QStringLiteral("cli-default.pdf"));
        QVERIFY2(unset.contains(QStringLiteral("(CNY)")), qPrintable(unset.left(800)));
        QSettings().clear();
        window.reset();
        auto again = tdb.open(&error);
        QVERIFY2(again, qPrintable(error));
        window = openDashboard(std::move(again), &page);
        QVERIFY(window);
        QCOMPARE(page->data().currency, QStringLiteral("CNY"));
    }
};

QTEST_MAIN(TestDashboardFlow)
#include "TestDashboardFlow.moc"

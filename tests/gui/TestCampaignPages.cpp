#include "CampaignDialog.h"
#include "ChartView.h"
#include "CompetitorDialog.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "MainWindow.h"
#include "OpportunityDialog.h"
#include "RecordDialog.h"
#include "ReportQueries.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QScatterSeries>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

// The campaigns and competitors pages on the real main window over demo data (issue 15): the lists, the campaign
// editor's figures and members, the competitor editor's win/loss and observations, the dashboard's campaign chart,
// and the opportunity editor's competitor list saved with the deal (a competitor added, the winner of a lost deal).
// DESKCRM_SCREENSHOT_DIR keeps pictures of each; DESKCRM_UI_LANG picks the language.
class TestCampaignPages : public QObject
{
    Q_OBJECT

    static void shot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("DESKCRM_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        const QString lang = qEnvironmentVariable("DESKCRM_UI_LANG", QStringLiteral("en"));
        widget->grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, lang)));
    }
    static QVariant scalar(Database& db, const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0) : QVariant();
    }

private slots:
    void initTestCase()
    {
        Translations::install(*qApp, qEnvironmentVariable("DESKCRM_UI_LANG", QStringLiteral("en")));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestCampaignPages"));
    }

    void pagesAndEditors()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto opened = tdb.open(&error);
        QVERIFY2(opened, qPrintable(error));
        DemoDataGenerator::Options options;
        options.customers = 80;
        QVERIFY2(DemoDataGenerator(*opened).generate(options, &error), qPrintable(error));
        MainWindow window;
        window.setDatabase(std::move(opened));
        Database& db = *window.database();
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The campaigns list shows the demo's campaigns.
        QVERIFY(window.showPage(QStringLiteral("campaigns")));
        QTest::qWait(150);
        auto* list = window.currentPage()->findChild<QTableView*>();
        QVERIFY(list);
        QTRY_VERIFY(list->model()->rowCount() >= 12);
        shot(&window, QStringLiteral("campaigns-page"));

        // The campaign with the most members: its figures and member table.
        const QString campaign = scalar(db, QStringLiteral("SELECT campaign_id FROM campaign_members GROUP BY "
                                                           "campaign_id ORDER BY COUNT(*) DESC LIMIT 1"))
                                     .toString();
        QVERIFY(!campaign.isEmpty());
        std::unique_ptr<RecordDialog> editor(
            RecordDialog::create(db, QStringLiteral("campaign"), campaign, {}, &window));
        QVERIFY(qobject_cast<CampaignDialog*>(editor.get()));
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
        auto* members = editor->findChild<QTableWidget*>(QStringLiteral("campaignMembers"));
        QVERIFY(members);
        QCOMPARE(members->rowCount(),
                 scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM campaign_members WHERE campaign_id = ? AND deleted_at "
                                       "IS NULL"),
                        {campaign})
                     .toInt());
        QVERIFY(!editor->findChild<QLabel*>(QStringLiteral("campaignFigures"))->text().isEmpty());
        shot(editor.get(), QStringLiteral("campaign-editor"));
        editor.reset();

        // Competitors: the list, and the editor of the one met most often.
        QVERIFY(window.showPage(QStringLiteral("competitors")));
        QTest::qWait(150);
        QTRY_VERIFY(window.currentPage()->findChild<QTableView*>()->model()->rowCount() >= 3);
        shot(&window, QStringLiteral("competitors-page"));
        const QString competitor =
            scalar(db, QStringLiteral("SELECT competitor_id FROM opportunity_competitors GROUP BY "
                                      "competitor_id ORDER BY COUNT(*) DESC LIMIT 1"))
                .toString();
        editor.reset(RecordDialog::create(db, QStringLiteral("competitor"), competitor, {}, &window));
        QVERIFY(qobject_cast<CompetitorDialog*>(editor.get()));
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
        QVERIFY(!editor->findChild<QLabel*>(QStringLiteral("competitorWinLoss"))->text().isEmpty());
        QVERIFY(editor->findChild<QTableWidget*>(QStringLiteral("competitorObservations"))->rowCount() > 0);
        shot(editor.get(), QStringLiteral("competitor-editor"));
        editor.reset();

        // A lost deal: a second competitor ticked and marked as the winner, saved with the deal.
        const QString lost = scalar(db, QStringLiteral("SELECT o.id FROM opportunities o JOIN pipeline_stages s ON "
                                                       "s.id = o.stage_id WHERE s.is_lost AND o.deleted_at IS NULL "
                                                       "ORDER BY o.id LIMIT 1"))
                                 .toString();
        QVERIFY(!lost.isEmpty());
        editor.reset(RecordDialog::create(db, QStringLiteral("opportunity"), lost, {}, &window));
        QVERIFY(qobject_cast<OpportunityDialog*>(editor.get()));
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor.get()));
        auto* checklist = editor->findChild<QListWidget*>(QStringLiteral("competitorList"));
        QVERIFY(checklist && checklist->count() >= 2);
        QListWidgetItem* item = checklist->item(checklist->count() - 1);
        item->setCheckState(Qt::Checked);
        const QString chosen = item->data(Qt::UserRole).toString();
        auto* winner = editor->findChild<QComboBox*>(QStringLiteral("competitorWinner"));
        QVERIFY(winner && winner->isEnabled());
        winner->setCurrentIndex(winner->findData(chosen));
        shot(editor.get(), QStringLiteral("opportunity-competitors"));
        QVERIFY(editor->save());
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM opportunity_competitors WHERE opportunity_id = ? AND "
                                       "competitor_id = ? AND is_winner AND deleted_at IS NULL"),
                        {lost, chosen})
                     .toInt(),
                 1);
        editor.reset();

        // The dashboard compares the campaigns, in the currency of their costs: won revenue and ROI.
        ReportQueries::setChosenCurrency(QStringLiteral("CNY"));
        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        QTest::qWait(300);
        auto* chart = window.findChild<ChartView*>(QStringLiteral("campaignsChart"));
        QVERIFY(chart);
        QTRY_VERIFY(!chart->chart()->series().isEmpty() ||
                    !chart->chart()->property("emptyMessage").toString().isEmpty());
        shot(chart, QStringLiteral("dashboard-campaigns-chart"));
        // The campaigns with a cost in CNY have their ROI marker on the second axis.
        QScatterSeries* roi = nullptr;
        for (QAbstractSeries* series : chart->chart()->series())
            if (series->objectName() == QLatin1String("campaignRoi"))
                roi = qobject_cast<QScatterSeries*>(series);
        QVERIFY(roi);
        QVERIFY(roi->count() > 0);
    }
};

QTEST_MAIN(TestCampaignPages)
#include "TestCampaignPages.moc"

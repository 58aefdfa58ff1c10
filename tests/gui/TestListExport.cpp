#include "DialogSeams.h"
#include "ListSpec.h"
#include "MainWindow.h"
#include "RecordListModel.h"
#include "RecordListPage.h"
#include "RecordWriter.h"
#include "TestDatabase.h"
#include "Translations.h"
#include "ZipMember.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// Export… on the list pages through the real main window: File > Export… and the table's context menu write the
// rows the page shows (its filter, its sort, the column order the user dragged the header into) to the file named
// through the file-dialog seam, as CSV or Excel by the file's suffix; a failure is told on the page. With
// DESKCRM_SCREENSHOT_DIR set, the File menu and the context menu are saved over the 1,280 × 720 window in the
// language DESKCRM_UI_LANG names (default en).
class TestListExport : public QObject
{
    Q_OBJECT

    QString m_language;

    static QString addCustomer(RecordWriter& writer, const QString& name, const QString& status)
    {
        return writer
            .insert(QStringLiteral("customers"), {{QStringLiteral("name"), name},
                                                  {QStringLiteral("status"), status},
                                                  {QStringLiteral("city"), QStringLiteral("上海")}})
            .id;
    }

    static QByteArray readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static int logRows(const Database& db)
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM export_log")) && q.next() ? q.value(0).toInt() : -1;
    }

    // The window with an open menu painted where it pops up, as a user sees both.
    void screenshot(QWidget* window, QMenu* menu, const QString& name) const
    {
        const QString shots = qEnvironmentVariable("DESKCRM_SCREENSHOT_DIR");
        if (shots.isEmpty())
            return;
        QDir().mkpath(shots);
        QPixmap picture = window->grab();
        {
            QPainter painter(&picture);
            painter.drawPixmap(window->mapFromGlobal(menu->pos()), menu->grab());
        }
        QVERIFY(picture.save(QStringLiteral("%1/%2-%3.png").arg(shots, m_language, name)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestListExport"));
        QSettings().clear();
        DialogSeams::setSuppressMessages(true);
        m_language = qEnvironmentVariable("DESKCRM_UI_LANG", QStringLiteral("en"));
        Translations::install(*qApp, m_language);
    }

    void init() { DialogSeams::clearFileName(); }

    void exportWhatTheListShows()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        {
            RecordWriter writer(*db);
            addCustomer(writer, QStringLiteral("Acme"), QStringLiteral("active"));
            addCustomer(writer, QStringLiteral("Borealis"), QStringLiteral("active"));
            addCustomer(writer, QStringLiteral("Cobalt"), QStringLiteral("inactive"));
            addCustomer(writer, QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("active"));
            QVERIFY(writer.commit().ok());
        }
        MainWindow window;
        window.setDatabase(std::move(db));
        QVERIFY(window.showPage(QStringLiteral("customers")));
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* page = qobject_cast<RecordListPage*>(window.currentPage());
        QVERIFY(page);
        auto* exportAction = window.findChild<QAction*>(QStringLiteral("exportAction"));
        QVERIFY(exportAction);
        QVERIFY(exportAction->isEnabled());

        // The list as the user arranged it: active customers only, names descending, City dragged to the front.
        page->setFilters({{QStringLiteral("status"), QStringLiteral("active")}});
        page->view()->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
        QCOMPARE(page->model()->sortOrder(), Qt::DescendingOrder);
        const ListSpec spec = ListSpec::customers();
        QHeaderView* header = page->view()->horizontalHeader();
        header->moveSection(header->visualIndex(spec.columnIndex(QStringLiteral("city"))), 0);
        header->hideSection(spec.columnIndex(QStringLiteral("email")));
        QCOMPARE(page->visibleColumnKeys().value(0), QStringLiteral("city"));
        QVERIFY(!page->visibleColumnKeys().contains(QStringLiteral("email")));

        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("active.csv"));
        DialogSeams::setNextFileName(csv);
        exportAction->trigger();
        QVERIFY2(QFile::exists(csv), qPrintable(page->findChild<QLabel*>(QStringLiteral("errorLabel"))->text()));
        const QByteArray bytes = readFile(csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList records = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(records.size(), 4); // header and the three active customers
        QVERIFY(records.at(0).startsWith(spec.headerText(spec.columnIndex(QStringLiteral("city"))) + QLatin1Char(',') +
                                         spec.headerText(0) + QLatin1Char(',')));
        QVERIFY(!records.at(0).contains(spec.headerText(spec.columnIndex(QStringLiteral("email")))));
        // Names descending as shown ("=…" sorts before letters), the formula neutralised.
        QVERIFY2(records.at(1).startsWith(QStringLiteral("上海,Borealis,")), qPrintable(records.at(1)));
        QVERIFY2(records.at(2).startsWith(QStringLiteral("上海,Acme,")), qPrintable(records.at(2)));
        QVERIFY2(records.at(3).startsWith(QStringLiteral("上海,\"'=HYPERLINK(\"\"x\"\")\",")),
                 qPrintable(records.at(3)));
        QCOMPARE(logRows(*window.database()), 1);

        // The table's context menu: Excel by the file's suffix.
        auto* listAction = page->findChild<QAction*>(QStringLiteral("exportListAction"));
        QVERIFY(listAction && listAction->isEnabled());
        QVERIFY(page->view()->actions().contains(listAction));
        const QString xlsx = dir.filePath(QStringLiteral("active.xlsx"));
        DialogSeams::setNextFileName(xlsx);
        listAction->trigger();
        const QByteArray sheet = zipMember(xlsx, "xl/worksheets/sheet1.xml");
        QVERIFY(sheet.contains("<t>Borealis</t>"));
        QVERIFY(!sheet.contains("<t>Cobalt</t>"));
        QCOMPARE(logRows(*window.database()), 2);

        // Cancelled in the dialog: nothing happens.
        DialogSeams::setNextFileName(QString());
        exportAction->trigger();
        QCOMPARE(logRows(*window.database()), 2);

        // A folder that does not exist: said on the page, nothing logged.
        DialogSeams::setNextFileName(dir.filePath(QStringLiteral("missing/folder/x.csv")));
        exportAction->trigger();
        auto* errorLabel = page->findChild<QLabel*>(QStringLiteral("errorLabel"));
        QVERIFY(errorLabel->isVisibleTo(page));
        QVERIFY(!errorLabel->text().isEmpty());
        QCOMPARE(logRows(*window.database()), 2);

        // The other list pages offer it too; pages without a list do not.
        QVERIFY(window.showPage(QStringLiteral("tasks")));
        QVERIFY(exportAction->isEnabled());
        QVERIFY(window.showPage(QStringLiteral("pipeline")));
        QVERIFY(!exportAction->isEnabled());
        QVERIFY(window.showPage(QStringLiteral("customers")));

        // What the user sees: File > Export… and the list's context menu, at 1,280 × 720.
        QMenu* file = window.menuBar()->findChildren<QMenu*>().value(0);
        QVERIFY(file && file->actions().contains(exportAction));
        file->popup(window.menuBar()->mapToGlobal(window.menuBar()->actionGeometry(file->menuAction()).bottomLeft()));
        QVERIFY(QTest::qWaitForWindowExposed(file));
        screenshot(&window, file, QStringLiteral("export-file-menu"));
        file->close();
        QMenu context;
        context.addActions(page->view()->actions());
        context.popup(page->view()->viewport()->mapToGlobal(QPoint(200, 60)));
        QVERIFY(QTest::qWaitForWindowExposed(&context));
        screenshot(&window, &context, QStringLiteral("export-context-menu"));
        context.close();
    }
};

QTEST_MAIN(TestListExport)
#include "TestListExport.moc"

#include "Database.h"
#include "DialogSeams.h"
#include "ImportCheckPage.h"
#include "ImportMappingPage.h"
#include "ImportRunPage.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "RecordListModel.h"
#include "RecordListPage.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSemaphore>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

namespace {
// Strings not yet in translations/*.ts, read from the tab-separated files sessions hand to the integrator
// (context, source, translation), so the Chinese screenshots can be looked at before the merge.
class PendingTranslations : public QTranslator
{
public:
    bool load(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return false;
        while (!file.atEnd()) {
            QString line = QString::fromUtf8(file.readLine()).chopped(1);
            line.replace(QLatin1String("\\n"), QLatin1String("\n")); // the files write a line break as \n
            const QStringList parts = line.split(QLatin1Char('\t'));
            if (parts.size() == 3)
                m_texts.insert(parts.at(0) + QChar(0x1F) + parts.at(1), parts.at(2));
        }
        return true;
    }
    bool isEmpty() const override { return m_texts.isEmpty(); }
    QString translate(const char* context, const char* source, const char*, int n) const override
    {
        QString text = m_texts.value(QString::fromUtf8(context) + QChar(0x1F) + QString::fromUtf8(source));
        if (n >= 0)
            text.replace(QStringLiteral("%n"), QString::number(n));
        return text;
    }

private:
    QHash<QString, QString> m_texts;
};

QByteArray gb18030(const QString& text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}
} // namespace

// File > Import… through the real main window, on SQLite and PostgreSQL: a GB18030 file shows its Chinese names
// (and mojibake when read as UTF-8), the columns are mapped by their names, a file with a bad row is reported and
// its good rows imported (the customers list shows them), Cancel in the middle of the import leaves the database
// unchanged, and the mapping used for a set of columns is offered again. DESKCRM_SHOTS_DIR saves every page at
// 1280x720; DESKCRM_UI_LANG picks the language and DESKCRM_PENDING_TSV (colon-separated .tsv files) adds strings
// not yet in the catalogue.
class TestImportWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;
    QString m_language;

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static qint64 count(const Database& db, const QString& table)
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next() ? q.value(0).toLongLong() : -1;
    }

    static QString customerId(const Database& db, const QString& name)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id FROM customers WHERE name = ?"));
        q.addBindValue(name);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    static bool listShows(RecordListPage* page, const QString& id)
    {
        RecordListModel* model = page->model();
        while (model->canFetchMore({}))
            model->fetchMore({});
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->idAt(row) == id)
                return true;
        }
        return false;
    }

    void shot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("DESKCRM_SHOTS_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(widget->grab().save(QStringLiteral("%1/import-%2-%3.png").arg(dir, m_language, name)));
    }

    static ImportWizard* openWizard(MainWindow& window)
    {
        QAction* action = window.findChild<QAction*>(QStringLiteral("importAction"));
        if (!action || !action->isEnabled())
            return nullptr;
        action->trigger();
        auto* wizard = window.findChild<ImportWizard*>();
        if (wizard)
            wizard->resize(1280, 720);
        return wizard;
    }

    // Page 1 by keyboard: the file name typed, the entity chosen, Enter for Next.
    static void chooseFile(ImportWizard* wizard, const QString& path, const QString& entity)
    {
        auto* edit = wizard->findChild<QLineEdit*>(QStringLiteral("filePath"));
        QVERIFY(edit);
        edit->setFocus();
        QTest::keyClicks(edit, path);
        auto* entities = wizard->findChild<QComboBox*>(QStringLiteral("entity"));
        entities->setCurrentIndex(entities->findData(entity));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(ImportWizard::FormatPageId));
    }

    static void next(ImportWizard* wizard, int expected)
    {
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 20000);
        wizard->button(QWizard::NextButton)->click();
        QCOMPARE(wizard->currentId(), expected);
    }

    static QString cell(QTableView* table, int row, int column)
    {
        return table->model()->index(row, column).data().toString();
    }

    static QString customersCsv(int rows, int badRow)
    {
        QString text = QStringLiteral("客户名称,电话,邮箱\r\n");
        for (int i = 1; i <= rows; ++i) {
            text +=
                QStringLiteral("北京华联科技有限公司%1,010-6552%2,%3\r\n")
                    .arg(i)
                    .arg(i % 10000, 4, 10, QLatin1Char('0'))
                    .arg(i == badRow ? QStringLiteral("info@@hualian") : QStringLiteral("info%1@hualian.cn").arg(i));
        }
        return text;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestImportWizard"));
        QSettings().clear();
        DialogSeams::setSuppressMessages(true);
        m_language = qEnvironmentVariable("DESKCRM_UI_LANG", QStringLiteral("en"));
        Translations::install(*qApp, m_language);
        // Only for Chinese: the English texts are the sources themselves.
        const QStringList pendingFiles =
            m_language.startsWith(QLatin1String("zh"))
                ? qEnvironmentVariable("DESKCRM_PENDING_TSV").split(QLatin1Char(':'), Qt::SkipEmptyParts)
                : QStringList();
        for (const QString& path : pendingFiles) {
            auto* translator = new PendingTranslations;
            if (translator->load(path))
                qApp->installTranslator(translator);
        }
    }

    void init()
    {
        DialogSeams::clearAnswers();
        DialogSeams::clearFileName();
    }

    // The decoded preview follows the encoding: GB18030 shows the names, UTF-8 shows replacement characters;
    // the columns are mapped by their Chinese names and the preview shows the phone numbers as stored.
    void encodingPreview()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        auto db = tdb.open();
        QVERIFY(db);
        const QString path = writeFile(QStringLiteral("gbk.csv"), gb18030(customersCsv(3, 0)));
        ImportWizard wizard(*db);
        wizard.resize(1280, 720);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        chooseFile(&wizard, path, QStringLiteral("customers"));

        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
        auto* encoding = wizard.findChild<QComboBox*>(QStringLiteral("encoding"));
        auto* preview = wizard.findChild<QTableView*>(QStringLiteral("formatPreview"));
        QCOMPARE(encoding->currentData().toString(), QStringLiteral("GB18030"));
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("detection"))->text().contains(QStringLiteral("GB18030")));
        QCOMPARE(preview->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("客户名称"));
        QCOMPARE(cell(preview, 0, 0), QStringLiteral("北京华联科技有限公司1"));
        QCOMPARE(preview->model()->rowCount(), 3);

        encoding->setCurrentIndex(encoding->findData(QStringLiteral("UTF-8")));
        // Read as UTF-8, the names are broken: the page shows them so and does not go on.
        QTRY_VERIFY_WITH_TIMEOUT(wizard.sample().encoding == QLatin1String("UTF-8"), 20000);
        QVERIFY(cell(preview, 0, 0).contains(QChar::ReplacementCharacter));
        QVERIFY(!cell(preview, 1, 0).contains(QStringLiteral("北京华联科技有限公司1")));
        QVERIFY(wizard.sample().decodingErrors > 0);
        QVERIFY(!wizard.currentPage()->isComplete());
        shot(&wizard, QStringLiteral("2-format-utf8"));

        encoding->setCurrentIndex(encoding->findData(QStringLiteral("GB18030")));
        QTRY_COMPARE_WITH_TIMEOUT(cell(preview, 0, 0), QStringLiteral("北京华联科技有限公司1"), 20000);
        QCOMPARE(wizard.sample().decodingErrors, 0);

        next(&wizard, ImportWizard::MappingPageId);
        QCOMPARE(wizard.findChild<QComboBox*>(QStringLiteral("field0"))->currentData().toString(),
                 QStringLiteral("name"));
        QCOMPARE(wizard.findChild<QComboBox*>(QStringLiteral("field1"))->currentData().toString(),
                 QStringLiteral("phone"));
        QCOMPARE(wizard.findChild<QComboBox*>(QStringLiteral("field2"))->currentData().toString(),
                 QStringLiteral("email"));
        auto* region = wizard.findChild<QComboBox*>(QStringLiteral("phoneRegion"));
        region->setCurrentIndex(region->findData(QStringLiteral("CN")));
        auto* mapped = wizard.findChild<QTableView*>(QStringLiteral("mappingPreview"));
        QCOMPARE(cell(mapped, 0, 0), QStringLiteral("北京华联科技有限公司1"));
        QCOMPARE(cell(mapped, 0, 1), QStringLiteral("+861065520001"));
        // Leaving a column out takes it out of the preview.
        wizard.findChild<QComboBox*>(QStringLiteral("field1"))->setCurrentIndex(0);
        QCOMPARE(mapped->model()->columnCount(), 2);
        QVERIFY(wizard.currentPage()->isComplete());
        // Without the required name the page cannot go on.
        wizard.findChild<QComboBox*>(QStringLiteral("field0"))->setCurrentIndex(0);
        QVERIFY(!wizard.currentPage()->isComplete());
    }

    void goodRowsOnly_data() { TestDatabase::addTargets(); }
    // A bad e-mail on line 4: the report lists it, "all" cannot be chosen, the good rows are imported and the
    // customers list shows them; the saved report has the row.
    void goodRowsOnly()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        auto mine = tdb.open();
        auto checkDb = tdb.open();
        QVERIFY(mine && checkDb);
        const qint64 before = count(*checkDb, QStringLiteral("customers"));
        const QString path = writeFile(QStringLiteral("bad-row.csv"), gb18030(customersCsv(5, 3)));

        MainWindow window;
        window.setDatabase(std::move(mine));
        QVERIFY(window.showPage(QStringLiteral("customers")));
        auto* list = qobject_cast<RecordListPage*>(window.page(QStringLiteral("customers")));
        QVERIFY(list);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        ImportWizard* wizard = openWizard(window);
        QVERIFY(wizard);
        chooseFile(wizard, path, QStringLiteral("customers"));
        next(wizard, ImportWizard::MappingPageId);
        next(wizard, ImportWizard::CheckPageId);
        auto* check = qobject_cast<ImportCheckPage*>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!check->isChecking(), 20000);
        QCOMPARE(wizard->checkReport().read, 5);
        QCOMPARE(wizard->checkReport().rejected, 1);
        auto* problems = wizard->findChild<QTableView*>(QStringLiteral("problems"));
        QCOMPARE(problems->model()->rowCount(), 1);
        QCOMPARE(problems->model()->index(0, 0).data(Qt::UserRole).toLongLong(), 4); // header on line 1
        QCOMPARE(cell(problems, 0, 1), QStringLiteral("邮箱"));
        QCOMPARE(cell(problems, 0, 2), QStringLiteral("info@@hualian"));
        auto* all = wizard->findChild<QRadioButton*>(QStringLiteral("importAll"));
        auto* good = wizard->findChild<QRadioButton*>(QStringLiteral("importGood"));
        QVERIFY(!all->isEnabled());
        QVERIFY(wizard->findChild<QRadioButton*>(QStringLiteral("importNothing"))->isChecked());
        QVERIFY(!check->isComplete()); // nothing is imported unless the user says so

        const QString reportPath = m_files.filePath(QStringLiteral("report.csv"));
        DialogSeams::setNextFileName(reportPath);
        wizard->findChild<QAbstractButton*>(QStringLiteral("saveReport"))->click();
        QFile report(reportPath);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString saved = QString::fromUtf8(report.readAll());
        QVERIFY2(saved.contains(QStringLiteral("\r\n4,邮箱,info@@hualian,")), qPrintable(saved));

        good->click();
        next(wizard, ImportWizard::RunPageId);
        auto* run = qobject_cast<ImportRunPage*>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(run->isDone(), 30000);
        QVERIFY(run->report().written);
        QCOMPARE(run->report().inserted, 4);
        QCOMPARE(count(*checkDb, QStringLiteral("customers")), before + 4);
        QVERIFY(customerId(*checkDb, QStringLiteral("北京华联科技有限公司3")).isEmpty());
        // The engine's writes are announced: the list shows the new customers without a reload.
        const QString id = customerId(*checkDb, QStringLiteral("北京华联科技有限公司5"));
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(listShows(list, id), 10000);
        QVERIFY(!wizard->button(QWizard::CancelButton)->isVisible());
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!window.findChild<ImportWizard*>());
    }

    void cancelLeavesDatabaseUnchanged_data() { TestDatabase::addTargets(); }
    // Cancel while rows are being written (the worker held at its first batch until Cancel is confirmed): the
    // engine rolls back and the database has not one row more.
    void cancelLeavesDatabaseUnchanged()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        auto mine = tdb.open();
        auto checkDb = tdb.open();
        QVERIFY(mine && checkDb);
        const QString path = writeFile(QStringLiteral("big.csv"), customersCsv(3000, 0).toUtf8());
        const qint64 before = count(*checkDb, QStringLiteral("customers"));

        MainWindow window;
        window.setDatabase(std::move(mine));
        window.show();
        ImportWizard* wizard = openWizard(window);
        QVERIFY(wizard);
        QSemaphore paused;
        QSemaphore resume;
        std::atomic<bool> held{false};
        wizard->setProgressHook([&](const Importer::Progress& p) {
            if (p.pass == 2 && p.rows > 0 && !held.exchange(true)) {
                paused.release();
                resume.acquire();
            }
        });
        chooseFile(wizard, path, QStringLiteral("customers"));
        next(wizard, ImportWizard::MappingPageId);
        next(wizard, ImportWizard::CheckPageId);
        QTRY_VERIFY_WITH_TIMEOUT(!qobject_cast<ImportCheckPage*>(wizard->currentPage())->isChecking(), 30000);
        QVERIFY(wizard->findChild<QRadioButton*>(QStringLiteral("importAll"))->isChecked());
        next(wizard, ImportWizard::RunPageId);
        auto* run = qobject_cast<ImportRunPage*>(wizard->currentPage());

        QVERIFY(paused.tryAcquire(1, 60000)); // 512 rows are written, in the open transaction
        QVERIFY(wizard->isImporting());
        QAbstractButton* cancel = wizard->button(QWizard::CancelButton);
        QVERIFY(cancel->isVisible());
        // Cancel asks first; "No" goes on.
        DialogSeams::setNextAnswer(QMessageBox::No);
        cancel->click();
        QCOMPARE(DialogSeams::pendingAnswers(), 0);
        QVERIFY(wizard->isVisible());
        DialogSeams::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(wizard, Qt::Key_Escape); // Esc is Cancel
        QCOMPARE(DialogSeams::pendingAnswers(), 0);
        resume.release();
        QTRY_VERIFY_WITH_TIMEOUT(run->isDone(), 30000);
        QVERIFY(run->report().cancelled);
        QVERIFY(!run->report().written);
        QVERIFY(wizard->isVisible()); // the page says what happened
        QCOMPARE(count(*checkDb, QStringLiteral("customers")), before);
        QVERIFY(!wizard->isImporting());
        QTest::keyClick(wizard, Qt::Key_Escape); // no question once nothing runs
        QTRY_VERIFY(!window.findChild<ImportWizard*>());
    }

    // The mapping chosen by hand for columns DeskCRM does not know is offered again for the next file with the
    // same columns, options included: with external ids as the key, the second import updates.
    void rememberedMapping()
    {
        QSettings().remove(QStringLiteral("import"));
        TestDatabase tdb(QStringLiteral("sqlite"));
        auto mine = tdb.open();
        auto checkDb = tdb.open();
        QVERIFY(mine && checkDb);
        const QString first =
            writeFile(QStringLiteral("kunden.csv"), "Firma;Telefon;Kundennummer\nMüller GmbH;+49 30 1234567;K-1\n"
                                                    "Schmidt AG;+49 89 7654321;K-2\n");
        const QString second = writeFile(QStringLiteral("kunden-2.csv"),
                                         "Firma;Telefon;Kundennummer\nMüller GmbH & Co. KG;+49 30 1234568;K-1\n");
        MainWindow window;
        window.setDatabase(std::move(mine));
        window.show();

        ImportWizard* wizard = openWizard(window);
        QVERIFY(wizard);
        chooseFile(wizard, first, QStringLiteral("customers"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 20000);
        QCOMPARE(wizard->sample().delimiter, QLatin1Char(';'));
        next(wizard, ImportWizard::MappingPageId);
        auto* mapping = qobject_cast<ImportMappingPage*>(wizard->currentPage());
        QCOMPARE(mapping->origin(), ImportMappingPage::Origin::Headers);
        QVERIFY(!mapping->isComplete()); // "Firma" means nothing to DeskCRM
        auto choose = [wizard](const char* name, const QString& value) {
            auto* combo = wizard->findChild<QComboBox*>(QLatin1String(name));
            combo->setCurrentIndex(combo->findData(value));
            return combo->currentData().toString() == value;
        };
        QVERIFY(choose("field0", QStringLiteral("name")));
        QVERIFY(choose("field1", QStringLiteral("phone")));
        QVERIFY(choose("field2", QStringLiteral("external_id")));
        QVERIFY(choose("key", QStringLiteral("external_id")));
        next(wizard, ImportWizard::CheckPageId);
        next(wizard, ImportWizard::RunPageId);
        auto* run = qobject_cast<ImportRunPage*>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(run->isDone(), 30000);
        QCOMPARE(run->report().inserted, 2);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!window.findChild<ImportWizard*>());

        wizard = openWizard(window);
        QVERIFY(wizard);
        chooseFile(wizard, second, QStringLiteral("customers"));
        next(wizard, ImportWizard::MappingPageId);
        mapping = qobject_cast<ImportMappingPage*>(wizard->currentPage());
        QCOMPARE(mapping->origin(), ImportMappingPage::Origin::Remembered);
        QCOMPARE(wizard->findChild<QComboBox*>(QStringLiteral("field0"))->currentData().toString(),
                 QStringLiteral("name"));
        QCOMPARE(wizard->findChild<QComboBox*>(QStringLiteral("field2"))->currentData().toString(),
                 QStringLiteral("external_id"));
        QCOMPARE(wizard->findChild<QComboBox*>(QStringLiteral("key"))->currentData().toString(),
                 QStringLiteral("external_id"));
        next(wizard, ImportWizard::CheckPageId);
        next(wizard, ImportWizard::RunPageId);
        run = qobject_cast<ImportRunPage*>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(run->isDone(), 30000);
        QCOMPARE(run->report().updated, 1);
        QCOMPARE(run->report().inserted, 0);
        QCOMPARE(count(*checkDb, QStringLiteral("customers")), 2);
        QVERIFY(!customerId(*checkDb, QStringLiteral("Müller GmbH & Co. KG")).isEmpty());
    }

    // A saved mapping profile (JSON) is loaded on page 1 and maps the file as it says.
    void savedProfile()
    {
        QSettings().remove(QStringLiteral("import"));
        TestDatabase tdb(QStringLiteral("sqlite"));
        auto db = tdb.open();
        QVERIFY(db);
        const QString path = writeFile(QStringLiteral("kunden-3.csv"), "Firma;Telefon;Kundennummer\nA;1;K-9\n");
        const QString profilePath = m_files.filePath(QStringLiteral("kunden-mapping.json"));
        {
            ImportWizard wizard(*db);
            wizard.show();
            chooseFile(&wizard, path, QStringLiteral("customers"));
            next(&wizard, ImportWizard::MappingPageId);
            auto* field = wizard.findChild<QComboBox*>(QStringLiteral("field0"));
            field->setCurrentIndex(field->findData(QStringLiteral("name")));
            DialogSeams::setNextFileName(profilePath);
            wizard.findChild<QAbstractButton*>(QStringLiteral("saveMapping"))->click();
            QVERIFY(QFile::exists(profilePath));
        }
        ImportProfile saved;
        QVERIFY(ImportProfile::load(profilePath, &saved, nullptr));
        QCOMPARE(saved.files.size(), 1);
        QCOMPARE(saved.files.first().columns.value(QStringLiteral("Firma")), QStringLiteral("name"));
        QCOMPARE(saved.files.first().delimiter, QLatin1Char(';'));

        ImportWizard wizard(*db);
        wizard.show();
        DialogSeams::setNextFileName(profilePath);
        wizard.findChild<QAbstractButton*>(QStringLiteral("loadProfile"))->click();
        QCOMPARE(wizard.profileName(), QStringLiteral("kunden-mapping"));
        chooseFile(&wizard, path, QStringLiteral("customers"));
        next(&wizard, ImportWizard::MappingPageId);
        auto* mapping = qobject_cast<ImportMappingPage*>(wizard.currentPage());
        QCOMPARE(mapping->origin(), ImportMappingPage::Origin::Profile);
        QCOMPARE(wizard.findChild<QComboBox*>(QStringLiteral("field0"))->currentData().toString(),
                 QStringLiteral("name"));
    }

    // Every page at 1280x720 (DESKCRM_SHOTS_DIR), with a GB18030 file holding one bad row.
    void screenshots()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        auto db = tdb.open();
        QVERIFY(db);
        QString text = QStringLiteral("客户名称,电话,邮箱,城市,年收入,成立年份,备注\r\n");
        const QStringList names{QStringLiteral("北京华联科技有限公司"),     QStringLiteral("上海浦江贸易有限公司"),
                                QStringLiteral("广州南方制造股份有限公司"), QStringLiteral("深圳前海数据服务有限公司"),
                                QStringLiteral("杭州西湖茶业有限公司"),     QStringLiteral("成都天府物流有限公司")};
        for (int i = 0; i < 24; ++i) {
            text += QStringLiteral("%1%2,0%3-6552%4,%5,北京,\"¥%6,000\",%7,%8\r\n")
                        .arg(names.at(i % names.size()))
                        .arg(i < names.size() ? QString() : QString::number(i))
                        .arg(10 + i % 3)
                        .arg(1000 + i)
                        .arg(i == 4 ? QStringLiteral("sales@@example") : QStringLiteral("sales%1@example.cn").arg(i))
                        .arg(120 + i * 7)
                        .arg(1990 + i)
                        .arg(i % 4 == 0 ? QStringLiteral("重点客户，季度回访") : QString());
        }
        const QString path = writeFile(QStringLiteral("客户名单.csv"), gb18030(text));
        ImportWizard wizard(*db);
        wizard.resize(1280, 720);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.findChild<QLineEdit*>(QStringLiteral("filePath"))->setText(path);
        shot(&wizard, QStringLiteral("1-file"));
        wizard.button(QWizard::NextButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
        shot(&wizard, QStringLiteral("2-format"));
        next(&wizard, ImportWizard::MappingPageId);
        shot(&wizard, QStringLiteral("3-mapping"));
        next(&wizard, ImportWizard::CheckPageId);
        QTRY_VERIFY_WITH_TIMEOUT(!qobject_cast<ImportCheckPage*>(wizard.currentPage())->isChecking(), 20000);
        wizard.findChild<QRadioButton*>(QStringLiteral("importGood"))->click();
        shot(&wizard, QStringLiteral("4-check"));
        next(&wizard, ImportWizard::RunPageId);
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<ImportRunPage*>(wizard.currentPage())->isDone(), 20000);
        QVERIFY(qobject_cast<ImportRunPage*>(wizard.currentPage())->report().written);
        shot(&wizard, QStringLiteral("5-done"));
    }
};

QTEST_MAIN(TestImportWizard)
#include "TestImportWizard.moc"

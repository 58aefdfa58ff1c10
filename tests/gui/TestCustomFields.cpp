#include "AttributeDefinitions.h"
#include "AttributeFilterBar.h"
#include "AttributeValues.h"
#include "CustomerModel.h"
#include "Database.h"
#include "DateField.h"
#include "DialogSeams.h"
#include "LookupComboBox.h"
#include "MainWindow.h"
#include "RecordDialog.h"
#include "RecordListModel.h"
#include "RecordListPage.h"
#include "RecordWriter.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using Kind = AttributeDefinition::Kind;

// Custom fields (issue 12) in the real window, from the keyboard: defined in Settings > Custom fields…, filled in the
// customer editor (required ones refused while empty) and read back, shown as a list column the list sorts by, and
// filtered on in the list's custom field bar; in English and (TestCustomFields_zh) Chinese. DESKCRM_SCREENSHOT_DIR
// saves what the tests looked at.
class TestCustomFields : public QObject
{
    Q_OBJECT

    QString m_language;

    void screenshot(QWidget* widget, const QString& name) const
    {
        const QString shots = qEnvironmentVariable("DESKCRM_SCREENSHOT_DIR");
        if (shots.isEmpty())
            return;
        QDir().mkpath(shots);
        QVERIFY(widget->grab().save(QStringLiteral("%1/%2-customfields-%3.png").arg(shots, m_language, name)));
    }

    static AttributeDefinition field(const char* key, const char* en, const char* zh, Kind kind, bool required = false)
    {
        AttributeDefinition d;
        d.entity = QStringLiteral("customer");
        d.key = QLatin1String(key);
        d.labelEn = QLatin1String(en);
        d.labelZh = QString::fromUtf8(zh);
        d.kind = kind;
        d.required = required;
        if (kind == Kind::Choice || kind == Kind::MultiChoice)
            d.choices = {{QStringLiteral("smb"), QStringLiteral("Small business"), QStringLiteral("小微企业")},
                         {QStringLiteral("mid"), QStringLiteral("Mid-market"), QStringLiteral("中型企业")},
                         {QStringLiteral("ent"), QStringLiteral("Enterprise"), QStringLiteral("大型企业")}};
        return d;
    }

    static QList<AttributeDefinition> define(Database& db)
    {
        QList<AttributeDefinition> fields{field("segment", "Segment", "客户细分", Kind::Choice, true),
                                          field("credit_score", "Credit score", "信用评分", Kind::Number),
                                          field("renewal_date", "Contract renewal", "合同续约日期", Kind::Date),
                                          field("channels", "Sales channels", "销售渠道", Kind::MultiChoice),
                                          field("partner", "Partner", "合作伙伴", Kind::Bool)};
        for (AttributeDefinition& d : fields)
            if (!AttributeDefinitions(db).save(d).ok())
                return {};
        return fields;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DeskCRM-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestCustomFields"));
        QSettings().clear();
        DialogSeams::setSuppressMessages(true);
        m_language = qEnvironmentVariable("DESKCRM_UI_LANG", QStringLiteral("en"));
        Translations::install(*qApp, m_language);
    }

    void init() { DialogSeams::clearAnswers(); }

    void formRoundTrip_data() { TestDatabase::addTargets(); }
    void formRoundTrip()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QList<AttributeDefinition> fields = define(*db);
        QCOMPARE(fields.size(), 5);

        std::unique_ptr<RecordDialog> dialog(RecordDialog::create(*db, QStringLiteral("customer"), {}, {}, nullptr));
        QVERIFY(dialog && dialog->isLoaded());
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("name"));
        auto* segment = dialog->findChild<LookupComboBox*>(QStringLiteral("attr:segment"));
        auto* score = dialog->findChild<QLineEdit*>(QStringLiteral("attr:credit_score"));
        auto* renewal = dialog->findChild<DateField*>(QStringLiteral("attr:renewal_date"));
        auto* online = dialog->findChild<QCheckBox*>(QStringLiteral("attr:channels.mid"));
        auto* partner = dialog->findChild<LookupComboBox*>(QStringLiteral("attr:partner"));
        QVERIFY(name && segment && score && renewal && online && partner);

        QTest::keyClicks(name, QStringLiteral("Northwind Traders"));
        score->setFocus();
        QTest::keyClicks(score, QStringLiteral("88.5"));
        renewal->setFocus();
        QTest::keyClicks(renewal, QStringLiteral("2027-03-31"));
        online->setFocus();
        QTest::keyClick(online, Qt::Key_Space);
        partner->setFocus();
        QTest::keyClick(partner, Qt::Key_Down); // (not answered) -> Yes
        QVERIFY(dialog->hasUnsavedChanges());

        // The required segment is empty: marked, and nothing is written.
        QTest::keySequence(dialog.get(), QKeySequence::Save);
        auto* segmentError = dialog->findChild<QLabel*>(QStringLiteral("attr:segmentError"));
        QVERIFY(segmentError && segmentError->isVisible());
        QVERIFY(dialog->isVisible());
        QCOMPARE(rowsIn(*db, QStringLiteral("customers")), 0);
        screenshot(dialog.get(), QStringLiteral("editor"));

        segment->setFocus();
        QTest::keyClick(segment, Qt::Key_Down);
        QTest::keyClick(segment, Qt::Key_Down); // (none) -> Small business -> Mid-market
        QVERIFY(!segmentError->isVisible());    // fixed: the mark goes at once
        QTest::keySequence(dialog.get(), QKeySequence::Save);
        QVERIFY(!dialog->isVisible());
        const QString id = dialog->recordId();
        QHash<QString, AttributeValues::Stored> stored = AttributeValues::load(*db, id, fields);
        QCOMPARE(stored.value(QStringLiteral("segment")).value, QVariant(QStringLiteral("mid")));
        QCOMPARE(stored.value(QStringLiteral("credit_score")).value.toDouble(), 88.5);
        QCOMPARE(stored.value(QStringLiteral("renewal_date")).value.toDate(), QDate(2027, 3, 31));
        QCOMPARE(stored.value(QStringLiteral("channels")).value, QVariant(QStringList{QStringLiteral("mid")}));
        QCOMPARE(stored.value(QStringLiteral("partner")).value, QVariant(true));

        // Opened again: the values are shown; a change is saved with the record.
        dialog.reset(RecordDialog::create(*db, QStringLiteral("customer"), id, {}, nullptr));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        score = dialog->findChild<QLineEdit*>(QStringLiteral("attr:credit_score"));
        segment = dialog->findChild<LookupComboBox*>(QStringLiteral("attr:segment"));
        QCOMPARE(segment->value(), QVariant(QStringLiteral("mid")));
        QCOMPARE(QLocale().toDouble(score->text()), 88.5);
        QVERIFY(!dialog->hasUnsavedChanges());
        score->setFocus();
        score->selectAll();
        QTest::keyClicks(score, QStringLiteral("91"));
        QVERIFY(dialog->hasUnsavedChanges());
        QTest::keySequence(dialog.get(), QKeySequence::Save);
        QVERIFY(!dialog->isVisible());
        stored = AttributeValues::load(*db, id, fields);
        QCOMPARE(stored.value(QStringLiteral("credit_score")).value.toDouble(), 91.0);
        QCOMPARE(stored.value(QStringLiteral("credit_score")).version, 2);
        QCOMPARE(stored.value(QStringLiteral("segment")).version, 1);
    }

    void listColumnSortAndFilter()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QList<AttributeDefinition> fields = define(*db);
        QCOMPARE(fields.size(), 5);
        const QStringList segments{QStringLiteral("smb"), QStringLiteral("mid"), QStringLiteral("ent")};
        const WriteResult made = RecordWriter::transact(*db, [&](RecordWriter& w) {
            for (int i = 0; i < 24; ++i) {
                const WriteResult c =
                    w.insert(QStringLiteral("customers"),
                             {{QStringLiteral("name"), QStringLiteral("Customer %1").arg(i, 2, 10, QLatin1Char('0'))}});
                if (!c.ok())
                    return c;
                const QVariantHash values{{QStringLiteral("segment"), segments.at(i % 3)},
                                          {QStringLiteral("credit_score"), double((i * 37) % 100)}};
                const WriteResult v =
                    AttributeValues::write(w, QStringLiteral("customer"), c.id, AttributeEdit{fields, values, {}});
                if (!v.ok())
                    return v;
            }
            return WriteResult();
        });
        QVERIFY2(made.ok(), qPrintable(made.message));
        // The user chose to see the two columns before (the header's menu keeps the choice).
        QSettings().setValue(QStringLiteral("lists/customer/headerCustomColumns"),
                             QStringList{QStringLiteral("attr:segment"), QStringLiteral("attr:credit_score")});

        auto window = std::make_unique<MainWindow>();
        window->setDatabase(std::move(db));
        window->resize(1280, 720);
        QVERIFY(window->showPage(QStringLiteral("customers")));
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        auto* page = qobject_cast<RecordListPage*>(window->page(QStringLiteral("customers")));
        QVERIFY(page);
        RecordListModel* model = page->model();
        QHeaderView* header = page->view()->horizontalHeader();
        const int scoreColumn = model->spec().columnIndex(QStringLiteral("attr:credit_score"));
        const int segmentColumn = model->spec().columnIndex(QStringLiteral("attr:segment"));
        const int renewalColumn = model->spec().columnIndex(QStringLiteral("attr:renewal_date"));
        QVERIFY(scoreColumn >= 0 && segmentColumn >= 0 && renewalColumn >= 0);
        QVERIFY(!header->isSectionHidden(scoreColumn));
        QVERIFY(header->isSectionHidden(renewalColumn)); // not chosen: hidden
        QCOMPARE(model->headerData(segmentColumn, Qt::Horizontal).toString(),
                 m_language.startsWith(QLatin1String("zh")) ? QStringLiteral("客户细分") : QStringLiteral("Segment"));

        // A click on the score's header sorts by it.
        page->view()->scrollTo(model->index(0, scoreColumn)); // the custom columns come last
        const int x = header->sectionViewportPosition(scoreColumn) + header->sectionSize(scoreColumn) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(model->sortColumn(), scoreColumn);
        QTRY_VERIFY(model->isCountExact());
        // In the order the header shows (a click keeps the header's current direction).
        const bool ascending = model->sortOrder() == Qt::AscendingOrder;
        QCOMPARE(header->sortIndicatorOrder(), model->sortOrder());
        for (int row = 1; row < model->rowCount(); ++row) {
            const double before = model->index(row - 1, scoreColumn).data(RecordListModel::RawValueRole).toDouble();
            const double score = model->index(row, scoreColumn).data(RecordListModel::RawValueRole).toDouble();
            QVERIFY(ascending ? score >= before : score <= before);
        }

        // The custom field bar: Segment is Enterprise.
        auto* bar = page->findChild<AttributeFilterBar*>();
        QVERIFY(bar && bar->isVisible());
        auto* fieldCombo = bar->findChild<QComboBox*>(QStringLiteral("customFieldFilter"));
        auto* choice = bar->findChild<QComboBox*>(QStringLiteral("customValueChoice"));
        fieldCombo->setFocus();
        QTest::keyClick(fieldCombo, Qt::Key_Down); // (choose a field) -> Segment
        QVERIFY(choice->isVisible());
        choice->setFocus();
        QTest::keyClick(choice, Qt::Key_Down);
        QTest::keyClick(choice, Qt::Key_Down);
        QTest::keyClick(choice, Qt::Key_Down); // Any value -> Small business -> Mid-market -> Enterprise
        QTRY_VERIFY(model->isCountExact());
        QCOMPARE(model->rowCount(), 8);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, segmentColumn).data(RecordListModel::RawValueRole).toString(),
                     QStringLiteral("ent"));
        screenshot(window.get(), QStringLiteral("list"));

        // Esc clears it with the other filters.
        page->view()->setFocus();
        QTest::keyClick(page->view(), Qt::Key_Escape);
        QTRY_VERIFY(model->isCountExact());
        QCOMPARE(model->rowCount(), 24);
    }

    void settingsDialog()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        Database* raw = db.get();
        QVERIFY(define(*db).size() == 5);
        auto window = std::make_unique<MainWindow>();
        window->setDatabase(std::move(db));
        window->resize(1280, 720);
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        auto* action = window->findChild<QAction*>(QStringLiteral("customFieldsAction"));
        QVERIFY(action);

        bool looked = false;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(QApplication::activeModalWidget() &&
                        QApplication::activeModalWidget()->objectName() == QLatin1String("attributeSettingsDialog"));
            QWidget* settings = QApplication::activeModalWidget();
            auto* table = settings->findChild<QTableWidget*>(QStringLiteral("fields"));
            QCOMPARE(table->rowCount(), 5);
            // Add a field from the keyboard: its key follows the English name.
            QTimer::singleShot(0, this, [&] {
                QTRY_VERIFY(QApplication::activeModalWidget() &&
                            QApplication::activeModalWidget()->objectName() == QLatin1String("attributeEditDialog"));
                QWidget* edit = QApplication::activeModalWidget();
                auto* labelEn = edit->findChild<QLineEdit*>(QStringLiteral("labelEn"));
                auto* labelZh = edit->findChild<QLineEdit*>(QStringLiteral("labelZh"));
                auto* kind = edit->findChild<QComboBox*>(QStringLiteral("kind"));
                labelEn->setFocus();
                QTest::keyClicks(labelEn, QStringLiteral("Budget year"));
                QTest::sendKeyEvent(QTest::Click, labelZh, Qt::Key_unknown, QString::fromUtf8("预算年度"),
                                    Qt::NoModifier);
                QCOMPARE(edit->findChild<QLineEdit*>(QStringLiteral("key"))->text(), QStringLiteral("budget_year"));
                kind->setFocus();
                QTest::keyClick(kind, Qt::Key_Down); // Text -> Number
                screenshot(edit, QStringLiteral("edit-field"));
                QTest::keySequence(edit, QKeySequence(Qt::CTRL | Qt::Key_Return));
                if (edit->isVisible())
                    edit->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
            });
            settings->findChild<QPushButton*>(QStringLiteral("addButton"))->click();
            QCOMPARE(table->rowCount(), 6);
            QCOMPARE(table->item(5, 2)->text(), QStringLiteral("budget_year"));
            // Move it to the top and deactivate the segment (now second).
            table->selectRow(5);
            for (int i = 0; i < 5; ++i)
                settings->findChild<QPushButton*>(QStringLiteral("upButton"))->click();
            QCOMPARE(table->item(0, 2)->text(), QStringLiteral("budget_year"));
            table->selectRow(1);
            settings->findChild<QPushButton*>(QStringLiteral("activeButton"))->click();
            screenshot(settings, QStringLiteral("settings"));
            looked = true;
            settings->close();
        });
        action->trigger();
        QVERIFY(looked);
        const QList<AttributeDefinition> active = AttributeDefinitions(*raw).forEntity(QStringLiteral("customer"));
        QCOMPARE(active.size(), 5);
        QCOMPARE(active.first().key, QStringLiteral("budget_year"));
        QCOMPARE(active.first().kind, Kind::Number);
        QCOMPARE(active.first().labelZh, QString::fromUtf8("预算年度"));
        QCOMPARE(AttributeDefinitions(*raw).forEntity(QStringLiteral("customer"), false).size(), 6);
    }

private:
    static int rowsIn(Database& db, const QString& table)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        return q.next() ? q.value(0).toInt() : -1;
    }
};

QTEST_MAIN(TestCustomFields)
#include "TestCustomFields.moc"

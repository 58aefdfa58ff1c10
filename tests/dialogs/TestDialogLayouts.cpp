#include "AssignmentRulesDialog.h"
#include "BackupsDialog.h"
#include "ConflictDialog.h"
#include "ConnectionDialog.h"
#include "ConvertLeadDialog.h"
#include "CustomerModel.h"
#include "FirstRunDialog.h"
#include "LeadModel.h"
#include "Mnemonics.h"
#include "RecordDialog.h"
#include "TestDatabase.h"
#include "Translations.h"

#include <QDir>
#include <QLineEdit>
#include <QTest>

// Every dialog lays out at a laptop-sized window without being squeezed (QFormLayout, no fixed
// widths), and no Alt+letter means two things. With DESKCRM_SHOTS_DIR set, each is also saved as a PNG so a person can
// look at it.
class TestDialogLayouts : public QObject
{
    Q_OBJECT

    void check(QWidget* dialog, const QString& name)
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QSize minimum = dialog->minimumSizeHint();
        QVERIFY2(minimum.width() <= 760 && minimum.height() <= 760,
                 qPrintable(QStringLiteral("%1 needs %2x%3").arg(name).arg(minimum.width()).arg(minimum.height())));
        // One Alt+letter, one field or button (issue 20).
        const QStringList clashes = Mnemonics::clashes(name, Mnemonics::visibleMnemonics(*dialog));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        const QPixmap shot = dialog->grab();
        QVERIFY(!shot.isNull());
        const QString dir = qEnvironmentVariable("DESKCRM_SHOTS_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("dialog-%1-%2.png").arg(m_language, name))));
        }
    }

    QString m_language;

private slots:
    // DESKCRM_UI_LANG (en or zh_CN; CTest runs both): the dialogs in that language.
    void initTestCase()
    {
        m_language = qEnvironmentVariable("DESKCRM_UI_LANG", QStringLiteral("en"));
        if (m_language == QLatin1String("en"))
            QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        else
            Translations::install(*qApp, m_language);
    }

    void recordEditors()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        auto db = tdb.open();
        QVERIFY(db);
        CustomerModel customers(*db);
        const int row =
            customers.addRecord({{QStringLiteral("name"), QStringLiteral("Shanghai Lotus Trading Co., Ltd.")},
                                 {QStringLiteral("city"), QStringLiteral("Shanghai")},
                                 {QStringLiteral("email"), QStringLiteral("info@lotus.example.cn")}});
        const QString customerId = customers.recordId(row);
        QVERIFY(customers.save().ok());

        for (const char* entity : {"customer", "contact", "interaction", "opportunity", "task", "lead"}) {
            const QString e = QLatin1String(entity);
            const QVariantHash presets = e == QLatin1String("customer")
                                             ? QVariantHash()
                                             : QVariantHash{{QStringLiteral("customer_id"), customerId}};
            const QString id = e == QLatin1String("customer") ? customerId : QString();
            std::unique_ptr<RecordDialog> dialog(RecordDialog::create(*db, e, id, presets, nullptr));
            QVERIFY(dialog);
            check(dialog.get(), e);
            // The same form with its errors showing.
            if (e == QLatin1String("customer")) {
                dialog->findChild<QLineEdit*>(QStringLiteral("name"))->clear();
                dialog->findChild<QLineEdit*>(QStringLiteral("email"))->setText(QStringLiteral("info@@lotus"));
                QVERIFY(!dialog->save());
                check(dialog.get(), QStringLiteral("customer-errors"));
            }
        }
    }

    void otherDialogs()
    {
        ConnectionDialog connection;
        ConnectionSettings settings;
        ConnectionSettings::parse(QStringLiteral("postgresql://wang.fang@crm.example.com:5432/deskcrm?sslmode=require"),
                                  &settings, nullptr);
        connection.setSettings(settings);
        check(&connection, QStringLiteral("connection"));

        TestDatabase tdb(QStringLiteral("sqlite"));
        auto db = tdb.open();
        QVERIFY(db);
        FirstRunDialog firstRun(*db);
        check(&firstRun, QStringLiteral("first-run"));

        ConflictDialog conflict(
            QStringLiteral("Wang Fang"),
            {{QStringLiteral("Name"), QStringLiteral("Lotus Trading"), QStringLiteral("Lotus Trading Co.")},
             {QStringLiteral("City"), QStringLiteral("Shanghai"), QStringLiteral("Shanghai")},
             {QStringLiteral("Phone"), QStringLiteral("+86 21 5555 0101"), QStringLiteral("+86 21 5555 0199")}},
            false);
        check(&conflict, QStringLiteral("conflict"));

        AssignmentRulesDialog rules(*db);
        check(&rules, QStringLiteral("assignment-rules"));
        LeadModel lead(*db);
        lead.addRecord({{QStringLiteral("name"), QStringLiteral("张伟")},
                        {QStringLiteral("company"), QStringLiteral("东莞精工模具有限公司")}});
        QVERIFY(lead.save().ok());
        ConvertLeadDialog convert(*db, lead.recordId(0));
        check(&convert, QStringLiteral("convert-lead"));

        BackupsDialog localBackups(tdb.settings(), BackupRotation::Settings{});
        check(&localBackups, QStringLiteral("backups"));
        BackupsDialog teamBackups(settings, BackupRotation::Settings{});
        check(&teamBackups, QStringLiteral("backups-postgresql"));
    }
};

QTEST_MAIN(TestDialogLayouts)
#include "TestDialogLayouts.moc"

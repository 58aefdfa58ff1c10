// Every editor with an owner, on a team database: a new record is the signed-in rep's, and "(nobody)" (or "by the
// assignment rules") is not offered to a rep, whose server refuses a record without owner; an administrator and a
// local database keep the choice. A rep's new customer is saved as theirs.
#include "AuditTestHelpers.h"
#include "LookupComboBox.h"
#include "RecordDialog.h"
#include "RecordTestHelpers.h"
#include "TestDatabase.h"
#include "TicketDialog.h"

#include <QLineEdit>
#include <QTest>

#include <memory>

using namespace RecordTestHelpers;

class TestOwnerDefaults : public QObject
{
    Q_OBJECT

private:
    struct Editor
    {
        const char* entity;
        const char* noneText;
    };
    static QList<Editor> editors()
    {
        return {{"customer", "(nobody)"},
                {"opportunity", "(nobody)"},
                {"task", "(nobody)"},
                {"campaign", "(nobody)"},
                {"lead", "(by the assignment rules)"}};
    }

    // The new record's owner and whether the empty choice is offered, for each editor; and the ticket editor's.
    static void checkEditors(Database& db, const QString& expectedOwner, bool emptyOffered)
    {
        for (const Editor& e : editors()) {
            std::unique_ptr<RecordDialog> dialog(
                RecordDialog::create(db, QString::fromLatin1(e.entity), QString(), {}, nullptr));
            QVERIFY2(dialog && dialog->isLoaded(), e.entity);
            auto* owner = dialog->findChild<LookupComboBox*>(QStringLiteral("owner_id"));
            QVERIFY2(owner, e.entity);
            if (!emptyOffered || QLatin1String(e.entity) != QLatin1String("lead"))
                QVERIFY2(owner->value().toString() == expectedOwner,
                         qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(e.entity), owner->value().toString())));
            QVERIFY2((owner->findText(QString::fromLatin1(e.noneText)) >= 0) == emptyOffered, e.entity);
        }
        TicketDialog ticket(db, QString(), QString(), nullptr);
        auto* assignee = ticket.findChild<LookupComboBox*>(QStringLiteral("ticketOwner"));
        QVERIFY(assignee);
        QVERIFY((assignee->findText(QStringLiteral("(by the assignment rules)")) >= 0) == emptyOffered);
        if (!emptyOffered)
            QCOMPARE(assignee->value().toString(), expectedOwner);
    }

private slots:
    void repOnTeamDatabase()
    {
        if (!TestDatabase::postgresAvailable())
            QSKIP("DESKCRM_TEST_PG is not set");
        TestDatabase tdb(QStringLiteral("postgresql"));
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QString error;
        auto admin = tdb.open(&error);
        QVERIFY2(admin, qPrintable(error));
        AuditPeople people(tdb, *admin);
        QString repName;
        auto rep = people.open(QStringLiteral("wang"), &repName, &error, QStringLiteral("rep"));
        QVERIFY2(rep, qPrintable(error));
        const QString repId = people.userId(repName);
        QVERIFY(!repId.isEmpty());
        checkEditors(*rep, repId, false);

        // Saved, it is the rep's (the server would refuse it otherwise).
        std::unique_ptr<RecordDialog> dialog(
            RecordDialog::create(*rep, QStringLiteral("customer"), QString(), {}, nullptr));
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("东莞华信电子有限公司"));
        QVERIFY(dialog->save());
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT owner_id FROM customers WHERE id = ?"), {dialog->recordId()})
                     .toString(),
                 repId);

        // An administrator sees records without owner, and may make them.
        QString adminName;
        auto other = people.open(QStringLiteral("boss"), &adminName, &error, QStringLiteral("admin"));
        QVERIFY2(other, qPrintable(error));
        checkEditors(*other, people.userId(adminName), true);
    }

    void localDatabaseKeepsTheChoice()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        checkEditors(*db, db->currentUserId(), true);
    }
};

QTEST_MAIN(TestOwnerDefaults)
#include "TestOwnerDefaults.moc"

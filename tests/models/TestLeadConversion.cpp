#include "CustomerModel.h"
#include "LeadConversion.h"
#include "LeadFunnel.h"
#include "LeadModel.h"
#include "ListSpec.h"
#include "RecordListModel.h"
#include "RecordStore.h"
#include "RecordTestHelpers.h"
#include "RecordWriter.h"
#include "TestDatabase.h"

#include <QTest>

using namespace RecordTestHelpers;

// Converting a lead makes exactly the right rows once (customer, contact, opportunity, moved follow-ups, the lead's
// stamp), refuses a second conversion, offers possible duplicate customers and attaches to one when asked. The lead
// list, its filters and deleting a lead with its follow-ups, on SQLite and PostgreSQL.
class TestLeadConversion : public QObject
{
    Q_OBJECT

private:
    static QString makeLead(Database& db, const QVariantHash& fields)
    {
        LeadModel model(db);
        QVariantHash presets = fields;
        presets.insert(QStringLiteral("owner_id"), fields.value(QStringLiteral("owner_id"), db.currentUserId()));
        model.addRecord(presets);
        const auto saved = model.save();
        if (!saved.ok())
            qWarning("makeLead: %s", qPrintable(saved.message));
        return model.recordId(0);
    }

    static QString followUp(Database& db, const QString& leadId, const QString& subject)
    {
        QString id;
        RecordWriter::transact(db, [&](RecordWriter& writer) {
            const WriteResult w =
                writer.insert(QStringLiteral("interactions"), {{QStringLiteral("lead_id"), leadId},
                                                               {QStringLiteral("subject"), subject},
                                                               {QStringLiteral("occurred_at"), writer.now()}});
            id = w.id;
            return w;
        });
        return id;
    }

    static int rows(const Database& db, const char* table)
    {
        return count(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE deleted_at IS NULL").arg(QLatin1String(table)));
    }

private Q_SLOTS:
    void convertMakesTheRowsOnce_data() { TestDatabase::addTargets(); }
    void convertMakesTheRowsOnce()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString lead = makeLead(*db, {{QStringLiteral("name"), QStringLiteral("张伟")},
                                            {QStringLiteral("company"), QStringLiteral("东莞精工模具有限公司")},
                                            {QStringLiteral("mobile"), QStringLiteral("+86 136 2822 9549")},
                                            {QStringLiteral("email"), QStringLiteral("zhangwei@jinggong.example")},
                                            {QStringLiteral("region"), QStringLiteral("广东")},
                                            {QStringLiteral("product_interest"), QStringLiteral("ERP")},
                                            {QStringLiteral("source_id"), 1},
                                            {QStringLiteral("status"), QStringLiteral("qualified")}});
        QVERIFY(!lead.isEmpty());
        const QString call = followUp(*db, lead, QStringLiteral("First call"));
        const QString visit = followUp(*db, lead, QStringLiteral("Visit at the fair"));
        QVERIFY(!call.isEmpty() && !visit.isEmpty());
        QCOMPARE(rows(*db, "customers"), 0);

        LeadConversion conversion(*db);
        QCOMPARE(conversion.defaultCustomerName(lead), QStringLiteral("东莞精工模具有限公司"));
        QVERIFY(conversion.possibleDuplicates(lead).isEmpty());
        LeadConversion::Request request;
        request.leadId = lead;
        request.createOpportunity = true;
        request.amountMinor = 5000000;
        request.expectedClose = QDate::currentDate().addMonths(2);
        LeadConversion::Result result;
        const WriteResult converted = conversion.convert(request, &result);
        QVERIFY2(converted.ok(), qPrintable(converted.message));
        QCOMPARE(result.movedFollowUps, 2);

        QCOMPARE(rows(*db, "customers"), 1);
        QCOMPARE(rows(*db, "contacts"), 1);
        QCOMPARE(rows(*db, "opportunities"), 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM stage_history WHERE opportunity_id = ?"),
                       {result.opportunityId}),
                 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT name FROM customers WHERE id = ?"), {result.customerId}).toString(),
                 QStringLiteral("东莞精工模具有限公司"));
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT owner_id FROM customers WHERE id = ?"), {result.customerId}).toString(),
            db->currentUserId());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT lead_source_id FROM customers WHERE id = ?"), {result.customerId})
                     .toInt(),
                 1);
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT customer_id FROM contacts WHERE id = ?"), {result.contactId}).toString(),
            result.customerId);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT mobile FROM contacts WHERE id = ?"), {result.contactId}).toString(),
                 QStringLiteral("+86 136 2822 9549"));
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT amount_minor FROM opportunities WHERE id = ?"), {result.opportunityId})
                .toLongLong(),
            Q_INT64_C(5000000));
        // Follow-ups moved, still knowing their lead.
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM interactions WHERE customer_id = ? AND contact_id = ? "
                                      "AND lead_id = ?"),
                       {result.customerId, result.contactId, lead}),
                 2);
        // The lead is stamped with what it became.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT status FROM leads WHERE id = ?"), {lead}).toString(),
                 QStringLiteral("converted"));
        QVERIFY(!scalar(*db, QStringLiteral("SELECT converted_at FROM leads WHERE id = ?"), {lead}).isNull());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT converted_customer_id FROM leads WHERE id = ?"), {lead}).toString(),
                 result.customerId);
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT converted_opportunity_id FROM leads WHERE id = ?"), {lead}).toString(),
            result.opportunityId);

        // Twice: refused, nothing more made.
        const WriteResult again = conversion.convert(request);
        QCOMPARE(again.status, WriteResult::Invalid);
        QCOMPARE(rows(*db, "customers"), 1);
        QCOMPARE(rows(*db, "contacts"), 1);
        QCOMPARE(rows(*db, "opportunities"), 1);
        // Nor can the form take it back to an open status.
        LeadModel model(*db);
        QVERIFY(model.selectRecord(lead));
        QVERIFY(model.setValue(0, QStringLiteral("status"), QStringLiteral("qualified")));
        QCOMPARE(model.save().status, RecordModel::SaveResult::Invalid);
    }

    void attachToAnExistingCustomer_data() { TestDatabase::addTargets(); }
    void attachToAnExistingCustomer()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        CustomerModel customers(*db);
        customers.addRecord({{QStringLiteral("name"), QStringLiteral("Acme Trading Co., Ltd.")},
                             {QStringLiteral("email"), QStringLiteral("info@acme.example")}});
        QVERIFY(customers.save().ok());
        const QString acme = customers.recordId(0);
        const QString lead = makeLead(*db, {{QStringLiteral("name"), QStringLiteral("Mary Chen")},
                                            {QStringLiteral("company"), QStringLiteral("ACME Trading")},
                                            {QStringLiteral("email"), QStringLiteral("INFO@acme.example")}});
        followUp(*db, lead, QStringLiteral("Asked for a demo"));

        LeadConversion conversion(*db);
        const QList<DuplicateMatch> matches = conversion.possibleDuplicates(lead, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.first().record.id, acme);

        LeadConversion::Request request;
        request.leadId = lead;
        request.existingCustomerId = acme;
        LeadConversion::Result result;
        QVERIFY(conversion.convert(request, &result).ok());
        QCOMPARE(result.customerId, acme);
        QVERIFY(result.opportunityId.isEmpty());
        QCOMPARE(rows(*db, "customers"), 1);
        QCOMPARE(rows(*db, "opportunities"), 0);
        QCOMPARE(
            count(*db, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE customer_id = ? AND is_primary"), {acme}),
            0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM interactions WHERE customer_id = ?"), {acme}), 1);
    }

    void disqualifiedAndDeletedLeads_data() { TestDatabase::addTargets(); }
    void disqualifiedAndDeletedLeads()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        // A disqualified lead needs its reason.
        LeadModel model(*db);
        model.addRecord({{QStringLiteral("name"), QStringLiteral("Spam Inc")},
                         {QStringLiteral("status"), QStringLiteral("disqualified")}});
        const auto refused = model.save();
        QCOMPARE(refused.status, RecordModel::SaveResult::Invalid);
        QVERIFY(refused.fieldErrors.contains(QStringLiteral("disqualify_reason")));
        QVERIFY(model.setValue(0, QStringLiteral("disqualify_reason"), QStringLiteral("Not a real company")));
        QVERIFY(model.save().ok());
        const QString lead = model.recordId(0);
        LeadConversion::Request request;
        request.leadId = lead;
        QCOMPARE(LeadConversion(*db).convert(request).status, WriteResult::Invalid);
        QCOMPARE(rows(*db, "customers"), 0);

        // Deleting a lead takes its own follow-ups along, and restoring brings them back.
        const QString other = makeLead(*db, {{QStringLiteral("name"), QStringLiteral("王芳")}});
        followUp(*db, other, QStringLiteral("Left a message"));
        RecordStore store(*db);
        QVERIFY2(store.softDelete(QStringLiteral("lead"), other, &error), qPrintable(error));
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM interactions WHERE lead_id = ? AND deleted_at IS NULL"),
                       {other}),
                 0);
        QVERIFY2(store.restore(QStringLiteral("lead"), other, &error), qPrintable(error));
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM interactions WHERE lead_id = ? AND deleted_at IS NULL"),
                       {other}),
                 1);
    }

    // The lead funnel: each stage counts the leads that reached it; conversion rates by source and by rep.
    void leadFunnel_data() { TestDatabase::addTargets(); }
    void leadFunnel()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        const QString me = db->currentUserId();
        QString other;
        const WriteResult written = RecordWriter::transact(*db, [&](RecordWriter& writer) {
            const WriteResult user =
                writer.insert(QStringLiteral("users"), {{QStringLiteral("username"), QStringLiteral("li.na")},
                                                        {QStringLiteral("display_name"), QStringLiteral("李娜")}});
            if (!user.ok())
                return user;
            other = user.id;
            struct Row
            {
                int count;
                const char* status;
                int source;
                bool mine;
            };
            for (const Row& row : {Row{3, "new", 1, true}, Row{2, "contacted", 2, false}, Row{1, "qualified", 2, true},
                                   Row{2, "converted", 1, true}, Row{1, "disqualified", 2, true}}) {
                for (int i = 0; i < row.count; ++i) {
                    QVariantHash values{{QStringLiteral("name"), QStringLiteral("Lead")},
                                        {QStringLiteral("status"), QLatin1String(row.status)},
                                        {QStringLiteral("source_id"), row.source},
                                        {QStringLiteral("owner_id"), row.mine ? me : other}};
                    if (QLatin1String(row.status) == QLatin1String("converted"))
                        values.insert(QStringLiteral("converted_at"), writer.now());
                    if (QLatin1String(row.status) == QLatin1String("disqualified"))
                        values.insert(QStringLiteral("disqualify_reason"), QStringLiteral("No budget"));
                    const WriteResult lead = writer.insert(QStringLiteral("leads"), values);
                    if (!lead.ok())
                        return lead;
                }
            }
            return WriteResult();
        });
        QVERIFY2(written.ok(), qPrintable(written.message));

        LeadFunnel::Result funnel;
        QVERIFY2(LeadFunnel::compute(*db, QDate(), QDate(), &funnel, &error), qPrintable(error));
        QCOMPARE(funnel.stages.size(), 4);
        QCOMPARE(funnel.stages.at(0).leads, 9); // every lead was new once
        QCOMPARE(funnel.stages.at(1).leads, 5);
        QCOMPARE(funnel.stages.at(2).leads, 3);
        QCOMPARE(funnel.stages.at(3).status, QStringLiteral("converted"));
        QCOMPARE(funnel.stages.at(3).leads, 2);
        QCOMPARE(funnel.disqualified, 1);
        QCOMPARE(funnel.bySource.size(), 2);
        QCOMPARE(funnel.bySource.at(0).leads, 5); // trade show: 3 new, 2 converted
        QCOMPARE(funnel.bySource.at(0).name, QStringLiteral("Trade show"));
        QCOMPARE(funnel.bySource.at(0).converted, 2);
        QCOMPARE(funnel.bySource.at(1).converted, 0);
        QCOMPARE(funnel.byRep.size(), 2);
        QCOMPARE(funnel.byRep.at(0).id, me);
        QCOMPARE(funnel.byRep.at(0).leads, 7);
        QCOMPARE(funnel.byRep.at(0).rate(), 2.0 / 7.0);
        QCOMPARE(funnel.byRep.at(1).name, QStringLiteral("李娜"));
        // A period before any lead was made: nothing.
        QVERIFY(LeadFunnel::compute(*db, QDate(2000, 1, 1), QDate(2000, 12, 31), &funnel, &error));
        QCOMPARE(funnel.stages.at(0).leads, 0);
    }

    void leadListFiltersAndSearch_data() { TestDatabase::addTargets(); }
    void leadListFiltersAndSearch()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        makeLead(*db, {{QStringLiteral("name"), QStringLiteral("张伟")},
                       {QStringLiteral("region"), QStringLiteral("广东")},
                       {QStringLiteral("source_id"), 1}});
        makeLead(*db, {{QStringLiteral("name"), QStringLiteral("李娜")},
                       {QStringLiteral("region"), QStringLiteral("浙江")},
                       {QStringLiteral("source_id"), 2},
                       {QStringLiteral("status"), QStringLiteral("contacted")}});
        makeLead(*db, {{QStringLiteral("name"), QStringLiteral("Zhang Min")},
                       {QStringLiteral("region"), QStringLiteral("广东")},
                       {QStringLiteral("source_id"), 2}});
        RecordListModel list(*db, ListSpec::leads());
        list.setBackgroundEnabled(false);
        QVERIFY(list.refresh());
        QCOMPARE(list.rowCount(), 3);
        list.setFilter(QStringLiteral("region"), QStringLiteral("广东"));
        QVERIFY(list.refresh());
        QCOMPARE(list.rowCount(), 2);
        list.setFilter(QStringLiteral("source"), 2);
        QVERIFY(list.refresh());
        QCOMPARE(list.rowCount(), 1);
        list.setFilter(QStringLiteral("region"), QVariant());
        list.setFilter(QStringLiteral("source"), QVariant());
        list.setFilter(QStringLiteral("status"), QStringLiteral("contacted"));
        QVERIFY(list.refresh());
        QCOMPARE(list.rowCount(), 1);
        list.setFilter(QStringLiteral("status"), QVariant());
        list.setSearchText(QStringLiteral("Zhang"));
        QVERIFY(list.refresh());
        QCOMPARE(list.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLeadConversion)
#include "TestLeadConversion.moc"

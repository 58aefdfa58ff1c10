#include "ContractService.h"
#include "CustomerModel.h"
#include "DocumentNumbering.h"
#include "OpportunityModel.h"
#include "QuoteService.h"
#include "RecordTestHelpers.h"
#include "RecordWriter.h"
#include "TestDatabase.h"

#include <QMutex>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

using namespace RecordTestHelpers;

// Quotes and contracts through their services (SQLite and PostgreSQL): numbers, stored totals, versions and status
// rules, the discount approval above a role's limit, expiry by the clock, the contract made from an accepted quote
// and the deal won when it is signed.
class TestQuoteService : public QObject
{
    Q_OBJECT

    static DocumentLine line(const QString& description, qint64 quantityMilli, qint64 priceMinor, int taxBp,
                             DocumentTotals::DiscountKind kind = DocumentTotals::DiscountKind::None,
                             qint64 discount = 0)
    {
        DocumentLine l;
        l.description = description;
        l.quantityMilli = quantityMilli;
        l.unitPriceMinor = priceMinor;
        l.taxRateBp = taxBp;
        l.discountKind = kind;
        l.discountValue = discount;
        return l;
    }

    static QString makeOpportunity(Database& db, QString* customerId)
    {
        CustomerModel customers(db);
        customers.addRecord({{QStringLiteral("name"), QStringLiteral("东莞市华信机械有限公司")}});
        if (!customers.save().ok())
            return {};
        *customerId = customers.recordId(0);
        OpportunityModel opportunities(db);
        opportunities.addRecord({{QStringLiteral("name"), QStringLiteral("ERP rollout")},
                                 {QStringLiteral("customer_id"), *customerId},
                                 {QStringLiteral("amount_minor"), 100},
                                 {QStringLiteral("currency"), QStringLiteral("CNY")}});
        return opportunities.save().ok() ? opportunities.recordId(0) : QString();
    }

    static QString makeUser(Database& db, const QString& name, const QString& role)
    {
        const WriteResult r = RecordWriter::transact(db, [&](RecordWriter& writer) {
            return writer.insert(QStringLiteral("users"), {{QStringLiteral("username"), name},
                                                           {QStringLiteral("display_name"), name},
                                                           {QStringLiteral("role"), role}});
        });
        return r.ok() ? r.id : QString();
    }

private slots:
    void quoteLifecycle_data() { TestDatabase::addTargets(); }
    void quoteLifecycle()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock(QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC));
        db->setClock(&clock);
        QString customer;
        const QString opportunity = makeOpportunity(*db, &customer);
        QVERIFY(!opportunity.isEmpty());

        QuoteDocument quote = QuoteService::forOpportunity(*db, opportunity);
        QCOMPARE(quote.customerId, customer);
        QCOMPARE(quote.title, QStringLiteral("ERP rollout"));
        QCOMPARE(quote.validUntil, QDate(2027, 1, 2));
        quote.lines << line(QStringLiteral("Licence"), 3000, 3333, 1300)
                    << line(QStringLiteral("Training"), 1500, 80000, 600, DocumentTotals::DiscountKind::Percent, 500)
                    << line(QStringLiteral("Shipping"), 1000, 5000, 0);
        WriteResult saved = QuoteService::save(*db, &quote);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QCOMPARE(quote.number, QStringLiteral("Q2026-0001"));
        // 99.99 + 13 % (13.00 after rounding 12.9987); 1,200.00 less 5 % = 1,140.00 + 6 % = 68.40; 50.00 at 0 %.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT subtotal_minor FROM quotes WHERE id = ?"), {quote.id}).toLongLong(),
                 qint64(9999 + 120000 + 5000));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT discount_minor FROM quotes WHERE id = ?"), {quote.id}).toLongLong(),
                 qint64(6000));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT tax_minor FROM quotes WHERE id = ?"), {quote.id}).toLongLong(),
                 qint64(1300 + 6840));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT total_minor FROM quotes WHERE id = ?"), {quote.id}).toLongLong(),
                 qint64(9999 + 114000 + 5000 + 1300 + 6840));
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM quote_lines WHERE quote_id = ? AND deleted_at IS NULL"),
                       {quote.id}),
                 3);

        // Edited while a draft: lines replaced, totals follow.
        quote.lines.removeLast();
        saved = QuoteService::save(*db, &quote);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT total_minor FROM quotes WHERE id = ?"), {quote.id}).toLongLong(),
                 qint64(9999 + 114000 + 1300 + 6840));
        QuoteDocument reloaded;
        QVERIFY2(QuoteService::load(*db, quote.id, &reloaded, &error), qPrintable(error));
        QCOMPARE(reloaded.lines.size(), 2);
        QCOMPARE(reloaded.lines.at(1).discountValue, qint64(500));

        // Status rules.
        QCOMPARE(QuoteService::setStatus(*db, quote.id, QStringLiteral("accepted")).status, WriteResult::Invalid);
        QVERIFY(QuoteService::setStatus(*db, quote.id, QStringLiteral("sent")).ok());
        QVERIFY2(QuoteService::load(*db, quote.id, &quote, &error), qPrintable(error));
        quote.title = QStringLiteral("changed after sending");
        QCOMPARE(QuoteService::save(*db, &quote).status, WriteResult::Invalid);

        // Rejected, then revised: the old version stays as it was, the new one is a draft with the lines copied.
        QVERIFY(QuoteService::setStatus(*db, quote.id, QStringLiteral("rejected")).ok());
        QString revisedId;
        saved = QuoteService::revise(*db, quote.id, &revisedId);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        QuoteDocument revised;
        QVERIFY(QuoteService::load(*db, revisedId, &revised, &error));
        QCOMPARE(revised.number, QStringLiteral("Q2026-0001"));
        QCOMPARE(revised.revision, 2);
        QCOMPARE(revised.status, QStringLiteral("draft"));
        QCOMPARE(revised.lines, reloaded.lines);
        QCOMPARE(revised.previousId, quote.id);
        QuoteDocument old;
        QVERIFY(QuoteService::load(*db, quote.id, &old, &error));
        QCOMPARE(old.status, QStringLiteral("rejected"));
        QCOMPARE(old.supersededById, revisedId);
        QCOMPARE(QuoteService::revise(*db, quote.id, nullptr).status, WriteResult::Invalid);
        QCOMPARE(QuoteService::setStatus(*db, quote.id, QStringLiteral("sent")).status, WriteResult::Invalid);

        // A second quote takes the next number; a year later the sequence starts again.
        QuoteDocument second = QuoteService::forCustomer(*db, customer);
        second.lines << line(QStringLiteral("Support"), 1000, 100, 0);
        QVERIFY(QuoteService::save(*db, &second).ok());
        QCOMPARE(second.number, QStringLiteral("Q2026-0002"));

        // Sent quotes past their validity expire; drafts do not.
        QVERIFY(QuoteService::setStatus(*db, second.id, QStringLiteral("sent")).ok());
        clock.set(QDateTime(QDate(2027, 1, 5), QTime(9, 0), Qt::UTC));
        const WriteResult expired = QuoteService::expireOverdue(*db);
        QVERIFY2(expired.ok(), qPrintable(expired.message));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT status FROM quotes WHERE id = ?"), {second.id}).toString(),
                 QStringLiteral("expired"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT status FROM quotes WHERE id = ?"), {revisedId}).toString(),
                 QStringLiteral("draft"));
        QuoteDocument third = QuoteService::forCustomer(*db, customer);
        third.lines << line(QStringLiteral("Support"), 1000, 100, 0);
        QVERIFY(QuoteService::save(*db, &third).ok());
        QCOMPARE(third.number, QStringLiteral("Q2027-0001"));
        db->setClock(nullptr);
    }

    void discountApproval_data() { TestDatabase::addTargets(); }
    void discountApproval()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QString customer;
        QVERIFY(!makeOpportunity(*db, &customer).isEmpty());
        // The user who opened the database administers it; the quotes here are a sales rep's.
        const QString repName = QStringLiteral("rep.li");
        const QString repId = makeUser(*db, repName, QStringLiteral("rep"));
        QVERIFY(!repId.isEmpty());
        db->setCurrentUser(repId, repName);
        QCOMPARE(QuoteService::roleOf(*db, repId), QStringLiteral("rep"));
        QCOMPARE(QuoteService::discountLimit(*db, QStringLiteral("rep")), 1000);

        // 10 % is the rep's own limit; 10.01 % is not.
        QuoteDocument within = QuoteService::forCustomer(*db, customer);
        within.lines << line(QStringLiteral("A"), 1000, 10000, 0, DocumentTotals::DiscountKind::Percent, 1000);
        QVERIFY(QuoteService::save(*db, &within).ok());
        QVERIFY(!QuoteService::needsApproval(*db, within.id));
        QVERIFY(QuoteService::setStatus(*db, within.id, QStringLiteral("sent")).ok());

        QuoteDocument above = QuoteService::forCustomer(*db, customer);
        above.lines << line(QStringLiteral("A"), 1000, 10000, 0) // no discount
                    << line(QStringLiteral("B"), 1000, 9999, 0, DocumentTotals::DiscountKind::Amount, 1001);
        QVERIFY(QuoteService::save(*db, &above).ok());
        QVERIFY(QuoteService::needsApproval(*db, above.id));
        const WriteResult refused = QuoteService::setStatus(*db, above.id, QStringLiteral("sent"));
        QCOMPARE(refused.status, WriteResult::Invalid);
        QVERIFY2(refused.message.contains(QStringLiteral("10.02")), qPrintable(refused.message));

        QVERIFY(QuoteService::requestApproval(*db, above.id, QStringLiteral("strategic account")).ok());
        QCOMPARE(QuoteService::requestApproval(*db, above.id).status, WriteResult::Invalid);  // asked once
        QCOMPARE(QuoteService::requestApproval(*db, within.id).status, WriteResult::Invalid); // not needed
        QList<QuoteApproval> pending = QuoteService::approvals(*db, {}, true);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().discountBp, 1002);
        QCOMPARE(pending.first().limitBp, 1000);
        QCOMPARE(pending.first().requestedBy, repName);
        // A rep cannot approve, not even their own request.
        QCOMPARE(QuoteService::decideApproval(*db, pending.first().id, true).status, WriteResult::Invalid);

        const QString leadId = makeUser(*db, QStringLiteral("lead.wang"), QStringLiteral("lead"));
        QVERIFY(!leadId.isEmpty());
        db->setCurrentUser(leadId, QStringLiteral("lead.wang"));
        const WriteResult approved = QuoteService::decideApproval(*db, pending.first().id, true, QStringLiteral("ok"));
        QVERIFY2(approved.ok(), qPrintable(approved.message));
        QCOMPARE(QuoteService::decideApproval(*db, pending.first().id, false).status, WriteResult::Invalid);
        const QuoteApproval decided = QuoteService::approvals(*db, above.id).first();
        QCOMPARE(decided.status, QStringLiteral("approved"));
        QCOMPARE(decided.decidedBy, QStringLiteral("lead.wang"));
        QVERIFY(decided.decidedAt.isValid());
        QVERIFY(decided.requestedAt.isValid());
        QVERIFY(!QuoteService::needsApproval(*db, above.id));

        db->setCurrentUser(repId, repName);
        QVERIFY(QuoteService::setStatus(*db, above.id, QStringLiteral("sent")).ok());
    }

    void contractFromQuote_data() { TestDatabase::addTargets(); }
    void contractFromQuote()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto db = tdb.open(&error);
        QVERIFY2(db, qPrintable(error));
        QString customer;
        const QString opportunity = makeOpportunity(*db, &customer);
        QuoteDocument quote = QuoteService::forOpportunity(*db, opportunity);
        quote.terms = QStringLiteral("Payment within 30 days.");
        quote.lines << line(QStringLiteral("Licence"), 2000, 150000, 1300)
                    << line(QStringLiteral("Service"), 4500, 120000, 600);
        QVERIFY(QuoteService::save(*db, &quote).ok());

        QString contractId;
        QCOMPARE(ContractService::fromQuote(*db, quote.id, &contractId).status, WriteResult::Invalid); // not accepted
        QVERIFY(QuoteService::setStatus(*db, quote.id, QStringLiteral("sent")).ok());
        QVERIFY(QuoteService::setStatus(*db, quote.id, QStringLiteral("accepted")).ok());
        const WriteResult made = ContractService::fromQuote(*db, quote.id, &contractId);
        QVERIFY2(made.ok(), qPrintable(made.message));
        QCOMPARE(ContractService::fromQuote(*db, quote.id, nullptr).status, WriteResult::Invalid); // only once

        ContractDocument contract;
        QVERIFY2(ContractService::load(*db, contractId, &contract, &error), qPrintable(error));
        QVERIFY2(QRegularExpression(QStringLiteral("^C\\d{4}-0001$")).match(contract.number).hasMatch(),
                 qPrintable(contract.number));
        QCOMPARE(contract.lines, quote.lines);
        QCOMPARE(contract.totalMinor, quote.totals().totalMinor);
        QCOMPARE(contract.terms, quote.terms);
        QCOMPARE(contract.opportunityId, opportunity);
        QCOMPARE(contract.status, QStringLiteral("draft"));

        // Status rules; signing with the user's consent wins the deal with the contract's amount.
        QCOMPARE(ContractService::setStatus(*db, contractId, QStringLiteral("completed")).status, WriteResult::Invalid);
        QVERIFY(ContractService::setStatus(*db, contractId, QStringLiteral("under_approval")).ok());
        QCOMPARE(ContractService::openOpportunityOf(*db, contractId), opportunity);
        ContractService::SignOptions sign;
        sign.signedOn = QDate(2026, 12, 1);
        sign.markOpportunityWon = true;
        const WriteResult signedResult = ContractService::setStatus(*db, contractId, QStringLiteral("signed"), sign);
        QVERIFY2(signedResult.ok(), qPrintable(signedResult.message));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT amount_minor FROM opportunities WHERE id = ?"), {opportunity})
                     .toLongLong(),
                 contract.totalMinor);
        QCOMPARE(count(*db,
                       QStringLiteral("SELECT COUNT(*) FROM opportunities o JOIN pipeline_stages s ON s.id = "
                                      "o.stage_id WHERE o.id = ? AND s.is_won"),
                       {opportunity}),
                 1);
        QCOMPARE(
            count(*db, QStringLiteral("SELECT COUNT(*) FROM stage_history WHERE opportunity_id = ?"), {opportunity}),
            2);
        QVERIFY(ContractService::openOpportunityOf(*db, contractId).isEmpty());
        QVERIFY(ContractService::load(*db, contractId, &contract, &error));
        QCOMPARE(contract.signedOn, QDate(2026, 12, 1));
    }

    void numberPattern()
    {
        QCOMPARE(DocumentNumbering::format(QStringLiteral("HT-{YYYY}-{NNNN}"), 2026, 7),
                 QStringLiteral("HT-2026-0007"));
        QCOMPARE(DocumentNumbering::format(QStringLiteral("{YY}{NN}"), 2026, 12345), QStringLiteral("2612345"));
        QCOMPARE(DocumentNumbering::format(QStringLiteral("报价{YYYY}第{NNN}号"), 2027, 1),
                 QStringLiteral("报价2027第001号"));
    }

    // Two connections take contract numbers at the same time, each in its own transactions: every number once, none
    // skipped (PostgreSQL: the counter row's lock; SQLite: one writer at a time).
    void concurrentNumbers_data() { TestDatabase::addTargets(); }
    void concurrentNumbers()
    {
        QFETCH(QString, target);
        TestDatabase tdb(target);
        QString error;
        auto setup = tdb.open(&error);
        QVERIFY2(setup, qPrintable(error));
        QVERIFY(
            DocumentNumbering::setPattern(*setup, QStringLiteral("contract"), QStringLiteral("HT{YYYY}-{NNNN}")).ok());
        QCOMPARE(DocumentNumbering::setPattern(*setup, QStringLiteral("contract"), QStringLiteral("HT")).status,
                 WriteResult::Invalid);

        const int perWriter = 40;
        QStringList numbers;
        QMutex mutex;
        auto work = [&](int writerNumber) {
            Database::Options options;
            options.connectionName = QStringLiteral("numbering-%1").arg(writerNumber);
            QString openError;
            auto db = tdb.open(&openError, options);
            if (!db)
                return;
            for (int i = 0; i < perWriter; ++i) {
                QString number;
                const WriteResult r = RecordWriter::transact(*db, [&](RecordWriter& writer) {
                    return DocumentNumbering::next(writer, QStringLiteral("contract"), db->clock().today(), &number);
                });
                if (r.ok()) {
                    QMutexLocker lock(&mutex);
                    numbers << number;
                }
            }
        };
        QThread* a = QThread::create(work, 1);
        QThread* b = QThread::create(work, 2);
        a->start();
        b->start();
        QVERIFY(a->wait(120000));
        QVERIFY(b->wait(120000));
        delete a;
        delete b;
        QCOMPARE(numbers.size(), 2 * perWriter);
        QStringList expected;
        const int year = setup->clock().today().year();
        for (int i = 1; i <= 2 * perWriter; ++i)
            expected << DocumentNumbering::format(QStringLiteral("HT{YYYY}-{NNNN}"), year, i);
        numbers.sort();
        QCOMPARE(numbers, expected);
    }
};

QTEST_GUILESS_MAIN(TestQuoteService)
#include "TestQuoteService.moc"

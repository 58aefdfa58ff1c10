#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

class RecordWriter;

// Payment collection in the demo data, inside DemoDataGenerator's write after QuoteDemoData: every signed contract
// without a plan gets the 30 / 60 / 10 plan from its signing day; contracts in delivery or completed are invoiced in
// full and shipped (completed: everything; in delivery: part), and receipts pay them as customers do — completed
// ones in full, most others their first instalment, some in part, a few with an over-payment kept as credit.
// Every stored sum is the one PaymentCollection would keep, so `deskcrm-cli check` finds them right.
class CollectionDemoData
{
    Q_DECLARE_TR_FUNCTIONS(CollectionDemoData)

public:
    CollectionDemoData(RecordWriter& writer, quint64 seed);
    bool generate(QString* error);
    qint64 rowsWritten() const { return m_rows; }

private:
    RecordWriter& m_writer;
    quint64 m_seed;
    qint64 m_rows = 0;
};

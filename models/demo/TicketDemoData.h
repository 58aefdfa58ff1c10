#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

class RecordWriter;

// Issue 14's part of the demo data, inside the caller's write: service tickets and complaints on the database's
// customers, owned by its active reps, received over the past year and moved along the workflow with one transition
// row per step (about five a ticket), most of them closed with a satisfaction score. Deadlines are the SLA policies'
// in the business calendar, as TicketService stores them; numbers continue the ticket sequence. Written through
// RecordBatch, so the benchmark's million tickets load in one go.
class TicketDemoData
{
    Q_DECLARE_TR_FUNCTIONS(TicketDemoData)

public:
    TicketDemoData(RecordWriter& writer, quint64 seed);
    // How many tickets `demo --customers N` makes.
    static qint64 ticketsFor(qint64 customers) { return customers / 2; }
    bool generate(qint64 tickets, QString* error);
    qint64 ticketsWritten() const { return m_tickets; }
    qint64 transitionsWritten() const { return m_transitions; }

private:
    RecordWriter& m_writer;
    quint64 m_seed;
    qint64 m_tickets = 0;
    qint64 m_transitions = 0;
};

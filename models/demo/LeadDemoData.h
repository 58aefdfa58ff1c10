#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

class RecordWriter;

// The leads part of the demo data (DemoDataGenerator calls it inside its transaction, after the demo teams exist):
// a few assignment rules over the demo teams (South China round robin with a cap, East China by fewest open leads,
// the English-speaking team, a catch-all) and leads from every source and region in every screening state, most of
// them assigned with their log line, about one in five still unassigned for `deskcrm-cli leads assign`.
// Deterministic for a seed.
class LeadDemoData
{
    Q_DECLARE_TR_FUNCTIONS(LeadDemoData)

public:
    // About one lead per four customers (at least 40 when there are customers at all).
    static qint64 leadsFor(qint64 customers);

    LeadDemoData(RecordWriter& writer, quint64 seed);
    bool write(qint64 leads, QString* error);
    qint64 rowsWritten() const { return m_rows; }

private:
    RecordWriter& m_writer;
    quint64 m_seed;
    qint64 m_rows = 0;
};

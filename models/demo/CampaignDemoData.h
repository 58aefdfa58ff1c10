#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

class RecordWriter;

// Issue 15's part of the demo data, inside DemoDataGenerator's write, after the deals and leads exist: a dozen
// bilingual campaigns of the last year (trade shows, online ads, seminars, e-mail …) with budgets and costs, members
// with responses, touches of contacts and leads inside (and a few outside) their dates, leads that name their
// campaign; and the competitors named in deals' free text as competitor records with observations, linked to those
// deals (the winner marked on lost ones). Deals are not rewritten. At most a few thousand rows a run. Deterministic
// for a seed.
class CampaignDemoData
{
    Q_DECLARE_TR_FUNCTIONS(CampaignDemoData)

public:
    CampaignDemoData(RecordWriter& writer, quint64 seed);
    bool generate(QString* error);
    qint64 rowsWritten() const { return m_rows; }

private:
    RecordWriter& m_writer;
    quint64 m_seed;
    qint64 m_rows = 0;
};

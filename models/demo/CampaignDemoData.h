#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

class RecordWriter;

// Issue 15's part of the demo data, inside DemoDataGenerator's write, after the deals and leads exist: a dozen
// bilingual campaigns of the last year (trade shows, online ads, seminars, e-mail …) and one always-on campaign with
// budgets and costs, members with responses, touches of contacts and leads inside (and a few outside) their dates,
// leads that name their campaign, a converting campaign on every won deal (and half the others) with a touch of the
// deal's contact that fits it; and the competitors named in deals' free text as competitor records with observations,
// linked to those deals (the winner marked on lost ones). At most a few thousand rows a run. Deterministic for a seed.
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

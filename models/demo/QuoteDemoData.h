#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

class RecordWriter;

// Issue 13's part of the demo data, inside DemoDataGenerator's write: a small bilingual product catalogue (once per
// database), and for about half of the opportunities without a quote a quote with 1-4 lines whose status follows
// the deal, at most 20,000 a run (won: accepted and made a contract, signed or further; lost: rejected; late stages:
// sent; else a draft). Numbers continue the database's sequences; totals are DocumentTotals', so `deskcrm-cli check`
// finds them right.
class QuoteDemoData
{
    Q_DECLARE_TR_FUNCTIONS(QuoteDemoData)

public:
    QuoteDemoData(RecordWriter& writer, quint64 seed);
    bool generate(QString* error);
    qint64 rowsWritten() const { return m_rows; }

private:
    RecordWriter& m_writer;
    quint64 m_seed;
    qint64 m_rows = 0;
};

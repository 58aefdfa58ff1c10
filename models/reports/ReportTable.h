#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <Qt>

// One table of figures as the user reads it (formatted, translated), shown by the dashboard in a
// QTableWidget, printed by ReportDocument and written as CSV, so all three carry the same text.
struct ReportTable
{
    QString title;
    QStringList headers;
    QList<QStringList> rows;
    QList<Qt::Alignment> alignments; // per column; missing = left
    QString note;                    // a line under the table ("first 2,000 of 12,345 rows")

    Qt::Alignment alignment(int column) const
    {
        return column < alignments.size() ? alignments.at(column) : Qt::Alignment(Qt::AlignLeft);
    }
};

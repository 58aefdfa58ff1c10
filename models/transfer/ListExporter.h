#pragma once

#include "ListQuery.h"
#include "ListSpec.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>

class Database;

// Takes a record list out of DeskCRM as a file: the rows the list shows under its current sort, quick filter and
// filters (ListQuery, the list's own SELECT, streamed in keyset pages — never the whole list in memory), in the
// columns and column order the list shows, as CSV (CsvWriter), Excel (XlsxSheetWriter), iCalendar (tasks as
// VTODO, planned follow-ups as VEVENT; ICalendarWriter) or vCard (contacts). The file is written next to its
// destination and moved there only when complete, and every export leaves one row in export_log (who, when,
// what, how many rows, under which filter, to which file) in the same transaction as that move: an export the
// log cannot record does not happen.
class ListExporter
{
    Q_DECLARE_TR_FUNCTIONS(ListExporter)

public:
    enum class Format { Csv, Xlsx, VCard, ICalendar };

    struct Request
    {
        QString entity; // "customer", "contact", "interaction", "opportunity", "task"
        ListState state;
        QStringList columns; // column keys in the order the list shows them; empty = the spec's order
        Format format = Format::Csv;
        QString encoding; // CSV: empty = UTF-8 with BOM; "GB18030" …
        QString fileName;
    };
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        qint64 rows = 0;
        QString error; // translated
        QString logId; // the export_log row
    };
    // Called every few hundred rows with the rows written so far; returning false cancels the export (nothing is
    // written, nothing logged).
    using Progress = std::function<bool(qint64 rows)>;

    explicit ListExporter(Database& db);
    Q_DISABLE_COPY(ListExporter)

    void setProgress(Progress progress, int everyRows = 500)
    {
        m_progress = std::move(progress);
        m_progressEvery = std::max(1, everyRows);
    }
    // Rows per keyset page (tests use small pages to cross page boundaries).
    void setPageRows(int rows) { m_pageRows = rows; }

    Result run(const Request& request);

    // "csv", "xlsx", "vcf", "ics": the --format names and the export_log's format column.
    static QString formatName(Format format);
    static bool parseFormat(const QString& name, Format* format);
    // Whether entity can be exported as format (iCalendar: tasks and follow-ups; vCard: contacts).
    static bool supports(const QString& entity, Format format);
    // False until the vCard writer is wired in (see writeVCard); the GUI then offers no vCard.
    static bool vCardAvailable();
    // The filter as export_log keeps it: "search=…; owner=…; from=2025-01-01; sort=name desc".
    static QString describeFilter(const ListSpec& spec, const ListState& state);

private:
    bool writeTable(const ListSpec& spec, const ListQuery& query, const QVector<int>& columns, const Request& request,
                    const QString& path, Result* result);
    bool writeCalendar(const ListSpec& spec, const Request& request, const QString& path, Result* result);
    bool writeVCard(const ListSpec& spec, const Request& request, const QString& path, Result* result);
    bool progressed(qint64 rows, Result* result);

    Database& m_db;
    Progress m_progress;
    int m_pageRows = 1000;
    int m_progressEvery = 500;
};

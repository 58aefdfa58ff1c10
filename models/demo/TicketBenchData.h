#pragma once

#include <QString>
#include <QtGlobal>

class Database;

// Bulk data for `deskcrm-bench tickets` (issue 14): demo customers and reps, then TicketDemoData's tickets with their
// transitions (one to eight a ticket, most closed after all eight: over seven million for a million tickets), written
// in one transaction through BulkLoad (the tickets' indexes and the report summary triggers off, rebuilt once at the
// end), with fresh planner statistics afterwards. Deterministic for a seed. The counts and the sample assignee are
// what the benchmark reports and filters by.
class TicketBenchData
{
public:
    explicit TicketBenchData(Database& db);
    Q_DISABLE_COPY(TicketBenchData)

    // Adds tickets until there are `tickets` (customers first when fewer than `customers`).
    bool generate(qint64 tickets, qint64 customers, quint64 seed, QString* error);
    // Live tickets and all transitions already in the database; -1 with *error when they cannot be counted.
    qint64 ticketCount(QString* error) const;
    qint64 transitionCount(QString* error) const;
    // The assignee of the first assigned ticket (the list's assignee filter); empty when none is assigned.
    QString sampleAssignee(QString* error) const;

private:
    Database& m_db;
};

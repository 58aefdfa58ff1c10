#pragma once

#include "WriteResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;
class RecordWriter;

// Who owns a lead and how they came to: the assignment log (lead_assignments) and the ways a lead gets an owner —
// by the rules on demand (unassigned leads, deskcrm-cli leads assign) or by hand. Every change of owner is logged in
// the same transaction as the change, with the rule that fired (none when by hand) and who did it.
class LeadAssignments
{
    Q_DECLARE_TR_FUNCTIONS(LeadAssignments)

public:
    explicit LeadAssignments(Database& db);

    // One line of the log, as the lead's editor shows it (names resolved).
    struct Entry
    {
        QString assignedAt; // stored UTC timestamp
        QString ownerName;
        QString previousOwnerName;
        QString ruleName; // empty: by hand
        QString assignedByName;
        QString reason;
    };
    QList<Entry> history(const QString& leadId, QString* error = nullptr) const;

    // What the rules did (or would do, dry run) with one lead.
    struct Outcome
    {
        QString leadId;
        QString leadName;
        QString ownerId; // empty: no rule gave it an owner
        QString ownerName;
        QString ownerUsername;
        QString ruleId;
        QString ruleName;
        QString reason;
    };
    // Applies the rules to every live unassigned open lead, oldest first, in one transaction; with dryRun the same
    // decisions are made (turns advance as they would) and then rolled back.
    bool assignUnassigned(bool dryRun, QList<Outcome>* outcomes, QString* error) const;
    // Applies the rules to one lead now (a "Assign by rules" command); its owner changes only when a rule gives one.
    WriteResult assignByRules(const QString& leadId, Outcome* outcome = nullptr) const;
    // Gives the lead to ownerId (empty: nobody) by hand.
    WriteResult reassign(const QString& leadId, const QString& ownerId, const QString& reason = {}) const;

    // The log row for an owner change written through writer (called by every path that changes a lead's owner).
    static WriteResult log(RecordWriter& writer, const QString& leadId, const QString& ownerId,
                           const QString& previousOwnerId, const QString& ruleId, const QString& reason);

private:
    WriteResult applyRules(RecordWriter& writer, const QString& leadId, Outcome* outcome) const;
    Database& m_db;
};

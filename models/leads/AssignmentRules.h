#pragma once

#include "WriteResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantHash>

class Database;
class RecordWriter;

// One condition of a rule: a field of the record (a column such as "region", "source_id", or later a custom
// attribute's key), an operator and a value. Text compares ignoring case and surrounding spaces.
struct AssignmentCondition
{
    QString field;
    QString op; // "equals", "not_equals", "contains", "in" (value: items separated by commas), "empty", "not_empty"
    QString value;

    static QStringList operators();
    bool holds(const QVariantHash& record) const;
};

// One row of assignment_rules: conditions (all must hold) and where a matching record goes.
struct AssignmentRule
{
    QString id; // empty for a rule not saved yet
    QString entity = QStringLiteral("lead");
    QString name;
    int sortOrder = 0;
    bool active = true;
    QList<AssignmentCondition> conditions;
    QString targetKind = QStringLiteral("team"); // "user" or "team"
    QString targetUserId;
    QString targetTeamId;
    QString strategy = QStringLiteral("round_robin"); // or "fewest_open" (teams)
    int openCap = 0;                                  // 0 = no cap
    int version = 0;

    bool matches(const QVariantHash& record) const;
    QString conditionsJson() const;
    static QList<AssignmentCondition> conditionsFromJson(const QString& json);
};

// Where the rules sent one record: the owner (empty when no rule matched or no rep was eligible) and the rule
// that fired, with a reason in words for the assignment log and the CLI.
struct AssignmentDecision
{
    QString ownerId;
    QString ruleId;
    QString ruleName;
    QString reason;
    bool assigned() const { return !ownerId.isEmpty(); }
};

// Rule-based assignment, generic over the record kind (leads now; service tickets later register the same way):
// rules are read top-down per entity, the first one whose conditions hold and that has an eligible rep decides.
// A team target takes turns (round robin, its turn kept in assignment_rule_state) or picks the rep with the
// fewest open records; reps that are inactive, absent (users.absent_until on or after today) or at the rule's cap of
// open records are skipped. decide() runs inside the caller's write: it takes the dialect's transaction lock first,
// so two connections assigning at once never take the same turn or push a rep over a cap.
class AssignmentRules
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentRules)

public:
    // How the rules see one kind of record: its table and which of its rows count as open (for caps and load).
    struct Entity
    {
        QString name;          // "lead"
        QString table;         // "leads"
        QString openCondition; // SQL over the table's columns
    };
    static Entity entity(const QString& name); // empty table when unknown

    AssignmentRules(Database& db, QString entity = QStringLiteral("lead"));

    // Rules of this entity in evaluation order (deleted ones left out).
    QList<AssignmentRule> rules(QString* error = nullptr) const;
    // Saves the list as it should be from now on, in its order (sort_order follows the list): new rules are inserted,
    // changed ones updated (optimistic version check), rules no longer in the list tombstoned. One transaction.
    WriteResult saveRules(const QList<AssignmentRule>& rules) const;

    // Within writer's transaction: the owner the rules give a record with these field values. Advances the round-robin
    // turn of the rule that fired. Failed only when the database fails.
    WriteResult decide(RecordWriter& writer, const QVariantHash& record, AssignmentDecision* decision) const;

    // Open records owned by user now (through writer's transaction).
    static int openCount(RecordWriter& writer, const Entity& entity, const QString& userId, QString* error);

private:
    struct Candidate
    {
        QString id;
        int open = 0;
    };
    bool eligibleReps(RecordWriter& writer, const AssignmentRule& rule, QList<Candidate>* reps, QString* error) const;

    Database& m_db;
    Entity m_entity;
};

#include "AssignmentRules.h"

#include "Database.h"
#include "RecordWriter.h"
#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {
// The fixed lock number of assignment decisions, per entity (SqlDialect::transactionLock): FNV-1a of the entity's
// name, in the range PostgreSQL's advisory locks take.
qint64 lockKey(const QString& entity)
{
    quint64 hash = 1469598103934665603ULL;
    for (const char c : entity.toUtf8()) {
        hash ^= quint8(c);
        hash *= 1099511628211ULL;
    }
    return qint64(hash & 0x3fffffffffffffffULL);
}

QString folded(const QVariant& value)
{
    return value.toString().trimmed().toCaseFolded();
}

WriteResult sqlFailed(const QSqlQuery& q)
{
    return WriteResult::failure(WriteResult::Failed, q.lastError().text().trimmed());
}
} // namespace

QStringList AssignmentCondition::operators()
{
    return {QStringLiteral("equals"), QStringLiteral("not_equals"), QStringLiteral("contains"),
            QStringLiteral("in"),     QStringLiteral("empty"),      QStringLiteral("not_empty")};
}

bool AssignmentCondition::holds(const QVariantHash& record) const
{
    const QString actual = folded(record.value(field));
    const QString wanted = folded(value);
    if (op == QLatin1String("equals"))
        return actual == wanted;
    if (op == QLatin1String("not_equals"))
        return actual != wanted;
    if (op == QLatin1String("contains"))
        return !wanted.isEmpty() && actual.contains(wanted);
    if (op == QLatin1String("in")) {
        const QStringList items = wanted.split(QRegularExpression(QStringLiteral("[,，、;；]")), Qt::SkipEmptyParts);
        return std::any_of(items.cbegin(), items.cend(),
                           [&actual](const QString& item) { return item.trimmed() == actual; });
    }
    if (op == QLatin1String("empty"))
        return actual.isEmpty();
    if (op == QLatin1String("not_empty"))
        return !actual.isEmpty();
    return false; // an unknown operator never matches: a rule from a newer program does not catch everything
}

bool AssignmentRule::matches(const QVariantHash& record) const
{
    return std::all_of(conditions.cbegin(), conditions.cend(),
                       [&record](const AssignmentCondition& c) { return c.holds(record); });
}

QString AssignmentRule::conditionsJson() const
{
    QJsonArray array;
    for (const AssignmentCondition& c : conditions)
        array.append(QJsonObject{
            {QStringLiteral("field"), c.field}, {QStringLiteral("op"), c.op}, {QStringLiteral("value"), c.value}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<AssignmentCondition> AssignmentRule::conditionsFromJson(const QString& json)
{
    QList<AssignmentCondition> result;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& item : array) {
        const QJsonObject o = item.toObject();
        result.append({o.value(QStringLiteral("field")).toString(), o.value(QStringLiteral("op")).toString(),
                       o.value(QStringLiteral("value")).toVariant().toString()});
    }
    return result;
}

AssignmentRules::Entity AssignmentRules::entity(const QString& name)
{
    if (name == QLatin1String("lead"))
        return {name, QStringLiteral("leads"), QStringLiteral("status IN ('new', 'contacted', 'qualified')")};
    if (name == QLatin1String("ticket"))
        return {name, QStringLiteral("tickets"), QStringLiteral("status <> 'closed'")};
    return {name, QString(), QString()};
}

AssignmentRules::AssignmentRules(Database& db, QString entityName) : m_db(db), m_entity(entity(entityName)) {}

QList<AssignmentRule> AssignmentRules::rules(QString* error) const
{
    QList<AssignmentRule> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name, sort_order, active, conditions, target_kind, target_user_id, "
                             "target_team_id, strategy, open_cap, version FROM assignment_rules "
                             "WHERE entity = ? AND deleted_at IS NULL ORDER BY sort_order, id"));
    q.addBindValue(m_entity.name);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text().trimmed();
        return result;
    }
    while (q.next()) {
        AssignmentRule rule;
        rule.id = q.value(0).toString();
        rule.entity = m_entity.name;
        rule.name = q.value(1).toString();
        rule.sortOrder = q.value(2).toInt();
        rule.active = q.value(3).toBool();
        rule.conditions = AssignmentRule::conditionsFromJson(q.value(4).toString());
        rule.targetKind = q.value(5).toString();
        rule.targetUserId = q.value(6).toString();
        rule.targetTeamId = q.value(7).toString();
        rule.strategy = q.value(8).toString();
        rule.openCap = q.value(9).toInt();
        rule.version = q.value(10).toInt();
        result.append(rule);
    }
    return result;
}

WriteResult AssignmentRules::saveRules(const QList<AssignmentRule>& wanted) const
{
    QString readError;
    const QList<AssignmentRule> existing = rules(&readError);
    if (!readError.isEmpty())
        return WriteResult::failure(WriteResult::Failed, readError);
    return RecordWriter::transact(m_db, [&](RecordWriter& writer) {
        QSet<QString> kept;
        int order = 0;
        for (const AssignmentRule& rule : wanted) {
            ++order;
            if (rule.name.trimmed().isEmpty())
                return WriteResult::failure(WriteResult::Invalid, tr("Every rule needs a name."));
            const bool toUser = rule.targetKind == QLatin1String("user");
            if ((toUser && rule.targetUserId.isEmpty()) || (!toUser && rule.targetTeamId.isEmpty()))
                return WriteResult::failure(WriteResult::Invalid,
                                            tr("Rule “%1” needs a rep or a team to assign to.").arg(rule.name));
            const QVariantHash values{
                {QStringLiteral("entity"), m_entity.name},
                {QStringLiteral("name"), rule.name.trimmed()},
                {QStringLiteral("sort_order"), order},
                {QStringLiteral("active"), rule.active},
                {QStringLiteral("conditions"), rule.conditionsJson()},
                {QStringLiteral("target_kind"), toUser ? QStringLiteral("user") : QStringLiteral("team")},
                {QStringLiteral("target_user_id"), toUser ? QVariant(rule.targetUserId) : QVariant()},
                {QStringLiteral("target_team_id"), toUser ? QVariant() : QVariant(rule.targetTeamId)},
                {QStringLiteral("strategy"), rule.strategy},
                {QStringLiteral("open_cap"), rule.openCap > 0 ? QVariant(rule.openCap) : QVariant()},
            };
            WriteResult written;
            if (rule.id.isEmpty()) {
                written = writer.insert(QStringLiteral("assignment_rules"), values);
            } else {
                written = writer.update(QStringLiteral("assignment_rules"), rule.id, rule.version, values);
                kept.insert(rule.id);
            }
            if (!written.ok())
                return written;
        }
        for (const AssignmentRule& old : existing) {
            if (kept.contains(old.id))
                continue;
            const WriteResult deleted = writer.softDelete(QStringLiteral("assignment_rules"), old.id, -1);
            if (!deleted.ok())
                return deleted;
        }
        return WriteResult();
    });
}

int AssignmentRules::openCount(RecordWriter& writer, const Entity& entity, const QString& userId, QString* error)
{
    QSqlQuery q(writer.database().connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE owner_id = ? AND deleted_at IS NULL AND %2")
                  .arg(entity.table, entity.openCondition));
    q.addBindValue(userId);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text().trimmed();
        return -1;
    }
    return q.value(0).toInt();
}

bool AssignmentRules::eligibleReps(RecordWriter& writer, const AssignmentRule& rule, QList<Candidate>* reps,
                                   QString* error) const
{
    // Active, not absent today, in the rule's team (or the rule's one rep); ordered by id, which is the round-robin
    // order.
    const bool toUser = rule.targetKind == QLatin1String("user");
    QSqlQuery q(writer.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM users WHERE %1 = ? AND active AND deleted_at IS NULL "
                             "AND (absent_until IS NULL OR absent_until < ?) ORDER BY id")
                  .arg(toUser ? QStringLiteral("id") : QStringLiteral("team_id")));
    q.addBindValue(toUser ? rule.targetUserId : rule.targetTeamId);
    q.addBindValue(SqlValues::date(m_db.clock().today()));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text().trimmed();
        return false;
    }
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    reps->clear();
    for (const QString& id : std::as_const(ids)) {
        const int open = openCount(writer, m_entity, id, error);
        if (open < 0)
            return false;
        if (rule.openCap > 0 && open >= rule.openCap)
            continue; // at the cap
        reps->append({id, open});
    }
    return true;
}

WriteResult AssignmentRules::decide(RecordWriter& writer, const QVariantHash& record,
                                    AssignmentDecision* decision) const
{
    *decision = AssignmentDecision();
    if (m_entity.table.isEmpty())
        return WriteResult::failure(WriteResult::Failed, tr("No assignment rules for “%1”.").arg(m_entity.name));
    QSqlQuery q(writer.database().connection());
    const QString lock = writer.database().sqlDialect().transactionLock(lockKey(m_entity.name));
    if (!lock.isEmpty() && !q.exec(lock))
        return sqlFailed(q);

    QString error;
    const QList<AssignmentRule> all = rules(&error);
    if (!error.isEmpty())
        return WriteResult::failure(WriteResult::Failed, error);
    bool anyMatched = false;
    for (const AssignmentRule& rule : all) {
        if (!rule.active || !rule.matches(record))
            continue;
        anyMatched = true;
        QList<Candidate> reps;
        if (!eligibleReps(writer, rule, &reps, &error))
            return WriteResult::failure(WriteResult::Failed, error);
        if (reps.isEmpty())
            continue; // nobody can take it under this rule: the next rule may

        QString chosen;
        const bool fewest = rule.targetKind == QLatin1String("team") && rule.strategy == QLatin1String("fewest_open");
        if (fewest) {
            chosen = std::min_element(reps.cbegin(), reps.cend(), [](const Candidate& a, const Candidate& b) {
                         return a.open < b.open;
                     })->id;
        } else {
            // Round robin: the first eligible rep after the one who had the last turn (ids in order, wrapping).
            QSqlQuery state(writer.database().connection());
            state.prepare(QStringLiteral("SELECT last_user_id, turns FROM assignment_rule_state WHERE id = ?"));
            state.addBindValue(rule.id);
            if (!state.exec())
                return sqlFailed(state);
            const bool hasState = state.next();
            const QString last = hasState ? state.value(0).toString() : QString();
            const qint64 turns = hasState ? state.value(1).toLongLong() : 0;
            state.finish();
            chosen = reps.first().id;
            for (const Candidate& rep : std::as_const(reps)) {
                if (rep.id > last) {
                    chosen = rep.id;
                    break;
                }
            }
            const QVariantHash next{{QStringLiteral("last_user_id"), chosen}, {QStringLiteral("turns"), turns + 1}};
            WriteResult saved;
            if (hasState) {
                saved = writer.update(QStringLiteral("assignment_rule_state"), rule.id, -1, next);
            } else {
                QVariantHash row = next;
                row.insert(QStringLiteral("id"), rule.id);
                saved = writer.insert(QStringLiteral("assignment_rule_state"), row);
            }
            if (!saved.ok())
                return saved;
        }
        decision->ownerId = chosen;
        decision->ruleId = rule.id;
        decision->ruleName = rule.name;
        const bool tickets = m_entity.name == QLatin1String("ticket");
        decision->reason = fewest ? (tickets ? tr("Rule “%1”: fewest open tickets in the team").arg(rule.name)
                                             : tr("Rule “%1”: fewest open leads in the team").arg(rule.name))
                           : rule.targetKind == QLatin1String("user") ? tr("Rule “%1”").arg(rule.name)
                                                                      : tr("Rule “%1”: round robin").arg(rule.name);
        return WriteResult();
    }
    decision->reason = anyMatched ? tr("No eligible rep: everyone the matching rules name is inactive, absent or at "
                                       "the cap")
                                  : tr("No rule matches");
    return WriteResult();
}

#include "LeadModel.h"

#include "AssignmentRules.h"
#include "Database.h"
#include "FieldValidator.h"
#include "LeadAssignments.h"
#include "RecordWriter.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
const QString kOwner = QStringLiteral("owner_id");
const QString kStatus = QStringLiteral("status");
} // namespace

LeadModel::LeadModel(Database& db, QObject* parent) : RecordModel(db, QStringLiteral("leads"), parent) {}

QStringList LeadModel::statuses()
{
    return {QStringLiteral("new"), QStringLiteral("contacted"), QStringLiteral("qualified"),
            QStringLiteral("disqualified"), QStringLiteral("converted")};
}

QString LeadModel::statusText(const QString& status)
{
    if (status == QLatin1String("new"))
        return tr("New");
    if (status == QLatin1String("contacted"))
        return tr("Contacted");
    if (status == QLatin1String("qualified"))
        return tr("Qualified");
    if (status == QLatin1String("disqualified"))
        return tr("Disqualified");
    if (status == QLatin1String("converted"))
        return tr("Converted");
    return status;
}

QStringList LeadModel::regions(Database& db)
{
    QStringList result;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT region FROM leads WHERE deleted_at IS NULL AND region IS NOT NULL "
                               "AND region <> '' GROUP BY region ORDER BY region COLLATE deskcrm_name")))
        return result;
    while (q.next())
        result << q.value(0).toString();
    return result;
}

QHash<QString, QString> LeadModel::validate(const QSqlRecord& record) const
{
    QHash<QString, QString> errors;
    if (record.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        errors.insert(QStringLiteral("name"), tr("Enter the lead's name."));
    const QString email = FieldValidator::email(record.value(QStringLiteral("email")).toString());
    if (!email.isEmpty())
        errors.insert(QStringLiteral("email"), email);
    for (const QString& column : {QStringLiteral("phone"), QStringLiteral("mobile")}) {
        const QString phone = FieldValidator::phone(record.value(column).toString());
        if (!phone.isEmpty())
            errors.insert(column, phone);
    }
    const QString status = record.value(kStatus).toString();
    if (status == QLatin1String("disqualified") &&
        record.value(QStringLiteral("disqualify_reason")).toString().trimmed().isEmpty())
        errors.insert(QStringLiteral("disqualify_reason"), tr("Say why the lead is disqualified."));
    const bool converted = !record.value(QStringLiteral("converted_at")).isNull();
    if (status == QLatin1String("converted") && !converted)
        errors.insert(kStatus, tr("Convert the lead with Convert… to make it a customer."));
    else if (converted && status != QLatin1String("converted"))
        errors.insert(kStatus, tr("A converted lead stays converted."));
    return errors;
}

QVariantHash LeadModel::defaults() const
{
    return {{kStatus, QStringLiteral("new")}};
}

QString LeadModel::childOrder() const
{
    return QStringLiteral("created_at DESC");
}

bool LeadModel::prepareWrite(QSqlRecord& values, const QSqlRecord& previous, bool inserting, QString* error)
{
    Q_UNUSED(previous)
    m_ruleId.clear();
    m_ruleReason.clear();
    if (!inserting || !m_applyRules || !values.value(kOwner).toString().isEmpty())
        return true;
    QVariantHash fields;
    for (int i = 0; i < values.count(); ++i)
        fields.insert(values.fieldName(i), values.value(i));
    AssignmentDecision decision;
    const WriteResult decided =
        AssignmentRules(database(), QStringLiteral("lead")).decide(*writer(), fields, &decision);
    if (!decided.ok()) {
        if (error)
            *error = tr("The assignment rules could not be applied: %1").arg(decided.message);
        return false;
    }
    if (decision.assigned()) {
        values.setValue(kOwner, decision.ownerId);
        values.setGenerated(kOwner, true);
        m_ruleId = decision.ruleId;
        m_ruleReason = decision.reason;
    }
    return true;
}

bool LeadModel::afterWrite(const QString& id, const QSqlRecord& written, const QSqlRecord& previous, bool inserting,
                           QString* error)
{
    const QString owner = written.value(kOwner).toString();
    const QString before = inserting ? QString() : previous.value(kOwner).toString();
    if (owner == before)
        return true;
    const QString reason = !m_ruleId.isEmpty() ? m_ruleReason
                           : inserting         ? tr("Assigned when the lead was entered")
                                               : tr("Reassigned by hand");
    const WriteResult logged = LeadAssignments::log(*writer(), id, owner, before, m_ruleId, reason);
    m_ruleId.clear();
    if (!logged.ok()) {
        if (error)
            *error = tr("The assignment could not be logged: %1").arg(logged.message);
        return false;
    }
    return true;
}

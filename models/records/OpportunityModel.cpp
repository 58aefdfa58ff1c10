#include "OpportunityModel.h"

#include "CampaignService.h"
#include "Database.h"
#include "FieldValidator.h"
#include "PipelineService.h"
#include "RecordWriter.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString kStage = QStringLiteral("stage_id");

} // namespace

OpportunityModel::OpportunityModel(Database& db, QObject* parent)
    : RecordModel(db, QStringLiteral("opportunities"), parent)
{
}

QHash<QString, QString> OpportunityModel::validate(const QSqlRecord& record) const
{
    QHash<QString, QString> errors;
    if (record.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        errors.insert(QStringLiteral("name"), tr("Enter a name for the opportunity."));
    // An open deal may wait for its account (a prospect met at a fair, an imported pipeline); a won one is revenue
    // of some customer, and the reports count it there.
    if (record.value(kStage).toString().isEmpty())
        errors.insert(kStage, tr("Choose a sales stage."));
    else if (record.value(QStringLiteral("customer_id")).toString().isEmpty() &&
             PipelineService::isWonStage(database(), record.value(kStage).toString()))
        errors.insert(QStringLiteral("customer_id"), tr("Choose the customer who bought: a won deal needs one."));
    const QString amount = FieldValidator::amountMinor(record.value(QStringLiteral("amount_minor")).toLongLong());
    if (!amount.isEmpty())
        errors.insert(QStringLiteral("amount_minor"), amount);
    const QString currency = FieldValidator::currency(record.value(QStringLiteral("currency")).toString());
    if (!currency.isEmpty())
        errors.insert(QStringLiteral("currency"), currency);
    const QDate created = SqlValues::toDateTime(record.value(QStringLiteral("created_at"))).date();
    const QString close = FieldValidator::closeDate(SqlValues::toDate(record.value(QStringLiteral("expected_close"))),
                                                    created, database().clock().today());
    if (!close.isEmpty())
        errors.insert(QStringLiteral("expected_close"), close);
    return errors;
}

QVariantHash OpportunityModel::defaults() const
{
    QString currency = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    if (!FieldValidator::currency(currency).isEmpty())
        currency = QStringLiteral("CNY");
    return {{kStage, firstStageId(database())},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("amount_minor"), qint64(0)}};
}

QString OpportunityModel::childOrder() const
{
    return QStringLiteral(
        "CASE WHEN expected_close IS NULL THEN 1 ELSE 0 END, expected_close, name COLLATE deskcrm_name");
}

QStringList OpportunityModel::dateColumns() const
{
    return {QStringLiteral("expected_close"), QStringLiteral("actual_close")};
}

QString OpportunityModel::firstStageId(Database& db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM pipeline_stages WHERE deleted_at IS NULL AND NOT is_won AND NOT is_lost "
                             "ORDER BY sort_order, id"));
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

bool OpportunityModel::prepareWrite(QSqlRecord& values, const QSqlRecord& previous, bool inserting, QString* error)
{
    const QString stage = values.value(kStage).toString();
    if (!inserting && (!values.isGenerated(kStage) || stage == previous.value(kStage).toString()))
        return true;
    // The same rule as a move on the board; a lost reason typed in the editor is kept.
    PipelineService::MoveOptions options;
    options.lostReason = values.value(QStringLiteral("lost_reason")).toString();
    QVariantHash columns;
    const WriteResult entered = PipelineService::stageColumns(database(), stage, options, &columns);
    if (!entered.ok()) {
        if (error)
            *error =
                entered.status == WriteResult::Invalid ? tr("The chosen sales stage does not exist.") : entered.message;
        return false;
    }
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        values.setValue(it.key(), it.value());
        values.setGenerated(it.key(), true);
    }
    return true;
}

void OpportunityModel::setCompetitorEdit(const QString& id, const QStringList& competitorIds, const QString& winnerId)
{
    m_competitorEditId = id;
    m_competitorIds = competitorIds;
    m_winnerId = winnerId;
    // afterWrite() writes the links, and runs for an edited row: the row counts as edited (its version goes up) even
    // when only its competitors changed, as they are part of the deal.
    const int row = rowOfId(id);
    if (row >= 0) {
        const QModelIndex cell = index(row, fieldIndex(QStringLiteral("competitors")));
        const QVariant value = data(cell, Qt::EditRole);
        setData(cell, value.toString() + QLatin1Char(' '));
        setData(cell, value);
    }
}

bool OpportunityModel::afterWrite(const QString& id, const QSqlRecord& written, const QSqlRecord& previous,
                                  bool inserting, QString* error)
{
    if (!m_competitorEditId.isEmpty() && id == m_competitorEditId) {
        const WriteResult linked =
            CampaignService(database()).setCompetitors(*writer(), id, m_competitorIds, m_winnerId);
        if (!linked.ok()) {
            if (error)
                *error = linked.message;
            return false;
        }
        m_competitorEditId.clear();
    }
    const QString stage = written.value(kStage).toString();
    const QString from = inserting ? QString() : previous.value(kStage).toString();
    if (!inserting && from == stage)
        return true;
    const WriteResult recorded = PipelineService::recordStageChange(*writer(), id, from, stage);
    if (!recorded.ok()) {
        if (error)
            *error = tr("The stage change could not be recorded: %1").arg(recorded.message);
        return false;
    }
    return true;
}

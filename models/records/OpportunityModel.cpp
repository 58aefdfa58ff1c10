#include "OpportunityModel.h"

#include "Database.h"
#include "FieldValidator.h"
#include "SqlValues.h"
#include "Uuid.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString kStage = QStringLiteral("stage_id");

struct StageInfo
{
    bool found = false;
    int probability = 0;
    bool won = false;
    bool lost = false;
};

StageInfo stageInfo(const Database& db, const QString& stageId, QString* error)
{
    StageInfo info;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT probability, is_won, is_lost FROM pipeline_stages WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(stageId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return info;
    }
    if (!q.next()) {
        if (error)
            *error = QCoreApplication::translate("OpportunityModel", "The chosen sales stage does not exist.");
        return info;
    }
    info.found = true;
    info.probability = q.value(0).toInt();
    info.won = q.value(1).toBool();
    info.lost = q.value(2).toBool();
    return info;
}

bool writeHistory(const Database& db, const QString& opportunityId, const QVariant& fromStage, const QString& toStage,
                  const QString& when, QString* error)
{
    const QVariant user = db.currentUserId().isEmpty() ? QVariant() : QVariant(db.currentUserId());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO stage_history (id, opportunity_id, from_stage_id, to_stage_id, changed_by, "
                             "changed_at, created_at, created_by, updated_at, updated_by, version) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
    q.addBindValue(Uuid::createV7());
    q.addBindValue(opportunityId);
    q.addBindValue(fromStage.toString().isEmpty() ? QVariant() : fromStage);
    q.addBindValue(toStage);
    q.addBindValue(user);
    q.addBindValue(when);
    q.addBindValue(when);
    q.addBindValue(user);
    q.addBindValue(when);
    q.addBindValue(user);
    if (!q.exec()) {
        if (error)
            *error = QCoreApplication::translate("OpportunityModel", "The stage change could not be recorded: %1")
                         .arg(q.lastError().text().trimmed());
        return false;
    }
    return true;
}
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
    if (record.value(QStringLiteral("customer_id")).toString().isEmpty())
        errors.insert(QStringLiteral("customer_id"), tr("Choose the customer of the opportunity."));
    if (record.value(kStage).toString().isEmpty())
        errors.insert(kStage, tr("Choose a sales stage."));
    const QString amount = FieldValidator::amountMinor(record.value(QStringLiteral("amount_minor")).toLongLong());
    if (!amount.isEmpty())
        errors.insert(QStringLiteral("amount_minor"), amount);
    const QString currency = FieldValidator::currency(record.value(QStringLiteral("currency")).toString());
    if (!currency.isEmpty())
        errors.insert(QStringLiteral("currency"), currency);
    const QDate created = SqlValues::toDateTime(record.value(QStringLiteral("created_at"))).date();
    const QString close =
        FieldValidator::closeDate(SqlValues::toDate(record.value(QStringLiteral("expected_close"))), created);
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
    const StageInfo info = stageInfo(database(), stage, error);
    if (!info.found)
        return false;
    const auto set = [&values](const QString& column, const QVariant& value) {
        values.setValue(column, value);
        values.setGenerated(column, true);
    };
    set(QStringLiteral("probability"), info.probability);
    set(QStringLiteral("stage_entered_at"), SqlValues::utcNow());
    // Closing is entering a won or lost stage; moving back into the open pipeline reopens.
    set(QStringLiteral("actual_close"), info.won || info.lost ? SqlValues::date(QDate::currentDate()) : QVariant());
    return true;
}

bool OpportunityModel::afterWrite(const QString& id, const QSqlRecord& written, const QSqlRecord& previous,
                                  bool inserting, QString* error)
{
    const QString stage = written.value(kStage).toString();
    const QVariant from = inserting ? QVariant() : previous.value(kStage);
    if (!inserting && from.toString() == stage)
        return true;
    const QString when = SqlValues::timestamp(SqlValues::toDateTime(written.value(QStringLiteral("stage_entered_at"))));
    return writeHistory(database(), id, from, stage, when.isEmpty() ? SqlValues::utcNow() : when, error);
}

bool OpportunityModel::moveToStage(Database& db, const QString& id, int expectedVersion, const QString& stageId,
                                   QString* error, const QString& lostReason)
{
    Transaction tx(db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return false;
    }
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT stage_id, version FROM opportunities WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (!q.next()) {
        if (error)
            *error = tr("This opportunity was deleted by someone else.");
        return false;
    }
    const QVariant from = q.value(0);
    if (q.value(1).toInt() != expectedVersion) {
        if (error)
            *error = tr("This opportunity was changed by someone else. Reload and try again.");
        return false;
    }
    if (from.toString() == stageId)
        return true; // already there: nothing to record
    const StageInfo info = stageInfo(db, stageId, error);
    if (!info.found)
        return false;

    const QString now = SqlValues::utcNow();
    q.prepare(QStringLiteral("UPDATE opportunities SET stage_id = ?, probability = ?, stage_entered_at = ?, "
                             "actual_close = ?, lost_reason = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                             "WHERE id = ? AND version = ? AND deleted_at IS NULL"));
    q.addBindValue(stageId);
    q.addBindValue(info.probability);
    q.addBindValue(now);
    q.addBindValue(info.won || info.lost ? SqlValues::date(QDate::currentDate()) : QVariant());
    q.addBindValue(info.lost && !lostReason.isEmpty() ? QVariant(lostReason) : QVariant());
    q.addBindValue(now);
    q.addBindValue(db.currentUserId().isEmpty() ? QVariant() : QVariant(db.currentUserId()));
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    if (!q.exec()) {
        if (error)
            *error = tr("The opportunity could not be moved: %1").arg(q.lastError().text().trimmed());
        return false;
    }
    if (q.numRowsAffected() == 0) {
        if (error)
            *error = tr("This opportunity was changed by someone else. Reload and try again.");
        return false;
    }
    if (!writeHistory(db, id, from, stageId, now, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

#pragma once

#include "RecordModel.h"

#include <QDate>

// Editable opportunities. A stage change (or a new opportunity) is written together with a
// stage_history row (from, to, who, when), the stage's probability and stage_entered_at; entering a
// won or lost stage sets actual_close. Amounts are integer minor units with an ISO 4217 currency.
class OpportunityModel : public RecordModel
{
    Q_OBJECT

public:
    explicit OpportunityModel(Database& db, QObject* parent = nullptr);

    QString entity() const override { return QStringLiteral("opportunity"); }
    QHash<QString, QString> validate(const QSqlRecord& record) const override;

    // Moving to another stage outside an edit: PipelineService::moveToStage (one rule for both).

    // The first open stage of the pipeline (what a new opportunity starts in).
    static QString firstStageId(Database& db);

    // The competitors met on deal `id` and the one that won it (lost deals only), written in the next save()'s
    // transaction (CampaignService::setCompetitors), even when no column of the deal changed. Without a call the
    // links are left as they are.
    void setCompetitorEdit(const QString& id, const QStringList& competitorIds, const QString& winnerId);

protected:
    QVariantHash defaults() const override;
    QString childOrder() const override;
    QStringList dateColumns() const override;
    bool prepareWrite(QSqlRecord& values, const QSqlRecord& previous, bool inserting, QString* error) override;
    bool afterWrite(const QString& id, const QSqlRecord& written, const QSqlRecord& previous, bool inserting,
                    QString* error) override;

private:
    QString m_competitorEditId; // empty: no competitor edit pending
    QStringList m_competitorIds;
    QString m_winnerId;
};

#pragma once

#include "RecordModel.h"

// Editable interactions (follow-ups): when, channel, type, subject, result, next follow-up; author = current user.
class InteractionModel : public RecordModel
{
    Q_OBJECT

public:
    explicit InteractionModel(Database& db, QObject* parent = nullptr);

    QString entity() const override { return QStringLiteral("interaction"); }
    QHash<QString, QString> validate(const QSqlRecord& record) const override;

protected:
    QVariantHash defaults() const override;
    QString childOrder() const override;
    QStringList dateColumns() const override;
};

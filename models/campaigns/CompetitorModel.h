#pragma once

#include "RecordModel.h"

// Editable competitors (table of 0020): name, website, strengths, weaknesses, notes.
class CompetitorModel : public RecordModel
{
    Q_OBJECT

public:
    explicit CompetitorModel(Database& db, QObject* parent = nullptr);

    QString entity() const override { return QStringLiteral("competitor"); }
    QHash<QString, QString> validate(const QSqlRecord& record) const override;

protected:
    QString childOrder() const override;
};

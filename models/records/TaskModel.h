#pragma once

#include "RecordModel.h"

// Editable tasks; completed_at follows the status (set when done, cleared when reopened).
class TaskModel : public RecordModel
{
    Q_OBJECT

public:
    explicit TaskModel(Database& db, QObject* parent = nullptr);

    QString entity() const override { return QStringLiteral("task"); }
    QHash<QString, QString> validate(const QSqlRecord& record) const override;

protected:
    QVariantHash defaults() const override;
    QString childOrder() const override;
    QStringList dateColumns() const override;
    bool prepareWrite(QSqlRecord& values, const QSqlRecord& previous, bool inserting, QString* error) override;
};

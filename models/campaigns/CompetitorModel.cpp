#include "CompetitorModel.h"

#include "Database.h"

#include <QSqlQuery>

CompetitorModel::CompetitorModel(Database& db, QObject* parent) : RecordModel(db, QStringLiteral("competitors"), parent)
{
}

QHash<QString, QString> CompetitorModel::validate(const QSqlRecord& record) const
{
    QHash<QString, QString> errors;
    const QString name = record.value(QStringLiteral("name")).toString().trimmed();
    if (name.isEmpty()) {
        errors.insert(QStringLiteral("name"), tr("Enter the competitor's name."));
        return errors;
    }
    // One competitor per name, so win/loss figures are not split over two spellings.
    QSqlQuery q(database().connection());
    q.prepare(
        QStringLiteral("SELECT 1 FROM competitors WHERE lower(name) = lower(?) AND id <> ? AND deleted_at IS NULL"));
    q.addBindValue(name);
    q.addBindValue(record.value(QStringLiteral("id")).toString());
    if (q.exec() && q.next())
        errors.insert(QStringLiteral("name"), tr("A competitor called \"%1\" already exists.").arg(name));
    return errors;
}

QString CompetitorModel::childOrder() const
{
    return QStringLiteral("name");
}

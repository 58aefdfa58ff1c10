#include "DeletedItemsModel.h"

#include "ReportFormat.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

DeletedItemsModel::DeletedItemsModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    refresh();
}

QString DeletedItemsModel::entityDisplayName(const QString& entity)
{
    if (entity == QLatin1String("customer"))
        return tr("Customer");
    if (entity == QLatin1String("contact"))
        return tr("Contact");
    if (entity == QLatin1String("interaction"))
        return tr("Interaction");
    if (entity == QLatin1String("opportunity"))
        return tr("Opportunity");
    if (entity == QLatin1String("task"))
        return tr("Task");
    if (entity == QLatin1String("lead"))
        return tr("Lead");
    return entity;
}

bool DeletedItemsModel::refresh()
{
    // Children tombstoned in the same delete as their customer (same deleted_at) come back with it, so
    // they are not offered on their own.
    const QString withCustomer = QStringLiteral(
        "NOT EXISTS (SELECT 1 FROM customers p WHERE p.id = t.customer_id AND p.deleted_at = t.deleted_at)");
    const QString sql =
        QStringLiteral("SELECT 'customer', t.id, t.name, t.deleted_at, u.display_name FROM customers t "
                       "LEFT JOIN users u ON u.id = t.updated_by WHERE t.deleted_at IS NOT NULL "
                       "UNION ALL "
                       "SELECT 'contact', t.id, t.name, t.deleted_at, u.display_name FROM contacts t "
                       "LEFT JOIN users u ON u.id = t.updated_by WHERE t.deleted_at IS NOT NULL AND %1 "
                       "UNION ALL "
                       "SELECT 'interaction', t.id, t.subject, t.deleted_at, u.display_name FROM interactions t "
                       "LEFT JOIN users u ON u.id = t.updated_by WHERE t.deleted_at IS NOT NULL AND %1 "
                       "UNION ALL "
                       "SELECT 'opportunity', t.id, t.name, t.deleted_at, u.display_name FROM opportunities t "
                       "LEFT JOIN users u ON u.id = t.updated_by WHERE t.deleted_at IS NOT NULL AND %1 "
                       "UNION ALL "
                       "SELECT 'task', t.id, t.title, t.deleted_at, u.display_name FROM tasks t "
                       "LEFT JOIN users u ON u.id = t.updated_by WHERE t.deleted_at IS NOT NULL AND %1 "
                       "AND NOT EXISTS (SELECT 1 FROM opportunities o WHERE o.id = t.opportunity_id "
                       "AND o.deleted_at = t.deleted_at) "
                       "UNION ALL "
                       "SELECT 'lead', t.id, t.name, t.deleted_at, u.display_name FROM leads t "
                       "LEFT JOIN users u ON u.id = t.updated_by WHERE t.deleted_at IS NOT NULL "
                       "ORDER BY 4 DESC, 2")
            .arg(withCustomer);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<Item> items;
    if (!q.prepare(sql) || !q.exec()) {
        m_error = q.lastError().text();
        beginResetModel();
        m_items.clear();
        endResetModel();
        return false;
    }
    while (q.next())
        items.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      SqlValues::toDateTime(q.value(3)), q.value(4).toString()});
    m_error.clear();
    beginResetModel();
    m_items = items;
    endResetModel();
    return true;
}

int DeletedItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DeletedItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeletedItemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TypeColumn:
            return entityDisplayName(item.entity);
        case NameColumn:
            return item.name;
        case DeletedAtColumn:
            return ReportFormat::dateTime(item.deletedAt);
        case DeletedByColumn:
            return item.deletedBy;
        default:
            return {};
        }
    case IdRole:
        return item.id;
    case EntityRole:
        return item.entity;
    case DeletedAtUtcRole:
        return item.deletedAt;
    default:
        return {};
    }
}

QVariant DeletedItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case NameColumn:
        return tr("Name");
    case DeletedAtColumn:
        return tr("Deleted at");
    case DeletedByColumn:
        return tr("Deleted by");
    default:
        return {};
    }
}

#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// The recycle bin: read-only list of tombstones across entities, newest first. Records deleted along
// with their customer are not listed on their own (restoring the customer brings them back).
class DeletedItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TypeColumn, NameColumn, DeletedAtColumn, DeletedByColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, EntityRole = Qt::UserRole + 2, DeletedAtUtcRole = Qt::UserRole + 3 };

    explicit DeletedItemsModel(Database& db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString lastErrorMessage() const { return m_error; }
    static QString entityDisplayName(const QString& entity);

public slots:
    bool refresh();

private:
    struct Item
    {
        QString entity;
        QString id;
        QString name;
        QDateTime deletedAt;
        QString deletedBy;
    };
    Database& m_db;
    QList<Item> m_items;
    QString m_error;
};

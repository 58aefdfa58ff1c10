#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QVariant>

class Database;

// (id, name) pairs for a combo box: lookup lists, users, pipeline stages. Seeded names are shown
// translated (context "Lookup", keyed by code) as long as nobody renamed them. An optional first
// "none" row has a null id, for optional fields.
class LookupModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole,
        CodeRole = Qt::UserRole + 1,
        ProbabilityRole = Qt::UserRole + 2, // pipeline stages
        WonRole = Qt::UserRole + 3,
        LostRole = Qt::UserRole + 4,
    };

    static LookupModel* industries(Database& db, QObject* parent = nullptr);
    static LookupModel* leadSources(Database& db, QObject* parent = nullptr);
    static LookupModel* leadTypes(Database& db, QObject* parent = nullptr);
    static LookupModel* interactionChannels(Database& db, QObject* parent = nullptr);
    static LookupModel* interactionTypes(Database& db, QObject* parent = nullptr);
    static LookupModel* users(Database& db, QObject* parent = nullptr);
    static LookupModel* pipelineStages(Database& db, QObject* parent = nullptr);
    static LookupModel* tags(Database& db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    int rowOfId(const QVariant& id) const; // -1 when absent (the none row for a null id, if present)
    QVariant idAt(int row) const;
    QString nameOfId(const QVariant& id) const;

    void setNoneRow(bool enabled, const QString& text = {}); // text empty: a translated "(none)"
    bool hasNoneRow() const { return m_noneRow; }

    // The translated form of a seeded name (table: "industries", ...), or name itself when renamed.
    static QString displayName(const QString& table, const QString& code, const QString& name);

public slots:
    bool refresh();

private:
    enum class Kind { Lookup, Users, Stages, Tags };
    LookupModel(Database& db, Kind kind, const QString& table, QObject* parent);

    struct Item
    {
        QVariant id;
        QString code;
        QString name;
        int probability = 0;
        bool won = false;
        bool lost = false;
    };
    Database& m_db;
    Kind m_kind;
    QString m_table;
    QList<Item> m_items;
    bool m_noneRow = false;
    QString m_noneText;
};

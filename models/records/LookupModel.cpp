#include "LookupModel.h"

#include "Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace {
struct Seeded
{
    const char* code;
    const char* name;
};

// The names 0001_initial.sql seeds, by table and code: shown translated while unchanged.
const Seeded kIndustries[] = {
    {"technology", QT_TRANSLATE_NOOP("Lookup", "Technology")},
    {"manufacturing", QT_TRANSLATE_NOOP("Lookup", "Manufacturing")},
    {"retail", QT_TRANSLATE_NOOP("Lookup", "Retail")},
    {"finance", QT_TRANSLATE_NOOP("Lookup", "Finance")},
    {"healthcare", QT_TRANSLATE_NOOP("Lookup", "Healthcare")},
    {"education", QT_TRANSLATE_NOOP("Lookup", "Education")},
    {"logistics", QT_TRANSLATE_NOOP("Lookup", "Logistics")},
    {"energy", QT_TRANSLATE_NOOP("Lookup", "Energy")},
    {"real_estate", QT_TRANSLATE_NOOP("Lookup", "Real estate")},
    {"telecom", QT_TRANSLATE_NOOP("Lookup", "Telecommunications")},
    {"government", QT_TRANSLATE_NOOP("Lookup", "Government")},
    {"other", QT_TRANSLATE_NOOP("Lookup", "Other")},
    // 0008_import_export.sql
    {"software", QT_TRANSLATE_NOOP("Lookup", "Software")},
    {"media", QT_TRANSLATE_NOOP("Lookup", "Media & entertainment")},
    {"marketing", QT_TRANSLATE_NOOP("Lookup", "Marketing & advertising")},
    {"services", QT_TRANSLATE_NOOP("Lookup", "Professional services")},
    {"staffing", QT_TRANSLATE_NOOP("Lookup", "Staffing & recruitment")},
};
const Seeded kLeadSources[] = {
    {"trade_show", QT_TRANSLATE_NOOP("Lookup", "Trade show")},
    {"website", QT_TRANSLATE_NOOP("Lookup", "Website")},
    {"social_media", QT_TRANSLATE_NOOP("Lookup", "Social media")},
    {"referral", QT_TRANSLATE_NOOP("Lookup", "Referral")},
    {"campaign", QT_TRANSLATE_NOOP("Lookup", "Campaign")},
    {"cold_call", QT_TRANSLATE_NOOP("Lookup", "Cold call")},
    {"other", QT_TRANSLATE_NOOP("Lookup", "Other")},
};
const Seeded kLeadTypes[] = {
    {"business", QT_TRANSLATE_NOOP("Lookup", "Business")},
    {"individual", QT_TRANSLATE_NOOP("Lookup", "Individual")},
    {"partner", QT_TRANSLATE_NOOP("Lookup", "Channel partner")},
    {"other", QT_TRANSLATE_NOOP("Lookup", "Other")},
};
const Seeded kChannels[] = {
    {"phone", QT_TRANSLATE_NOOP("Lookup", "Phone")},     {"email", QT_TRANSLATE_NOOP("Lookup", "E-mail")},
    {"meeting", QT_TRANSLATE_NOOP("Lookup", "Meeting")}, {"visit", QT_TRANSLATE_NOOP("Lookup", "Visit")},
    {"im", QT_TRANSLATE_NOOP("Lookup", "Social / IM")},
};
const Seeded kTypes[] = {
    {"pre_sales", QT_TRANSLATE_NOOP("Lookup", "Pre-sales consultation")},
    {"follow_up", QT_TRANSLATE_NOOP("Lookup", "Sales follow-up")},
    {"complaint", QT_TRANSLATE_NOOP("Lookup", "Complaint")},
    {"after_sales", QT_TRANSLATE_NOOP("Lookup", "After-sales care")},
    {"other", QT_TRANSLATE_NOOP("Lookup", "Other")},
};
// Pipeline stages have no code column; the seeded ones are keyed by their fixed UUIDs.
const Seeded kStages[] = {
    {"00000000-0000-7000-8000-000000000001", QT_TRANSLATE_NOOP("Lookup", "Potential")},
    {"00000000-0000-7000-8000-000000000002", QT_TRANSLATE_NOOP("Lookup", "Intent")},
    {"00000000-0000-7000-8000-000000000003", QT_TRANSLATE_NOOP("Lookup", "Negotiating")},
    {"00000000-0000-7000-8000-000000000004", QT_TRANSLATE_NOOP("Lookup", "Deciding")},
    {"00000000-0000-7000-8000-000000000005", QT_TRANSLATE_NOOP("Lookup", "Won")},
    {"00000000-0000-7000-8000-000000000006", QT_TRANSLATE_NOOP("Lookup", "Lost")},
};

template <std::size_t N> const char* seededName(const Seeded (&list)[N], const QString& code)
{
    for (const Seeded& s : list) {
        if (code == QLatin1String(s.code))
            return s.name;
    }
    return nullptr;
}
} // namespace

LookupModel::LookupModel(Database& db, Kind kind, const QString& table, QObject* parent)
    : QAbstractListModel(parent), m_db(db), m_kind(kind), m_table(table)
{
    refresh();
}

LookupModel* LookupModel::industries(Database& db, QObject* parent)
{
    return new LookupModel(db, Kind::Lookup, QStringLiteral("industries"), parent);
}

LookupModel* LookupModel::leadSources(Database& db, QObject* parent)
{
    return new LookupModel(db, Kind::Lookup, QStringLiteral("lead_sources"), parent);
}

LookupModel* LookupModel::leadTypes(Database& db, QObject* parent)
{
    return new LookupModel(db, Kind::Lookup, QStringLiteral("lead_types"), parent);
}

LookupModel* LookupModel::interactionChannels(Database& db, QObject* parent)
{
    return new LookupModel(db, Kind::Lookup, QStringLiteral("interaction_channels"), parent);
}

LookupModel* LookupModel::interactionTypes(Database& db, QObject* parent)
{
    return new LookupModel(db, Kind::Lookup, QStringLiteral("interaction_types"), parent);
}

LookupModel* LookupModel::users(Database& db, QObject* parent)
{
    return new LookupModel(db, Kind::Users, QStringLiteral("users"), parent);
}

LookupModel* LookupModel::tags(Database& db, QObject* parent)
{
    return new LookupModel(db, Kind::Tags, QStringLiteral("tags"), parent);
}

LookupModel* LookupModel::pipelineStages(Database& db, QObject* parent)
{
    return new LookupModel(db, Kind::Stages, QStringLiteral("pipeline_stages"), parent);
}

QString LookupModel::displayName(const QString& table, const QString& code, const QString& name)
{
    const char* source = nullptr;
    if (table == QLatin1String("industries"))
        source = seededName(kIndustries, code);
    else if (table == QLatin1String("lead_sources"))
        source = seededName(kLeadSources, code);
    else if (table == QLatin1String("lead_types"))
        source = seededName(kLeadTypes, code);
    else if (table == QLatin1String("interaction_channels"))
        source = seededName(kChannels, code);
    else if (table == QLatin1String("interaction_types"))
        source = seededName(kTypes, code);
    else if (table == QLatin1String("pipeline_stages"))
        source = seededName(kStages, code);
    // A renamed entry is the user's own wording: show it as typed.
    if (source && name == QLatin1String(source))
        return QCoreApplication::translate("Lookup", source);
    return name;
}

bool LookupModel::refresh()
{
    // Names in pinyin order (NameCollation), as the lists sort them.
    QString sql;
    switch (m_kind) {
    case Kind::Lookup:
        // The table name comes from the factory functions above, never from outside.
        sql =
            QStringLiteral("SELECT id, code, name FROM %1 WHERE active ORDER BY sort_order, name COLLATE deskcrm_name")
                .arg(m_table);
        break;
    case Kind::Users:
        sql = QStringLiteral("SELECT id, username, display_name FROM users WHERE active AND deleted_at IS NULL "
                             "ORDER BY display_name COLLATE deskcrm_name");
        break;
    case Kind::Stages:
        sql = QStringLiteral("SELECT id, id, name, probability, is_won, is_lost FROM pipeline_stages "
                             "WHERE deleted_at IS NULL ORDER BY sort_order, name COLLATE deskcrm_name");
        break;
    case Kind::Tags:
        sql =
            QStringLiteral("SELECT id, id, name FROM tags WHERE deleted_at IS NULL ORDER BY name COLLATE deskcrm_name");
        break;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<Item> items;
    if (q.prepare(sql) && q.exec()) {
        while (q.next()) {
            Item item;
            item.id = q.value(0);
            if (m_kind != Kind::Lookup)
                item.id = q.value(0).toString(); // UUIDs as text on both dialects
            item.code = q.value(1).toString();
            // People and tags are named by users; only seeded lookups have translated names.
            item.name = m_kind == Kind::Users || m_kind == Kind::Tags
                            ? q.value(2).toString()
                            : displayName(m_table, item.code, q.value(2).toString());
            if (m_kind == Kind::Stages) {
                item.probability = q.value(3).toInt();
                item.won = q.value(4).toBool();
                item.lost = q.value(5).toBool();
            }
            items.append(item);
        }
    }
    beginResetModel();
    m_items = items;
    endResetModel();
    return q.isActive();
}

int LookupModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size()) + (m_noneRow ? 1 : 0);
}

QVariant LookupModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_noneRow && index.row() == 0) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return m_noneText.isEmpty() ? QCoreApplication::translate("Lookup", "(none)") : m_noneText;
        return {};
    }
    const Item& item = m_items.at(index.row() - (m_noneRow ? 1 : 0));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return item.name;
    case IdRole:
        return item.id;
    case CodeRole:
        return item.code;
    case ProbabilityRole:
        return item.probability;
    case WonRole:
        return item.won;
    case LostRole:
        return item.lost;
    default:
        return {};
    }
}

int LookupModel::rowOfId(const QVariant& id) const
{
    if (id.isNull() || id.toString().isEmpty())
        return m_noneRow ? 0 : -1;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id.toString() == id.toString())
            return i + (m_noneRow ? 1 : 0);
    }
    return -1;
}

QVariant LookupModel::idAt(int row) const
{
    return data(index(row, 0), IdRole);
}

QString LookupModel::nameOfId(const QVariant& id) const
{
    const int row = rowOfId(id);
    return row < 0 ? QString() : data(index(row, 0), Qt::DisplayRole).toString();
}

void LookupModel::setNoneRow(bool enabled, const QString& text)
{
    m_noneText = text;
    if (enabled == m_noneRow) {
        if (enabled)
            emit dataChanged(index(0, 0), index(0, 0));
        return;
    }
    if (enabled) {
        beginInsertRows(QModelIndex(), 0, 0);
        m_noneRow = true;
        endInsertRows();
    } else {
        beginRemoveRows(QModelIndex(), 0, 0);
        m_noneRow = false;
        endRemoveRows();
    }
}

#include "AttributeDefinitions.h"

#include "Database.h"
#include "RecordWriter.h"
#include "Uuid.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace {
const QString kTable = QStringLiteral("attribute_definitions");

QStringList& enabledEntities()
{
    static QStringList entities{QStringLiteral("customer"), QStringLiteral("opportunity"), QStringLiteral("lead")};
    return entities;
}

AttributeDefinition fromRecord(const QSqlQuery& q)
{
    AttributeDefinition d;
    d.id = q.value(QStringLiteral("id")).toString();
    d.entity = q.value(QStringLiteral("entity")).toString();
    d.recordType = q.value(QStringLiteral("record_type")).toString();
    d.key = q.value(QStringLiteral("key")).toString();
    d.labelEn = q.value(QStringLiteral("label_en")).toString();
    d.labelZh = q.value(QStringLiteral("label_zh")).toString();
    AttributeDefinition::parseKind(q.value(QStringLiteral("kind")).toString(), &d.kind);
    d.choices = AttributeDefinition::parseChoices(q.value(QStringLiteral("choices")).toString());
    d.currency = q.value(QStringLiteral("currency")).toString();
    d.required = q.value(QStringLiteral("required")).toBool();
    d.position = q.value(QStringLiteral("position")).toInt();
    d.active = q.value(QStringLiteral("active")).toBool();
    d.version = q.value(QStringLiteral("version")).toInt();
    return d;
}

const QString kColumns = QStringLiteral("id, entity, record_type, key, label_en, label_zh, kind, choices, currency, "
                                        "required, position, active, version");
} // namespace

AttributeDefinitions::AttributeDefinitions(Database& db) : m_db(db) {}

QStringList AttributeDefinitions::entities()
{
    return enabledEntities();
}

void AttributeDefinitions::enable(const QString& entity)
{
    if (!enabledEntities().contains(entity))
        enabledEntities().append(entity);
}

QString AttributeDefinitions::entityName(const QString& entity)
{
    if (entity == QLatin1String("customer"))
        return tr("Customers");
    if (entity == QLatin1String("opportunity"))
        return tr("Opportunities");
    if (entity == QLatin1String("contact"))
        return tr("Contacts");
    if (entity == QLatin1String("lead"))
        return tr("Leads");
    return entity;
}

QList<AttributeDefinition> AttributeDefinitions::forEntity(const QString& entity, bool activeOnly,
                                                           const QString& recordType, QString* error) const
{
    QString sql = QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral(" FROM attribute_definitions WHERE entity = ? AND deleted_at IS NULL");
    QVariantList binds{entity};
    if (activeOnly)
        sql += QStringLiteral(" AND active = ?");
    if (activeOnly)
        binds << true;
    if (!recordType.isEmpty()) {
        sql += QStringLiteral(" AND (record_type IS NULL OR record_type = ?)");
        binds << recordType;
    }
    sql += QStringLiteral(" ORDER BY position, id");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<AttributeDefinition> result;
    if (!q.prepare(sql)) {
        if (error)
            *error = m_db.describeError(q.lastError());
        return result;
    }
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = m_db.describeError(q.lastError());
        return result;
    }
    while (q.next())
        result << fromRecord(q);
    return result;
}

AttributeDefinition AttributeDefinitions::byId(const QString& id, QString* error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM attribute_definitions WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = m_db.describeError(q.lastError());
        return {};
    }
    return q.next() ? fromRecord(q) : AttributeDefinition();
}

QHash<QString, QString> AttributeDefinitions::validate(const AttributeDefinition& d)
{
    QHash<QString, QString> errors;
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    if (!keyPattern.match(d.key).hasMatch())
        errors.insert(QStringLiteral("key"),
                      tr("The key is 1 to 40 small letters, digits or _, starting with a letter (e.g. budget_year)."));
    if (d.labelEn.trimmed().isEmpty() && d.labelZh.trimmed().isEmpty())
        errors.insert(QStringLiteral("label_en"), tr("Enter the field's name in English or in Chinese."));
    if (d.entity.isEmpty() || !entities().contains(d.entity))
        errors.insert(QStringLiteral("entity"), tr("Custom fields are not available for this kind of record."));
    if (d.kind == AttributeDefinition::Kind::Choice || d.kind == AttributeDefinition::Kind::MultiChoice) {
        QStringList seen;
        for (const AttributeChoice& c : d.choices) {
            if (c.value.trimmed().isEmpty() || c.value.contains(QLatin1Char(';')) || seen.contains(c.value)) {
                errors.insert(QStringLiteral("choices"), tr("Each choice needs a code of its own, without \";\"."));
                break;
            }
            seen << c.value;
        }
        if (d.choices.isEmpty() && !errors.contains(QStringLiteral("choices")))
            errors.insert(QStringLiteral("choices"), tr("Add at least one choice."));
    }
    if (d.kind == AttributeDefinition::Kind::Money) {
        static const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}$"));
        if (!currencyPattern.match(d.currency).hasMatch())
            errors.insert(QStringLiteral("currency"), tr("Choose the currency of the amounts."));
    }
    return errors;
}

WriteResult AttributeDefinitions::save(AttributeDefinition& definition)
{
    AttributeDefinition working = definition;
    const WriteResult result = RecordWriter::transact(m_db, [&](RecordWriter& writer) {
        working = definition;
        return save(writer, working);
    });
    if (result.ok())
        definition = working;
    return result;
}

WriteResult AttributeDefinitions::save(RecordWriter& writer, AttributeDefinition& d)
{
    const QHash<QString, QString> errors = validate(d);
    if (!errors.isEmpty()) {
        WriteResult invalid = WriteResult::failure(WriteResult::Invalid, errors.cbegin().value());
        invalid.fieldErrors = errors;
        return invalid;
    }
    QSqlQuery q(writer.database().connection());
    q.prepare(
        QStringLiteral("SELECT id FROM attribute_definitions WHERE entity = ? AND key = ? AND deleted_at IS NULL"));
    q.addBindValue(d.entity);
    q.addBindValue(d.key);
    if (q.exec() && q.next() && q.value(0).toString() != d.id) {
        WriteResult invalid = WriteResult::failure(WriteResult::Invalid,
                                                   tr("Another field of these records has the key \"%1\".").arg(d.key));
        invalid.fieldErrors.insert(QStringLiteral("key"), invalid.message);
        return invalid;
    }
    q.finish();

    QVariantHash row{
        {QStringLiteral("entity"), d.entity},
        {QStringLiteral("record_type"), d.recordType.isEmpty() ? QVariant() : QVariant(d.recordType)},
        {QStringLiteral("key"), d.key},
        {QStringLiteral("label_en"), d.labelEn.trimmed()},
        {QStringLiteral("label_zh"), d.labelZh.trimmed().isEmpty() ? QVariant() : d.labelZh.trimmed()},
        {QStringLiteral("kind"), AttributeDefinition::kindCode(d.kind)},
        {QStringLiteral("choices"), d.choices.isEmpty() ? QVariant() : AttributeDefinition::choicesJson(d.choices)},
        {QStringLiteral("currency"), d.currency.isEmpty() ? QVariant() : QVariant(d.currency)},
        {QStringLiteral("required"), d.required},
        {QStringLiteral("active"), d.active}};
    if (d.id.isEmpty() || d.version == 0) {
        q.prepare(QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM attribute_definitions WHERE entity = ? "
                                 "AND deleted_at IS NULL"));
        q.addBindValue(d.entity);
        d.position = q.exec() && q.next() ? q.value(0).toInt() : 0;
        q.finish();
        row.insert(QStringLiteral("position"), d.position);
        if (!d.id.isEmpty())
            row.insert(QStringLiteral("id"), d.id);
        const WriteResult inserted = writer.insert(kTable, row);
        if (inserted.ok()) {
            d.id = inserted.id;
            d.version = inserted.version;
        }
        return inserted;
    }
    // The key and kind say how stored values read: they stay while values exist.
    const AttributeDefinition stored = AttributeDefinitions(writer.database()).byId(d.id);
    if (!stored.id.isEmpty() && (stored.key != d.key || stored.kind != d.kind)) {
        q.prepare(QStringLiteral("SELECT 1 FROM attribute_values WHERE attribute_id = ? LIMIT 1"));
        q.addBindValue(d.id);
        if (q.exec() && q.next()) {
            WriteResult invalid = WriteResult::failure(
                WriteResult::Invalid, tr("Records already have values in this field: its key and kind cannot change."));
            invalid.fieldErrors.insert(stored.key != d.key ? QStringLiteral("key") : QStringLiteral("kind"),
                                       invalid.message);
            return invalid;
        }
    }
    const WriteResult updated = writer.update(kTable, d.id, d.version, row);
    if (updated.ok())
        d.version = updated.version;
    return updated;
}

WriteResult AttributeDefinitions::reorder(const QStringList& ids)
{
    return RecordWriter::transact(m_db, [&](RecordWriter& writer) {
        WriteResult result;
        for (int i = 0; i < ids.size(); ++i) {
            const WriteResult moved = writer.updateWhere(kTable, {{QStringLiteral("position"), i}},
                                                         QStringLiteral("id = ? AND position <> ?"), {ids.at(i), i});
            if (!moved.ok())
                return moved;
        }
        return result;
    });
}

WriteResult AttributeDefinitions::setActive(const QString& id, bool active, int expectedVersion)
{
    return RecordWriter::transact(m_db, [&](RecordWriter& writer) {
        return writer.update(kTable, id, expectedVersion, {{QStringLiteral("active"), active}});
    });
}

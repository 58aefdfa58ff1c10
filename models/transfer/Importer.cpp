#include "Importer.h"

#include "AttributeDefinitions.h"
#include "AttributeValues.h"
#include "BulkLoad.h"
#include "BulkLoadDialect.h"
#include "Database.h"
#include "DuplicateIndex.h"
#include "FieldValidator.h"
#include "PipelineService.h"
#include "RecordBatch.h"
#include "RecordStore.h"
#include "RecordWriter.h"
#include "SqlValues.h"
#include "Uuid.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using F = ImportField;
using ImportValues::DateEvidence;
using ImportValues::DateOrder;

namespace {
// Rows between flushes, progress reports and cancel checks.
constexpr int kBatchRows = 512;

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString targetName(F::Target target)
{
    switch (target) {
    case F::User:
        return QStringLiteral("users");
    case F::Team:
        return QStringLiteral("teams");
    case F::Customer:
        return QStringLiteral("customers");
    case F::Contact:
        return QStringLiteral("contacts");
    case F::Opportunity:
        return QStringLiteral("opportunities");
    case F::Stage:
        return QStringLiteral("pipeline_stages");
    case F::Industry:
        return QStringLiteral("industries");
    case F::LeadSource:
        return QStringLiteral("lead_sources");
    case F::Channel:
        return QStringLiteral("interaction_channels");
    case F::InteractionType:
        return QStringLiteral("interaction_types");
    case F::Product:
        return QStringLiteral("products");
    case F::None:
        break;
    }
    return {};
}

bool creatable(F::Target target)
{
    return target == F::User || target == F::Team || target == F::Customer || target == F::Contact ||
           target == F::Product;
}

// Whether a stored value and an imported one say the same (dates, times and booleans read back per dialect).
bool sameValue(const QVariant& stored, const QVariant& incoming)
{
    if (incoming.isNull() || stored.isNull())
        return incoming.isNull() == stored.isNull();
    switch (incoming.typeId()) {
    case QMetaType::QDate:
        return SqlValues::toDate(stored) == incoming.toDate();
    case QMetaType::QDateTime:
        return SqlValues::toDateTime(stored).toMSecsSinceEpoch() == incoming.toDateTime().toMSecsSinceEpoch();
    case QMetaType::Bool:
        return stored.toBool() == incoming.toBool();
    case QMetaType::LongLong:
    case QMetaType::Int:
        return stored.toLongLong() == incoming.toLongLong();
    default:
        return stored.toString() == incoming.toString();
    }
}
} // namespace

// ---------------------------------------------------------------------------------------------------------------
// ImportReport

void ImportReport::addProblem(const ImportProblem& problem)
{
    if (problems.size() < kMaxProblems)
        problems.append(problem);
    else
        ++moreProblems;
}

QByteArray ImportReport::problemsCsv() const
{
    QString text = QStringLiteral("\uFEFF") + tr("Line") + QLatin1Char(',') + tr("Column") + QLatin1Char(',') +
                   tr("Value") + QLatin1Char(',') + tr("Problem") + QStringLiteral("\r\n");
    if (!fatal.isEmpty())
        text += QStringLiteral(",,,") + csvField(fatal) + QStringLiteral("\r\n");
    for (const ImportProblem& p : problems) {
        text += (p.line > 0 ? QString::number(p.line) : QString()) + QLatin1Char(',') + csvField(p.column) +
                QLatin1Char(',') + csvField(p.value) + QLatin1Char(',') + csvField(p.problem) + QStringLiteral("\r\n");
    }
    if (moreProblems > 0)
        text +=
            QStringLiteral(",,,") + csvField(tr("… and %1 more problems").arg(moreProblems)) + QStringLiteral("\r\n");
    return text.toUtf8();
}

bool ImportReport::saveProblems(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(problemsCsv()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot save the row report to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------------------------
// References by name

// Finds rows by the names a file gives them, caching each answer: small tables (users, teams, stages, lookup lists,
// products) are read whole once; customers, contacts and opportunities are asked for per distinct name. Names
// compare as ImportEntities::normalised (case, width and spacing ignored) in small tables, exactly (trimmed) in
// large ones, where an index answers.
class Importer::References
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    enum Status { Found, Missing, Ambiguous, Failed };

    explicit References(Database& db) : m_db(db) {}

    Status find(F::Target target, const QString& name, const QString& scope, QVariant* id, QString* error)
    {
        const QString key = cacheKey(target, name, scope);
        auto hit = m_cache.constFind(key);
        if (hit != m_cache.cend())
            return answer(*hit, id);
        if (isSmall(target)) {
            if (!m_loaded.contains(target) && !load(target, error))
                return Failed;
            hit = m_cache.constFind(key);
            return hit == m_cache.cend() ? Missing : answer(*hit, id);
        }
        QSqlQuery q(m_db.connection());
        const QString trimmed = name.trimmed();
        if (target == F::Customer) {
            q.prepare(QStringLiteral("SELECT id FROM customers WHERE name = ? AND deleted_at IS NULL LIMIT 2"));
            q.addBindValue(trimmed);
        } else if (target == F::Contact) {
            q.prepare(QStringLiteral(
                "SELECT id FROM contacts WHERE customer_id = ? AND name = ? AND deleted_at IS NULL LIMIT 2"));
            q.addBindValue(scope);
            q.addBindValue(trimmed);
        } else if (scope.isEmpty()) {
            q.prepare(QStringLiteral("SELECT id FROM opportunities WHERE name = ? AND deleted_at IS NULL LIMIT 2"));
            q.addBindValue(trimmed);
        } else {
            q.prepare(QStringLiteral(
                "SELECT id FROM opportunities WHERE customer_id = ? AND name = ? AND deleted_at IS NULL LIMIT 2"));
            q.addBindValue(scope);
            q.addBindValue(trimmed);
        }
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return Failed;
        }
        QVariant found;
        int count = 0;
        while (q.next()) {
            found = q.value(0).toString();
            ++count;
        }
        const Entry entry{count == 0 ? Missing : count == 1 ? Found : Ambiguous, found};
        m_cache.insert(key, entry);
        return answer(entry, id);
    }

    // Makes the missing row inside the writer's transaction (pass 2).
    bool create(RecordWriter& writer, F::Target target, const QString& name, const QString& scope, QVariant* id,
                QString* error)
    {
        const QString trimmed = name.trimmed();
        QVariantHash row;
        switch (target) {
        case F::User:
            row = {{QStringLiteral("username"), trimmed}, {QStringLiteral("display_name"), trimmed}};
            break;
        case F::Contact:
            row = {{QStringLiteral("customer_id"), scope}, {QStringLiteral("name"), trimmed}};
            break;
        default:
            row = {{QStringLiteral("name"), trimmed}};
            break;
        }
        const WriteResult written = writer.insert(targetName(target), row);
        if (!written.ok()) {
            if (error)
                *error = written.message;
            return false;
        }
        *id = written.id;
        const Entry entry{Found, written.id};
        m_cache.insert(cacheKey(target, name, scope), entry);
        ++m_created[targetName(target)];
        return true;
    }

    // Rows an earlier file of the same import adds: found by pass 2 once written, so not missing in pass 1.
    void expect(F::Target target, const QString& name) { m_expected.insert(cacheKey(target, name, {})); }
    bool expected(F::Target target, const QString& name) const
    {
        return m_expected.contains(cacheKey(target, name, {}));
    }
    // Before pass 2 and after a write: answers may have changed.
    void reset()
    {
        m_cache.clear();
        m_loaded.clear();
    }
    const QMap<QString, qint64>& createdCounts() const { return m_created; }
    void clearCreated() { m_created.clear(); }

private:
    struct Entry
    {
        Status status = Missing;
        QVariant id;
    };

    static bool isSmall(F::Target target)
    {
        return target != F::Customer && target != F::Contact && target != F::Opportunity;
    }

    static QString cacheKey(F::Target target, const QString& name, const QString& scope)
    {
        const QString key = isSmall(target) ? ImportEntities::normalised(name) : name.trimmed();
        return QString::number(int(target)) + QLatin1Char('\x1f') + scope + QLatin1Char('\x1f') + key;
    }

    static Status answer(const Entry& entry, QVariant* id)
    {
        if (entry.status == Found)
            *id = entry.id;
        return entry.status;
    }

    void remember(QHash<QString, Entry>& names, F::Target target, const QString& name, const QVariant& id)
    {
        if (name.trimmed().isEmpty())
            return;
        const QString key = cacheKey(target, name, {});
        auto it = names.find(key);
        if (it == names.end())
            names.insert(key, Entry{Found, id});
        else if (it->id != id)
            it->status = Ambiguous;
    }

    bool load(F::Target target, QString* error)
    {
        QString sql;
        switch (target) {
        case F::User:
            sql = QStringLiteral("SELECT id, username, display_name FROM users WHERE deleted_at IS NULL");
            break;
        case F::Team:
        case F::Stage:
        case F::Product:
            sql = QStringLiteral("SELECT id, name FROM %1 WHERE deleted_at IS NULL").arg(targetName(target));
            break;
        default:
            sql = QStringLiteral("SELECT id, code, name FROM %1").arg(targetName(target));
            break;
        }
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        // A user is found by user name before display name: two columns, two passes over the names.
        QHash<QString, Entry> first;
        QHash<QString, Entry> second;
        while (q.next()) {
            const QVariant id =
                target == F::Industry || target == F::LeadSource || target == F::Channel || target == F::InteractionType
                    ? QVariant(q.value(0).toInt())
                    : QVariant(q.value(0).toString());
            remember(first, target, q.value(1).toString(), id);
            if (q.record().count() > 2)
                remember(second, target, q.value(2).toString(), id);
        }
        for (auto it = second.cbegin(); it != second.cend(); ++it) {
            if (!first.contains(it.key()))
                first.insert(it.key(), it.value());
        }
        for (auto it = first.cbegin(); it != first.cend(); ++it)
            m_cache.insert(it.key(), it.value());
        m_loaded.insert(target);
        return true;
    }

    Database& m_db;
    QHash<QString, Entry> m_cache;
    QSet<int> m_loaded;
    QSet<QString> m_expected;
    QMap<QString, qint64> m_created;
};

// ---------------------------------------------------------------------------------------------------------------
// One file: its spec, its source and how its cells become a row.

struct Importer::Step
{
    ImportSpec spec;
    RowSource* source = nullptr;

    // One field fed by a column of the file or a constant.
    struct Slot
    {
        const ImportField* field = nullptr;
        int sourceColumn = -1; // -1: the constant
        QString header;        // for the report
        QString constant;
        QHash<QString, QString> valueMap; // normalised text -> text
        int valueIndex = -1;              // in columns
        int currencyIndex = -1;
        DateOrder order = DateOrder::Unknown;
        // pass 1 evidence about d/m vs m/d
        qint64 dayFirst = 0, monthFirst = 0, ambiguous = 0;
        ImportProblem firstAmbiguous;
    };
    QList<Slot> plan;
    // Custom fields fed by a column ("attr:<key>", or a header naming the field) or a constant; their cells are read
    // by AttributeValues and written to attribute_values with the row.
    struct AttributeSlot
    {
        AttributeDefinition definition;
        int sourceColumn = -1; // -1: the constant
        QString header;
        QString constant;
    };
    QList<AttributeSlot> attributes;
    QString attributeEntity; // "customer" …
    QStringList columns;     // written by inserts: "id" first
    QString table;
    QString keyField;
    int keySlot = -1;
    int stageIndex = -1, probabilityIndex = -1, enteredIndex = -1; // opportunities
    bool probabilityMapped = false;
    QString firstStage;
    QHash<QString, int> stageProbability;
    QString region;
    // Keys seen in pass 1 (64-bit hashes) -> line, to report a key repeated within the file.
    QHash<quint64, qint64> keys;
    // Targets an earlier step of this import adds rows to, with the step's name field.
    bool tracksNames = false;
    qint64 validRows = 0;
    QMap<QString, QString> mapped;
    // A field naming a row of the same entity (a customer's parent company, a team's parent team): the row it
    // names may come later in the file, so it is resolved after the file's rows are in (pass 1: against the
    // file's names; pass 2: by an update of the rows that name one).
    int selfSlot = -1;
    int nameIndex = -1;
    QSet<QString> fileNames;
    struct Deferred
    {
        QString id;
        QString name;
        ImportProblem where;
    };
    QList<Deferred> deferred;
};

// ---------------------------------------------------------------------------------------------------------------

namespace {
// The typed columns of attribute_values an import writes (AttributeValues::storage fills the kind's own).
const QStringList kAttributeValueColumns{QStringLiteral("value_text"),        QStringLiteral("value_number"),
                                         QStringLiteral("value_money_minor"), QStringLiteral("value_currency"),
                                         QStringLiteral("value_date"),        QStringLiteral("value_bool")};
} // namespace

Importer::Importer(Database& db) : m_db(db) {}

Importer::~Importer() = default;

void Importer::addFile(const ImportSpec& spec, RowSource* source)
{
    auto step = std::make_unique<Step>();
    step->spec = spec;
    step->source = source;
    m_steps.push_back(std::move(step));
}

QMap<QString, QString> Importer::mappedColumns(int file) const
{
    if (file < 0 || file >= int(m_steps.size()))
        return {};
    const Step& step = *m_steps[size_t(file)];
    return step.spec.effectiveColumns(step.source->headers());
}

namespace {
struct Converted
{
    QVariantList values;
    QList<ImportProblem> problems;
    QString keyText;
    // references to create in pass 2: value index -> (target, name, scope value index)
    struct Pending
    {
        int index;
        F::Target target;
        QString name;
    };
    QList<Pending> pending;
    QString selfName;        // the name the self-referencing field gives, resolved later
    QVariantHash attributes; // custom field key -> value (cells left empty are absent)
};
} // namespace

class Importer::RowPlan
{
public:
    static bool prepare(Database& db, Step& step, QString* error)
    {
        const ImportSpec& spec = step.spec;
        if (!spec.check(error))
            return false;
        step.table = ImportEntities::table(spec.entity);
        step.plan.clear();
        step.columns = QStringList{QStringLiteral("id")};
        step.region = spec.phoneRegion.isEmpty() ? FieldValidator::defaultRegion() : spec.phoneRegion;
        const QStringList headers = step.source->headers();
        step.mapped = spec.effectiveColumns(headers);
        QHash<QString, int> columnOfField;
        for (auto it = step.mapped.cbegin(); it != step.mapped.cend(); ++it) {
            const int index = int(headers.indexOf(it.key()));
            if (index < 0 && !spec.columns.isEmpty()) {
                if (error)
                    *error = tr("The mapping names the column \"%1\", which the file does not have.").arg(it.key());
                return false;
            }
            if (index >= 0 && !it.value().isEmpty())
                columnOfField.insert(it.value(), index);
        }
        // Catalogue order: a contact's customer is resolved before the contact.
        for (const ImportField& field : ImportEntities::fields(spec.entity)) {
            const bool constant = spec.constants.contains(field.name);
            if (!columnOfField.contains(field.name) && !constant)
                continue;
            Step::Slot slot;
            slot.field = &field;
            slot.sourceColumn = constant ? -1 : columnOfField.value(field.name);
            slot.header = constant ? field.displayName() : headers.value(slot.sourceColumn);
            slot.constant = spec.constants.value(field.name);
            const auto map = spec.values.value(field.name);
            for (auto it = map.cbegin(); it != map.cend(); ++it)
                slot.valueMap.insert(ImportEntities::normalised(it.key()), it.value());
            slot.order = spec.dateOrder;
            slot.valueIndex = int(step.columns.size());
            step.columns << field.column;
            if (field.kind == F::Money) {
                slot.currencyIndex = int(step.columns.size());
                step.columns << field.currencyColumn;
            }
            step.plan << slot;
        }
        if (!planAttributes(db, step, headers, columnOfField, error))
            return false;
        if (step.plan.isEmpty()) {
            if (error)
                *error = tr("No column of the file is mapped to a field of %1.").arg(spec.entity);
            return false;
        }
        step.selfSlot = -1;
        for (int i = 0; i < step.plan.size(); ++i) {
            const ImportField& f = *step.plan.at(i).field;
            if (f.kind == F::Reference && targetName(f.target) == step.table)
                step.selfSlot = i;
        }
        step.nameIndex = int(step.columns.indexOf(QStringLiteral("name")));
        // Required fields must be mapped (a users file may give the display name alone: it is the user name too).
        for (const ImportField& field : ImportEntities::fields(spec.entity)) {
            if (!field.required || step.columns.contains(field.column))
                continue;
            if (spec.entity == QLatin1String("users") && field.name == QLatin1String("username") &&
                step.columns.contains(QStringLiteral("display_name"))) {
                continue;
            }
            if (error)
                *error =
                    tr("No column is mapped to the required field \"%1\" (%2).").arg(field.displayName(), field.name);
            return false;
        }
        if (spec.entity == QLatin1String("users") && !step.columns.contains(QStringLiteral("username")))
            step.columns << QStringLiteral("username");
        step.keyField = spec.key;
        if (step.keyField.isEmpty() &&
            (spec.entity == QLatin1String("users") || spec.entity == QLatin1String("teams") ||
             spec.entity == QLatin1String("products")))
            step.keyField = ImportEntities::keyFields(spec.entity).first(); // their names are unique
        step.keySlot = -1;
        for (int i = 0; i < step.plan.size(); ++i) {
            if (step.plan.at(i).field->name == step.keyField)
                step.keySlot = i;
        }
        if (!step.keyField.isEmpty() && step.keySlot < 0 && !spec.key.isEmpty()) {
            if (error)
                *error = tr("The key \"%1\" is not mapped to a column of the file.").arg(spec.key);
            return false;
        }

        if (spec.entity == QLatin1String("opportunities")) {
            step.stageIndex = int(step.columns.indexOf(QStringLiteral("stage_id")));
            if (step.stageIndex < 0) {
                step.stageIndex = int(step.columns.size());
                step.columns << QStringLiteral("stage_id");
            }
            step.probabilityIndex = int(step.columns.indexOf(QStringLiteral("probability")));
            step.probabilityMapped = step.probabilityIndex >= 0;
            if (!step.probabilityMapped) {
                step.probabilityIndex = int(step.columns.size());
                step.columns << QStringLiteral("probability");
            }
            step.enteredIndex = int(step.columns.size());
            step.columns << QStringLiteral("stage_entered_at");
            QSqlQuery q(db.connection());
            if (!q.exec(QStringLiteral("SELECT id, probability, is_won, is_lost FROM pipeline_stages "
                                       "WHERE deleted_at IS NULL ORDER BY sort_order, id"))) {
                if (error)
                    *error = q.lastError().text();
                return false;
            }
            step.firstStage.clear();
            while (q.next()) {
                step.stageProbability.insert(q.value(0).toString(), q.value(1).toInt());
                if (step.firstStage.isEmpty() && !q.value(2).toBool() && !q.value(3).toBool())
                    step.firstStage = q.value(0).toString();
            }
        }
        return true;
    }

    // One record into values; problems say what is wrong. writer: pass 2 (creates missing references).
    // The entity's active custom fields the file feeds: mapped by name ("attr:<key>"), given as a constant, or (no
    // mapping) a header that is the field's key or either of its names.
    static bool planAttributes(Database& db, Step& step, const QStringList& headers,
                               const QHash<QString, int>& columnOfField, QString* error)
    {
        const ImportSpec& spec = step.spec;
        step.attributes.clear();
        step.attributeEntity = RecordStore::entityOfTable(step.table);
        QList<AttributeDefinition> fields;
        if (AttributeDefinitions::entities().contains(step.attributeEntity))
            fields = AttributeDefinitions(db).forEntity(step.attributeEntity, true, QString(), error);
        if (error && !error->isEmpty())
            return false;
        QStringList named;
        for (auto it = spec.columns.cbegin(); it != spec.columns.cend(); ++it)
            if (it.value().startsWith(QLatin1String("attr:")))
                named << it.value();
        for (auto it = spec.constants.cbegin(); it != spec.constants.cend(); ++it)
            if (it.key().startsWith(QLatin1String("attr:")))
                named << it.key();
        for (const AttributeDefinition& d : std::as_const(fields)) {
            const QString name = d.fieldName();
            named.removeAll(name);
            int column = columnOfField.value(name, -1);
            if (column < 0 && spec.columns.isEmpty()) {
                const QStringList names{ImportEntities::normalised(d.key), ImportEntities::normalised(d.labelEn),
                                        ImportEntities::normalised(d.labelZh)};
                for (int h = 0; h < headers.size() && column < 0; ++h) {
                    const QString header = ImportEntities::normalised(headers.at(h));
                    if (!header.isEmpty() && step.mapped.value(headers.at(h)).isEmpty() && names.contains(header)) {
                        column = h;
                        step.mapped.insert(headers.at(h), name);
                    }
                }
            }
            const bool constant = spec.constants.contains(name);
            if (column < 0 && !constant)
                continue;
            step.attributes << Step::AttributeSlot{
                d, constant ? -1 : column, constant ? d.label() : headers.value(column), spec.constants.value(name)};
        }
        if (!named.isEmpty()) {
            if (error)
                *error = tr("%1 has no active custom field \"%2\".").arg(spec.entity, named.first().mid(5));
            return false;
        }
        return true;
    }

    static void convert(Step& step, References& refs, RecordWriter* writer, const SourceRow& row, bool collectEvidence,
                        Converted* out)
    {
        out->values = QVariantList(step.columns.size());
        out->problems.clear();
        out->keyText.clear();
        out->pending.clear();
        out->selfName.clear();
        if (!row.problem.isEmpty()) {
            out->problems << ImportProblem{row.line, QString(), QString(), row.problem};
            return;
        }
        const ImportSpec& spec = step.spec;
        auto problem = [&](const Step::Slot& slot, const QString& value, const QString& why) {
            out->problems << ImportProblem{row.line, slot.header, value, why};
        };
        QString customerId; // scope for contacts and opportunities named in the same record
        for (int slotIndex = 0; slotIndex < step.plan.size(); ++slotIndex) {
            Step::Slot& slot = step.plan[slotIndex];
            const ImportField& f = *slot.field;
            QVariant cell = slot.sourceColumn >= 0 ? row.cells.value(slot.sourceColumn) : QVariant(slot.constant);
            QString text;
            const bool typed = cell.typeId() != QMetaType::QString && !cell.isNull();
            if (!typed)
                text = cell.toString().trimmed();
            else
                text = cell.toString();
            if (!slot.valueMap.isEmpty() && !text.isEmpty()) {
                const auto mapped = slot.valueMap.constFind(ImportEntities::normalised(text));
                if (mapped != slot.valueMap.cend()) {
                    text = mapped->trimmed();
                    cell = text;
                }
            }
            if (text.isEmpty()) {
                if (f.required && !(f.name == QLatin1String("stage") && !step.firstStage.isEmpty())) {
                    problem(slot, text, tr("This field is required."));
                    continue;
                }
                QVariant value = f.defaultValue;
                if (f.integerChoice && value.isValid())
                    value = value.toInt();
                out->values[slot.valueIndex] = value;
                if (slot.currencyIndex >= 0)
                    out->values[slot.currencyIndex] =
                        f.currencyColumn == QLatin1String("currency") && spec.entity == QLatin1String("opportunities")
                            ? QVariant(spec.currency)
                            : QVariant();
                if (f.kind == F::Money && spec.entity == QLatin1String("opportunities"))
                    out->values[slot.valueIndex] = qint64(0); // amount_minor NOT NULL DEFAULT 0
                continue;
            }
            QString why;
            switch (f.kind) {
            case F::Text:
                if (f.maxLength > 0 && text.size() > f.maxLength) {
                    problem(slot, text.left(80),
                            tr("This text is %1 characters long; at most %2 fit.").arg(text.size()).arg(f.maxLength));
                    continue;
                }
                out->values[slot.valueIndex] = text;
                break;
            case F::Email:
                why = FieldValidator::email(text);
                if (!why.isEmpty()) {
                    problem(slot, text, why);
                    continue;
                }
                out->values[slot.valueIndex] = text;
                break;
            case F::Phone:
                // Never refused (a number libphonenumber cannot read is kept as written), and reading one costs
                // tens of microseconds: only the write pass normalises.
                out->values[slot.valueIndex] = writer ? ImportValues::phone(text, step.region) : text;
                break;
            case F::Date:
            case F::DateTime: {
                if (typed && (cell.typeId() == QMetaType::QDate || cell.typeId() == QMetaType::QDateTime)) {
                    out->values[slot.valueIndex] =
                        f.kind == F::Date ? QVariant(cell.toDate()) : QVariant(cell.toDateTime().toUTC());
                    break;
                }
                DateEvidence evidence = DateEvidence::None;
                QDate date;
                QDateTime when;
                const bool parsed = f.kind == F::Date
                                        ? ImportValues::parseDate(text, slot.order, &date, &evidence, &why)
                                        : ImportValues::parseDateTime(text, slot.order, &when, &evidence, &why);
                if (!parsed) {
                    problem(slot, text, why);
                    continue;
                }
                if (collectEvidence && spec.dateOrder == DateOrder::Unknown) {
                    if (evidence == DateEvidence::DayFirst)
                        ++slot.dayFirst;
                    else if (evidence == DateEvidence::MonthFirst)
                        ++slot.monthFirst;
                    else if (evidence == DateEvidence::Ambiguous && slot.ambiguous++ == 0)
                        slot.firstAmbiguous = ImportProblem{row.line, slot.header, text, QString()};
                }
                out->values[slot.valueIndex] = f.kind == F::Date ? QVariant(date) : QVariant(when);
                break;
            }
            case F::Money: {
                qint64 minor = 0;
                QString currency;
                const QString source =
                    typed && cell.typeId() == QMetaType::Double ? QString::number(cell.toDouble(), 'f', 6) : text;
                if (!ImportValues::parseMoney(source, spec.currency, &minor, &currency, &why)) {
                    problem(slot, text, why);
                    continue;
                }
                why = FieldValidator::currency(currency);
                if (why.isEmpty())
                    why = FieldValidator::amountMinor(minor);
                if (!why.isEmpty()) {
                    problem(slot, text, why);
                    continue;
                }
                out->values[slot.valueIndex] = minor;
                out->values[slot.currencyIndex] = currency;
                break;
            }
            case F::Integer: {
                qint64 number = 0;
                if (!ImportValues::parseInteger(text, &number, &why)) {
                    problem(slot, text, why);
                    continue;
                }
                if (f.maximum >= f.minimum && (number < f.minimum || number > f.maximum)) {
                    problem(slot, text, tr("The value must lie between %1 and %2.").arg(f.minimum).arg(f.maximum));
                    continue;
                }
                out->values[slot.valueIndex] = number;
                break;
            }
            case F::Bool: {
                bool flag = false;
                if (typed && cell.typeId() == QMetaType::Bool)
                    flag = cell.toBool();
                else if (!ImportValues::parseBool(text, &flag, &why)) {
                    problem(slot, text, why);
                    continue;
                }
                out->values[slot.valueIndex] = flag;
                break;
            }
            case F::Choice: {
                const QString value = f.choiceNames.value(ImportEntities::normalised(text));
                if (value.isEmpty()) {
                    problem(slot, text, tr("Use one of: %1.").arg(f.choices.join(QStringLiteral(", "))));
                    continue;
                }
                out->values[slot.valueIndex] = f.integerChoice ? QVariant(value.toInt()) : QVariant(value);
                break;
            }
            case F::Reference: {
                if (slotIndex == step.selfSlot) {
                    out->selfName = text; // after the file's rows (Importer::RowPlan::resolveSelf)
                    break;
                }
                const QString scope = f.target == F::Contact || f.target == F::Opportunity ? customerId : QString();
                if (f.target == F::Contact && customerId.isNull()) {
                    problem(slot, text, tr("A contact is found by name within its customer: map the customer."));
                    continue;
                }
                if ((f.target == F::Contact || f.target == F::Opportunity) && !customerId.isNull() &&
                    customerId.isEmpty()) {
                    // The customer is made by this import (pass 1): so is the contact, when missing ones are made.
                    if (spec.createMissing && creatable(f.target))
                        break;
                    problem(slot, text,
                            tr("There is no %1 named \"%2\" for a new customer.").arg(f.displayName().toLower(), text));
                    continue;
                }
                QVariant id;
                QString error;
                const References::Status status = refs.find(f.target, text, scope, &id, &error);
                if (status == References::Found) {
                    out->values[slot.valueIndex] = id;
                    if (f.target == F::Customer && f.name == QLatin1String("customer"))
                        customerId = id.toString();
                    break;
                }
                if (status == References::Failed) {
                    problem(slot, text, tr("Cannot look this name up: %1").arg(error));
                    continue;
                }
                if (status == References::Ambiguous) {
                    problem(slot, text, tr("Several records have this name; rename them or import by another key."));
                    continue;
                }
                if (refs.expected(f.target, text) || (spec.createMissing && creatable(f.target))) {
                    if (writer) {
                        if (!refs.create(*writer, f.target, text, scope, &id, &error)) {
                            problem(slot, text, tr("Cannot create it: %1").arg(error));
                            continue;
                        }
                        out->values[slot.valueIndex] = id;
                        if (f.target == F::Customer && f.name == QLatin1String("customer"))
                            customerId = id.toString();
                    } else if (f.target == F::Customer && f.name == QLatin1String("customer")) {
                        customerId = QStringLiteral(""); // made in pass 2: its contacts are new too
                    }
                    break;
                }
                problem(slot, text,
                        creatable(f.target) ? tr("There is no %1 named \"%2\"; create missing references to add it.")
                                                  .arg(f.displayName().toLower(), text)
                                            : tr("There is no %1 named \"%2\".").arg(f.displayName().toLower(), text));
                continue;
            }
            }
            if (slotIndex == step.keySlot)
                out->keyText = out->values.at(slot.valueIndex).toString();
        }
        out->attributes.clear();
        for (const Step::AttributeSlot& slot : std::as_const(step.attributes)) {
            const QVariant cell = slot.sourceColumn >= 0 ? row.cells.value(slot.sourceColumn) : QVariant(slot.constant);
            const QString text =
                cell.typeId() == QMetaType::QDate ? cell.toDate().toString(Qt::ISODate) : cell.toString().trimmed();
            if (text.isEmpty())
                continue; // an empty cell keeps what the record has
            QString why;
            const QVariant value = AttributeValues::parse(slot.definition, text, &why);
            if (why.isEmpty())
                why = AttributeValues::check(slot.definition, value);
            if (!why.isEmpty()) {
                out->problems << ImportProblem{row.line, slot.header, text, why};
                continue;
            }
            out->attributes.insert(slot.definition.key, value);
        }
        if (spec.entity == QLatin1String("users")) {
            const int user = int(step.columns.indexOf(QStringLiteral("username")));
            const int display = int(step.columns.indexOf(QStringLiteral("display_name")));
            if (out->values.at(user).toString().isEmpty() && display >= 0)
                out->values[user] = out->values.at(display);
            if (step.keyField == QLatin1String("username"))
                out->keyText = out->values.at(user).toString();
        }
        if (step.stageIndex >= 0) {
            QString stage = out->values.at(step.stageIndex).toString();
            if (stage.isEmpty()) {
                stage = step.firstStage;
                out->values[step.stageIndex] = stage;
            }
            if (!step.probabilityMapped || out->values.at(step.probabilityIndex).isNull())
                out->values[step.probabilityIndex] = step.stageProbability.value(stage);
            if (writer)
                out->values[step.enteredIndex] = writer->now();
        }
    }
};

// ---------------------------------------------------------------------------------------------------------------

static QString selfKey(const QString& table, const QString& name)
{
    // As References compares: small tables by normalised name, large ones by the trimmed text.
    return table == QLatin1String("teams") ? ImportEntities::normalised(name) : name.trimmed();
}

bool Importer::validatePass(ImportReport* report, bool checkDuplicates)
{
    References refs(m_db);
    QElapsedTimer timer;
    timer.start();
    for (size_t s = 0; s < m_steps.size(); ++s) {
        Step& step = *m_steps[s];
        if (!step.source->rewind()) {
            report->fatal = step.source->error();
            return false;
        }
        QString error;
        if (!RowPlan::prepare(m_db, step, &error)) {
            report->fatal = error;
            return false;
        }
        // Names this file adds that later files of the import may name.
        const QString nameField =
            step.spec.entity == QLatin1String("users") ? QStringLiteral("username") : QStringLiteral("name");
        F::Target adds = F::None;
        const QString entity = step.spec.entity;
        if (entity == QLatin1String("customers"))
            adds = F::Customer;
        else if (entity == QLatin1String("users"))
            adds = F::User;
        else if (entity == QLatin1String("teams"))
            adds = F::Team;
        else if (entity == QLatin1String("products"))
            adds = F::Product;
        bool laterNeeds = false;
        for (size_t later = s + 1; later < m_steps.size() && adds != F::None; ++later) {
            for (const ImportField& f : ImportEntities::fields(m_steps[later]->spec.entity))
                laterNeeds = laterNeeds || f.target == adds;
        }
        int nameIndex = int(step.columns.indexOf(nameField));
        int displayIndex = adds == F::User ? int(step.columns.indexOf(QStringLiteral("display_name"))) : -1;

        step.keys.clear();
        step.fileNames.clear();
        step.deferred.clear();
        step.validRows = 0;
        // Likely duplicates of saved records and of the file's own earlier rows, for the validation report.
        const QString dedupeEntity = entity == QLatin1String("customers")  ? QStringLiteral("customer")
                                     : entity == QLatin1String("contacts") ? QStringLiteral("contact")
                                                                           : QString();
        std::unique_ptr<DuplicateIndex> duplicates;
        if (checkDuplicates && !dedupeEntity.isEmpty() && step.keySlot < 0) {
            duplicates = std::make_unique<DuplicateIndex>(m_db, dedupeEntity);
            if (!duplicates->load(&error))
                duplicates.reset(); // a warning only: the import goes on without it
        }
        const auto columnValue = [&step](const Converted& c, const char* column) {
            const int at = int(step.columns.indexOf(QLatin1String(column)));
            return at >= 0 && at < c.values.size() ? c.values.at(at).toString() : QString();
        };
        qint64 duplicateChecks = 0;
        SourceRow row;
        Converted converted;
        qint64 rows = 0;
        while (step.source->next(&row)) {
            ++rows;
            ++report->read;
            RowPlan::convert(step, refs, nullptr, row, true, &converted);
            if (converted.problems.isEmpty() && !converted.keyText.isEmpty()) {
                const quint64 hash = qHash(ImportEntities::normalised(converted.keyText), 0x5eed);
                const auto seen = step.keys.constFind(hash);
                if (seen != step.keys.cend()) {
                    converted.problems << ImportProblem{row.line, step.plan.at(step.keySlot).header, converted.keyText,
                                                        tr("This key appears already on line %1.").arg(*seen)};
                } else {
                    step.keys.insert(hash, row.line);
                }
            }
            if (converted.problems.isEmpty() && step.selfSlot >= 0) {
                if (step.nameIndex >= 0)
                    step.fileNames.insert(selfKey(step.table, converted.values.at(step.nameIndex).toString()));
                if (!converted.selfName.isEmpty()) {
                    QVariant id;
                    QString why;
                    const ImportField& f = *step.plan.at(step.selfSlot).field;
                    if (refs.find(f.target, converted.selfName, {}, &id, &why) != References::Found) {
                        step.deferred << Step::Deferred{
                            QString(), converted.selfName,
                            ImportProblem{row.line, step.plan.at(step.selfSlot).header, converted.selfName, {}}};
                    }
                }
            }
            if (duplicates && converted.problems.isEmpty() && duplicateChecks++ < ImportReport::kMaxDuplicateChecks) {
                DuplicateRecord candidate;
                candidate.name = columnValue(converted, "name");
                candidate.email = columnValue(converted, "email");
                candidate.phone = columnValue(converted, "phone");
                candidate.mobile = columnValue(converted, "mobile");
                candidate.customerId = columnValue(converted, "customer_id");
                const QList<DuplicateMatch> matches = duplicates->check(candidate);
                if (!matches.isEmpty()) {
                    const DuplicateMatch& best = matches.first();
                    report->duplicates << ImportProblem{
                        row.line, QString(), candidate.name,
                        best.record.id.isEmpty()
                            ? tr("Looks like an earlier row of the file: %1 (%2).")
                                  .arg(best.record.name, DuplicateKeys::describe(best.reasons).toLower())
                            : tr("Looks like a saved record: %1 (%2).")
                                  .arg(best.record.name, DuplicateKeys::describe(best.reasons).toLower())};
                }
                duplicates->add(candidate);
            }
            if (converted.problems.isEmpty()) {
                ++report->valid;
                ++step.validRows;
                if (laterNeeds && nameIndex >= 0) {
                    refs.expect(adds, converted.values.at(nameIndex).toString());
                    if (displayIndex >= 0)
                        refs.expect(adds, converted.values.at(displayIndex).toString());
                }
            } else {
                ++report->rejected;
                for (const ImportProblem& p : std::as_const(converted.problems))
                    report->addProblem(p);
            }
            if (rows % kBatchRows == 0 && !checkpoint(1, int(s), rows, *step.source, timer, report))
                return false;
        }
        if (!step.source->error().isEmpty()) {
            report->fatal = step.source->error();
            return false;
        }
        // Names of the same entity: in the database, among the file's own rows, added by an earlier file of this
        // import (a profile's regional offices before the teams under them), or to be created.
        for (const Step::Deferred& d : std::as_const(step.deferred)) {
            const ImportField& f = *step.plan.at(step.selfSlot).field;
            if (step.fileNames.contains(selfKey(step.table, d.name)) || step.spec.createMissing ||
                refs.expected(f.target, d.name))
                continue;
            ImportProblem p = d.where;
            p.problem =
                tr("There is no %1 named \"%2\" in the database or the file.").arg(f.displayName().toLower(), d.name);
            report->addProblem(p);
            --report->valid;
            --step.validRows;
            ++report->rejected;
        }
        step.deferred.clear();
        step.fileNames.clear();
        if (m_progress)
            m_progress({1, int(s), rows, step.source->size(), step.source->size(),
                        rows / std::max(0.001, timer.elapsed() / 1000.0)});
        // The order of d/m/yyyy dates, decided by the file where the user has not.
        for (Step::Slot& slot : step.plan) {
            if (step.spec.dateOrder != DateOrder::Unknown ||
                (slot.field->kind != F::Date && slot.field->kind != F::DateTime))
                continue;
            if (slot.dayFirst > 0 && slot.monthFirst > 0) {
                report->fatal = tr("The column \"%1\" has dates with the day first (such as 31/1) and dates with the "
                                   "month first (such as 1/31); choose the date order.")
                                    .arg(slot.header);
                return false;
            }
            if (slot.dayFirst > 0)
                slot.order = DateOrder::DayFirst;
            else if (slot.monthFirst > 0)
                slot.order = DateOrder::MonthFirst;
            else if (slot.ambiguous > 0) {
                ImportProblem p = slot.firstAmbiguous;
                p.problem = tr("Is the day or the month first? No date of the column tells; choose the date order.");
                report->addProblem(p);
                report->fatal = tr("The dates in the column \"%1\" (such as %2) can be read day first or month first; "
                                   "choose the date order.")
                                    .arg(slot.header, slot.firstAmbiguous.value);
                return false;
            }
        }
    }
    if (report->read == 0) {
        report->fatal = tr("The file has no records to import.");
        return false;
    }
    return true;
}

ImportReport Importer::validate()
{
    QElapsedTimer timer;
    timer.start();
    ImportReport report;
    validatePass(&report, true);
    report.seconds = timer.elapsed() / 1000.0;
    return report;
}

bool Importer::checkpoint(int pass, int file, qint64 rows, const RowSource& source, const QElapsedTimer& timer,
                          ImportReport* report)
{
    if (cancelled()) {
        report->cancelled = true;
        return false;
    }
    if (m_progress)
        m_progress(
            {pass, file, rows, source.position(), source.size(), rows / std::max(0.001, timer.elapsed() / 1000.0)});
    return true;
}

bool Importer::writePass(RecordWriter& writer, Accept accept, ImportReport* report)
{
    References refs(m_db);
    QElapsedTimer timer;
    timer.start();
    for (size_t s = 0; s < m_steps.size(); ++s) {
        Step& step = *m_steps[s];
        if (!step.source->rewind()) {
            report->fatal = step.source->error();
            return false;
        }
        const bool opportunities = step.spec.entity == QLatin1String("opportunities");
        const QString keyColumn = step.keySlot >= 0 ? step.plan.at(step.keySlot).field->column
                                                    : (step.spec.entity == QLatin1String("users") &&
                                                               step.keyField == QLatin1String("username")
                                                           ? QStringLiteral("username")
                                                           : QString());
        const int keyIndex = keyColumn.isEmpty() ? -1 : int(step.columns.indexOf(keyColumn));

        // Existing rows are looked for only where there can be any: keys in the table, or rows of the entity this
        // import itself creates by reference.
        bool lookups = false;
        QSqlQuery existing(m_db.connection());
        if (keyIndex >= 0) {
            QSqlQuery any(m_db.connection());
            if (!any.exec(QStringLiteral("SELECT 1 FROM %1 WHERE %2 IS NOT NULL AND deleted_at IS NULL LIMIT 1")
                              .arg(step.table, keyColumn))) {
                report->fatal = any.lastError().text();
                return false;
            }
            lookups = any.next();
            for (const Step::Slot& slot : std::as_const(step.plan)) {
                if (slot.field->kind == F::Reference && targetName(slot.field->target) == step.table)
                    lookups = true;
            }
            QStringList selected{QStringLiteral("id"), QStringLiteral("version")};
            for (int i = 1; i < step.columns.size(); ++i)
                selected << step.columns.at(i);
            existing.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? AND deleted_at IS NULL LIMIT 2")
                                 .arg(selected.join(QStringLiteral(", ")), step.table, keyColumn));
        }

        // A load that is large next to the table: indexes and summaries set aside (BulkLoad).
        std::unique_ptr<BulkLoad> bulk;
        if (step.validRows >= m_bulkLoadFrom) {
            QSqlQuery count(m_db.connection());
            count.exec(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM %1 LIMIT %2) t")
                           .arg(step.table)
                           .arg(step.validRows + 1));
            const bool small = count.next() && count.value(0).toLongLong() <= step.validRows;
            // An active statement on the table makes SQLite refuse to drop its indexes ("table is locked").
            count.finish();
            if (small) {
                QStringList tables{step.table};
                if (opportunities)
                    tables << QStringLiteral("stage_history");
                bulk = std::make_unique<BulkLoad>(m_db, tables);
                QString refused; // e.g. a PostgreSQL role that does not own the tables: row by row instead
                if (!bulk->begin(&refused))
                    bulk.reset();
            }
        }

        RecordBatch batch(writer, step.table, step.columns);
        std::unique_ptr<RecordBatch> history;
        if (opportunities) {
            history = std::make_unique<RecordBatch>(
                writer, QStringLiteral("stage_history"),
                QStringList{QStringLiteral("id"), QStringLiteral("opportunity_id"), QStringLiteral("from_stage_id"),
                            QStringLiteral("to_stage_id"), QStringLiteral("changed_by"), QStringLiteral("changed_at")});
        }
        const QVariant user = m_db.currentUserId().isEmpty() ? QVariant() : QVariant(m_db.currentUserId());
        QStringList attributeColumns{QStringLiteral("id"), QStringLiteral("entity"), QStringLiteral("record_id"),
                                     QStringLiteral("attribute_id")};
        attributeColumns << kAttributeValueColumns;
        RecordBatch attributeBatch(writer, QStringLiteral("attribute_values"), attributeColumns);
        auto flush = [&]() -> bool {
            for (RecordBatch* b : {&batch, history.get(), &attributeBatch}) {
                if (!b)
                    continue;
                const WriteResult written = b->flush();
                if (!written.ok()) {
                    report->fatal = written.message;
                    return false;
                }
            }
            return true;
        };

        SourceRow row;
        Converted converted;
        qint64 rows = 0;
        while (step.source->next(&row)) {
            ++rows;
            RowPlan::convert(step, refs, &writer, row, false, &converted);
            if (!converted.problems.isEmpty()) {
                if (accept == Accept::AllRows) {
                    report->fatal = tr("Line %1 changed between checking and importing: %2")
                                        .arg(row.line)
                                        .arg(converted.problems.first().problem);
                    return false;
                }
                continue;
            }
            bool updatedRow = false;
            if (lookups && keyIndex >= 0 && !converted.keyText.isEmpty()) {
                existing.addBindValue(converted.values.at(keyIndex));
                if (!existing.exec()) {
                    report->fatal = existing.lastError().text();
                    return false;
                }
                if (existing.next()) {
                    const QString id = existing.value(0).toString();
                    const int version = existing.value(1).toInt();
                    QVariantHash changes;
                    for (int i = 1; i < step.columns.size(); ++i) {
                        const QVariant& value = converted.values.at(i);
                        if (value.isNull() || i == step.enteredIndex)
                            continue; // an empty cell keeps what the record has
                        if (opportunities && i == step.probabilityIndex && !step.probabilityMapped)
                            continue;
                        if (!sameValue(existing.value(i + 1), value))
                            changes.insert(step.columns.at(i), value);
                    }
                    const QString previousStage =
                        opportunities ? existing.value(step.stageIndex + 1).toString() : QString();
                    existing.finish();
                    if (changes.isEmpty()) {
                        ++report->unchanged;
                    } else {
                        if (opportunities && changes.contains(QStringLiteral("stage_id"))) {
                            changes.insert(QStringLiteral("stage_entered_at"), writer.now());
                            if (!step.probabilityMapped)
                                changes.insert(QStringLiteral("probability"),
                                               converted.values.at(step.probabilityIndex));
                        }
                        const WriteResult written = writer.update(step.table, id, version, changes);
                        if (!written.ok()) {
                            report->fatal = tr("Line %1: %2").arg(row.line).arg(written.message);
                            return false;
                        }
                        if (opportunities && changes.contains(QStringLiteral("stage_id"))) {
                            const WriteResult moved = PipelineService::recordStageChange(
                                writer, id, previousStage, converted.values.at(step.stageIndex).toString());
                            if (!moved.ok()) {
                                report->fatal = moved.message;
                                return false;
                            }
                        }
                        ++report->updated;
                    }
                    updatedRow = true;
                    if (!converted.attributes.isEmpty()) {
                        AttributeEdit edit{{}, converted.attributes, {}};
                        for (const Step::AttributeSlot& slot : std::as_const(step.attributes))
                            edit.definitions << slot.definition;
                        const WriteResult written = AttributeValues::write(writer, step.attributeEntity, id, edit);
                        if (!written.ok()) {
                            report->fatal = tr("Line %1: %2").arg(row.line).arg(written.message);
                            return false;
                        }
                        if (changes.isEmpty() && written.affected > 0) { // only custom fields changed
                            --report->unchanged;
                            ++report->updated;
                        }
                    }
                    if (!converted.selfName.isEmpty())
                        step.deferred << Step::Deferred{id, converted.selfName, {}};
                } else {
                    existing.finish();
                }
            }
            if (!updatedRow) {
                const QString id = Uuid::createV7();
                converted.values[0] = id;
                batch.addRow(converted.values);
                for (const Step::AttributeSlot& slot : std::as_const(step.attributes)) {
                    if (!converted.attributes.contains(slot.definition.key))
                        continue;
                    const QVariantHash stored =
                        AttributeValues::storage(slot.definition, converted.attributes.value(slot.definition.key));
                    QVariantList valueRow{Uuid::createV7(), step.attributeEntity, id, slot.definition.id};
                    for (const QString& column : kAttributeValueColumns)
                        valueRow << stored.value(column);
                    attributeBatch.addRow(valueRow);
                }
                if (!converted.selfName.isEmpty())
                    step.deferred << Step::Deferred{id, converted.selfName, {}};
                if (history) {
                    history->addRow(
                        {QVariant(), id, QVariant(), converted.values.at(step.stageIndex), user, writer.now()});
                }
                ++report->inserted;
                // A later row with the same key finds this one once it is written.
                if (lookups && keyIndex >= 0 && !flush())
                    return false;
            }
            if (rows % kBatchRows == 0 && (!flush() || !checkpoint(2, int(s), rows, *step.source, timer, report)))
                return false;
        }
        if (!step.source->error().isEmpty()) {
            report->fatal = step.source->error();
            return false;
        }
        if (!flush())
            return false;
        if (bulk) {
            QString error;
            if (!bulk->finish(&error)) {
                report->fatal = error;
                return false;
            }
            report->bulkLoaded = true;
        }
        // Parents named by rows of the same file, now that every row is in.
        if (!step.deferred.isEmpty()) {
            refs.reset();
            const ImportField& f = *step.plan.at(step.selfSlot).field;
            for (const Step::Deferred& d : std::as_const(step.deferred)) {
                QVariant parent;
                QString error;
                const References::Status status = refs.find(f.target, d.name, {}, &parent, &error);
                if (status == References::Failed) {
                    report->fatal = error;
                    return false;
                }
                if (status == References::Missing && step.spec.createMissing &&
                    !refs.create(writer, f.target, d.name, {}, &parent, &error)) {
                    report->fatal = error;
                    return false;
                }
                if (!parent.isValid() || parent.toString() == d.id)
                    continue;
                const WriteResult linked = writer.update(step.table, d.id, -1, {{f.column, parent}});
                if (!linked.ok()) {
                    report->fatal = linked.message;
                    return false;
                }
            }
            step.deferred.clear();
        }
        if (cancelled()) {
            report->cancelled = true;
            return false;
        }
        if (m_progress)
            m_progress({2, int(s), rows, step.source->size(), step.source->size(),
                        rows / std::max(0.001, timer.elapsed() / 1000.0)});
    }
    report->created = refs.createdCounts();
    return true;
}

ImportReport Importer::run(Accept accept)
{
    QElapsedTimer timer;
    timer.start();
    ImportReport report;
    validatePass(&report);
    if (!report.fatal.isEmpty() || report.cancelled || (accept == Accept::AllRows && report.rejected > 0) ||
        report.valid == 0) {
        report.seconds = timer.elapsed() / 1000.0;
        return report;
    }
    const ImportReport checked = report;
    qint64 largest = 0;
    for (const auto& step : m_steps)
        largest = std::max(largest, step->validRows);
    // As for demo data: a bigger cache (24 MiB: an import of a million rows stays within 100 MB), and a rollback
    // journal instead of the WAL for one big transaction (BulkLoadDialect::leaveWriteAheadLog). Both restored
    // afterwards.
    const BulkLoadDialect& loading = m_db.bulkLoadDialect();
    const bool big = largest >= m_bulkLoadFrom;
    const QString restoreCache = big ? loading.enlargeCache(m_db.connection(), 24) : QString();
    const QString restoreJournal = big ? loading.leaveWriteAheadLog(m_db) : QString();

    const WriteResult result = RecordWriter::transact(m_db, [&](RecordWriter& writer) -> WriteResult {
        report = checked; // a retried transaction starts over
        if (!writePass(writer, accept, &report)) {
            return WriteResult::failure(WriteResult::Failed, report.cancelled
                                                                 ? tr("The import was cancelled; nothing was imported.")
                                                                 : report.fatal);
        }
        return {};
    });
    if (!restoreJournal.isEmpty())
        m_db.setJournalMode(restoreJournal);
    if (!restoreCache.isEmpty())
        QSqlQuery(m_db.connection()).exec(restoreCache);
    report.written = result.ok();
    if (!result.ok()) {
        report.inserted = report.updated = report.unchanged = 0;
        report.created.clear();
        if (report.fatal.isEmpty() && !report.cancelled)
            report.fatal = result.message;
    }
    report.seconds = timer.elapsed() / 1000.0;
    return report;
}

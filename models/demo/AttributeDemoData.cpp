#include "AttributeDemoData.h"

#include "AttributeDefinitions.h"
#include "Database.h"
#include "RecordBatch.h"
#include "RecordWriter.h"
#include "Uuid.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace {
using Kind = AttributeDefinition::Kind;

AttributeDefinition field(const char* entity, const char* key, const char* en, const char* zh, Kind kind)
{
    AttributeDefinition d;
    d.entity = QLatin1String(entity);
    d.key = QLatin1String(key);
    d.labelEn = QLatin1String(en);
    d.labelZh = QString::fromUtf8(zh);
    d.kind = kind;
    return d;
}

QList<AttributeDefinition> demoFields()
{
    AttributeDefinition segment = field("customer", "segment", "Segment", "客户细分", Kind::Choice);
    segment.choices = {{QStringLiteral("smb"), QStringLiteral("Small business"), QStringLiteral("小微企业")},
                       {QStringLiteral("mid"), QStringLiteral("Mid-market"), QStringLiteral("中型企业")},
                       {QStringLiteral("ent"), QStringLiteral("Enterprise"), QStringLiteral("大型企业")},
                       {QStringLiteral("gov"), QStringLiteral("Public sector"), QStringLiteral("政府及公共机构")},
                       {QStringLiteral("edu"), QStringLiteral("Education"), QStringLiteral("教育机构")}};
    AttributeDefinition budget = field("customer", "annual_budget", "Annual budget", "年度预算", Kind::Money);
    budget.currency = QStringLiteral("CNY");
    AttributeDefinition role = field("opportunity", "decision_roles", "Decision roles", "决策角色", Kind::MultiChoice);
    role.choices = {{QStringLiteral("economic"), QStringLiteral("Economic buyer"), QStringLiteral("经济决策人")},
                    {QStringLiteral("technical"), QStringLiteral("Technical buyer"), QStringLiteral("技术决策人")},
                    {QStringLiteral("user"), QStringLiteral("User"), QStringLiteral("使用者")},
                    {QStringLiteral("coach"), QStringLiteral("Coach"), QStringLiteral("内部支持者")}};
    return {segment,
            field("customer", "credit_score", "Credit score", "信用评分", Kind::Number),
            budget,
            field("customer", "renewal_date", "Contract renewal", "合同续约日期", Kind::Date),
            field("customer", "partner", "Partner", "合作伙伴", Kind::Bool),
            field("customer", "customer_code", "Customer code", "客户编码", Kind::Text),
            role,
            field("opportunity", "main_competitor", "Main competitor", "主要竞争对手", Kind::Text)};
}

QStringList liveIds(Database& db, const QString& table, QString* error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    QStringList ids;
    if (!q.exec(QStringLiteral("SELECT id FROM %1 WHERE deleted_at IS NULL ORDER BY id").arg(table))) {
        *error = db.describeError(q.lastError());
        return ids;
    }
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}
} // namespace

bool AttributeDemoData::generate(Database& db, quint64 seed, QString* error)
{
    const WriteResult result = RecordWriter::transact(db, [&](RecordWriter& writer) {
        QString message;
        if (!generate(writer, seed, &message))
            return WriteResult::failure(WriteResult::Failed, message);
        return WriteResult();
    });
    if (!result.ok() && error)
        *error = result.message;
    return result.ok();
}

bool AttributeDemoData::generate(RecordWriter& writer, quint64 seed, QString* error)
{
    Database& db = writer.database();
    AttributeDefinitions definitions(db);
    QList<AttributeDefinition> fields;
    for (AttributeDefinition d : demoFields()) {
        const QList<AttributeDefinition> existing = definitions.forEntity(d.entity, false);
        const auto found = std::find_if(existing.cbegin(), existing.cend(),
                                        [&](const AttributeDefinition& e) { return e.key == d.key; });
        if (found != existing.cend()) {
            fields << *found;
            continue;
        }
        const WriteResult saved = definitions.save(writer, d);
        if (!saved.ok()) {
            *error = saved.message;
            return false;
        }
        fields << d;
    }

    QRandomGenerator rng(seed);
    const QStringList competitors{QStringLiteral("Salesforce"), QStringLiteral("纷享销客"), QStringLiteral("销售易"),
                                  QStringLiteral("HubSpot"),    QStringLiteral("Zoho"),     QStringLiteral("用友")};
    RecordBatch batch(writer, QStringLiteral("attribute_values"),
                      {QStringLiteral("id"), QStringLiteral("entity"), QStringLiteral("record_id"),
                       QStringLiteral("attribute_id"), QStringLiteral("value_text"), QStringLiteral("value_number"),
                       QStringLiteral("value_money_minor"), QStringLiteral("value_currency"),
                       QStringLiteral("value_date"), QStringLiteral("value_bool")});
    for (const QString& entity : {QStringLiteral("customer"), QStringLiteral("opportunity")}) {
        const QStringList ids = liveIds(
            db, entity == QLatin1String("customer") ? QStringLiteral("customers") : QStringLiteral("opportunities"),
            error);
        if (!error->isEmpty())
            return false;
        // Values the records already have are left alone (a second run adds none).
        QSqlQuery has(db.connection());
        for (const AttributeDefinition& d : std::as_const(fields)) {
            if (d.entity != entity)
                continue;
            has.prepare(QStringLiteral("SELECT 1 FROM attribute_values WHERE attribute_id = ? LIMIT 1"));
            has.addBindValue(d.id);
            if (has.exec() && has.next())
                continue;
            has.finish();
            for (const QString& id : ids) {
                if (rng.bounded(10) == 0)
                    continue; // about one record in ten without a value
                QVariant text, number, money, currency, date, yes;
                switch (d.kind) {
                case Kind::Choice:
                    text = d.choices.at(int(rng.bounded(d.choices.size()))).value;
                    break;
                case Kind::MultiChoice: {
                    QStringList codes;
                    for (const AttributeChoice& c : d.choices)
                        if (rng.bounded(3) == 0)
                            codes << c.value;
                    if (codes.isEmpty())
                        codes << d.choices.first().value;
                    text = QLatin1Char(';') + codes.join(QLatin1Char(';')) + QLatin1Char(';');
                    break;
                }
                case Kind::Number:
                    number = double(300 + rng.bounded(551));
                    break;
                case Kind::Money:
                    money = qint64(rng.bounded(1, 500)) * 1000000; // ¥10,000 … ¥4,990,000
                    currency = d.currency;
                    break;
                case Kind::Date:
                    date = QDate(2026, 1, 1).addDays(int(rng.bounded(730)));
                    break;
                case Kind::Bool:
                    yes = rng.bounded(4) == 0;
                    break;
                case Kind::Text:
                    text = entity == QLatin1String("customer")
                               ? QStringLiteral("C%1").arg(rng.bounded(1000000), 6, 10, QLatin1Char('0'))
                               : competitors.at(int(rng.bounded(competitors.size())));
                    break;
                }
                batch.addRow({Uuid::createV7(), entity, id, d.id, text, number, money, currency, date, yes});
                if (batch.pendingRows() >= 5000) {
                    const WriteResult flushed = batch.flush();
                    if (!flushed.ok()) {
                        *error = flushed.message;
                        return false;
                    }
                }
            }
        }
    }
    const WriteResult flushed = batch.flush();
    if (!flushed.ok()) {
        *error = flushed.message;
        return false;
    }
    return true;
}

#include "ImportSpec.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
using F = ImportField;

QStringList list(std::initializer_list<const char*> texts)
{
    QStringList result;
    for (const char* text : texts)
        result << QString::fromUtf8(text);
    return result;
}

F text(const char* name, const char* label, std::initializer_list<const char*> aliases, int maxLength = 200,
       bool required = false)
{
    F f;
    f.name = f.column = QString::fromLatin1(name);
    f.label = label;
    f.aliases = list(aliases);
    f.maxLength = maxLength;
    f.required = required;
    return f;
}

F typed(const char* name, F::Kind kind, const char* label, std::initializer_list<const char*> aliases)
{
    F f = text(name, label, aliases, 0);
    f.kind = kind;
    return f;
}

F reference(const char* name, const char* column, F::Target target, const char* label,
            std::initializer_list<const char*> aliases, bool required = false)
{
    F f = typed(name, F::Reference, label, aliases);
    f.column = QString::fromLatin1(column);
    f.target = target;
    f.required = required;
    return f;
}

F money(const char* name, const char* column, const char* currencyColumn, const char* label,
        std::initializer_list<const char*> aliases)
{
    F f = typed(name, F::Money, label, aliases);
    f.column = QString::fromLatin1(column);
    f.currencyColumn = QString::fromLatin1(currencyColumn);
    return f;
}

F integer(const char* name, const char* label, std::initializer_list<const char*> aliases, qint64 min, qint64 max)
{
    F f = typed(name, F::Integer, label, aliases);
    f.minimum = min;
    f.maximum = max;
    return f;
}

F choice(const char* name, const char* label, std::initializer_list<const char*> aliases,
         std::initializer_list<const char*> values, std::initializer_list<std::pair<const char*, const char*>> names,
         const char* defaultValue = nullptr)
{
    F f = typed(name, F::Choice, label, aliases);
    f.choices = list(values);
    for (const auto& [text, value] : names)
        f.choiceNames.insert(ImportEntities::normalised(QString::fromUtf8(text)), QString::fromLatin1(value));
    for (const QString& value : std::as_const(f.choices))
        f.choiceNames.insert(ImportEntities::normalised(value), value);
    if (defaultValue)
        f.defaultValue = QString::fromLatin1(defaultValue);
    return f;
}

F required(F f)
{
    f.required = true;
    return f;
}

F externalId()
{
    return text("external_id", QT_TRANSLATE_NOOP("ImportSpec", "External ID"),
                {"external id", "外部编号", "外部ID", "原系统编号"});
}

F notes()
{
    return text("notes", QT_TRANSLATE_NOOP("ImportSpec", "Notes"), {"note", "remarks", "备注", "说明"}, 0);
}

F email()
{
    return typed("email", F::Email, QT_TRANSLATE_NOOP("ImportSpec", "E-mail"),
                 {"email address", "mail", "邮箱", "电子邮件", "电子邮箱", "邮件"});
}

F phone()
{
    return typed("phone", F::Phone, QT_TRANSLATE_NOOP("ImportSpec", "Phone"),
                 {"telephone", "tel", "phone number", "电话", "联系电话", "电话号码", "座机"});
}

F owner(const char* name = "owner", const char* column = "owner_id")
{
    return reference(name, column, F::User, QT_TRANSLATE_NOOP("ImportSpec", "Owner"),
                     {"sales rep", "sales agent", "负责人", "所有者", "销售", "销售代表", "归属人"});
}

F customer(bool isRequired)
{
    return reference("customer", "customer_id", F::Customer, QT_TRANSLATE_NOOP("ImportSpec", "Customer"),
                     {"account", "customer name", "company", "客户", "客户名称", "公司", "公司名称"}, isRequired);
}

F leadSource()
{
    return reference("lead_source", "lead_source_id", F::LeadSource, QT_TRANSLATE_NOOP("ImportSpec", "Lead source"),
                     {"source", "来源", "线索来源", "客户来源"});
}

QHash<QString, QList<F>> buildCatalogue()
{
    QHash<QString, QList<F>> c;
    c.insert(
        QStringLiteral("customers"),
        {
            externalId(),
            text("name", QT_TRANSLATE_NOOP("ImportSpec", "Name"),
                 {"customer", "customer name", "account", "company name", "名称", "客户", "客户名称", "公司名称",
                  "姓名"},
                 200, true),
            choice("kind", QT_TRANSLATE_NOOP("ImportSpec", "Kind"), {"类型", "客户类型"}, {"organization", "person"},
                   {{"company", "organization"},
                    {"organisation", "organization"},
                    {"企业", "organization"},
                    {"公司", "organization"},
                    {"组织", "organization"},
                    {"个人", "person"},
                    {"individual", "person"}},
                   "organization"),
            text("company", QT_TRANSLATE_NOOP("ImportSpec", "Company"), {"公司", "单位", "工作单位"}),
            reference("industry", "industry_id", F::Industry, QT_TRANSLATE_NOOP("ImportSpec", "Industry"),
                      {"sector", "行业", "所属行业"}),
            integer("company_size", QT_TRANSLATE_NOOP("ImportSpec", "Company size"),
                    {"employees", "size", "规模", "员工数", "人数", "公司规模"}, 0, 100000000),
            phone(),
            email(),
            text("website", QT_TRANSLATE_NOOP("ImportSpec", "Website"), {"web", "url", "网站", "网址", "主页"}),
            text("address", QT_TRANSLATE_NOOP("ImportSpec", "Address"), {"地址", "详细地址"}, 500),
            text("city", QT_TRANSLATE_NOOP("ImportSpec", "City"), {"城市", "office location"}),
            text("region", QT_TRANSLATE_NOOP("ImportSpec", "Region"), {"state", "province", "地区", "省份", "省"}),
            text("country", QT_TRANSLATE_NOOP("ImportSpec", "Country"), {"国家", "国家/地区"}),
            choice("value_tier", QT_TRANSLATE_NOOP("ImportSpec", "Value tier"),
                   {"tier", "价值等级", "客户等级", "等级"}, {"A", "B", "C"}, {}),
            choice("status", QT_TRANSLATE_NOOP("ImportSpec", "Status"), {"状态", "客户状态"},
                   {"prospect", "active", "inactive"},
                   {{"潜在", "prospect"},
                    {"潜在客户", "prospect"},
                    {"lead", "prospect"},
                    {"活跃", "active"},
                    {"合作中", "active"},
                    {"成交客户", "active"},
                    {"customer", "active"},
                    {"停用", "inactive"},
                    {"不活跃", "inactive"},
                    {"流失", "inactive"}},
                   "prospect"),
            leadSource(),
            owner(),
            notes(),
            text("background", QT_TRANSLATE_NOOP("ImportSpec", "Background"), {"背景", "客户背景"}, 0),
            reference("parent", "parent_id", F::Customer, QT_TRANSLATE_NOOP("ImportSpec", "Parent company"),
                      {"parent", "subsidiary of", "上级公司", "母公司", "所属集团"}),
            integer("year_established", QT_TRANSLATE_NOOP("ImportSpec", "Year established"),
                    {"founded", "year founded", "成立年份", "成立时间"}, 1000, 9999),
            money("annual_revenue", "annual_revenue_minor", "annual_revenue_currency",
                  QT_TRANSLATE_NOOP("ImportSpec", "Annual revenue"), {"revenue", "年收入", "年营业额", "营业收入"}),
        });
    c.insert(
        QStringLiteral("contacts"),
        {
            externalId(),
            customer(true),
            text("name", QT_TRANSLATE_NOOP("ImportSpec", "Name"),
                 {"contact", "contact name", "full name", "姓名", "名字", "联系人", "联系人姓名"}, 200, true),
            text("title", QT_TRANSLATE_NOOP("ImportSpec", "Title"), {"job title", "position", "职位", "职务", "头衔"}),
            phone(),
            typed("mobile", F::Phone, QT_TRANSLATE_NOOP("ImportSpec", "Mobile"),
                  {"cell", "mobile phone", "cell phone", "手机", "手机号", "手机号码", "移动电话"}),
            email(),
            typed("is_primary", F::Bool, QT_TRANSLATE_NOOP("ImportSpec", "Primary contact"),
                  {"primary", "主要联系人", "首要联系人"}),
            notes(),
        });
    c[QStringLiteral("contacts")][7].defaultValue = false;
    c.insert(
        QStringLiteral("interactions"),
        {
            externalId(),
            customer(true),
            reference("contact", "contact_id", F::Contact, QT_TRANSLATE_NOOP("ImportSpec", "Contact"),
                      {"联系人", "联系人姓名"}),
            reference("opportunity", "opportunity_id", F::Opportunity, QT_TRANSLATE_NOOP("ImportSpec", "Opportunity"),
                      {"deal", "商机", "销售机会"}),
            required(typed("occurred_at", F::DateTime, QT_TRANSLATE_NOOP("ImportSpec", "Date"),
                           {"time", "when", "occurred", "日期", "时间", "跟进时间", "跟进日期"})),
            reference("channel", "channel_id", F::Channel, QT_TRANSLATE_NOOP("ImportSpec", "Channel"),
                      {"方式", "渠道", "跟进方式", "联系方式"}),
            reference("type", "type_id", F::InteractionType, QT_TRANSLATE_NOOP("ImportSpec", "Type"),
                      {"类型", "跟进类型"}),
            text("subject", QT_TRANSLATE_NOOP("ImportSpec", "Subject"), {"主题", "标题", "摘要"}, 200, true),
            text("content", QT_TRANSLATE_NOOP("ImportSpec", "Content"), {"details", "内容", "详情", "跟进内容"}, 0),
            text("result", QT_TRANSLATE_NOOP("ImportSpec", "Result"), {"outcome", "结果", "跟进结果"}, 0),
            typed("next_follow_up", F::Date, QT_TRANSLATE_NOOP("ImportSpec", "Next follow-up"),
                  {"next", "下次跟进", "下次跟进日期", "下次联系"}),
            reference("author", "author_id", F::User, QT_TRANSLATE_NOOP("ImportSpec", "Author"),
                      {"by", "跟进人", "记录人", "创建人"}),
        });
    c.insert(QStringLiteral("opportunities"),
             {
                 externalId(),
                 text("name", QT_TRANSLATE_NOOP("ImportSpec", "Name"),
                      {"opportunity", "deal", "opportunity name", "名称", "商机", "商机名称", "机会名称"}, 200, true),
                 customer(false),
                 reference("contact", "contact_id", F::Contact, QT_TRANSLATE_NOOP("ImportSpec", "Contact"), {"联系人"}),
                 money("amount", "amount_minor", "currency", QT_TRANSLATE_NOOP("ImportSpec", "Amount"),
                       {"value", "close value", "deal value", "金额", "预计金额", "商机金额"}),
                 typed("expected_close", F::Date, QT_TRANSLATE_NOOP("ImportSpec", "Expected close"),
                       {"close date", "expected close date", "预计成交日期", "预计成交", "预计签约日期"}),
                 typed("actual_close", F::Date, QT_TRANSLATE_NOOP("ImportSpec", "Actual close"),
                       {"closed on", "实际成交日期", "成交日期"}),
                 reference("stage", "stage_id", F::Stage, QT_TRANSLATE_NOOP("ImportSpec", "Stage"),
                           {"deal stage", "sales stage", "阶段", "销售阶段", "商机阶段"}),
                 integer("probability", QT_TRANSLATE_NOOP("ImportSpec", "Probability"), {"赢率", "概率", "成交概率"}, 0,
                         100),
                 owner(),
                 leadSource(),
                 reference("product", "product_id", F::Product, QT_TRANSLATE_NOOP("ImportSpec", "Product"),
                           {"产品", "产品名称"}),
                 typed("engaged_on", F::Date, QT_TRANSLATE_NOOP("ImportSpec", "Engaged on"),
                       {"engage date", "接洽日期", "首次接洽"}),
                 text("budget", QT_TRANSLATE_NOOP("ImportSpec", "Budget"), {"预算"}, 0),
                 text("timeline", QT_TRANSLATE_NOOP("ImportSpec", "Timeline"), {"时间表", "时间计划"}, 0),
                 text("need", QT_TRANSLATE_NOOP("ImportSpec", "Need"), {"需求"}, 0),
                 text("competitors", QT_TRANSLATE_NOOP("ImportSpec", "Competitors"), {"竞争对手"}, 0),
                 text("lost_reason", QT_TRANSLATE_NOOP("ImportSpec", "Lost reason"), {"输单原因", "丢单原因"}, 0),
                 notes(),
             });
    c.insert(QStringLiteral("tasks"),
             {
                 externalId(),
                 text("title", QT_TRANSLATE_NOOP("ImportSpec", "Title"), {"task", "name", "标题", "任务", "任务名称"},
                      200, true),
                 owner(),
                 typed("due_date", F::Date, QT_TRANSLATE_NOOP("ImportSpec", "Due date"),
                       {"due", "deadline", "截止日期", "到期日", "截止时间"}),
                 choice("priority", QT_TRANSLATE_NOOP("ImportSpec", "Priority"), {"优先级"}, {"0", "1", "2", "3"},
                        {{"low", "0"},
                         {"normal", "1"},
                         {"medium", "1"},
                         {"high", "2"},
                         {"urgent", "3"},
                         {"低", "0"},
                         {"普通", "1"},
                         {"中", "1"},
                         {"高", "2"},
                         {"紧急", "3"}},
                        "1"),
                 choice("status", QT_TRANSLATE_NOOP("ImportSpec", "Status"), {"状态", "任务状态"},
                        {"todo", "in_progress", "done"},
                        {{"to do", "todo"},
                         {"open", "todo"},
                         {"待办", "todo"},
                         {"未开始", "todo"},
                         {"in progress", "in_progress"},
                         {"进行中", "in_progress"},
                         {"完成", "done"},
                         {"已完成", "done"},
                         {"closed", "done"}},
                        "todo"),
                 customer(false),
                 reference("opportunity", "opportunity_id", F::Opportunity,
                           QT_TRANSLATE_NOOP("ImportSpec", "Opportunity"), {"deal", "商机"}),
                 notes(),
                 typed("reminder_at", F::DateTime, QT_TRANSLATE_NOOP("ImportSpec", "Reminder"), {"提醒", "提醒时间"}),
                 typed("completed_at", F::DateTime, QT_TRANSLATE_NOOP("ImportSpec", "Completed at"), {"完成时间"}),
             });
    c[QStringLiteral("tasks")][4].integerChoice = true;
    c.insert(
        QStringLiteral("users"),
        {
            text("username", QT_TRANSLATE_NOOP("ImportSpec", "User name"),
                 {"login", "user", "用户名", "账号", "登录名"}, 100, true),
            text("display_name", QT_TRANSLATE_NOOP("ImportSpec", "Display name"),
                 {"name", "full name", "sales agent", "姓名", "显示名", "名称"}, 200, true),
            email(),
            choice("role", QT_TRANSLATE_NOOP("ImportSpec", "Role"), {"角色"}, {"rep", "lead", "admin"},
                   {{"sales rep", "rep"},
                    {"销售", "rep"},
                    {"销售代表", "rep"},
                    {"manager", "lead"},
                    {"team lead", "lead"},
                    {"主管", "lead"},
                    {"经理", "lead"},
                    {"组长", "lead"},
                    {"administrator", "admin"},
                    {"管理员", "admin"}},
                   "rep"),
            reference("team", "team_id", F::Team, QT_TRANSLATE_NOOP("ImportSpec", "Team"), {"团队", "小组", "部门"}),
            typed("active", F::Bool, QT_TRANSLATE_NOOP("ImportSpec", "Active"), {"enabled", "启用", "在职"}),
        });
    c[QStringLiteral("users")][5].defaultValue = true;
    c.insert(QStringLiteral("teams"),
             {
                 text("name", QT_TRANSLATE_NOOP("ImportSpec", "Name"),
                      {"team", "team name", "名称", "团队", "团队名称"}, 200, true),
                 reference("parent", "parent_id", F::Team, QT_TRANSLATE_NOOP("ImportSpec", "Parent team"),
                           {"parent", "office", "regional office", "上级团队", "上级", "所属区域"}),
                 reference("manager", "manager_id", F::User, QT_TRANSLATE_NOOP("ImportSpec", "Manager"),
                           {"经理", "负责人", "主管"}),
             });
    c.insert(
        QStringLiteral("products"),
        {
            externalId(),
            text("code", QT_TRANSLATE_NOOP("ImportSpec", "Code"), {"sku", "product code", "编码", "产品编码", "货号"}),
            text("name", QT_TRANSLATE_NOOP("ImportSpec", "Name"),
                 {"product", "product name", "名称", "产品", "产品名称"}, 200, true),
            text("category", QT_TRANSLATE_NOOP("ImportSpec", "Category"), {"series", "类别", "分类", "系列"}),
            text("unit", QT_TRANSLATE_NOOP("ImportSpec", "Unit"), {"单位"}),
            money("price", "price_minor", "currency", QT_TRANSLATE_NOOP("ImportSpec", "Price"),
                  {"list price", "sales price", "价格", "单价", "售价"}),
            typed("active", F::Bool, QT_TRANSLATE_NOOP("ImportSpec", "Active"), {"启用", "在售"}),
        });
    c[QStringLiteral("products")][6].defaultValue = true;
    return c;
}

const QHash<QString, QList<F>>& catalogue()
{
    static const QHash<QString, QList<F>> c = buildCatalogue();
    return c;
}

QString dateOrderName(ImportValues::DateOrder order)
{
    switch (order) {
    case ImportValues::DateOrder::DayFirst:
        return QStringLiteral("dmy");
    case ImportValues::DateOrder::MonthFirst:
        return QStringLiteral("mdy");
    case ImportValues::DateOrder::Unknown:
        break;
    }
    return {};
}
} // namespace

namespace ImportEntities {

QStringList names()
{
    return {QStringLiteral("customers"),     QStringLiteral("contacts"), QStringLiteral("interactions"),
            QStringLiteral("opportunities"), QStringLiteral("tasks"),    QStringLiteral("users"),
            QStringLiteral("teams"),         QStringLiteral("products")};
}

QString table(const QString& entity)
{
    return names().contains(entity) ? entity : QString();
}

const QList<ImportField>& fields(const QString& entity)
{
    static const QList<ImportField> none;
    const auto it = catalogue().constFind(entity);
    return it == catalogue().cend() ? none : *it;
}

const ImportField* field(const QString& entity, const QString& name)
{
    for (const ImportField& f : fields(entity)) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QString normalised(const QString& text)
{
    QString key = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    key.remove(QLatin1Char(' '));
    key.remove(QLatin1Char('_'));
    key.remove(QLatin1Char('-'));
    key.remove(QChar(0x3000));
    return key;
}

QString fieldForHeader(const QString& entity, const QString& header)
{
    const QString key = normalised(header);
    if (key.isEmpty())
        return {};
    // The field's own name and label first, so "Company" is the company field and not the customer alias.
    for (const ImportField& f : fields(entity)) {
        if (key == normalised(f.name) || key == normalised(QString::fromLatin1(f.label)) ||
            key == normalised(f.displayName()))
            return f.name;
    }
    for (const ImportField& f : fields(entity)) {
        for (const QString& alias : f.aliases) {
            if (key == normalised(alias))
                return f.name;
        }
    }
    return {};
}

QStringList keyFields(const QString& entity)
{
    if (entity == QLatin1String("users"))
        return {QStringLiteral("username"), QStringLiteral("email")};
    if (entity == QLatin1String("teams"))
        return {QStringLiteral("name")};
    if (entity == QLatin1String("products"))
        return {QStringLiteral("name"), QStringLiteral("code"), QStringLiteral("external_id")};
    QStringList keys{QStringLiteral("external_id")};
    if (field(entity, QStringLiteral("email")))
        keys << QStringLiteral("email");
    keys << (field(entity, QStringLiteral("name")) ? QStringLiteral("name") : QStringLiteral("title"));
    if (entity == QLatin1String("interactions"))
        keys.removeLast(); // follow-ups have no name
    return keys;
}

} // namespace ImportEntities

QMap<QString, QString> ImportSpec::effectiveColumns(const QStringList& headers) const
{
    if (!columns.isEmpty())
        return columns;
    QMap<QString, QString> mapped;
    QStringList taken;
    for (const QString& name : headers) {
        const QString fieldName = ImportEntities::fieldForHeader(entity, name);
        if (!fieldName.isEmpty() && !taken.contains(fieldName) && !constants.contains(fieldName)) {
            mapped.insert(name, fieldName);
            taken << fieldName;
        }
    }
    return mapped;
}

bool ImportSpec::check(QString* error) const
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!ImportEntities::names().contains(entity))
        return fail(tr("Unknown entity \"%1\"; choose one of %2.")
                        .arg(entity, ImportEntities::names().join(QStringLiteral(", "))));
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        // "attr:<key>": a custom field, checked against the entity's fields when the import is planned (Importer).
        if (!it.value().isEmpty() && !it.value().startsWith(QLatin1String("attr:")) &&
            !ImportEntities::field(entity, it.value()))
            return fail(
                tr("The column \"%1\" is mapped to \"%2\", which %3 do not have.").arg(it.key(), it.value(), entity));
    }
    for (auto it = constants.cbegin(); it != constants.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("attr:")) && !ImportEntities::field(entity, it.key()))
            return fail(tr("The constant field \"%1\" is not a field of %2.").arg(it.key(), entity));
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!ImportEntities::field(entity, it.key()))
            return fail(tr("The value map for \"%1\" names no field of %2.").arg(it.key(), entity));
    }
    if (!key.isEmpty() && !ImportEntities::field(entity, key))
        return fail(tr("The key \"%1\" is not a field of %2; use one of %3.")
                        .arg(key, entity, ImportEntities::keyFields(entity).join(QStringLiteral(", "))));
    return true;
}

QJsonObject ImportSpec::toJson() const
{
    QJsonObject json{{QStringLiteral("entity"), entity},
                     {QStringLiteral("header"), header},
                     {QStringLiteral("createMissing"), createMissing},
                     {QStringLiteral("currency"), currency}};
    if (!file.isEmpty())
        json.insert(QStringLiteral("file"), file);
    if (!encoding.isEmpty())
        json.insert(QStringLiteral("encoding"), encoding);
    if (!delimiter.isNull())
        json.insert(QStringLiteral("delimiter"), QString(delimiter));
    QJsonObject mapped;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        mapped.insert(it.key(), it.value());
    if (!mapped.isEmpty())
        json.insert(QStringLiteral("columns"), mapped);
    QJsonObject constant;
    for (auto it = constants.cbegin(); it != constants.cend(); ++it)
        constant.insert(it.key(), it.value());
    if (!constant.isEmpty())
        json.insert(QStringLiteral("constants"), constant);
    QJsonObject maps;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QJsonObject map;
        for (auto v = it.value().cbegin(); v != it.value().cend(); ++v)
            map.insert(v.key(), v.value());
        maps.insert(it.key(), map);
    }
    if (!maps.isEmpty())
        json.insert(QStringLiteral("values"), maps);
    if (!key.isEmpty())
        json.insert(QStringLiteral("key"), key);
    if (dateOrder != ImportValues::DateOrder::Unknown)
        json.insert(QStringLiteral("dateOrder"), dateOrderName(dateOrder));
    if (!phoneRegion.isEmpty())
        json.insert(QStringLiteral("phoneRegion"), phoneRegion);
    if (!shape.isEmpty())
        json.insert(QStringLiteral("shape"), shape);
    return json;
}

bool ImportSpec::fromJson(const QJsonObject& json, ImportSpec* spec, QString* error)
{
    ImportSpec s;
    s.entity = json.value(QStringLiteral("entity")).toString();
    s.file = json.value(QStringLiteral("file")).toString();
    s.encoding = json.value(QStringLiteral("encoding")).toString();
    const QString delimiter = json.value(QStringLiteral("delimiter")).toString();
    if (delimiter.size() > 1 && delimiter != QLatin1String("\\t")) {
        if (error)
            *error = tr("The delimiter must be one character, not \"%1\".").arg(delimiter);
        return false;
    }
    s.delimiter = delimiter == QLatin1String("\\t") ? QLatin1Char('\t')
                  : delimiter.isEmpty()             ? QChar()
                                                    : delimiter.at(0);
    s.header = json.value(QStringLiteral("header")).toBool(true);
    const QJsonObject mapped = json.value(QStringLiteral("columns")).toObject();
    for (auto it = mapped.constBegin(); it != mapped.constEnd(); ++it)
        s.columns.insert(it.key(), it.value().toString());
    const QJsonObject constant = json.value(QStringLiteral("constants")).toObject();
    for (auto it = constant.constBegin(); it != constant.constEnd(); ++it)
        s.constants.insert(it.key(), it.value().toVariant().toString());
    const QJsonObject maps = json.value(QStringLiteral("values")).toObject();
    for (auto it = maps.constBegin(); it != maps.constEnd(); ++it) {
        QMap<QString, QString> map;
        const QJsonObject entries = it.value().toObject();
        for (auto v = entries.constBegin(); v != entries.constEnd(); ++v)
            map.insert(v.key(), v.value().toVariant().toString());
        s.values.insert(it.key(), map);
    }
    s.key = json.value(QStringLiteral("key")).toString();
    s.createMissing = json.value(QStringLiteral("createMissing")).toBool(false);
    const QString order = json.value(QStringLiteral("dateOrder")).toString();
    if (order == QLatin1String("dmy"))
        s.dateOrder = ImportValues::DateOrder::DayFirst;
    else if (order == QLatin1String("mdy"))
        s.dateOrder = ImportValues::DateOrder::MonthFirst;
    else if (!order.isEmpty()) {
        if (error)
            *error = tr("The date order must be \"dmy\" or \"mdy\", not \"%1\".").arg(order);
        return false;
    }
    s.currency = json.value(QStringLiteral("currency")).toString(QStringLiteral("CNY")).toUpper();
    s.phoneRegion = json.value(QStringLiteral("phoneRegion")).toString();
    s.shape = json.value(QStringLiteral("shape")).toObject();
    if (!s.check(error))
        return false;
    *spec = s;
    return true;
}

QJsonObject ImportProfile::toJson() const
{
    QJsonArray list;
    for (const ImportSpec& spec : files)
        list.append(spec.toJson());
    return {{QStringLiteral("name"), name}, {QStringLiteral("files"), list}};
}

bool ImportProfile::fromJson(const QJsonObject& json, ImportProfile* profile, QString* error)
{
    ImportProfile p;
    p.name = json.value(QStringLiteral("name")).toString();
    if (json.contains(QStringLiteral("files"))) {
        const QJsonArray list = json.value(QStringLiteral("files")).toArray();
        for (int i = 0; i < list.size(); ++i) {
            ImportSpec spec;
            QString why;
            if (!ImportSpec::fromJson(list.at(i).toObject(), &spec, &why)) {
                if (error)
                    *error = tr("File %1 of the profile: %2").arg(i + 1).arg(why);
                return false;
            }
            p.files << spec;
        }
    } else {
        ImportSpec spec;
        if (!ImportSpec::fromJson(json, &spec, error))
            return false;
        p.files << spec;
    }
    if (p.files.isEmpty()) {
        if (error)
            *error = tr("The profile names no file to import.");
        return false;
    }
    *profile = p;
    return true;
}

bool ImportProfile::save(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(toJson()).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot save the mapping to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ImportProfile::load(const QString& path, ImportProfile* profile, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the mapping %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parsed);
    if (!document.isObject()) {
        if (error)
            *error = tr("The mapping %1 is not a JSON object: %2").arg(path, parsed.errorString());
        return false;
    }
    return fromJson(document.object(), profile, error);
}

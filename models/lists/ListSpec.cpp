#include "ListSpec.h"

#include "ListSpecBuilders.h"

#include <QCoreApplication>

using namespace ListSpecBuilders;

namespace {
using Kind = ListColumn::Kind;

// Seeded lookup names (0001_initial.sql) are English source strings shown translated in this context
// while nobody has renamed them; listed here so lupdate extracts them.
[[maybe_unused]] const char* const seededLookupNames[] = {
    QT_TRANSLATE_NOOP("Lookup", "Technology"),
    QT_TRANSLATE_NOOP("Lookup", "Manufacturing"),
    QT_TRANSLATE_NOOP("Lookup", "Retail"),
    QT_TRANSLATE_NOOP("Lookup", "Finance"),
    QT_TRANSLATE_NOOP("Lookup", "Healthcare"),
    QT_TRANSLATE_NOOP("Lookup", "Education"),
    QT_TRANSLATE_NOOP("Lookup", "Logistics"),
    QT_TRANSLATE_NOOP("Lookup", "Energy"),
    QT_TRANSLATE_NOOP("Lookup", "Real estate"),
    QT_TRANSLATE_NOOP("Lookup", "Telecommunications"),
    QT_TRANSLATE_NOOP("Lookup", "Government"),
    QT_TRANSLATE_NOOP("Lookup", "Other"),
    QT_TRANSLATE_NOOP("Lookup", "Software"),
    QT_TRANSLATE_NOOP("Lookup", "Media & entertainment"),
    QT_TRANSLATE_NOOP("Lookup", "Marketing & advertising"),
    QT_TRANSLATE_NOOP("Lookup", "Professional services"),
    QT_TRANSLATE_NOOP("Lookup", "Staffing & recruitment"),
    QT_TRANSLATE_NOOP("Lookup", "Trade show"),
    QT_TRANSLATE_NOOP("Lookup", "Website"),
    QT_TRANSLATE_NOOP("Lookup", "Social media"),
    QT_TRANSLATE_NOOP("Lookup", "Referral"),
    QT_TRANSLATE_NOOP("Lookup", "Campaign"),
    QT_TRANSLATE_NOOP("Lookup", "Cold call"),
    QT_TRANSLATE_NOOP("Lookup", "Phone"),
    QT_TRANSLATE_NOOP("Lookup", "E-mail"),
    QT_TRANSLATE_NOOP("Lookup", "Meeting"),
    QT_TRANSLATE_NOOP("Lookup", "Visit"),
    QT_TRANSLATE_NOOP("Lookup", "Social / IM"),
    QT_TRANSLATE_NOOP("Lookup", "Pre-sales consultation"),
    QT_TRANSLATE_NOOP("Lookup", "Sales follow-up"),
    QT_TRANSLATE_NOOP("Lookup", "Complaint"),
    QT_TRANSLATE_NOOP("Lookup", "After-sales care"),
    QT_TRANSLATE_NOOP("Lookup", "Potential"),
    QT_TRANSLATE_NOOP("Lookup", "Intent"),
    QT_TRANSLATE_NOOP("Lookup", "Negotiating"),
    QT_TRANSLATE_NOOP("Lookup", "Deciding"),
    QT_TRANSLATE_NOOP("Lookup", "Won"),
    QT_TRANSLATE_NOOP("Lookup", "Lost"),
    QT_TRANSLATE_NOOP("Lookup", "Business"),
    QT_TRANSLATE_NOOP("Lookup", "Individual"),
    QT_TRANSLATE_NOOP("Lookup", "Channel partner"),
};

} // namespace

QString ListColumn::sortKey() const
{
    return sortCollation.isEmpty() ? sortExpression : sortExpression + QStringLiteral(" COLLATE ") + sortCollation;
}

QString ListColumn::labelText(const QVariant& value) const
{
    const QString stored = value.toString();
    if (kind == Kind::Lookup)
        return translationContext ? QCoreApplication::translate(translationContext, stored.toUtf8().constData())
                                  : stored;
    if (kind == Kind::Choice && !labels.isEmpty()) {
        const QStringList codes =
            multiChoice ? stored.split(QLatin1Char(';'), Qt::SkipEmptyParts) : QStringList{stored};
        QStringList shown;
        for (const QString& code : codes) {
            QString label = code;
            for (const auto& l : labels)
                if (l.first == code)
                    label = l.second;
            shown << label;
        }
        return shown.join(QStringLiteral(", "));
    }
    if (kind == Kind::Choice) {
        for (const auto& choice : choices)
            if (choice.first == stored)
                return QCoreApplication::translate(translationContext ? translationContext : "ListSpec", choice.second);
    }
    return stored;
}

Qt::Alignment ListColumn::alignment() const
{
    switch (kind) {
    case Kind::Number:
    case Kind::Money:
        return Qt::AlignRight | Qt::AlignVCenter;
    case Kind::Date:
    case Kind::DateTime:
        return Qt::AlignLeft | Qt::AlignVCenter;
    default:
        return Qt::AlignLeft | Qt::AlignVCenter;
    }
}

ListSpec ListSpec::customers()
{
    ListSpec s;
    s.entity = QStringLiteral("customer");
    s.table = QStringLiteral("customers");
    s.alias = QStringLiteral("c");
    s.from = QStringLiteral("customers c LEFT JOIN users o ON o.id = c.owner_id "
                            "LEFT JOIN industries ind ON ind.id = c.industry_id");
    s.columns << named("name", QT_TRANSLATE_NOOP("ListSpec", "Name"), QStringLiteral("c.name"))
              << named("company", QT_TRANSLATE_NOOP("ListSpec", "Company"), QStringLiteral("c.company"))
              << lookup("industry", QT_TRANSLATE_NOOP("ListSpec", "Industry"), QStringLiteral("ind.name"),
                        QStringLiteral("c.industry_id"), true)
              << named("city", QT_TRANSLATE_NOOP("ListSpec", "City"), QStringLiteral("c.city"))
              << phone("phone", QT_TRANSLATE_NOOP("ListSpec", "Phone"), QStringLiteral("c.phone"))
              << text("email", QT_TRANSLATE_NOOP("ListSpec", "E-mail"), QStringLiteral("c.email"));
    ListColumn tier = column("tier", QT_TRANSLATE_NOOP("ListSpec", "Tier"), QStringLiteral("c.value_tier"),
                             Kind::Choice, QStringLiteral("c.value_tier"));
    tier.translationContext = "ListSpec";
    tier.choices = {{QStringLiteral("A"), QT_TRANSLATE_NOOP("ListSpec", "A")},
                    {QStringLiteral("B"), QT_TRANSLATE_NOOP("ListSpec", "B")},
                    {QStringLiteral("C"), QT_TRANSLATE_NOOP("ListSpec", "C")}};
    ListColumn status = column("status", QT_TRANSLATE_NOOP("ListSpec", "Status"), QStringLiteral("c.status"),
                               Kind::Choice, QStringLiteral("c.status"));
    status.translationContext = "ListSpec";
    status.choices = {{QStringLiteral("prospect"), QT_TRANSLATE_NOOP("ListSpec", "Prospect")},
                      {QStringLiteral("active"), QT_TRANSLATE_NOOP("ListSpec", "Active")},
                      {QStringLiteral("inactive"), QT_TRANSLATE_NOOP("ListSpec", "Inactive")}};
    s.columns << tier << status
              << lookup("owner", QT_TRANSLATE_NOOP("ListSpec", "Owner"), QStringLiteral("o.display_name"),
                        QStringLiteral("c.owner_id"), false)
              << column("created", QT_TRANSLATE_NOOP("ListSpec", "Created"), QStringLiteral("c.created_at"),
                        Kind::DateTime, QStringLiteral("c.created_at"))
              << column("updated", QT_TRANSLATE_NOOP("ListSpec", "Updated"), QStringLiteral("c.updated_at"),
                        Kind::DateTime, QStringLiteral("c.updated_at"));
    s.defaultSortColumn = 0;
    s.ftsTable = QStringLiteral("customers_fts");
    // Must stay textually the expression of ix_customers_search so PostgreSQL uses the GIN index.
    s.trigramExpression = QStringLiteral("(coalesce(c.name, '') || ' ' || coalesce(c.company, '') || ' ' || "
                                         "coalesce(c.email, '') || ' ' || coalesce(c.phone, ''))");
    s.searchColumns = {QStringLiteral("c.name"), QStringLiteral("c.company"), QStringLiteral("c.email"),
                       QStringLiteral("c.phone")};
    s.filters << filter("owner", QStringLiteral("c.owner_id = ?"))
              << filter("tag", QStringLiteral("c.id IN (SELECT ctg.customer_id FROM customer_tags ctg "
                                              "WHERE ctg.tag_id = ? AND ctg.deleted_at IS NULL)"))
              << filter("status", QStringLiteral("c.status = ?"));
    s.dateColumn = QStringLiteral("c.created_at");
    s.dateKind = Kind::DateTime;
    return s;
}

ListSpec ListSpec::contacts()
{
    ListSpec s;
    s.entity = QStringLiteral("contact");
    s.table = QStringLiteral("contacts");
    s.alias = QStringLiteral("p");
    s.from = QStringLiteral("contacts p JOIN customers c ON c.id = p.customer_id");
    // A person's name is 姓名 in Chinese, an organisation's 名称.
    static const struct
    {
        const char* source;
        const char* comment;
    } personName = QT_TRANSLATE_NOOP3("ListSpec", "Name", "a person's name");
    ListColumn nameColumn = named("name", personName.source, QStringLiteral("p.name"));
    nameColumn.headerComment = personName.comment;
    s.columns << nameColumn
              << text("customer", QT_TRANSLATE_NOOP("ListSpec", "Customer"), QStringLiteral("c.name"), false)
              << text("title", QT_TRANSLATE_NOOP("ListSpec", "Job title"), QStringLiteral("p.title"), false)
              << phone("phone", QT_TRANSLATE_NOOP("ListSpec", "Phone"), QStringLiteral("p.phone"), false)
              << phone("mobile", QT_TRANSLATE_NOOP("ListSpec", "Mobile"), QStringLiteral("p.mobile"), false)
              << text("email", QT_TRANSLATE_NOOP("ListSpec", "E-mail"), QStringLiteral("p.email"))
              << column("updated", QT_TRANSLATE_NOOP("ListSpec", "Updated"), QStringLiteral("p.updated_at"),
                        Kind::DateTime, QStringLiteral("p.updated_at"));
    s.searchColumns = {QStringLiteral("p.name")};
    s.filters << filter("customer", QStringLiteral("p.customer_id = ?"));
    s.dateColumn = QStringLiteral("p.updated_at");
    s.dateKind = Kind::DateTime;
    return s;
}

ListSpec ListSpec::interactions()
{
    ListSpec s;
    s.entity = QStringLiteral("interaction");
    s.table = QStringLiteral("interactions");
    s.alias = QStringLiteral("i");
    s.from = QStringLiteral("interactions i JOIN customers c ON c.id = i.customer_id "
                            "LEFT JOIN interaction_channels ch ON ch.id = i.channel_id "
                            "LEFT JOIN interaction_types ty ON ty.id = i.type_id "
                            "LEFT JOIN users a ON a.id = i.author_id");
    s.columns << column("occurred", QT_TRANSLATE_NOOP("ListSpec", "When"), QStringLiteral("i.occurred_at"),
                        Kind::DateTime, QStringLiteral("i.occurred_at"))
              << named("subject", QT_TRANSLATE_NOOP("ListSpec", "Subject"), QStringLiteral("i.subject"))
              << text("customer", QT_TRANSLATE_NOOP("ListSpec", "Customer"), QStringLiteral("c.name"), false)
              << lookup("channel", QT_TRANSLATE_NOOP("ListSpec", "Channel"), QStringLiteral("ch.name"), QString(), true)
              << lookup("type", QT_TRANSLATE_NOOP("ListSpec", "Type"), QStringLiteral("ty.name"), QString(), true)
              << lookup("author", QT_TRANSLATE_NOOP("ListSpec", "Author"), QStringLiteral("a.display_name"), QString(),
                        false)
              << column("next", QT_TRANSLATE_NOOP("ListSpec", "Next follow-up"), QStringLiteral("i.next_follow_up"),
                        Kind::Date, QStringLiteral("i.next_follow_up"));
    s.defaultSortColumn = 0;
    s.defaultSortOrder = Qt::DescendingOrder;
    s.searchColumns = {QStringLiteral("i.subject")};
    s.filters << filter("owner", QStringLiteral("i.author_id = ?"))
              << filter("customer", QStringLiteral("i.customer_id = ?"));
    s.dateColumn = QStringLiteral("i.occurred_at");
    s.dateKind = Kind::DateTime;
    return s;
}

ListSpec ListSpec::opportunities()
{
    ListSpec s;
    s.entity = QStringLiteral("opportunity");
    s.table = QStringLiteral("opportunities");
    s.alias = QStringLiteral("op");
    s.from = QStringLiteral("opportunities op LEFT JOIN customers c ON c.id = op.customer_id "
                            "JOIN pipeline_stages st ON st.id = op.stage_id "
                            "LEFT JOIN users o ON o.id = op.owner_id");
    ListColumn amount = column("amount", QT_TRANSLATE_NOOP("ListSpec", "Amount"), QStringLiteral("op.amount_minor"),
                               Kind::Money, QStringLiteral("op.amount_minor"));
    amount.currencyExpression = QStringLiteral("op.currency");
    ListColumn probability = column("probability", QT_TRANSLATE_NOOP("ListSpec", "Probability"),
                                    QStringLiteral("op.probability"), Kind::Number);
    probability.form = ListColumn::Form::Percent;
    s.columns << named("name", QT_TRANSLATE_NOOP("ListSpec", "Name"), QStringLiteral("op.name"))
              << text("customer", QT_TRANSLATE_NOOP("ListSpec", "Customer"), QStringLiteral("c.name"), false)
              << lookup("stage", QT_TRANSLATE_NOOP("ListSpec", "Stage"), QStringLiteral("st.name"), QString(), true)
              << amount << probability
              << column("close", QT_TRANSLATE_NOOP("ListSpec", "Expected close"), QStringLiteral("op.expected_close"),
                        Kind::Date, QStringLiteral("op.expected_close"))
              << lookup("owner", QT_TRANSLATE_NOOP("ListSpec", "Owner"), QStringLiteral("o.display_name"),
                        QStringLiteral("op.owner_id"), false)
              << column("updated", QT_TRANSLATE_NOOP("ListSpec", "Updated"), QStringLiteral("op.updated_at"),
                        Kind::DateTime, QStringLiteral("op.updated_at"));
    s.defaultSortColumn = 5;
    s.searchColumns = {QStringLiteral("op.name")};
    s.filters << filter("owner", QStringLiteral("op.owner_id = ?"))
              << filter("stage", QStringLiteral("op.stage_id = ?"))
              << filter("customer", QStringLiteral("op.customer_id = ?"));
    s.dateColumn = QStringLiteral("op.expected_close");
    s.dateKind = Kind::Date;
    return s;
}

ListSpec ListSpec::tasks()
{
    ListSpec s;
    s.entity = QStringLiteral("task");
    s.table = QStringLiteral("tasks");
    s.alias = QStringLiteral("t");
    s.from = QStringLiteral("tasks t LEFT JOIN customers c ON c.id = t.customer_id "
                            "LEFT JOIN users o ON o.id = t.owner_id");
    ListColumn priority = column("priority", QT_TRANSLATE_NOOP("ListSpec", "Priority"), QStringLiteral("t.priority"),
                                 Kind::Choice, QStringLiteral("t.priority"));
    priority.translationContext = "ListSpec";
    priority.choices = {{QStringLiteral("0"), QT_TRANSLATE_NOOP("ListSpec", "Low")},
                        {QStringLiteral("1"), QT_TRANSLATE_NOOP("ListSpec", "Normal")},
                        {QStringLiteral("2"), QT_TRANSLATE_NOOP("ListSpec", "High")},
                        {QStringLiteral("3"), QT_TRANSLATE_NOOP("ListSpec", "Urgent")}};
    ListColumn status =
        column("status", QT_TRANSLATE_NOOP("ListSpec", "Status"), QStringLiteral("t.status"), Kind::Choice);
    status.translationContext = "ListSpec";
    status.choices = {{QStringLiteral("todo"), QT_TRANSLATE_NOOP("ListSpec", "To do")},
                      {QStringLiteral("in_progress"), QT_TRANSLATE_NOOP("ListSpec", "In progress")},
                      {QStringLiteral("done"), QT_TRANSLATE_NOOP("ListSpec", "Done")}};
    static const struct
    {
        const char* source;
        const char* comment;
    } taskTitle = QT_TRANSLATE_NOOP3("ListSpec", "Title", "what a task is called, not a job title");
    ListColumn titleColumn = named("title", taskTitle.source, QStringLiteral("t.title"));
    titleColumn.headerComment = taskTitle.comment;
    s.columns << titleColumn
              << column("due", QT_TRANSLATE_NOOP("ListSpec", "Due"), QStringLiteral("t.due_date"), Kind::Date,
                        QStringLiteral("t.due_date"))
              << priority << status
              << text("customer", QT_TRANSLATE_NOOP("ListSpec", "Customer"), QStringLiteral("c.name"), false)
              << lookup("owner", QT_TRANSLATE_NOOP("ListSpec", "Owner"), QStringLiteral("o.display_name"),
                        QStringLiteral("t.owner_id"), false);
    s.defaultSortColumn = 1;
    s.searchColumns = {QStringLiteral("t.title")};
    // "quote" finds "Send revised quote": a word inside the title. Unindexed (the list walks the tasks
    // in its sort order and tests each title): tasks number in the thousands per team, not millions.
    s.substringSearch = true;
    s.filters << filter("owner", QStringLiteral("t.owner_id = ?")) << filter("status", QStringLiteral("t.status = ?"))
              << filter("customer", QStringLiteral("t.customer_id = ?"));
    s.dateColumn = QStringLiteral("t.due_date");
    s.dateKind = Kind::Date;
    return s;
}

ListSpec ListSpec::leads()
{
    ListSpec s;
    s.entity = QStringLiteral("lead");
    s.table = QStringLiteral("leads");
    s.alias = QStringLiteral("l");
    s.from = QStringLiteral("leads l LEFT JOIN users o ON o.id = l.owner_id "
                            "LEFT JOIN lead_sources src ON src.id = l.source_id "
                            "LEFT JOIN lead_types lt ON lt.id = l.type_id");
    static const struct
    {
        const char* source;
        const char* comment;
    } personName = QT_TRANSLATE_NOOP3("ListSpec", "Name", "a person's name");
    ListColumn nameColumn = named("name", personName.source, QStringLiteral("l.name"));
    nameColumn.headerComment = personName.comment;
    ListColumn status = column("status", QT_TRANSLATE_NOOP("ListSpec", "Status"), QStringLiteral("l.status"),
                               Kind::Choice, QStringLiteral("l.status"));
    status.translationContext = "ListSpec";
    status.choices = {{QStringLiteral("new"), QT_TRANSLATE_NOOP("ListSpec", "New")},
                      {QStringLiteral("contacted"), QT_TRANSLATE_NOOP("ListSpec", "Contacted")},
                      {QStringLiteral("qualified"), QT_TRANSLATE_NOOP("ListSpec", "Qualified")},
                      {QStringLiteral("disqualified"), QT_TRANSLATE_NOOP("ListSpec", "Disqualified")},
                      {QStringLiteral("converted"), QT_TRANSLATE_NOOP("ListSpec", "Converted")}};
    s.columns << nameColumn << named("company", QT_TRANSLATE_NOOP("ListSpec", "Company"), QStringLiteral("l.company"))
              << phone("mobile", QT_TRANSLATE_NOOP("ListSpec", "Mobile"), QStringLiteral("l.mobile"), false)
              << text("email", QT_TRANSLATE_NOOP("ListSpec", "E-mail"), QStringLiteral("l.email"), false)
              << lookup("source", QT_TRANSLATE_NOOP("ListSpec", "Source"), QStringLiteral("src.name"),
                        QStringLiteral("l.source_id"), true)
              << lookup("type", QT_TRANSLATE_NOOP("ListSpec", "Type"), QStringLiteral("lt.name"), QString(), true)
              << text("region", QT_TRANSLATE_NOOP("ListSpec", "Region"), QStringLiteral("l.region"))
              << text("product", QT_TRANSLATE_NOOP("ListSpec", "Product interest"),
                      QStringLiteral("l.product_interest"), false)
              << status
              << lookup("owner", QT_TRANSLATE_NOOP("ListSpec", "Owner"), QStringLiteral("o.display_name"),
                        QStringLiteral("l.owner_id"), false)
              << column("created", QT_TRANSLATE_NOOP("ListSpec", "Created"), QStringLiteral("l.created_at"),
                        Kind::DateTime, QStringLiteral("l.created_at"));
    s.defaultSortColumn = 10;
    s.defaultSortOrder = Qt::DescendingOrder;
    s.searchColumns = {QStringLiteral("l.name"), QStringLiteral("l.company")};
    s.filters << filter("owner", QStringLiteral("l.owner_id = ?")) << filter("status", QStringLiteral("l.status = ?"))
              << filter("source", QStringLiteral("l.source_id = ?"))
              << filter("region", QStringLiteral("l.region = ?"));
    // No date range: with source and region the filter bar would not fit a 1,280-pixel window.
    return s;
}

ListSpec ListSpec::forEntity(const QString& entity)
{
    if (entity == QLatin1String("customer"))
        return customers();
    if (entity == QLatin1String("contact"))
        return contacts();
    if (entity == QLatin1String("interaction"))
        return interactions();
    if (entity == QLatin1String("opportunity"))
        return opportunities();
    if (entity == QLatin1String("task"))
        return tasks();
    if (entity == QLatin1String("lead"))
        return leads();
    if (entity == QLatin1String("product"))
        return products();
    if (entity == QLatin1String("quote"))
        return quotes();
    if (entity == QLatin1String("contract"))
        return contracts();
    if (entity == QLatin1String("campaign"))
        return campaigns();
    if (entity == QLatin1String("competitor"))
        return competitors();
    if (entity == QLatin1String("receivable"))
        return receivables();
    if (entity == QLatin1String("ticket"))
        return tickets();
    return {};
}

int ListSpec::columnIndex(const QString& key) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).key == key)
            return i;
    return -1;
}

bool ListSpec::supportsFilter(const QString& key) const
{
    if (key == QLatin1String("from") || key == QLatin1String("to"))
        return !dateColumn.isEmpty();
    for (const ListFilter& f : filters)
        if (f.key == key)
            return true;
    return false;
}

QString ListSpec::headerText(int column) const
{
    if (column >= 0 && column < columns.size() && !columns.at(column).headerLabel.isEmpty())
        return columns.at(column).headerLabel;
    if (column < 0 || column >= columns.size() || !columns.at(column).header)
        return {};
    return QCoreApplication::translate("ListSpec", columns.at(column).header, columns.at(column).headerComment);
}

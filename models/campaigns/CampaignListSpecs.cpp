// The lists of issue 15's records: campaigns and competitors (ListSpec's other lists are in ListSpec.cpp and
// CommerceListSpecs.cpp).
#include "ListSpec.h"

#include "ListSpecBuilders.h"

using namespace ListSpecBuilders;
using Kind = ListColumn::Kind;

ListSpec ListSpec::campaigns()
{
    ListSpec s;
    s.entity = QStringLiteral("campaign");
    s.table = QStringLiteral("campaigns");
    s.alias = QStringLiteral("cp");
    s.from = QStringLiteral("campaigns cp LEFT JOIN users o ON o.id = cp.owner_id");
    ListColumn channel =
        column("channel", QT_TRANSLATE_NOOP("ListSpec", "Channel"), QStringLiteral("cp.channel"), Kind::Choice);
    channel.translationContext = "ListSpec";
    channel.choices = {{QStringLiteral("trade_show"), QT_TRANSLATE_NOOP("ListSpec", "Trade show")},
                       {QStringLiteral("online_ads"), QT_TRANSLATE_NOOP("ListSpec", "Online ads")},
                       {QStringLiteral("seminar"), QT_TRANSLATE_NOOP("ListSpec", "Seminar")},
                       {QStringLiteral("email"), QT_TRANSLATE_NOOP("ListSpec", "E-mail")},
                       {QStringLiteral("social"), QT_TRANSLATE_NOOP("ListSpec", "Social media")},
                       {QStringLiteral("webinar"), QT_TRANSLATE_NOOP("ListSpec", "Webinar")},
                       {QStringLiteral("telemarketing"), QT_TRANSLATE_NOOP("ListSpec", "Telemarketing")},
                       {QStringLiteral("other"), QT_TRANSLATE_NOOP("ListSpec", "Other")}};
    ListColumn status = column("status", QT_TRANSLATE_NOOP("ListSpec", "Status"), QStringLiteral("cp.status"),
                               Kind::Choice, QStringLiteral("cp.status"));
    status.translationContext = "ListSpec";
    status.choices = {{QStringLiteral("planned"), QT_TRANSLATE_NOOP("ListSpec", "Planned")},
                      {QStringLiteral("active"), QT_TRANSLATE_NOOP("ListSpec", "Running")},
                      {QStringLiteral("completed"), QT_TRANSLATE_NOOP("ListSpec", "Completed")},
                      {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("ListSpec", "Cancelled")}};
    ListColumn owner = column("owner", QT_TRANSLATE_NOOP("ListSpec", "Owner"), QStringLiteral("o.display_name"),
                              Kind::Lookup, QStringLiteral("cp.owner_id"));
    s.columns << named("name", QT_TRANSLATE_NOOP("ListSpec", "Name"), QStringLiteral("cp.name")) << channel << status
              << column("start", QT_TRANSLATE_NOOP("ListSpec", "Start"), QStringLiteral("cp.starts_on"), Kind::Date,
                        QStringLiteral("cp.starts_on"))
              << column("end", QT_TRANSLATE_NOOP("ListSpec", "End"), QStringLiteral("cp.ends_on"), Kind::Date)
              << money("budget", QT_TRANSLATE_NOOP("ListSpec", "Budget"), QStringLiteral("cp.budget_minor"),
                       QStringLiteral("cp.currency"))
              << money("cost", QT_TRANSLATE_NOOP("ListSpec", "Actual cost"), QStringLiteral("cp.cost_minor"),
                       QStringLiteral("cp.currency"))
              << owner;
    s.defaultSortColumn = 3;
    s.defaultSortOrder = Qt::DescendingOrder;
    s.searchColumns = {QStringLiteral("cp.name")};
    s.substringSearch = true; // hundreds of campaigns, not millions
    s.filters << filter("owner", QStringLiteral("cp.owner_id = ?"))
              << filter("status", QStringLiteral("cp.status = ?"));
    s.dateColumn = QStringLiteral("cp.starts_on");
    return s;
}

ListSpec ListSpec::competitors()
{
    ListSpec s;
    s.entity = QStringLiteral("competitor");
    s.table = QStringLiteral("competitors");
    s.alias = QStringLiteral("cm");
    s.from = QStringLiteral("competitors cm");
    s.columns << named("name", QT_TRANSLATE_NOOP("ListSpec", "Name"), QStringLiteral("cm.name"))
              << column("website", QT_TRANSLATE_NOOP("ListSpec", "Website"), QStringLiteral("cm.website"), Kind::Text)
              << column("deals", QT_TRANSLATE_NOOP("ListSpec", "Deals"),
                        QStringLiteral("(SELECT COUNT(*) FROM opportunity_competitors l WHERE l.competitor_id = cm.id "
                                       "AND l.deleted_at IS NULL)"),
                        Kind::Number)
              << column("strengths", QT_TRANSLATE_NOOP("ListSpec", "Strengths"), QStringLiteral("cm.strengths"),
                        Kind::Text)
              << column("updated", QT_TRANSLATE_NOOP("ListSpec", "Updated"), QStringLiteral("cm.updated_at"),
                        Kind::DateTime, QStringLiteral("cm.updated_at"));
    s.defaultSortColumn = 0;
    s.searchColumns = {QStringLiteral("cm.name")};
    s.substringSearch = true;
    s.dateColumn = QStringLiteral("cm.updated_at");
    s.dateKind = Kind::DateTime;
    return s;
}

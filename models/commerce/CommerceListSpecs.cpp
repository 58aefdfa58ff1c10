// The lists of issue 13's records: products, quotes and contracts (ListSpec's other lists are in ListSpec.cpp).
#include "ListSpec.h"

#include "ListSpecBuilders.h"

using namespace ListSpecBuilders;
using Kind = ListColumn::Kind;

ListSpec ListSpec::products()
{
    ListSpec s;
    s.entity = QStringLiteral("product");
    s.table = QStringLiteral("products");
    s.alias = QStringLiteral("pr");
    s.from = QStringLiteral("products pr");
    // Active is a flag; shown (and filtered) as a status word.
    const QString state = QStringLiteral("(CASE WHEN pr.active THEN 'active' ELSE 'inactive' END)");
    ListColumn status = column("status", QT_TRANSLATE_NOOP("ListSpec", "Status"), state, Kind::Choice);
    status.translationContext = "ListSpec";
    status.choices = {{QStringLiteral("active"), QT_TRANSLATE_NOOP("ListSpec", "Active")},
                      {QStringLiteral("inactive"), QT_TRANSLATE_NOOP("ListSpec", "Inactive")}};
    ListColumn tax =
        column("tax", QT_TRANSLATE_NOOP("ListSpec", "Tax rate"), QStringLiteral("pr.tax_rate_bp / 100"), Kind::Number);
    tax.form = ListColumn::Form::Percent;
    s.columns << named("name", QT_TRANSLATE_NOOP("ListSpec", "Name"), QStringLiteral("pr.name"))
              << column("code", QT_TRANSLATE_NOOP("ListSpec", "Code"), QStringLiteral("pr.code"), Kind::Text,
                        QStringLiteral("pr.code"))
              << named("category", QT_TRANSLATE_NOOP("ListSpec", "Category"), QStringLiteral("pr.category"))
              << column("unit", QT_TRANSLATE_NOOP("ListSpec", "Unit"), QStringLiteral("pr.unit"), Kind::Text)
              << money("price", QT_TRANSLATE_NOOP("ListSpec", "List price"), QStringLiteral("pr.price_minor"),
                       QStringLiteral("pr.currency"))
              << tax << status
              << column("updated", QT_TRANSLATE_NOOP("ListSpec", "Updated"), QStringLiteral("pr.updated_at"),
                        Kind::DateTime, QStringLiteral("pr.updated_at"));
    s.defaultSortColumn = 0;
    s.searchColumns = {QStringLiteral("pr.code"), QStringLiteral("pr.name")};
    // A catalogue holds thousands of products, not millions: a word anywhere in the code or name.
    s.substringSearch = true;
    s.filters << filter("status", state + QStringLiteral(" = ?"));
    s.dateColumn = QStringLiteral("pr.updated_at");
    s.dateKind = Kind::DateTime;
    return s;
}

ListSpec ListSpec::quotes()
{
    ListSpec s;
    s.entity = QStringLiteral("quote");
    s.table = QStringLiteral("quotes");
    s.alias = QStringLiteral("q");
    s.from = QStringLiteral("quotes q JOIN customers c ON c.id = q.customer_id "
                            "LEFT JOIN users o ON o.id = q.owner_id");
    ListColumn status =
        column("status", QT_TRANSLATE_NOOP("ListSpec", "Status"), QStringLiteral("q.status"), Kind::Choice);
    status.translationContext = "ListSpec";
    status.choices = {{QStringLiteral("draft"), QT_TRANSLATE_NOOP("ListSpec", "Draft")},
                      {QStringLiteral("sent"), QT_TRANSLATE_NOOP("ListSpec", "Sent")},
                      {QStringLiteral("accepted"), QT_TRANSLATE_NOOP("ListSpec", "Accepted")},
                      {QStringLiteral("rejected"), QT_TRANSLATE_NOOP("ListSpec", "Rejected")},
                      {QStringLiteral("expired"), QT_TRANSLATE_NOOP("ListSpec", "Expired")}};
    ListColumn owner = column("owner", QT_TRANSLATE_NOOP("ListSpec", "Owner"), QStringLiteral("o.display_name"),
                              Kind::Lookup, QStringLiteral("q.owner_id"));
    s.columns << column("number", QT_TRANSLATE_NOOP("ListSpec", "Number"), QStringLiteral("q.number"), Kind::Text,
                        QStringLiteral("q.number"))
              << column("revision", QT_TRANSLATE_NOOP("ListSpec", "Revision"), QStringLiteral("q.revision"),
                        Kind::Number)
              << column("customer", QT_TRANSLATE_NOOP("ListSpec", "Customer"), QStringLiteral("c.name"), Kind::Text)
              << column("title", QT_TRANSLATE_NOOP("ListSpec", "Subject"), QStringLiteral("q.title"), Kind::Text)
              << money("total", QT_TRANSLATE_NOOP("ListSpec", "Total"), QStringLiteral("q.total_minor"),
                       QStringLiteral("q.currency"))
              << status
              << column("issued", QT_TRANSLATE_NOOP("ListSpec", "Issued"), QStringLiteral("q.issued_on"), Kind::Date,
                        QStringLiteral("q.issued_on"))
              << column("valid", QT_TRANSLATE_NOOP("ListSpec", "Valid until"), QStringLiteral("q.valid_until"),
                        Kind::Date, QStringLiteral("q.valid_until"))
              << owner;
    s.defaultSortColumn = 0;
    s.defaultSortOrder = Qt::DescendingOrder;
    s.searchColumns = {QStringLiteral("q.number"), QStringLiteral("q.title")};
    s.substringSearch = true;
    s.filters << filter("owner", QStringLiteral("q.owner_id = ?")) << filter("status", QStringLiteral("q.status = ?"))
              << filter("customer", QStringLiteral("q.customer_id = ?"));
    s.dateColumn = QStringLiteral("q.issued_on");
    s.dateKind = Kind::Date;
    return s;
}

ListSpec ListSpec::contracts()
{
    ListSpec s;
    s.entity = QStringLiteral("contract");
    s.table = QStringLiteral("contracts");
    s.alias = QStringLiteral("k");
    s.from = QStringLiteral("contracts k JOIN customers c ON c.id = k.customer_id "
                            "LEFT JOIN users o ON o.id = k.owner_id");
    ListColumn status =
        column("status", QT_TRANSLATE_NOOP("ListSpec", "Status"), QStringLiteral("k.status"), Kind::Choice);
    status.translationContext = "ListSpec";
    status.choices = {{QStringLiteral("draft"), QT_TRANSLATE_NOOP("ListSpec", "Draft")},
                      {QStringLiteral("under_approval"), QT_TRANSLATE_NOOP("ListSpec", "Under approval")},
                      {QStringLiteral("signed"), QT_TRANSLATE_NOOP("ListSpec", "Signed")},
                      {QStringLiteral("in_delivery"), QT_TRANSLATE_NOOP("ListSpec", "In delivery")},
                      {QStringLiteral("completed"), QT_TRANSLATE_NOOP("ListSpec", "Completed")},
                      {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("ListSpec", "Cancelled")}};
    ListColumn owner = column("owner", QT_TRANSLATE_NOOP("ListSpec", "Owner"), QStringLiteral("o.display_name"),
                              Kind::Lookup, QStringLiteral("k.owner_id"));
    s.columns << column("number", QT_TRANSLATE_NOOP("ListSpec", "Number"), QStringLiteral("k.number"), Kind::Text,
                        QStringLiteral("k.number"))
              << column("customer", QT_TRANSLATE_NOOP("ListSpec", "Customer"), QStringLiteral("c.name"), Kind::Text)
              << column("title", QT_TRANSLATE_NOOP("ListSpec", "Subject"), QStringLiteral("k.title"), Kind::Text)
              << money("total", QT_TRANSLATE_NOOP("ListSpec", "Total"), QStringLiteral("k.total_minor"),
                       QStringLiteral("k.currency"))
              << status
              << column("signed", QT_TRANSLATE_NOOP("ListSpec", "Signed on"), QStringLiteral("k.signed_on"), Kind::Date,
                        QStringLiteral("k.signed_on"))
              << column("start", QT_TRANSLATE_NOOP("ListSpec", "Start"), QStringLiteral("k.start_date"), Kind::Date)
              << column("end", QT_TRANSLATE_NOOP("ListSpec", "End"), QStringLiteral("k.end_date"), Kind::Date) << owner;
    s.defaultSortColumn = 0;
    s.defaultSortOrder = Qt::DescendingOrder;
    s.searchColumns = {QStringLiteral("k.number"), QStringLiteral("k.title")};
    s.substringSearch = true;
    s.filters << filter("owner", QStringLiteral("k.owner_id = ?")) << filter("status", QStringLiteral("k.status = ?"))
              << filter("customer", QStringLiteral("k.customer_id = ?"));
    s.dateColumn = QStringLiteral("k.signed_on");
    s.dateKind = Kind::Date;
    return s;
}

// The list of issue 14's records: service tickets and complaints (ListSpec's other lists are in ListSpec.cpp and
// CommerceListSpecs.cpp).
#include "ListSpec.h"

#include "ListSpecBuilders.h"

using namespace ListSpecBuilders;
using Kind = ListColumn::Kind;

// The SLA columns (first response due, resolution due) are stored on the ticket, so the page highlights a row from
// its own values without reading the ticket's history.
ListSpec ListSpec::tickets()
{
    ListSpec s;
    s.entity = QStringLiteral("ticket");
    s.table = QStringLiteral("tickets");
    s.alias = QStringLiteral("t");
    s.from = QStringLiteral("tickets t JOIN customers c ON c.id = t.customer_id "
                            "LEFT JOIN users o ON o.id = t.owner_id");
    ListColumn kind = column("kind", QT_TRANSLATE_NOOP("ListSpec", "Kind"), QStringLiteral("t.kind"), Kind::Choice);
    kind.translationContext = "ListSpec";
    kind.choices = {{QStringLiteral("ticket"), QT_TRANSLATE_NOOP("ListSpec", "Ticket")},
                    {QStringLiteral("complaint"), QT_TRANSLATE_NOOP("ListSpec", "Complaint")}};
    ListColumn priority =
        column("priority", QT_TRANSLATE_NOOP("ListSpec", "Priority"), QStringLiteral("t.priority"), Kind::Choice);
    priority.translationContext = "ListSpec";
    priority.choices = {{QStringLiteral("low"), QT_TRANSLATE_NOOP("ListSpec", "Low")},
                        {QStringLiteral("normal"), QT_TRANSLATE_NOOP("ListSpec", "Normal")},
                        {QStringLiteral("high"), QT_TRANSLATE_NOOP("ListSpec", "High")},
                        {QStringLiteral("urgent"), QT_TRANSLATE_NOOP("ListSpec", "Urgent")}};
    ListColumn status =
        column("status", QT_TRANSLATE_NOOP("ListSpec", "Status"), QStringLiteral("t.status"), Kind::Choice);
    status.translationContext = "ListSpec";
    status.choices = {{QStringLiteral("received"), QT_TRANSLATE_NOOP("ListSpec", "Received")},
                      {QStringLiteral("assigned"), QT_TRANSLATE_NOOP("ListSpec", "Assigned")},
                      {QStringLiteral("contacted"), QT_TRANSLATE_NOOP("ListSpec", "Customer contacted")},
                      {QStringLiteral("solution_proposed"), QT_TRANSLATE_NOOP("ListSpec", "Solution proposed")},
                      {QStringLiteral("customer_confirmed"), QT_TRANSLATE_NOOP("ListSpec", "Customer confirmed")},
                      {QStringLiteral("in_progress"), QT_TRANSLATE_NOOP("ListSpec", "In progress")},
                      {QStringLiteral("verified"), QT_TRANSLATE_NOOP("ListSpec", "Verified")},
                      {QStringLiteral("closed"), QT_TRANSLATE_NOOP("ListSpec", "Closed")},
                      {QStringLiteral("on_hold"), QT_TRANSLATE_NOOP("ListSpec", "On hold")},
                      {QStringLiteral("reopened"), QT_TRANSLATE_NOOP("ListSpec", "Reopened")}};
    ListColumn owner = column("owner", QT_TRANSLATE_NOOP("ListSpec", "Assignee"), QStringLiteral("o.display_name"),
                              Kind::Lookup, QStringLiteral("t.owner_id"));
    s.columns << column("number", QT_TRANSLATE_NOOP("ListSpec", "Number"), QStringLiteral("t.number"), Kind::Text,
                        QStringLiteral("t.number"))
              << kind
              << column("subject", QT_TRANSLATE_NOOP("ListSpec", "Subject"), QStringLiteral("t.subject"), Kind::Text)
              << column("customer", QT_TRANSLATE_NOOP("ListSpec", "Customer"), QStringLiteral("c.name"), Kind::Text)
              << priority << status << owner
              << column("received", QT_TRANSLATE_NOOP("ListSpec", "Received"), QStringLiteral("t.received_at"),
                        Kind::DateTime, QStringLiteral("t.received_at"))
              << column("first_response_due", QT_TRANSLATE_NOOP("ListSpec", "First response due"),
                        QStringLiteral("t.first_response_due"), Kind::DateTime)
              << column("resolution_due", QT_TRANSLATE_NOOP("ListSpec", "Resolution due"),
                        QStringLiteral("t.resolution_due"), Kind::DateTime)
              << column("first_response_at", QT_TRANSLATE_NOOP("ListSpec", "First response"),
                        QStringLiteral("t.first_response_at"), Kind::DateTime)
              << column("resolved_at", QT_TRANSLATE_NOOP("ListSpec", "Resolved"), QStringLiteral("t.resolved_at"),
                        Kind::DateTime);
    // Narrow enough that the SLA times (received, due) show beside the subject on a 1280-pixel screen.
    const QList<QPair<const char*, int>> widths = {{"number", 14},
                                                   {"kind", 9},
                                                   {"subject", 20},
                                                   {"customer", 20},
                                                   {"priority", 8},
                                                   {"status", 17},
                                                   {"owner", 10},
                                                   {"received", 16},
                                                   {"first_response_due", 17},
                                                   {"resolution_due", 16},
                                                   {"first_response_at", 16},
                                                   {"resolved_at", 16}};
    for (const auto& [key, digits] : widths)
        s.columns[s.columnIndex(QLatin1String(key))].widthDigits = digits;
    s.defaultSortColumn = s.columnIndex(QStringLiteral("received"));
    s.defaultSortOrder = Qt::DescendingOrder;
    s.searchColumns = {QStringLiteral("t.number"), QStringLiteral("t.subject")};
    s.filters << filter("owner", QStringLiteral("t.owner_id = ?")) << filter("status", QStringLiteral("t.status = ?"))
              << filter("customer", QStringLiteral("t.customer_id = ?"));
    s.dateColumn = QStringLiteral("t.received_at");
    s.dateKind = Kind::DateTime;
    return s;
}

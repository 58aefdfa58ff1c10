// The receivables list (payment collection): every open instalment, oldest due first. Its filters are over the
// instalments table alone (the list counts the base table): due dates by "from"/"to" (the ageing buckets), the
// collecting rep (the contract's owner) and the customer through their contracts.
#include "ListSpec.h"

ListSpec ListSpec::receivables()
{
    using Kind = ListColumn::Kind;
    auto column = [](const char* key, const char* header, const QString& expression, Kind kind,
                     const QString& sortExpression = QString()) {
        ListColumn c;
        c.key = QLatin1String(key);
        c.header = header;
        c.expression = expression;
        c.kind = kind;
        c.sortExpression = sortExpression;
        return c;
    };
    auto money = [&](const char* key, const char* header, const QString& expression) {
        ListColumn c = column(key, header, expression, Kind::Money);
        c.currencyExpression = QStringLiteral("k.currency");
        return c;
    };
    ListSpec s;
    s.entity = QStringLiteral("receivable");
    s.table = QStringLiteral("payment_instalments");
    s.alias = QStringLiteral("pi");
    s.from = QStringLiteral("payment_instalments pi JOIN contracts k ON k.id = pi.contract_id "
                            "JOIN customers c ON c.id = k.customer_id LEFT JOIN users o ON o.id = k.owner_id");
    s.baseCondition = QStringLiteral("pi.paid_minor < pi.amount_minor");
    ListColumn rep = column("owner", QT_TRANSLATE_NOOP("ListSpec", "Collecting rep"), QStringLiteral("o.display_name"),
                            Kind::Lookup);
    s.columns << column("due", QT_TRANSLATE_NOOP("ListSpec", "Due"), QStringLiteral("pi.due_date"), Kind::Date,
                        QStringLiteral("pi.due_date"))
              << column("contract", QT_TRANSLATE_NOOP("ListSpec", "Contract"), QStringLiteral("k.number"), Kind::Text)
              << column("customer", QT_TRANSLATE_NOOP("ListSpec", "Customer"), QStringLiteral("c.name"), Kind::Text)
              << column("condition", QT_TRANSLATE_NOOP("ListSpec", "Condition"), QStringLiteral("pi.condition"),
                        Kind::Text)
              << money("amount", QT_TRANSLATE_NOOP("ListSpec", "Instalment"), QStringLiteral("pi.amount_minor"))
              << money("paid", QT_TRANSLATE_NOOP("ListSpec", "Paid"), QStringLiteral("pi.paid_minor"))
              << money("outstanding", QT_TRANSLATE_NOOP("ListSpec", "Outstanding"),
                       QStringLiteral("pi.amount_minor - pi.paid_minor"))
              << rep;
    s.defaultSortColumn = 0;
    s.defaultSortOrder = Qt::AscendingOrder;
    s.filters << ListFilter{QStringLiteral("owner"),
                            QStringLiteral("pi.contract_id IN (SELECT ko.id FROM contracts ko WHERE ko.owner_id = ?)"),
                            {}}
              << ListFilter{QStringLiteral("customer"),
                            QStringLiteral(
                                "pi.contract_id IN (SELECT kc.id FROM contracts kc WHERE kc.customer_id = ?)"),
                            {}}
              << ListFilter{QStringLiteral("contract"), QStringLiteral("pi.contract_id = ?"), {}};
    s.dateColumn = QStringLiteral("pi.due_date");
    s.dateKind = Kind::Date;
    return s;
}

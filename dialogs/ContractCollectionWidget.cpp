#include "ContractCollectionWidget.h"

#include "Database.h"
#include "InvoiceService.h"
#include "MoneyEdit.h"
#include "PaymentCollection.h"
#include "PaymentTerms.h"
#include "ReportFormat.h"
#include "ShipmentService.h"
#include "WriteResult.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidget* makeTable(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setTabKeyNavigation(false);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells, const QList<int>& rightAligned = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        if (rightAligned.contains(c))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, c, item);
    }
}
} // namespace

ContractCollectionWidget::ContractCollectionWidget(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("contractCollection"));
    m_balance = new QLabel(this);
    m_balance->setObjectName(QStringLiteral("collectionBalance"));
    m_balance->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("collectionTabs"));
    m_plan = makeTable(QStringLiteral("planTable"),
                       {tr("Due"), tr("Condition"), tr("Amount"), tr("Paid"), tr("Outstanding")}, this);
    m_receipts = makeTable(
        QStringLiteral("receiptTable"),
        {tr("Received"), tr("Amount"), tr("Method"), tr("Account"), tr("Reference"), tr("Customer credit")}, this);
    m_invoices = makeTable(
        QStringLiteral("invoiceTable"),
        {tr("Number"), tr("Kind"), tr("Status"), tr("Issued"), tr("Total"), tr("Paid"), tr("Outstanding")}, this);
    m_shipments = makeTable(QStringLiteral("shipmentTable"),
                            {tr("Shipped"), tr("Carrier"), tr("Tracking number"), tr("Lines")}, this);
    m_tabs->addTab(m_plan, tr("Payment plan"));
    m_tabs->addTab(m_receipts, tr("Receipts"));
    m_tabs->addTab(m_invoices, tr("Invoices"));
    m_tabs->addTab(m_shipments, tr("Shipments"));

    m_terms = new QComboBox(this);
    m_terms->setObjectName(QStringLiteral("paymentTerms"));
    for (const PaymentTerms::Term& term : PaymentTerms::all(db))
        m_terms->addItem(term.name, term.id);
    m_applyTerms = new QPushButton(tr("Appl&y terms"), this);
    m_applyTerms->setObjectName(QStringLiteral("applyTermsButton"));
    m_ship = new QPushButton(tr("S&hip the rest"), this);
    m_ship->setObjectName(QStringLiteral("shipButton"));
    m_invoice = new QPushButton(tr("In&voice the rest"), this);
    m_invoice->setObjectName(QStringLiteral("invoiceButton"));
    auto* amountLabel = new QLabel(tr("Re&ceived:"), this);
    m_amount = new MoneyEdit(this);
    m_amount->setObjectName(QStringLiteral("receiptAmount"));
    amountLabel->setBuddy(m_amount);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("receiptMethod"));
    for (const QString& method : PaymentCollection::methods())
        m_method->addItem(PaymentCollection::methodText(method), method);
    m_receipt = new QPushButton(tr("&Log receipt"), this);
    m_receipt->setObjectName(QStringLiteral("receiptButton"));
    for (QPushButton* button : {m_applyTerms, m_ship, m_invoice, m_receipt})
        button->setAutoDefault(false);

    auto* steps = new QHBoxLayout;
    steps->addWidget(m_terms);
    steps->addWidget(m_applyTerms);
    steps->addSpacing(12);
    steps->addWidget(m_ship);
    steps->addWidget(m_invoice);
    steps->addSpacing(12);
    steps->addWidget(amountLabel);
    steps->addWidget(m_amount);
    steps->addWidget(m_method);
    steps->addWidget(m_receipt);
    steps->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_balance);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(steps);

    connect(m_applyTerms, &QPushButton::clicked, this, &ContractCollectionWidget::applyTerms);
    connect(m_ship, &QPushButton::clicked, this, &ContractCollectionWidget::shipRest);
    connect(m_invoice, &QPushButton::clicked, this, &ContractCollectionWidget::invoiceRest);
    connect(m_receipt, &QPushButton::clicked, this, &ContractCollectionWidget::logReceipt);
}

void ContractCollectionWidget::setContract(const QString& contractId, const QString& currency, const QString& status)
{
    m_contractId = contractId;
    m_currency = currency;
    m_status = status;
    m_amount->setCurrency(currency);
    reload();
}

void ContractCollectionWidget::reload()
{
    ContractBalance balance;
    if (!PaymentCollection::balance(m_db, m_contractId, &balance))
        return;
    const QString cur = balance.currency;
    m_balance->setText(
        tr("Total %1   Invoiced %2   Credited %3   Paid %4   Outstanding %5   Delivery: %6")
            .arg(ReportFormat::money(balance.totalMinor, cur), ReportFormat::money(balance.invoicedMinor, cur),
                 ReportFormat::money(balance.creditedMinor, cur), ReportFormat::money(balance.paidMinor, cur),
                 ReportFormat::money(balance.outstandingMinor(), cur),
                 ShipmentService::deliveryStatusText(ShipmentService::deliveryStatus(m_db, m_contractId))));

    const QList<PaymentInstalment> plan = PaymentCollection::plan(m_db, m_contractId);
    m_plan->setRowCount(int(plan.size()));
    for (int r = 0; r < plan.size(); ++r) {
        const PaymentInstalment& i = plan.at(r);
        setRow(m_plan, r,
               {ReportFormat::date(i.dueDate), i.condition, ReportFormat::money(i.amountMinor, cur),
                ReportFormat::money(i.paidMinor, cur), ReportFormat::money(i.outstandingMinor(), cur)},
               {2, 3, 4});
    }
    const QList<PaymentReceipt> receipts = PaymentCollection::receipts(m_db, m_contractId);
    m_receipts->setRowCount(int(receipts.size()));
    for (int r = 0; r < receipts.size(); ++r) {
        const PaymentReceipt& p = receipts.at(r);
        setRow(m_receipts, r,
               {ReportFormat::date(p.receivedOn), ReportFormat::money(p.amountMinor, p.currency),
                PaymentCollection::methodText(p.method), p.account, p.reference,
                ReportFormat::money(p.unallocatedMinor(), p.currency)},
               {1, 5});
    }
    const QList<InvoiceDocument> invoices = InvoiceService::forContract(m_db, m_contractId);
    m_invoices->setRowCount(int(invoices.size()));
    for (int r = 0; r < invoices.size(); ++r) {
        const InvoiceDocument& v = invoices.at(r);
        setRow(m_invoices, r,
               {v.number, InvoiceService::kindText(v.kind), InvoiceService::statusText(v.status),
                ReportFormat::date(v.issuedOn), ReportFormat::money(v.totalMinor, v.currency),
                ReportFormat::money(v.paidMinor, v.currency), ReportFormat::money(v.outstandingMinor(), v.currency)},
               {4, 5, 6});
    }
    const QList<ShipmentDocument> shipments = ShipmentService::forContract(m_db, m_contractId);
    m_shipments->setRowCount(int(shipments.size()));
    for (int r = 0; r < shipments.size(); ++r) {
        const ShipmentDocument& s = shipments.at(r);
        QStringList lines;
        for (const ShipmentLine& line : s.lines)
            lines << QStringLiteral("%1 × %2").arg(DocumentTotals::quantityText(line.quantityMilli), line.description);
        setRow(m_shipments, r,
               {ReportFormat::date(s.shippedOn), s.carrier, s.trackingNumber, lines.join(QStringLiteral("; "))});
    }
    for (QTableWidget* table : {m_plan, m_receipts, m_invoices, m_shipments})
        table->resizeColumnsToContents();

    const bool live = m_status == QLatin1String("signed") || m_status == QLatin1String("in_delivery") ||
                      m_status == QLatin1String("completed");
    m_applyTerms->setEnabled(live && balance.paidMinor == 0 && m_terms->count() > 0);
    const bool delivered = ShipmentService::deliveryStatus(m_db, m_contractId) == QLatin1String("delivered");
    m_ship->setEnabled(!delivered && (m_status == QLatin1String("signed") || m_status == QLatin1String("in_delivery")));
    m_invoice->setEnabled(live);
    m_receipt->setEnabled(live);
    m_amount->setEnabled(live);
    m_method->setEnabled(live);
}

void ContractCollectionWidget::done(const WriteResult& result)
{
    if (!result.ok()) {
        QStringList messages{result.message};
        messages << result.fieldErrors.values();
        emit failed(messages.join(QLatin1Char('\n')));
        return;
    }
    emit failed(QString());
    emit changed();
}

void ContractCollectionWidget::applyTerms()
{
    done(PaymentCollection::planFromTerms(m_db, m_contractId, m_terms->currentData().toString()));
    m_tabs->setCurrentWidget(m_plan);
}

void ContractCollectionWidget::shipRest()
{
    ShipmentDocument shipment;
    shipment.contractId = m_contractId;
    done(ShipmentService::record(m_db, shipment));
    m_tabs->setCurrentWidget(m_shipments);
}

void ContractCollectionWidget::invoiceRest()
{
    done(InvoiceService::fromContract(m_db, m_contractId, {}, {}, m_db.clock().today().addDays(30), nullptr, true));
    m_tabs->setCurrentWidget(m_invoices);
}

void ContractCollectionWidget::logReceipt()
{
    PaymentReceipt receipt;
    receipt.contractId = m_contractId;
    receipt.amountMinor = m_amount->minorUnits();
    receipt.receivedOn = m_db.clock().today();
    receipt.method = m_method->currentData().toString();
    receipt.handledById = m_db.currentUserId();
    const WriteResult result = PaymentCollection::recordReceipt(m_db, receipt);
    if (result.ok())
        m_amount->setMinorUnits(0);
    done(result);
    m_tabs->setCurrentWidget(m_receipts);
}

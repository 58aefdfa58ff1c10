#include "ApprovalsDialog.h"

#include "DocumentTotals.h"
#include "QuoteService.h"
#include "ReportFormat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ApprovalsDialog::ApprovalsDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("approvalsDialog"));
    setWindowTitle(tr("Discount Approvals"));
    setSizeGripEnabled(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("approvals"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels(
        {tr("Quote"), tr("Customer"), tr("Discount"), tr("Limit"), tr("Asked by"), tr("Status"), tr("Decided by")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    m_approve = buttons->addButton(tr("&Approve"), QDialogButtonBox::ActionRole);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject = buttons->addButton(tr("&Reject"), QDialogButtonBox::ActionRole);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    QPushButton* close = buttons->addButton(tr("Cl&ose"), QDialogButtonBox::RejectRole);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        const bool pending = row >= 0 && m_table->item(row, 5) &&
                             m_table->item(row, 5)->data(Qt::UserRole).toString() == QLatin1String("pending");
        m_approve->setEnabled(pending);
        m_reject->setEnabled(pending);
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    refresh();
    resize(820, 420);
}

void ApprovalsDialog::refresh()
{
    const QList<QuoteApproval> approvals = QuoteService::approvals(m_db);
    m_table->setRowCount(int(approvals.size()));
    for (int row = 0; row < approvals.size(); ++row) {
        const QuoteApproval& a = approvals.at(row);
        const QString status = a.status == QLatin1String("pending")    ? tr("Pending")
                               : a.status == QLatin1String("approved") ? tr("Approved")
                                                                       : tr("Rejected");
        const QStringList cells{
            a.revision > 1 ? tr("%1 (revision %2)").arg(a.quoteNumber).arg(a.revision) : a.quoteNumber,
            a.customerName,
            DocumentTotals::percentText(a.discountBp) + QLatin1Char('%'),
            DocumentTotals::percentText(a.limitBp) + QLatin1Char('%'),
            tr("%1, %2").arg(a.requestedBy, ReportFormat::dateTime(a.requestedAt)),
            status,
            a.decidedBy.isEmpty() ? QString() : tr("%1, %2").arg(a.decidedBy, ReportFormat::dateTime(a.decidedAt))};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == 0)
                item->setData(Qt::UserRole, a.id);
            if (column == 5)
                item->setData(Qt::UserRole, a.status);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_approve->setEnabled(false);
    m_reject->setEnabled(false);
    if (!approvals.isEmpty())
        m_table->selectRow(0);
}

void ApprovalsDialog::decide(bool approve)
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const WriteResult result =
        QuoteService::decideApproval(m_db, m_table->item(row, 0)->data(Qt::UserRole).toString(), approve);
    m_message->setText(result.ok() ? QString() : result.message);
    if (result.ok())
        refresh();
}

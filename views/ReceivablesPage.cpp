#include "ReceivablesPage.h"

#include "Database.h"
#include "ListSpec.h"
#include "PaymentCollection.h"
#include "ReceivablesAgeing.h"
#include "RecordListModel.h"
#include "ReportFormat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum GroupChoice { ByCurrency, ByRep, ByCustomer };
}

ReceivablesPage::ReceivablesPage(Database& db, QWidget* parent) : Page(parent), m_db(db)
{
    setObjectName(QStringLiteral("receivablesPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);

    auto* bar = new QHBoxLayout;
    auto* bucketLabel = new QLabel(tr("&Show:"), this);
    m_bucket = new QComboBox(this);
    m_bucket->setObjectName(QStringLiteral("receivablesBucket"));
    for (ReceivablesAgeing::Bucket bucket : ReceivablesAgeing::buckets())
        m_bucket->addItem(ReceivablesAgeing::bucketText(bucket), int(bucket));
    bucketLabel->setBuddy(m_bucket);
    bar->addWidget(bucketLabel);
    bar->addWidget(m_bucket);
    bar->addSpacing(16);
    auto* groupLabel = new QLabel(tr("Summary &by:"), this);
    m_groupBy = new QComboBox(this);
    m_groupBy->setObjectName(QStringLiteral("receivablesGroupBy"));
    m_groupBy->addItem(tr("Currency"), ByCurrency);
    m_groupBy->addItem(tr("Collecting rep"), ByRep);
    m_groupBy->addItem(tr("Customer"), ByCustomer);
    groupLabel->setBuddy(m_groupBy);
    bar->addWidget(groupLabel);
    bar->addWidget(m_groupBy);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    m_ageing = new QTableWidget(this);
    m_ageing->setObjectName(QStringLiteral("receivablesAgeing"));
    m_ageing->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ageing->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ageing->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ageing->verticalHeader()->hide();
    m_ageing->horizontalHeader()->setStretchLastSection(true);
    m_ageing->setTabKeyNavigation(false);
    m_ageing->setMaximumHeight(m_ageing->fontMetrics().height() * 9);
    layout->addWidget(m_ageing);

    m_model = new RecordListModel(db, ListSpec::receivables(), this);
    m_view = makeRecordTable(QStringLiteral("receivablesList"), m_model, this);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(130);
    m_view->setColumnWidth(2, 260);
    layout->addWidget(m_view, 1);

    connect(m_bucket, &QComboBox::currentIndexChanged, this, [this] { applyListFilters(); });
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this] {
        m_ownerFilter.clear();
        m_customerFilter.clear();
        reloadSummary();
        applyListFilters();
    });
    // Picking a rep's or customer's summary row narrows the list to them; the currency row shows everyone's.
    connect(m_ageing, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_ageing->currentRow();
        const QString key =
            row >= 0 && m_ageing->item(row, 0) ? m_ageing->item(row, 0)->data(Qt::UserRole).toString() : QString();
        const int group = m_groupBy->currentData().toInt();
        m_ownerFilter = group == ByRep ? key : QString();
        m_customerFilter = group == ByCustomer ? key : QString();
        applyListFilters();
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex&) { openCurrent(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &Page::currentChanged);
    connect(m_model, &RecordListModel::loadFailed, this, [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    });
    setFocusProxy(m_view);
    reload();
}

ReceivablesPage::~ReceivablesPage() = default;

QString ReceivablesPage::title() const
{
    return tr("Receivables");
}

QStringList ReceivablesPage::watchedTables() const
{
    return {QStringLiteral("payment_instalments"), QStringLiteral("contracts"), QStringLiteral("receipts"),
            QStringLiteral("customers")};
}

int ReceivablesPage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return -1;
    return current.row();
}

bool ReceivablesPage::canOpenCurrent() const
{
    return currentRow() >= 0;
}

void ReceivablesPage::openCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString contract = PaymentCollection::contractOfInstalment(m_db, m_model->idAt(row));
    if (!contract.isEmpty())
        emit openRecord(QStringLiteral("contract"), contract);
}

void ReceivablesPage::focusFilter()
{
    m_bucket->setFocus(Qt::ShortcutFocusReason);
}

void ReceivablesPage::reload()
{
    reloadSummary();
    applyListFilters();
}

void ReceivablesPage::applyListFilters()
{
    QDate from;
    QDate to;
    ReceivablesAgeing::range(ReceivablesAgeing::Bucket(m_bucket->currentData().toInt()), m_db.clock().today(), &from,
                             &to);
    m_model->clearFilters();
    if (from.isValid())
        m_model->setFilter(QStringLiteral("from"), from);
    if (to.isValid())
        m_model->setFilter(QStringLiteral("to"), to);
    if (!m_ownerFilter.isEmpty())
        m_model->setFilter(QStringLiteral("owner"), m_ownerFilter);
    if (!m_customerFilter.isEmpty())
        m_model->setFilter(QStringLiteral("customer"), m_customerFilter);
    QString error;
    if (!m_model->refresh(&error)) {
        m_error->setText(error);
        m_error->show();
    }
}

void ReceivablesPage::reloadSummary()
{
    const int group = m_groupBy->currentData().toInt();
    const auto groupBy = group == ByRep        ? ReceivablesAgeing::GroupBy::Rep
                         : group == ByCustomer ? ReceivablesAgeing::GroupBy::Customer
                                               : ReceivablesAgeing::GroupBy::Currency;
    QList<AgeingRow> rows;
    QString error;
    if (!ReceivablesAgeing::summary(m_db, m_db.clock().today(), groupBy, {}, {}, &rows, &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_error->hide();
    const QStringList headers{group == ByRep        ? tr("Collecting rep")
                              : group == ByCustomer ? tr("Customer")
                                                    : tr("Currency"),
                              ReceivablesAgeing::bucketText(ReceivablesAgeing::Bucket::DueThisWeek),
                              ReceivablesAgeing::bucketText(ReceivablesAgeing::Bucket::NotDue),
                              tr("1–30 days"),
                              tr("31–60 days"),
                              tr("61–90 days"),
                              tr("> 90 days"),
                              tr("Overdue in all"),
                              tr("Outstanding")};
    const QSignalBlocker blocker(m_ageing);
    m_ageing->clear();
    m_ageing->setColumnCount(int(headers.size()));
    m_ageing->setHorizontalHeaderLabels(headers);
    m_ageing->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const AgeingRow& row = rows.at(r);
        const QString name =
            group == ByCurrency ? row.currency : QStringLiteral("%1 (%2)").arg(row.label, row.currency);
        auto* first = new QTableWidgetItem(name);
        first->setData(Qt::UserRole, row.key);
        m_ageing->setItem(r, 0, first);
        const QList<qint64> amounts{row.dueThisWeekMinor, row.notDueMinor, row.days1to30Minor, row.days31to60Minor,
                                    row.days61to90Minor,  row.over90Minor, row.overdueMinor(), row.totalMinor()};
        for (int c = 0; c < amounts.size(); ++c) {
            auto* item = new QTableWidgetItem(ReportFormat::money(amounts.at(c), row.currency));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c >= 2 && c <= 6 && amounts.at(c) > 0)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            m_ageing->setItem(r, c + 1, item);
        }
    }
    m_ageing->resizeColumnsToContents();
}

#include "TodayPage.h"

#include "ReportFormat.h"

#include "TodayModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const QString kShowAtStartup = QStringLiteral("startup/showToday");
}

TodayPage::TodayPage(Database& db, QWidget* parent) : Page(parent)
{
    setObjectName(QStringLiteral("todayPage"));
    m_model = new TodayModel(db, this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    auto* bar = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("todayHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    bar->addWidget(m_heading);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("todaySummary"));
    bar->addWidget(m_summary);
    bar->addStretch(1);
    m_atStartup = new QCheckBox(tr("&Show this page at start-up"), this);
    m_atStartup->setObjectName(QStringLiteral("showTodayAtStartup"));
    m_atStartup->setChecked(showAtStartup());
    connect(m_atStartup, &QCheckBox::toggled, this, [](bool on) { setShowAtStartup(on); });
    bar->addWidget(m_atStartup);
    layout->addLayout(bar);

    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    m_view = makeRecordTable(QStringLiteral("todayTable"), m_model, this);
    layout->addWidget(m_view, 1);

    m_empty = makeEmptyLabel(tr("Nothing is due today. Follow-ups you plan and tasks you own appear here on the day "
                                "they are due, and stay until they are done."),
                             QStringLiteral("todayEmpty"), this);
    layout->addWidget(m_empty, 1);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex&) { openCurrent(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &Page::currentChanged);
    // Log call… and New task… for the customer of the selected row.
    addRecordCommands(
        [this] { return currentRow() >= 0; },
        [this] {
            const int row = currentRow();
            const QString customer =
                row < 0 ? QString() : m_model->index(row, 0).data(TodayModel::CustomerIdRole).toString();
            return customer.isEmpty() ? QVariantHash() : QVariantHash{{QStringLiteral("customer_id"), customer}};
        });
    setFocusProxy(m_view);
    reload();
}

TodayPage::~TodayPage() = default;

QString TodayPage::title() const
{
    return tr("Today");
}

bool TodayPage::showAtStartup()
{
    return QSettings().value(kShowAtStartup, false).toBool();
}

void TodayPage::setShowAtStartup(bool show)
{
    QSettings().setValue(kShowAtStartup, show);
}

int TodayPage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return -1;
    return current.row();
}

bool TodayPage::canOpenCurrent() const
{
    return currentRow() >= 0;
}

void TodayPage::openCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    const QString entity = index.data(TodayModel::EntityRole).toString();
    const QString customer = index.data(TodayModel::CustomerIdRole).toString();
    // A follow-up due means "get in touch": the customer's page, with its history and Log a call.
    if (entity == QLatin1String("interaction") && !customer.isEmpty())
        emit showCustomer(customer);
    else
        emit openRecord(entity, index.data(TodayModel::IdRole).toString());
}

void TodayPage::reload()
{
    const int row = currentRow();
    QString entity;
    QString id;
    if (row >= 0) {
        entity = m_model->index(row, 0).data(TodayModel::EntityRole).toString();
        id = m_model->index(row, 0).data(TodayModel::IdRole).toString();
    }
    QString error;
    showReadOutcome(m_error, m_model->refresh(&error), error);
    m_view->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    // Keep the user on the same item when it is still due, else on the row that took its place.
    int select = id.isEmpty() ? -1 : m_model->rowOf(entity, id);
    if (select < 0 && row >= 0 && m_model->rowCount() > 0)
        select = qMin(row, m_model->rowCount() - 1);
    if (select >= 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(select, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateSummary();
    emit currentChanged();
}

void TodayPage::updateSummary()
{
    m_heading->setText(tr("Due today, %1").arg(ReportFormat::longDate(m_model->today())));
    const int overdue = m_model->overdueCount();
    const int all = m_model->rowCount();
    m_summary->setText(overdue > 0 ? tr("%n due, of them %1 overdue", nullptr, all).arg(overdue)
                                   : tr("%n due", nullptr, all));
    m_summary->setVisible(all > 0);
    m_view->setVisible(all > 0);
    m_empty->setVisible(all == 0 && m_error->isHidden());
}

QStringList TodayPage::watchedTables() const
{
    return {QStringLiteral("interactions"), QStringLiteral("tasks"), QStringLiteral("customers"),
            QStringLiteral("opportunities")};
}

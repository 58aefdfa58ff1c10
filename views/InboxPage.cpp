#include "InboxPage.h"

#include "NotificationInbox.h"
#include "NotificationSources.h"

#include "Database.h"
#include "WriteResult.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// Unread items in bold, as in a mail program.
class UnreadDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(NotificationInbox::ReadRole).toBool())
            option->font.setBold(true);
    }
};
} // namespace

InboxPage::InboxPage(Database& db, QWidget* parent) : Page(parent), m_db(db)
{
    setObjectName(QStringLiteral("inboxPage"));
    m_model = new NotificationInbox(db, this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    auto* bar = new QHBoxLayout;
    auto* heading = new QLabel(tr("Inbox"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    heading->setFont(big);
    bar->addWidget(heading);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("inboxSummary"));
    bar->addWidget(m_summary);
    bar->addStretch(1);
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("inboxOpen"));
    m_read = new QPushButton(tr("&Mark read"), this);
    m_read->setObjectName(QStringLiteral("inboxMarkRead"));
    m_dismiss = new QPushButton(tr("D&ismiss"), this);
    m_dismiss->setObjectName(QStringLiteral("inboxDismiss"));
    m_allRead = new QPushButton(tr("Mark &all read"), this);
    m_allRead->setObjectName(QStringLiteral("inboxMarkAllRead"));
    for (QPushButton* button : {m_open, m_read, m_dismiss, m_allRead}) {
        button->setAutoDefault(false);
        bar->addWidget(button);
    }
    connect(m_open, &QPushButton::clicked, this, &InboxPage::openCurrent);
    connect(m_read, &QPushButton::clicked, this, &InboxPage::markCurrentRead);
    connect(m_dismiss, &QPushButton::clicked, this, &InboxPage::dismissCurrent);
    connect(m_allRead, &QPushButton::clicked, this, &InboxPage::markAllRead);
    layout->addLayout(bar);

    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    m_view = makeRecordTable(QStringLiteral("inboxTable"), m_model, this);
    m_view->setItemDelegate(new UnreadDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection); // mark several read at once
    layout->addWidget(m_view, 1);

    m_empty = makeEmptyLabel(tr("Nothing new. Tasks that come due, reminders, follow-ups planned for today, deals past "
                                "their close date and what colleagues assign to you appear here."),
                             QStringLiteral("inboxEmpty"), this);
    layout->addWidget(m_empty, 1);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex&) { openCurrent(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        emit currentChanged();
    });
    setFocusProxy(m_view);
    reload();
}

InboxPage::~InboxPage() = default;

QString InboxPage::title() const
{
    return tr("Inbox");
}

int InboxPage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return -1;
    return current.row();
}

QStringList InboxPage::selectedKeys() const
{
    QStringList keys;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        keys << index.data(NotificationInbox::KeyRole).toString();
    return keys;
}

bool InboxPage::canOpenCurrent() const
{
    return currentRow() >= 0;
}

QStringList InboxPage::watchedTables() const
{
    return NotificationSources::tables();
}

void InboxPage::report(const WriteResult& result)
{
    if (!result.ok())
        emit errorOccurred(result.message);
    emit unreadChanged();
}

void InboxPage::openCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const NotificationItem item = m_model->item(row);
    if (!item.read)
        report(NotificationInbox::markRead(m_db, {item.key}));
    emit openRecord(item.entity, item.recordId);
}

void InboxPage::markCurrentRead()
{
    const QStringList keys = selectedKeys();
    if (!keys.isEmpty())
        report(NotificationInbox::markRead(m_db, keys));
}

void InboxPage::dismissCurrent()
{
    const QStringList keys = selectedKeys();
    if (!keys.isEmpty())
        report(NotificationInbox::dismiss(m_db, keys));
}

void InboxPage::markAllRead()
{
    report(NotificationInbox::markAllRead(m_db));
}

void InboxPage::reload()
{
    const int row = currentRow();
    const QString key = row >= 0 ? m_model->item(row).key : QString();
    QString error;
    showReadOutcome(m_error, m_model->refresh(&error), error);
    m_view->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    int select = key.isEmpty() ? -1 : m_model->rowOfKey(key);
    if (select < 0 && row >= 0 && m_model->rowCount() > 0)
        select = qMin(row, m_model->rowCount() - 1);
    if (select >= 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(select, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const int all = m_model->rowCount();
    const int unread = m_model->unreadRows();
    m_summary->setText(tr("%n unread", nullptr, unread));
    m_summary->setVisible(all > 0);
    m_view->setVisible(all > 0);
    m_empty->setVisible(all == 0 && m_error->isHidden());
    m_allRead->setEnabled(unread > 0);
    updateButtons();
    emit currentChanged();
}

void InboxPage::updateButtons()
{
    const bool any = m_view->selectionModel()->hasSelection();
    m_open->setEnabled(currentRow() >= 0);
    m_read->setEnabled(any);
    m_dismiss->setEnabled(any);
}

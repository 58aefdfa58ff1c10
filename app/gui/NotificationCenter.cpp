#include "NotificationCenter.h"

#include "NotificationSources.h"
#include "ReminderDialog.h"
#include "ReminderScheduler.h"

#include "ChangeNotifier.h"
#include "Database.h"
#include "PipelineService.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QStyleOptionToolButton>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>

namespace {
// A count in a red disc, as phones and mail programs draw it ("99+" beyond).
void paintBadge(QPainter& painter, const QRect& area, int count, const QFont& base)
{
    const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
    QFont font = base;
    font.setBold(true);
    font.setPixelSize(std::max(9, area.height() * 2 / 3));
    painter.setFont(font);
    const int width = std::max(area.height(), QFontMetrics(font).horizontalAdvance(text) + area.height() / 2);
    const QRect disc(area.right() - width + 1, area.top(), width, area.height());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xd9, 0x30, 0x25));
    painter.drawRoundedRect(disc, area.height() / 2.0, area.height() / 2.0);
    painter.setPen(Qt::white);
    painter.drawText(disc, Qt::AlignCenter, text);
}
} // namespace

// The tool bar's "Inbox" button with its unread count in a badge after the text.
class InboxButton : public QToolButton
{
public:
    explicit InboxButton(QWidget* parent) : QToolButton(parent)
    {
        setObjectName(QStringLiteral("inboxButton"));
        setToolButtonStyle(Qt::ToolButtonTextOnly);
        setAutoRaise(true);
    }
    void setCount(int count)
    {
        m_count = count;
        updateGeometry();
        update();
    }
    QSize sizeHint() const override
    {
        QSize size = QToolButton::sizeHint();
        if (m_count > 0)
            size.rwidth() += badgeHeight() * 2 + 4;
        return size;
    }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        if (m_count <= 0) {
            QToolButton::paintEvent(event);
            return;
        }
        // The button as usual in the space left of the badge, the badge at the right.
        QPainter painter(this);
        QStyleOptionToolButton option;
        initStyleOption(&option);
        const int badgeWidth = badgeHeight() * 2 + 4;
        option.rect.setWidth(width() - badgeWidth);
        style()->drawComplexControl(QStyle::CC_ToolButton, &option, &painter, this);
        const QRect area(width() - badgeWidth, (height() - badgeHeight()) / 2, badgeWidth - 4, badgeHeight());
        paintBadge(painter, area, m_count, font());
    }

private:
    int badgeHeight() const { return fontMetrics().height(); }
    int m_count = 0;
};

NotificationCenter::NotificationCenter(QWidget* window) : QObject(window), m_window(window)
{
    m_button = new InboxButton(window);
    m_button->setText(tr("Inbox"));
    connect(m_button, &QToolButton::clicked, this, &NotificationCenter::showInboxRequested);

    // Many writes in a row (an import) are counted once.
    m_recount = new QTimer(this);
    m_recount->setSingleShot(true);
    m_recount->setInterval(0);
    connect(m_recount, &QTimer::timeout, this, &NotificationCenter::refreshCount);
    // Colleagues' changes on a team database and the day turning over: looked at regularly.
    m_poll = new QTimer(this);
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &NotificationCenter::refreshCount);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setObjectName(QStringLiteral("trayIcon"));
        m_trayMenu = new QMenu(window);
        QAction* show = m_trayMenu->addAction(tr("Show the &inbox"));
        connect(show, &QAction::triggered, this, &NotificationCenter::showInboxRequested);
        m_tray->setContextMenu(m_trayMenu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                emit showInboxRequested();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &NotificationCenter::showInboxRequested);
        m_tray->show();
    }
    updateTray();
}

NotificationCenter::~NotificationCenter()
{
    setDatabase(nullptr);
    delete m_trayMenu;
}

QToolButton* NotificationCenter::button() const
{
    return m_button;
}

void NotificationCenter::setDatabase(Database* db)
{
    if (m_reminder)
        m_reminder->close();
    delete m_scheduler;
    m_scheduler = nullptr;
    if (m_db)
        disconnect(&m_db->notifier(), nullptr, this, nullptr);
    m_db = db;
    m_poll->stop();
    if (m_db) {
        m_scheduler = new ReminderScheduler(*m_db, this);
        m_scheduler->setObjectName(QStringLiteral("reminderScheduler"));
        connect(m_scheduler, &ReminderScheduler::reminderDue, this, &NotificationCenter::showReminder);
        connect(&m_db->notifier(), &ChangeNotifier::changed, this, [this](const ChangeSet& changes) {
            if (changes.touches(NotificationSources::tables()))
                m_recount->start();
        });
        m_poll->start();
    }
    refreshCount();
}

void NotificationCenter::refreshCount()
{
    int count = 0;
    if (m_db) {
        QString error;
        count = NotificationInbox::unreadCount(*m_db, &error);
        if (!error.isEmpty())
            emit errorOccurred(error);
    }
    const bool changed = count != m_count;
    m_count = count;
    m_button->setCount(count);
    m_button->setToolTip(count > 0 ? tr("%n unread in your inbox", nullptr, count) : tr("Nothing new in your inbox"));
    m_button->setAccessibleName(m_button->toolTip());
    updateTray();
    if (changed)
        emit countChanged(count);
}

void NotificationCenter::updateTray()
{
    if (!m_tray)
        return;
    m_tray->setToolTip(m_count > 0 ? tr("DeskCRM: %n unread", nullptr, m_count) : tr("DeskCRM"));
    QIcon base = QApplication::windowIcon();
    if (m_count <= 0) {
        m_tray->setIcon(base);
        return;
    }
    QPixmap pixmap = base.pixmap(64, 64);
    if (pixmap.isNull()) {
        pixmap = QPixmap(64, 64);
        pixmap.fill(Qt::transparent);
    }
    QPainter painter(&pixmap);
    paintBadge(painter, QRect(22, 0, 42, 32), m_count, QApplication::font());
    painter.end();
    m_tray->setIcon(QIcon(pixmap));
}

void NotificationCenter::showReminder(const NotificationItem& item)
{
    if (!m_db)
        return;
    // The reminder is news in the inbox too: counted now, not at the next poll.
    m_recount->start();
    // One pop-up at a time: a new reminder replaces one left open (the earlier stays in the inbox).
    if (m_reminder)
        m_reminder->close();
    auto* dialog = new ReminderDialog(item, m_db->clock(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReminderDialog::chosen, this,
            [this, dialog](ReminderDialog::Choice choice) { act(dialog->item(), int(choice), dialog->snoozeUntil()); });
    m_reminder = dialog;
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    // The desktop's own notification, for when the window is covered or minimised.
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(tr("Reminder"),
                            item.detail.isEmpty() ? item.title : item.title + QStringLiteral(" — ") + item.detail,
                            QSystemTrayIcon::Information, 15000);
}

void NotificationCenter::act(const NotificationItem& item, int choice, const QDateTime& snoozeUntil)
{
    if (!m_db)
        return;
    WriteResult result;
    switch (ReminderDialog::Choice(choice)) {
    case ReminderDialog::Choice::Snooze:
        result = NotificationInbox::snooze(*m_db, item.key, snoozeUntil);
        break;
    case ReminderDialog::Choice::Done:
        result = NotificationInbox::markTaskDone(*m_db, item.recordId);
        break;
    case ReminderDialog::Choice::Open:
        result = NotificationInbox::markRead(*m_db, {item.key});
        emit openRecord(item.entity, item.recordId);
        break;
    case ReminderDialog::Choice::Dismiss:
        result = NotificationInbox::dismiss(*m_db, {item.key});
        break;
    case ReminderDialog::Choice::None:
        return;
    }
    if (!result.ok())
        emit errorOccurred(result.message);
}

#include "TicketBoardPage.h"

#include "BoardColumnView.h"
#include "Clock.h"
#include "Database.h"
#include "ReportFormat.h"
#include "TicketBoardModel.h"
#include "TicketWorkflow.h"

#include <QAction>
#include <QFontMetrics>
#include <QFrame>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace {
const int kColumnWidth = 240;

// A ticket card: number and subject, customer, assignee and deadline; a bar on the left by SLA state.
class TicketCardDelegate : public QStyledItemDelegate
{
public:
    TicketCardDelegate(const Clock& clock, QObject* parent) : QStyledItemDelegate(parent), m_clock(clock) {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        return QSize(kColumnWidth - 16, option.fontMetrics.height() * 3 + 18);
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        painter->save();
        const QRect card = option.rect.adjusted(2, 2, -2, -2);
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(option.palette.color(QPalette::Mid));
        painter->setBrush(selected ? option.palette.color(QPalette::Highlight).lighter(170)
                                   : option.palette.color(QPalette::Base));
        painter->drawRoundedRect(card, 4, 4);
        const QDateTime due = index.data(TicketColumnModel::DueRole).toDateTime();
        const QDateTime now = m_clock.nowUtc();
        QColor bar(0x9a, 0xa8, 0xbb);
        if (due.isValid() && due < now)
            bar = QColor(0xd3, 0x2f, 0x2f);
        else if (due.isValid() && due < now.addSecs(4 * 3600))
            bar = QColor(0xf0, 0xa2, 0x02);
        painter->fillRect(QRect(card.left(), card.top(), 4, card.height()), bar);
        const int line = option.fontMetrics.height();
        QRect text = card.adjusted(10, 4, -6, -4);
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(option.palette.color(QPalette::Text));
        const QString title = index.data(TicketColumnModel::NumberRole).toString() + QLatin1Char(' ') +
                              index.data(TicketColumnModel::SubjectRole).toString();
        // Elided in the bold font it is drawn in (the plain font's width cut it off without "…").
        painter->drawText(text.adjusted(0, 0, 0, -2 * line), Qt::AlignLeft | Qt::AlignTop,
                          QFontMetrics(bold).elidedText(title, Qt::ElideRight, text.width()));
        painter->setFont(option.font);
        const QString second = index.data(TicketColumnModel::CustomerRole).toString();
        painter->drawText(text.adjusted(0, line + 2, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                          option.fontMetrics.elidedText(second, Qt::ElideRight, text.width()));
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        const QString third = TicketWorkflow::priorityText(index.data(TicketColumnModel::PriorityRole).toString()) +
                              QStringLiteral(" · ") + index.data(TicketColumnModel::OwnerRole).toString() +
                              (due.isValid() ? QStringLiteral(" · ") + ReportFormat::dateTime(due) : QString());
        painter->drawText(text.adjusted(0, 2 * line + 4, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                          option.fontMetrics.elidedText(third, Qt::ElideRight, text.width()));
        painter->restore();
    }

private:
    const Clock& m_clock;
};
} // namespace

TicketBoardPage::TicketBoardPage(Database& db, QWidget* parent)
    : BoardPage(parent), m_db(db), m_model(new TicketBoardModel(db, this))
{
    setObjectName(QStringLiteral("ticketBoardPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("ticketBoardMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_message->hide();
    layout->addWidget(m_message);
    layout->addWidget(columnsArea(), 1);
    auto* delegate = new TicketCardDelegate(db.clock(), this);
    for (int i = 0; i < m_model->columnCount(); ++i) {
        auto* frame = new QFrame;
        frame->setObjectName(QStringLiteral("ticketColumn%1").arg(i));
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setFixedWidth(kColumnWidth);
        auto* v = new QVBoxLayout(frame);
        v->setContentsMargins(4, 6, 4, 4);
        v->setSpacing(4);
        auto* header = new QLabel(frame);
        QFont f = header->font();
        f.setBold(true);
        header->setFont(f);
        header->setContentsMargins(6, 0, 6, 4);
        auto* view = new BoardColumnView(i, frame);
        view->setObjectName(QStringLiteral("ticketColumnView%1").arg(i));
        view->setItemDelegate(delegate);
        view->setModel(m_model->column(i));
        v->addWidget(header);
        v->addWidget(view, 1);
        addColumn(frame, view);
        m_headers.append(header);
    }
    auto* refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshAction, &QAction::triggered, this, &TicketBoardPage::reload);
    addAction(refreshAction);
    reload();
}

QString TicketBoardPage::title() const
{
    return tr("Ticket board");
}

QStringList TicketBoardPage::watchedTables() const
{
    return {QStringLiteral("tickets")};
}

void TicketBoardPage::reload()
{
    QString error;
    if (!m_model->load(&error)) {
        m_message->setText(error);
        m_message->show();
    }
    updateHeaders();
}

void TicketBoardPage::updateHeaders()
{
    for (int i = 0; i < m_headers.size(); ++i) {
        const TicketColumnModel* column = m_model->column(i);
        m_headers.at(i)->setText(
            tr("%1 (%2)").arg(TicketWorkflow::statusText(column->status()), ReportFormat::number(column->total())));
    }
}

QString TicketBoardPage::cardId(int column, int row) const
{
    const TicketColumnModel* model = m_model->column(column);
    return model && row >= 0 && row < model->rowCount() ? model->card(row).id : QString();
}

void TicketBoardPage::moveCard(const QString& id, int toColumn, int)
{
    const QString refused = m_model->move(id, toColumn);
    updateHeaders();
    m_message->setVisible(!refused.isEmpty());
    m_message->setText(refused);
    if (!refused.isEmpty())
        emit moveRefused(refused);
}

void TicketBoardPage::openCard(int column, int row)
{
    const QString id = cardId(column, row);
    if (!id.isEmpty())
        emit openRecord(QStringLiteral("ticket"), id);
}

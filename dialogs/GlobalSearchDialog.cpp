#include "GlobalSearchDialog.h"

#include "Database.h"
#include "GlobalSearch.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
enum Role { KindRole = Qt::UserRole + 1, IdRole, RangesRole };

// A hit's title with the matched parts in bold (ranges from GlobalSearch::highlights).
class HighlightDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QVariantList ranges = index.data(RangesRole).toList();
        if (ranges.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        const QString text = item.text;
        item.text.clear();
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

        QString html;
        int at = 0;
        for (const QVariant& range : ranges) {
            const QPoint r = range.toPoint(); // x = start, y = length
            html += text.mid(at, r.x() - at).toHtmlEscaped();
            html += QStringLiteral("<b>") + text.mid(r.x(), r.y()).toHtmlEscaped() + QStringLiteral("</b>");
            at = r.x() + r.y();
        }
        html += text.mid(at).toHtmlEscaped();
        QTextDocument document;
        document.setDefaultFont(item.font);
        document.setDocumentMargin(0);
        document.setHtml(html);
        const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget);
        painter->save();
        painter->translate(area.left(), area.top() + (area.height() - document.size().height()) / 2);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, item.state & QStyle::State_Selected
                                                     ? item.palette.color(QPalette::HighlightedText)
                                                     : item.palette.color(QPalette::Text));
        context.clip = QRectF(0, 0, area.width(), area.height());
        painter->setClipRect(context.clip);
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }
};
} // namespace

GlobalSearchDialog::GlobalSearchDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_input(new QLineEdit(this)), m_results(new QTreeWidget(this)),
      m_status(new QLabel(this)), m_pause(new QTimer(this))
{
    setObjectName(QStringLiteral("globalSearchDialog"));
    setWindowTitle(tr("Search Everything"));
    m_input->setObjectName(QStringLiteral("globalSearchInput"));
    m_input->setPlaceholderText(tr("Name, phone, e-mail, pinyin (zw for 张伟)…"));
    m_input->setClearButtonEnabled(true);
    m_input->installEventFilter(this);
    m_results->setObjectName(QStringLiteral("globalSearchResults"));
    m_results->setHeaderHidden(true);
    m_results->setRootIsDecorated(false);
    m_results->setItemDelegate(new HighlightDelegate(m_results));
    m_results->setUniformRowHeights(true);
    m_status->setObjectName(QStringLiteral("globalSearchStatus"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_input);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    resize(560, 480);

    m_pause->setSingleShot(true);
    m_pause->setInterval(kDebounceMs);
    connect(m_pause, &QTimer::timeout, this, &GlobalSearchDialog::search);
    connect(m_input, &QLineEdit::textChanged, this, [this] { m_pause->start(); });
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item, int) { activate(item); });
}

void GlobalSearchDialog::setText(const QString& text)
{
    m_input->setText(text);
    m_input->setFocus();
    m_pause->stop();
    search();
}

QStringList GlobalSearchDialog::shownHits() const
{
    QStringList hits;
    for (int g = 0; g < m_results->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_results->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            hits << group->child(i)->data(0, KindRole).toString() + QLatin1Char(':') +
                        group->child(i)->data(0, IdRole).toString();
    }
    return hits;
}

void GlobalSearchDialog::search()
{
    const QString text = m_input->text();
    m_results->clear();
    if (text.trimmed().isEmpty()) {
        m_status->clear();
        return;
    }
    QString error;
    const QList<GlobalSearch::Group> groups = GlobalSearch(m_db).find(text, {}, kPerKind, &error);
    if (!error.isEmpty()) {
        m_status->setText(tr("The search failed: %1").arg(error));
        return;
    }
    int count = 0;
    QTreeWidgetItem* first = nullptr;
    for (const GlobalSearch::Group& group : groups) {
        auto* heading = new QTreeWidgetItem(m_results, {group.label});
        heading->setFlags(Qt::ItemIsEnabled);
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        for (const GlobalSearch::Hit& hit : group.hits) {
            auto* item = new QTreeWidgetItem(heading, {hit.title});
            item->setData(0, KindRole, hit.kind);
            item->setData(0, IdRole, hit.id);
            QVariantList ranges;
            for (const auto& [start, length] : GlobalSearch::highlights(hit.title, text))
                ranges << QPoint(start, length);
            item->setData(0, RangesRole, ranges);
            if (!first)
                first = item;
            ++count;
        }
    }
    m_results->expandAll();
    if (first)
        m_results->setCurrentItem(first);
    m_status->setText(count == 0 ? tr("Nothing found.")
                                 : tr("%n result(s). Enter opens the selected one.", nullptr, count));
}

void GlobalSearchDialog::moveCurrent(int step)
{
    QList<QTreeWidgetItem*> hits;
    for (int g = 0; g < m_results->topLevelItemCount(); ++g) {
        for (int i = 0; i < m_results->topLevelItem(g)->childCount(); ++i)
            hits << m_results->topLevelItem(g)->child(i);
    }
    if (hits.isEmpty())
        return;
    const int at = int(hits.indexOf(m_results->currentItem()));
    const int next = std::clamp(at < 0 ? 0 : at + step, 0, int(hits.size()) - 1);
    m_results->setCurrentItem(hits.at(next));
}

void GlobalSearchDialog::activate(QTreeWidgetItem* item)
{
    if (!item || item->data(0, IdRole).toString().isEmpty())
        return;
    const QString kind = item->data(0, KindRole).toString();
    const QString id = item->data(0, IdRole).toString();
    accept();
    emit openRecord(kind, id);
}

bool GlobalSearchDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // What is on screen may be a keystroke behind: search first, then open.
            if (m_pause->isActive()) {
                m_pause->stop();
                search();
            }
            activate(m_results->currentItem());
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

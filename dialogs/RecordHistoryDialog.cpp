#include "RecordHistoryDialog.h"

#include "AuditHistory.h"
#include "AuditLabels.h"
#include "Database.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { When, Who, What, Field, Before, After };
constexpr int kEntryRole = Qt::UserRole;     // index into m_entries
constexpr int kFieldRole = Qt::UserRole + 1; // the column the item shows

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > 80 ? text.left(79) + QChar(0x2026) : text;
}
} // namespace

RecordHistoryDialog::RecordHistoryDialog(Database& db, const QString& table, const QString& id, const QString& title,
                                         QWidget* parent)
    : QDialog(parent), m_db(db), m_table(table), m_id(id)
{
    setWindowTitle(tr("History of %1").arg(title));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("historyTree"));
    m_tree->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Field"), tr("Before"), tr("After")});
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RecordHistoryDialog::updateButtons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_putBack = buttons->addButton(tr("&Put this value back"), QDialogButtonBox::ActionRole);
    m_putBack->setObjectName(QStringLiteral("putBackButton"));
    m_putBack->setToolTip(tr("Give the field the value it had before the selected change"));
    connect(m_putBack, &QPushButton::clicked, this, &RecordHistoryDialog::putBack);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 480);
    reload();
}

void RecordHistoryDialog::setPresentation(const QHash<QString, QString>& labels, ValueText valueText)
{
    m_labels = labels;
    m_valueText = std::move(valueText);
    reload();
}

QString RecordHistoryDialog::label(const QString& column) const
{
    const QString named = m_labels.value(column);
    if (!named.isEmpty())
        return named;
    return AuditLabels::field(m_table, column);
}

QString RecordHistoryDialog::shown(const QString& column, const QVariant& value) const
{
    if (value.isNull())
        return tr("(empty)");
    if (m_valueText) {
        const QString text = m_valueText(column, value);
        if (!text.isEmpty())
            return oneLine(text);
    }
    return oneLine(value.toString());
}

void RecordHistoryDialog::reload()
{
    m_entries.clear();
    m_tree->clear();
    QString error;
    AuditHistory history(m_db);
    if (!history.entries(m_table, m_id, &m_entries, &error)) {
        m_status->setText(tr("The history could not be read: %1").arg(error));
        updateButtons();
        return;
    }
    m_version = history.currentVersion(m_table, m_id);
    const QLocale locale;
    for (int i = int(m_entries.size()) - 1; i >= 0; --i) {
        const AuditEntry& e = m_entries.at(i);
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(When, locale.toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        item->setText(Who, e.actor);
        item->setText(What, e.action.startsWith(QLatin1String("revert:"))
                                ? tr("%1 (roll back)").arg(AuditHistory::describeOp(e.op))
                                : AuditHistory::describeOp(e.op));
        item->setData(When, kEntryRole, i);
        if (e.fields.size() == 1 && e.op != QLatin1String("delete")) {
            // One field: on the entry's own line.
            const QString& field = e.fields.first();
            item->setText(Field, label(field));
            item->setText(Before, shown(field, e.oldValues.value(field)));
            item->setText(After, shown(field, e.newValues.value(field)));
            item->setData(Field, kFieldRole, field);
            continue;
        }
        for (const QString& field : e.fields) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(Field, label(field));
            child->setText(Before, shown(field, e.oldValues.value(field)));
            child->setText(After, shown(field, e.newValues.value(field)));
            child->setData(When, kEntryRole, i);
            child->setData(Field, kFieldRole, field);
        }
        if (!e.fields.isEmpty())
            item->setText(Field, tr("%n field(s)", nullptr, int(e.fields.size())));
    }
    m_tree->expandAll();
    for (int c = When; c < After; ++c)
        m_tree->resizeColumnToContents(c);
    m_status->setText(m_entries.isEmpty() ? tr("No changes are recorded for this record.")
                                          : tr("%n change(s) recorded.", nullptr, int(m_entries.size())));
    updateButtons();
}

void RecordHistoryDialog::updateButtons()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    const QString field = item ? item->data(Field, kFieldRole).toString() : QString();
    const int index = item ? item->data(When, kEntryRole).toInt() : -1;
    const bool ordinary = !field.isEmpty() && field != QLatin1String("deleted_at") && index >= 0 &&
                          m_entries.at(index).op != QLatin1String("delete") && m_version > 0;
    m_putBack->setEnabled(ordinary);
}

void RecordHistoryDialog::putBack()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return;
    const QString field = item->data(Field, kFieldRole).toString();
    const int index = item->data(When, kEntryRole).toInt();
    if (field.isEmpty() || index < 0 || index >= m_entries.size())
        return;
    const QVariant value = m_entries.at(index).oldValues.value(field);
    const WriteResult result = AuditHistory(m_db).putBack(m_table, m_id, m_version, field, value);
    if (!result.ok()) {
        m_status->setText(result.status == WriteResult::Conflict
                              ? tr("Not put back: someone else changed this record meanwhile. The history now "
                                   "shows their change; choose again.")
                              : result.message);
        const QString message = m_status->text();
        reload();
        m_status->setText(message);
        return;
    }
    reload();
    m_status->setText(tr("“%1” has its earlier value again: %2").arg(label(field), shown(field, value)));
    Q_EMIT valuePutBack(m_table, m_id);
}

#include "RevertDialog.h"

#include "AuditHistory.h"
#include "AuditLabels.h"
#include "Database.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QString shown(const QVariant& value)
{
    if (value.isNull())
        return RevertDialog::tr("(empty)");
    QString text = value.toString();
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > 60 ? text.left(59) + QChar(0x2026) : text;
}

// "Customers · 北京星辰": the record as users know it, by its id only when it has no name.
QString recordText(const QString& table, const QString& id, const QString& label)
{
    return QStringLiteral("%1 · %2").arg(AuditLabels::table(table), label.isEmpty() ? id : label);
}
} // namespace

RevertDialog::RevertDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Roll Back a User's Changes"));
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("userCombo"));
    m_user->setEditable(true);
    QStringList actors;
    QString error;
    AuditHistory(m_db).actors(&actors, &error);
    m_user->addItems(actors);
    m_since = new QDateTimeEdit(m_db.clock().nowUtc().toLocalTime().addDays(-1), this);
    m_since->setObjectName(QStringLiteral("sinceEdit"));
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_since->setCalendarPopup(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Since:"), m_since);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setHeaderLabels({tr("Record"), tr("Field"), tr("Now"), tr("After the rollback")});
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("revertStatus"));
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_preview = buttons->addButton(tr("Pre&view"), QDialogButtonBox::ActionRole);
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_rollBack = buttons->addButton(tr("&Roll back"), QDialogButtonBox::ActionRole);
    m_rollBack->setObjectName(QStringLiteral("rollBackButton"));
    m_rollBack->setEnabled(false);
    m_undo = buttons->addButton(tr("Un&do the rollback"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setEnabled(false);
    connect(m_preview, &QPushButton::clicked, this, &RevertDialog::preview);
    connect(m_rollBack, &QPushButton::clicked, this, &RevertDialog::rollBack);
    connect(m_undo, &QPushButton::clicked, this, &RevertDialog::undo);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_user, &QComboBox::currentTextChanged, this, [this] { m_rollBack->setEnabled(false); });
    connect(m_since, &QDateTimeEdit::dateTimeChanged, this, [this] { m_rollBack->setEnabled(false); });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 560);

    if (!AuditRevert::permitted(m_db)) {
        m_status->setText(tr("Only administrators can roll back changes."));
        m_preview->setEnabled(false);
    }
}

void RevertDialog::setScope(const QString& user, const QDateTime& since)
{
    m_user->setCurrentText(user);
    m_since->setDateTime(since.toLocalTime());
}

AuditRevert::Scope RevertDialog::scope() const
{
    return {m_user->currentText().trimmed(), m_since->dateTime().toUTC(), QString()};
}

void RevertDialog::showPlan(const AuditRevert::Plan& plan)
{
    m_tree->clear();
    const auto section = [this](const QString& title, int count) {
        auto* item = new QTreeWidgetItem(m_tree, {title.arg(count)});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        return item;
    };
    QTreeWidgetItem* created = section(tr("Records created (deleted again): %1"), plan.created());
    QTreeWidgetItem* changed = section(tr("Records changed (fields put back): %1"), plan.changed());
    QTreeWidgetItem* deleted = section(tr("Records deleted (brought back): %1"), plan.deleted());
    QTreeWidgetItem* kept =
        section(tr("Changed later by someone else (kept as they are): %1"), int(plan.conflicts.size()));
    for (const AuditRevert::Item& item : plan.items) {
        const QString record = recordText(item.table, item.id, item.label);
        switch (item.kind) {
        case AuditRevert::Item::Delete:
            new QTreeWidgetItem(created, {record});
            break;
        case AuditRevert::Item::Recreate:
        case AuditRevert::Item::Restore:
            new QTreeWidgetItem(deleted, {record});
            break;
        case AuditRevert::Item::SetFields:
            for (auto it = item.values.cbegin(); it != item.values.cend(); ++it)
                new QTreeWidgetItem(changed, {record, AuditLabels::field(item.table, it.key()),
                                              shown(item.current.value(it.key())), shown(it.value())});
            break;
        }
    }
    for (const AuditRevert::Conflict& c : plan.conflicts) {
        new QTreeWidgetItem(kept, {recordText(c.table, c.id, c.label),
                                   c.field.isEmpty() ? QString() : AuditLabels::field(c.table, c.field), shown(c.kept),
                                   tr("kept (%1 changed it later)").arg(c.laterActor)});
    }
    m_tree->expandAll();
    for (int c = 0; c < 3; ++c)
        m_tree->resizeColumnToContents(c);
}

void RevertDialog::preview()
{
    AuditRevert::Plan plan;
    QString error;
    if (!AuditRevert(m_db).preview(scope(), &plan, &error)) {
        m_status->setText(error);
        return;
    }
    showPlan(plan);
    m_status->setText(
        plan.isEmpty()
            ? tr("Nothing to roll back: %1 made no changes since then that are still there.").arg(scope().actor)
            : tr("Nothing has changed yet. Roll back to do this in one step."));
    m_rollBack->setEnabled(!plan.isEmpty());
}

void RevertDialog::rollBack()
{
    const AuditRevert::Result result = AuditRevert(m_db).apply(scope());
    if (!result.write.ok()) {
        m_status->setText(result.write.message);
        return;
    }
    showPlan(result.plan);
    m_lastAction = result.action;
    m_rollBack->setEnabled(false);
    m_undo->setEnabled(!result.plan.isEmpty());
    m_status->setText(tr("Rolled back: %1 records. Later changes by others were kept.").arg(result.plan.items.size()));
    Q_EMIT rolledBack();
}

void RevertDialog::undo()
{
    if (m_lastAction.isEmpty())
        return;
    const AuditRevert::Result result = AuditRevert(m_db).apply({QString(), QDateTime(), m_lastAction});
    if (!result.write.ok()) {
        m_status->setText(result.write.message);
        return;
    }
    showPlan(result.plan);
    m_lastAction.clear();
    m_undo->setEnabled(false);
    m_status->setText(tr("The rollback was undone."));
    Q_EMIT rolledBack();
}

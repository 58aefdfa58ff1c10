#include "FindDuplicatesDialog.h"

#include "DialogSeams.h"
#include "DuplicateFinder.h"
#include "MergeDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

FindDuplicatesDialog::FindDuplicatesDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("findDuplicatesDialog"));
    setWindowTitle(tr("Find duplicates"));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* entityLabel = new QLabel(tr("&Search:"), this);
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("entityCombo"));
    m_entity->addItem(tr("Customers"), QStringLiteral("customer"));
    m_entity->addItem(tr("Contacts"), QStringLiteral("contact"));
    entityLabel->setBuddy(m_entity);
    top->addWidget(entityLabel);
    top->addWidget(m_entity);
    top->addStretch(1);
    auto* scanAgain = new QPushButton(tr("Scan &again (F5)"), this);
    scanAgain->setObjectName(QStringLiteral("refreshButton"));
    scanAgain->setAutoDefault(false);
    top->addWidget(scanAgain);
    layout->addLayout(top);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("groupTree"));
    m_tree->setColumnCount(5);
    m_tree->setHeaderLabels({tr("Name"), tr("E-mail"), tr("Phone"), tr("Company / customer"), tr("Score")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    layout->addWidget(m_summary);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_mergeButton = buttons->addButton(tr("&Merge…"), QDialogButtonBox::ActionRole);
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));
    m_mergeButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_mergeButton, &QPushButton::clicked, this, &FindDuplicatesDialog::mergeCurrent);
    connect(scanAgain, &QPushButton::clicked, this, &FindDuplicatesDialog::refresh);
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this, &FindDuplicatesDialog::refresh);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &FindDuplicatesDialog::refresh);
    // Enter reaches the default button (Merge…); itemActivated would open a second merge after the first.
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, &FindDuplicatesDialog::mergeCurrent);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] { m_mergeButton->setEnabled(currentGroup() >= 0); });

    m_merge = [this](const DuplicateMerger::Plan& plan) { return DuplicateMerger(m_db).merge(plan); };
    resize(900, 560);
    refresh();
}

void FindDuplicatesDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // The list first, so arrows and Enter work at once (QDialog would give the focus to the default button).
    m_tree->setFocus();
}

QString FindDuplicatesDialog::entity() const
{
    return m_entity->currentData().toString();
}

void FindDuplicatesDialog::setEntity(const QString& entity)
{
    const int at = m_entity->findData(entity);
    if (at >= 0 && at != m_entity->currentIndex())
        m_entity->setCurrentIndex(at); // scans again
    else
        refresh();
}

void FindDuplicatesDialog::refresh()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool ok = DuplicateFinder(m_db).find(entity(), &m_groups, &error);
    QApplication::restoreOverrideCursor();
    m_tree->clear();
    if (!ok) {
        m_groups.clear();
        m_summary->setText(error);
        m_mergeButton->setEnabled(false);
        return;
    }
    const bool contacts = entity() == QLatin1String("contact");
    const QLocale locale;
    for (int g = 0; g < m_groups.size(); ++g) {
        const DuplicateGroup& group = m_groups.at(g);
        auto* top = new QTreeWidgetItem(m_tree);
        top->setText(
            0, tr("%1 — %n record(s)", nullptr, int(group.records.size())).arg(DuplicateKeys::describe(group.reasons)));
        top->setText(4, locale.toString(group.score));
        top->setData(0, Qt::UserRole, g);
        top->setFirstColumnSpanned(false);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const DuplicateRecord& r : group.records) {
            auto* item = new QTreeWidgetItem(top);
            item->setText(0, r.name);
            item->setText(1, r.email);
            item->setText(2, r.mobile.isEmpty()
                                 ? r.phone
                                 : (r.phone.isEmpty() ? r.mobile : r.phone + QStringLiteral(" / ") + r.mobile));
            item->setText(3, contacts ? r.customerName : r.company);
            item->setData(0, Qt::UserRole, g);
        }
        top->setExpanded(true);
    }
    for (int c = 1; c < 5; ++c)
        m_tree->resizeColumnToContents(c);
    m_summary->setText(m_groups.isEmpty() ? tr("No likely duplicates found.")
                                          : tr("%n group(s) of likely duplicates.", nullptr, int(m_groups.size())));
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    m_mergeButton->setEnabled(currentGroup() >= 0);
    m_tree->setFocus();
}

int FindDuplicatesDialog::currentGroup() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return -1;
    const int g = item->data(0, Qt::UserRole).toInt();
    return g >= 0 && g < m_groups.size() ? g : -1;
}

void FindDuplicatesDialog::mergeCurrent()
{
    const int g = currentGroup();
    if (g < 0)
        return;
    QStringList ids;
    for (const DuplicateRecord& r : m_groups.at(g).records)
        ids << r.id;
    // The record under the cursor is the suggested survivor when it is one of the group's records.
    QTreeWidgetItem* item = m_tree->currentItem();
    if (item && item->parent()) {
        const int at = item->parent()->indexOfChild(item);
        if (at > 0 && at < ids.size())
            ids.move(at, 0);
    }
    MergeDialog dialog(m_db, entity(), ids, this);
    if (!dialog.isLoaded()) {
        DialogSeams::warning(this, windowTitle(), dialog.errorText());
        refresh();
        return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DuplicateMerger::Plan plan = dialog.plan();
    const WriteResult result = m_merge(plan);
    if (!result.ok()) {
        DialogSeams::warning(this, windowTitle(), result.message);
    } else {
        Q_EMIT merged(plan.entity, plan.survivorId);
    }
    const int keep = g;
    refresh();
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(std::min(keep, m_tree->topLevelItemCount() - 1)));
}

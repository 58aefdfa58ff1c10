#include "AttributeSettingsDialog.h"

#include "AttributeDefinitions.h"
#include "AttributeEditDialog.h"
#include "Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { NameColumn, ChineseColumn, KeyColumn, KindColumn, RequiredColumn, ActiveColumn, ColumnCount };
} // namespace

AttributeSettingsDialog::AttributeSettingsDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("attributeSettingsDialog"));
    setWindowTitle(tr("Custom Fields"));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("entity"));
    for (const QString& entity : AttributeDefinitions::entities())
        m_entity->addItem(AttributeDefinitions::entityName(entity), entity);
    auto* entityLabel = new QLabel(tr("Fields &of:"), this);
    entityLabel->setBuddy(m_entity);
    top->addWidget(entityLabel);
    top->addWidget(m_entity);
    top->addStretch(1);
    layout->addLayout(top);

    auto* middle = new QHBoxLayout;
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("fields"));
    m_table->setHorizontalHeaderLabels(
        {tr("English name"), tr("Chinese name"), tr("Key"), tr("Kind"), tr("Required"), tr("Active")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ChineseColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    middle->addWidget(m_table, 1);
    auto* side = new QVBoxLayout;
    auto button = [&](const QString& text, const char* name, void (AttributeSettingsDialog::*slot)()) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        side->addWidget(b);
        return b;
    };
    button(tr("&Add…"), "addButton", &AttributeSettingsDialog::addField);
    m_edit = button(tr("&Edit…"), "editButton", &AttributeSettingsDialog::editField);
    m_up = button(tr("Move &up"), "upButton", &AttributeSettingsDialog::moveUp);
    m_down = button(tr("Move do&wn"), "downButton", &AttributeSettingsDialog::moveDown);
    m_active = button(tr("&Deactivate"), "activeButton", &AttributeSettingsDialog::toggleActive);
    side->addStretch(1);
    middle->addLayout(side);
    layout->addLayout(middle, 1);

    auto* hint = new QLabel(tr("Deactivated fields keep their values; they leave forms, lists, imports and exports "
                               "until they are activated again."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);

    connect(m_entity, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AttributeSettingsDialog::updateButtons);
    connect(m_table, &QTableWidget::cellActivated, this, [this] { editField(); });
    reload();
    resize(760, 460);
}

QString AttributeSettingsDialog::entity() const
{
    return m_entity->currentData().toString();
}

void AttributeSettingsDialog::setEntity(const QString& entity)
{
    const int index = m_entity->findData(entity);
    if (index >= 0)
        m_entity->setCurrentIndex(index);
}

int AttributeSettingsDialog::currentRow() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    return selected.isEmpty() ? -1 : selected.first()->row();
}

void AttributeSettingsDialog::reload(const QString& selectId)
{
    QString error;
    m_fields = AttributeDefinitions(m_db).forEntity(entity(), false, QString(), &error);
    m_table->setRowCount(0);
    for (const AttributeDefinition& d : std::as_const(m_fields)) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QStringList texts{d.labelEn,
                                d.labelZh,
                                d.key,
                                AttributeDefinition::kindName(d.kind),
                                d.required ? tr("Yes") : tr("No"),
                                d.active ? tr("Yes") : tr("No")};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(texts.at(c));
            if (!d.active)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_table->setItem(r, c, item);
        }
        if (d.id == selectId)
            m_table->selectRow(r);
    }
    if (error.isEmpty())
        m_message->hide();
    else
        showError(error);
    updateButtons();
}

void AttributeSettingsDialog::updateButtons()
{
    const int r = currentRow();
    m_edit->setEnabled(r >= 0);
    m_up->setEnabled(r > 0);
    m_down->setEnabled(r >= 0 && r < m_fields.size() - 1);
    m_active->setEnabled(r >= 0);
    m_active->setText(r >= 0 && !m_fields.at(r).active ? tr("Ac&tivate") : tr("&Deactivate"));
}

void AttributeSettingsDialog::showError(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void AttributeSettingsDialog::addField()
{
    AttributeDefinition d;
    d.entity = entity();
    AttributeEditDialog dialog(m_db, d, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_changed = true;
    reload(dialog.definition().id);
}

void AttributeSettingsDialog::editField()
{
    const int r = currentRow();
    if (r < 0)
        return;
    AttributeEditDialog dialog(m_db, m_fields.at(r), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_changed = true;
    reload(dialog.definition().id);
}

void AttributeSettingsDialog::moveUp()
{
    move(-1);
}

void AttributeSettingsDialog::moveDown()
{
    move(1);
}

void AttributeSettingsDialog::move(int by)
{
    const int r = currentRow();
    if (r < 0 || r + by < 0 || r + by >= m_fields.size())
        return;
    QStringList ids;
    for (const AttributeDefinition& d : std::as_const(m_fields))
        ids << d.id;
    ids.swapItemsAt(r, r + by);
    const WriteResult result = AttributeDefinitions(m_db).reorder(ids);
    if (!result.ok()) {
        showError(result.message);
        return;
    }
    m_changed = true;
    reload(ids.at(r + by));
}

void AttributeSettingsDialog::toggleActive()
{
    const int r = currentRow();
    if (r < 0)
        return;
    const AttributeDefinition& d = m_fields.at(r);
    const WriteResult result = AttributeDefinitions(m_db).setActive(d.id, !d.active, d.version);
    if (!result.ok()) {
        showError(result.message);
        reload(d.id);
        return;
    }
    m_changed = true;
    reload(d.id);
}

#include "SyncConflictsDialog.h"

#include "DialogSeams.h"
#include "SyncReplica.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString shown(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return SyncConflictsDialog::tr("(empty)");
    if (value.metaType().id() == QMetaType::QVariantMap) {
        QStringList parts;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            parts << QStringLiteral("%1: %2").arg(it.key(), it.value().toString());
        return parts.join(QStringLiteral("; "));
    }
    return value.toString();
}
} // namespace

SyncConflictsDialog::SyncConflictsDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Sync Conflicts"));
    setObjectName(QStringLiteral("syncConflictsDialog"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("conflictsTable"));
    m_table->setHorizontalHeaderLabels({tr("Record"), tr("Field"), tr("Common base"), tr("Server"), tr("Mine")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    auto* choices = new QHBoxLayout;
    m_keepMine = new QPushButton(tr("Keep &mine"), this);
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_keepServer = new QPushButton(tr("Keep the &server's"), this);
    m_keepServer->setObjectName(QStringLiteral("keepServer"));
    m_edited = new QLineEdit(this);
    m_edited->setObjectName(QStringLiteral("editedValue"));
    m_edited->setPlaceholderText(tr("Or type the value to keep"));
    m_useEdited = new QPushButton(tr("&Use this value"), this);
    m_useEdited->setObjectName(QStringLiteral("useEdited"));
    choices->addWidget(m_keepMine);
    choices->addWidget(m_keepServer);
    choices->addSpacing(12);
    choices->addWidget(m_edited, 1);
    choices->addWidget(m_useEdited);
    layout->addLayout(choices);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* later = buttons->addButton(tr("Decide &later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("decideLater"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { decide(int(SyncReplica::Resolution::KeepMine)); });
    connect(m_keepServer, &QPushButton::clicked, this, [this] { decide(int(SyncReplica::Resolution::KeepServer)); });
    connect(m_useEdited, &QPushButton::clicked, this, [this] { decide(int(SyncReplica::Resolution::Edit)); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_edited->setText(row >= 0 && m_table->item(row, 4) ? m_table->item(row, 4)->text() : QString());
        updateButtons();
    });
    connect(m_edited, &QLineEdit::textChanged, this, &SyncConflictsDialog::updateButtons);
    resize(900, 420);
    reload();
}

void SyncConflictsDialog::reload()
{
    const QList<SyncReplica::Conflict> conflicts = SyncReplica(m_db).conflicts();
    m_table->setRowCount(int(conflicts.size()));
    int row = 0;
    for (const SyncReplica::Conflict& c : conflicts) {
        const bool whole = c.field.isEmpty() || c.kind != QLatin1String("field");
        const QString field = c.kind == QLatin1String("update_delete")   ? tr("(deleted on the server)")
                              : c.kind == QLatin1String("delete_update") ? tr("(deleted by me, changed on the server)")
                                                                         : c.field;
        const QStringList cells{c.table + QStringLiteral(" ") + c.rowId.left(8), field,
                                whole ? QString() : shown(c.baseValue), shown(c.serverValue), shown(c.clientValue)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, c.id);
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(conflicts.isEmpty()
                           ? tr("No conflicts are waiting.")
                           : tr("%n change(s) of yours met a different change on the server. The server's value is "
                                "in use until you decide; you can also close this and decide later.",
                                nullptr, int(conflicts.size())));
    if (!conflicts.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void SyncConflictsDialog::updateButtons()
{
    const bool selected = m_table->currentRow() >= 0 && m_table->rowCount() > 0;
    m_keepMine->setEnabled(selected);
    m_keepServer->setEnabled(selected);
    m_useEdited->setEnabled(selected && !m_edited->text().isEmpty());
    m_edited->setEnabled(selected);
}

void SyncConflictsDialog::decide(int resolution)
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    const WriteResult result =
        SyncReplica(m_db).resolve(id, SyncReplica::Resolution(resolution), QVariant(m_edited->text()));
    if (!result.ok()) {
        DialogSeams::warning(this, windowTitle(), result.message);
        return;
    }
    emit resolved();
    reload();
}

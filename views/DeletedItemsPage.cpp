#include "DeletedItemsPage.h"

#include "EditCommands.h"

#include <QPointer>
#include <QUndoStack>

#include "DeletedItemsModel.h"
#include "RecordStore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

DeletedItemsPage::DeletedItemsPage(Database& db, QWidget* parent) : Page(parent), m_db(db)
{
    setObjectName(QStringLiteral("deletedItemsPage"));
    m_model = new DeletedItemsModel(db, this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QWidget(this);
    auto* barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(6, 6, 6, 6);

    m_restoreAction = new QAction(tr("&Restore"), this);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_restoreAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_restoreAction, &QAction::triggered, this, &DeletedItemsPage::restoreCurrent);
    addAction(m_restoreAction);
    m_purgeAction = new QAction(tr("&Purge…"), this);
    m_purgeAction->setObjectName(QStringLiteral("purgeAction"));
    connect(m_purgeAction, &QAction::triggered, this, &DeletedItemsPage::deleteCurrent);
    addAction(m_purgeAction);

    m_restoreButton = new QPushButton(m_restoreAction->text(), bar);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreButton->setToolTip(tr("Restore the selected record and what was deleted with it (Ctrl+R)"));
    connect(m_restoreButton, &QPushButton::clicked, m_restoreAction, &QAction::trigger);
    barLayout->addWidget(m_restoreButton);
    m_purgeButton = new QPushButton(m_purgeAction->text(), bar);
    m_purgeButton->setObjectName(QStringLiteral("purgeButton"));
    m_purgeButton->setToolTip(tr("Remove the selected record for good (Del)"));
    connect(m_purgeButton, &QPushButton::clicked, m_purgeAction, &QAction::trigger);
    barLayout->addWidget(m_purgeButton);
    barLayout->addStretch(1);
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("countLabel"));
    barLayout->addWidget(m_count);
    layout->addWidget(bar);

    m_view = makeRecordTable(QStringLiteral("deletedTable"), m_model, this);
    layout->addWidget(m_view, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        emit currentChanged();
    });
    // A mouse click makes the row current before it selects it: the buttons follow the selection too,
    // or a clicked row would leave Restore and Purge disabled.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        emit currentChanged();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        emit currentChanged();
    });
    setFocusProxy(m_view);
    setPurgeAllowed(false);
    reload();
}

DeletedItemsPage::~DeletedItemsPage() = default;

QString DeletedItemsPage::title() const
{
    return tr("Deleted items");
}

void DeletedItemsPage::setPurgeAllowed(bool allowed)
{
    m_purgeAllowed = allowed;
    m_purgeButton->setVisible(allowed);
    updateButtons();
}

bool DeletedItemsPage::currentRecord(QString* entity, QString* id) const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return false;
    *entity = current.data(DeletedItemsModel::EntityRole).toString();
    *id = current.data(DeletedItemsModel::IdRole).toString();
    return !entity->isEmpty() && !id->isEmpty();
}

bool DeletedItemsPage::selectRecord(const QString& entity, const QString& id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(DeletedItemsModel::IdRole).toString() == id &&
            index.data(DeletedItemsModel::EntityRole).toString() == entity) {
            m_view->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

bool DeletedItemsPage::canDeleteCurrent() const
{
    QString entity;
    QString id;
    return m_purgeAllowed && currentRecord(&entity, &id);
}

void DeletedItemsPage::updateButtons()
{
    QString entity;
    QString id;
    const bool selected = currentRecord(&entity, &id);
    m_restoreAction->setEnabled(selected);
    m_restoreButton->setEnabled(selected);
    m_purgeAction->setEnabled(selected && m_purgeAllowed);
    m_purgeButton->setEnabled(selected && m_purgeAllowed);
    m_count->setText(tr("%Ln deleted items", nullptr, m_model->rowCount()));
}

void DeletedItemsPage::reload()
{
    const int row = m_view->currentIndex().row();
    if (!m_model->refresh())
        emit errorOccurred(m_model->lastErrorMessage());
    // Fit the contents, but an empty bin still shows readable headers.
    m_view->resizeColumnsToContents();
    for (int c = 0; c + 1 < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, qMax(m_view->columnWidth(c), 160));
    if (row >= 0 && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
    updateButtons();
}

bool DeletedItemsPage::restoreCurrent()
{
    QString entity;
    QString id;
    if (!currentRecord(&entity, &id))
        return false;
    RecordStore store(m_db);
    QString error;
    if (!store.restore(entity, id, &error)) {
        emit errorOccurred(error);
        return false;
    }
    QPointer<DeletedItemsPage> self(this);
    undoStack()->push(new RecordDeleteCommand(m_db, entity, id, RecordDeleteCommand::Restore, tr("Restore"),
                                              [self](const QString& message) {
                                                  if (self)
                                                      emit self->errorOccurred(message);
                                              }));
    return true;
}

void DeletedItemsPage::deleteCurrent()
{
    QString entity;
    QString id;
    if (m_purgeAllowed && currentRecord(&entity, &id))
        emit purgeRecord(entity, id);
}

QStringList DeletedItemsPage::watchedTables() const
{
    return {QStringLiteral("customers"),     QStringLiteral("contacts"), QStringLiteral("interactions"),
            QStringLiteral("opportunities"), QStringLiteral("tasks"),    QStringLiteral("users")};
}

#include "StageSettingsDialog.h"

#include "Database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { NameColumn, ProbabilityColumn, WonColumn, LostColumn, ColumnCount };
const int kStageRole = Qt::UserRole + 1;
const int kVersionRole = Qt::UserRole + 2;
} // namespace

StageSettingsDialog::StageSettingsDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_table(new QTableWidget(0, ColumnCount, this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("stageSettingsDialog"));
    setWindowTitle(tr("Pipeline stages"));
    resize(560, 420);
    auto* layout = new QVBoxLayout(this);
    m_table->setHorizontalHeaderLabels({tr("Stage"), tr("Probability"), tr("Won"), tr("Lost")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    auto* side = new QVBoxLayout;
    const struct
    {
        QString text;
        void (StageSettingsDialog::*slot)();
    } actions[] = {{tr("Add"), &StageSettingsDialog::addStage},
                   {tr("Move up"), &StageSettingsDialog::moveUp},
                   {tr("Move down"), &StageSettingsDialog::moveDown},
                   {tr("Remove"), &StageSettingsDialog::removeStage}};
    for (const auto& action : actions) {
        auto* button = new QPushButton(action.text, this);
        connect(button, &QPushButton::clicked, this, action.slot);
        side->addWidget(button);
    }
    side->addStretch(1);
    row->addLayout(side);
    layout->addLayout(row);
    m_message->setWordWrap(true);
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
    m_message->setPalette(pal);
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StageSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    QString error;
    for (const PipelineService::StageData& stage : PipelineService::stages(db, &error))
        addRow(stage);
    if (!error.isEmpty()) {
        m_message->setText(error);
        m_message->show();
    }
}

void StageSettingsDialog::addRow(const PipelineService::StageData& stage)
{
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    auto* name = new QTableWidgetItem(stage.name);
    name->setData(kStageRole, stage.id);
    name->setData(kVersionRole, stage.version);
    m_table->setItem(r, NameColumn, name);
    auto* probability = new QSpinBox(m_table);
    probability->setRange(0, 100);
    probability->setSuffix(QStringLiteral(" %"));
    probability->setValue(stage.probability);
    m_table->setCellWidget(r, ProbabilityColumn, probability);
    auto* won = new QCheckBox(m_table);
    won->setChecked(stage.isWon);
    m_table->setCellWidget(r, WonColumn, won);
    auto* lost = new QCheckBox(m_table);
    lost->setChecked(stage.isLost);
    m_table->setCellWidget(r, LostColumn, lost);
    // Won and lost exclude each other.
    connect(won, &QCheckBox::toggled, lost, [lost](bool on) {
        if (on)
            lost->setChecked(false);
    });
    connect(lost, &QCheckBox::toggled, won, [won](bool on) {
        if (on)
            won->setChecked(false);
    });
}

QVector<PipelineService::StageData> StageSettingsDialog::stages() const
{
    QVector<PipelineService::StageData> result;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem* name = m_table->item(r, NameColumn);
        PipelineService::StageData s;
        s.id = name->data(kStageRole).toString();
        s.version = name->data(kVersionRole).toInt();
        s.name = name->text();
        s.probability = static_cast<QSpinBox*>(m_table->cellWidget(r, ProbabilityColumn))->value();
        s.isWon = static_cast<QCheckBox*>(m_table->cellWidget(r, WonColumn))->isChecked();
        s.isLost = static_cast<QCheckBox*>(m_table->cellWidget(r, LostColumn))->isChecked();
        s.sortOrder = r + 1;
        result.append(s);
    }
    return result;
}

void StageSettingsDialog::addStage()
{
    PipelineService::StageData stage;
    stage.name = tr("New stage");
    stage.probability = 50;
    // New stages go before the closed ones, where open work belongs.
    int insertAt = m_table->rowCount();
    const QVector<PipelineService::StageData> current = stages();
    for (int r = 0; r < current.size(); ++r) {
        if (current.at(r).isWon || current.at(r).isLost) {
            insertAt = r;
            break;
        }
    }
    addRow(stage);
    for (int r = m_table->rowCount() - 1; r > insertAt; --r)
        swapRows(r, r - 1);
    m_table->setCurrentCell(insertAt, NameColumn);
    m_table->editItem(m_table->item(insertAt, NameColumn));
}

void StageSettingsDialog::swapRows(int a, int b)
{
    // Cell widgets cannot move between rows, so swap the values they hold.
    QTableWidgetItem* itemA = m_table->takeItem(a, NameColumn);
    QTableWidgetItem* itemB = m_table->takeItem(b, NameColumn);
    m_table->setItem(a, NameColumn, itemB);
    m_table->setItem(b, NameColumn, itemA);
    auto* pa = static_cast<QSpinBox*>(m_table->cellWidget(a, ProbabilityColumn));
    auto* pb = static_cast<QSpinBox*>(m_table->cellWidget(b, ProbabilityColumn));
    const int p = pa->value();
    pa->setValue(pb->value());
    pb->setValue(p);
    for (int column : {WonColumn, LostColumn}) {
        auto* ca = static_cast<QCheckBox*>(m_table->cellWidget(a, column));
        auto* cb = static_cast<QCheckBox*>(m_table->cellWidget(b, column));
        const bool c = ca->isChecked();
        const bool d = cb->isChecked();
        QSignalBlocker blockA(ca);
        QSignalBlocker blockB(cb);
        ca->setChecked(d);
        cb->setChecked(c);
    }
}

void StageSettingsDialog::moveUp()
{
    const int r = m_table->currentRow();
    if (r <= 0)
        return;
    swapRows(r, r - 1);
    m_table->setCurrentCell(r - 1, NameColumn);
}

void StageSettingsDialog::moveDown()
{
    const int r = m_table->currentRow();
    if (r < 0 || r + 1 >= m_table->rowCount())
        return;
    swapRows(r, r + 1);
    m_table->setCurrentCell(r + 1, NameColumn);
}

void StageSettingsDialog::removeStage()
{
    const int r = m_table->currentRow();
    if (r < 0)
        return;
    const QVector<PipelineService::StageData> current = stages();
    if (!current.at(r).id.isEmpty())
        m_removed.append(current.at(r));
    m_table->removeRow(r);
}

void StageSettingsDialog::accept()
{
    const PipelineService::Result result = PipelineService::saveStages(m_db, stages(), m_removed);
    if (!result.ok()) {
        m_error = result.message;
        m_message->setText(result.message);
        m_message->show();
        return;
    }
    m_error.clear();
    QDialog::accept();
}

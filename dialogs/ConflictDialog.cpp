#include "ConflictDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ConflictDialog::ConflictDialog(const QString& changedBy, const QList<Row>& rows, bool deletedByOther, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Someone Else Changed This Record"));

    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    if (deletedByOther)
        intro->setText(
            tr("%1 deleted this record while you were editing it. Your changes cannot be saved.").arg(changedBy));
    else
        intro->setText(tr("%1 saved this record while you were editing it. Compare the two versions and "
                          "choose which one to keep. Fields that differ are marked in bold.")
                           .arg(changedBy));

    m_table = new QTableWidget(int(rows.size()), 3, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Their version"), tr("Your version")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int r = 0; r < rows.size(); ++r) {
        const Row& row = rows.at(r);
        const bool differs = row.theirs != row.mine;
        const QString cells[] = {row.field, row.theirs, row.mine};
        for (int c = 0; c < 3; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (differs) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_table->setItem(r, c, item);
        }
    }
    // Rows follow their wrapped text as the columns stretch, instead of being sized once up front.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setFocusPolicy(Qt::NoFocus);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* keep = buttons->addButton(
        deletedByOther ? tr("&Discard My Changes") : tr("&Keep Theirs (Discard Mine)"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepTheirs"));
    connect(keep, &QPushButton::clicked, this, [this] { choose(KeepTheirs); });
    if (!deletedByOther) {
        QPushButton* overwrite = buttons->addButton(tr("&Overwrite with Mine"), QDialogButtonBox::AcceptRole);
        overwrite->setObjectName(QStringLiteral("overwriteMine"));
        connect(overwrite, &QPushButton::clicked, this, [this] { choose(OverwriteMine); });
    }
    QPushButton* back = buttons->addButton(tr("&Back to Editing"), QDialogButtonBox::ActionRole);
    back->setObjectName(QStringLiteral("backToEditing"));
    back->setDefault(true); // the safe choice for a stray Enter
    connect(back, &QPushButton::clicked, this, [this] { choose(Undecided); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 420);
}

void ConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Undecided)
        reject();
    else
        accept();
}

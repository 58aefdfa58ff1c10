#include "DuplicateWarningDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QList<DuplicateWarningDialog::Choice>& queued()
{
    static QList<DuplicateWarningDialog::Choice> choices;
    return choices;
}
} // namespace

DuplicateWarningDialog::DuplicateWarningDialog(const QString& entity, const QList<DuplicateMatch>& matches,
                                               QWidget* parent)
    : QDialog(parent), m_matches(matches)
{
    setObjectName(QStringLiteral("duplicateWarningDialog"));
    const bool contact = entity == QLatin1String("contact");
    setWindowTitle(contact ? tr("Possible duplicate contact") : tr("Possible duplicate customer"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(contact ? tr("%n contact(s) already saved look like this one. Save it anyway, or open "
                                         "the existing one?",
                                         nullptr, int(matches.size()))
                                    : tr("%n customer(s) already saved look like this one. Save it anyway, or open "
                                         "the existing one?",
                                         nullptr, int(matches.size())),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("matchList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("E-mail"), tr("Phone"), tr("Why")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (const DuplicateMatch& match : matches) {
        const DuplicateRecord& r = match.record;
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, contact && !r.customerName.isEmpty() ? QStringLiteral("%1 (%2)").arg(r.name, r.customerName)
                                                              : r.name);
        item->setText(1, r.email);
        item->setText(2, r.mobile.isEmpty() ? r.phone : r.mobile);
        item->setText(3, DuplicateKeys::describe(match.reasons));
    }
    for (int c = 1; c < 4; ++c)
        m_list->resizeColumnToContents(c);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    layout->addWidget(m_list, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->addButton(tr("&Save anyway"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveAnywayButton"));
    save->setDefault(true);
    QPushButton* open = buttons->addButton(tr("&Open existing"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openExistingButton"));
    connect(save, &QPushButton::clicked, this, [this] {
        m_choice = SaveAnyway;
        accept();
    });
    connect(open, &QPushButton::clicked, this, [this] {
        m_choice = OpenExisting;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_list->setFocus();
    resize(640, 320);
}

QString DuplicateWarningDialog::chosenId() const
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : 0;
    return row >= 0 && row < m_matches.size() ? m_matches.at(row).record.id : QString();
}

void DuplicateWarningDialog::setNextChoice(Choice choice)
{
    queued().append(choice);
}

DuplicateWarningDialog::Choice DuplicateWarningDialog::ask(const QString& entity, const QList<DuplicateMatch>& matches,
                                                           QWidget* parent, QString* openId)
{
    if (!queued().isEmpty()) {
        *openId = matches.isEmpty() ? QString() : matches.first().record.id;
        return queued().takeFirst();
    }
    DuplicateWarningDialog dialog(entity, matches, parent);
    if (dialog.exec() != QDialog::Accepted)
        return Cancel;
    *openId = dialog.chosenId();
    return dialog.choice();
}

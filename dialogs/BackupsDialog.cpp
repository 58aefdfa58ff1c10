#include "BackupsDialog.h"

#include "DialogSeams.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
enum Column { DayColumn, SizeColumn, FileColumn };
} // namespace

BackupsDialog::BackupsDialog(const ConnectionSettings& database, const BackupRotation::Settings& settings,
                             QWidget* parent)
    : QDialog(parent), m_database(database)
{
    setObjectName(QStringLiteral("backupsDialog"));
    setWindowTitle(tr("Backups"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("intro"));
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (database.dialect != ConnectionSettings::Dialect::SQLite) {
        // The server keeps the data; a copy on this computer would be neither complete nor the team's.
        intro->setText(
            tr("This is a team database on a PostgreSQL server, so DeskCRM makes no copies of it on this computer. "
               "Back it up on the server with pg_dump, for example:\n\n"
               "pg_dump --format=custom --file=deskcrm.dump \"%1\"\n\n"
               "Restore such a file with pg_restore, then check the result with:\n\n"
               "deskcrm-cli --database \"%1\" check")
                .arg(database.displayName()));
        layout->addStretch(1);
        layout->addWidget(buttons);
        resize(720, 320);
        return;
    }

    intro->setText(tr("DeskCRM copies this database once a day while it runs and keeps the newest copies. "
                      "Copying does not interrupt your work."));
    auto* form = new QFormLayout;
    auto* folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(settings.folder, this);
    m_folder->setObjectName(QStringLiteral("folder"));
    m_folder->setPlaceholderText(QDir::toNativeSeparators(BackupRotation::defaultFolder(database.path)));
    m_folder->setClearButtonEnabled(true);
    m_folder->setToolTip(tr("Leave empty for a \"backups\" folder beside the database."));
    connect(m_folder, &QLineEdit::editingFinished, this, &BackupsDialog::folderEdited);
    folderRow->addWidget(m_folder, 1);
    auto* choose = new QPushButton(tr("Choose…"), this);
    choose->setObjectName(QStringLiteral("chooseFolder"));
    connect(choose, &QPushButton::clicked, this, &BackupsDialog::chooseFolder);
    folderRow->addWidget(choose);
    // A row holding a layout gets no buddy of its own: without one the mnemonic would show as "&".
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    m_keep = new QSpinBox(this);
    m_keep->setObjectName(QStringLiteral("keep"));
    m_keep->setRange(1, BackupRotation::kMaxKeep);
    m_keep->setValue(std::clamp(settings.keep, 1, BackupRotation::kMaxKeep));
    connect(m_keep, &QSpinBox::valueChanged, this, [this] { emit settingsChanged(this->settings()); });
    auto* keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keep);
    keepRow->addStretch(1);
    auto* keepLabel = new QLabel(tr("Daily copies to &keep:"), this);
    keepLabel->setBuddy(m_keep);
    form->addRow(keepLabel, keepRow);
    layout->addLayout(form);

    auto* listLabel = new QLabel(tr("Copies in this folder:"), this);
    layout->addWidget(listLabel);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Date"), tr("Size"), tr("File")});
    m_list->header()->setSectionResizeMode(DayColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &BackupsDialog::updateButtons);
    layout->addWidget(m_list, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_backUpNow = buttons->addButton(tr("&Back up now"), QDialogButtonBox::ActionRole);
    m_backUpNow->setObjectName(QStringLiteral("backUpNow"));
    connect(m_backUpNow, &QPushButton::clicked, this, &BackupsDialog::backUpNowRequested);
    m_restore = buttons->addButton(tr("&Restore this copy…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreSelected"));
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_list->currentItem())
            emit restoreRequested(item->data(FileColumn, Qt::UserRole).toString());
    });
    layout->addWidget(buttons);
    resize(680, 460);
    refresh();
}

BackupRotation::Settings BackupsDialog::settings() const
{
    BackupRotation::Settings result;
    if (m_folder)
        result.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (m_keep)
        result.keep = m_keep->value();
    return result;
}

QString BackupsDialog::folder() const
{
    const QString chosen = settings().folder;
    return chosen.isEmpty() ? BackupRotation::defaultFolder(m_database.path) : chosen;
}

void BackupsDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (m_status && busy)
        m_status->setText(tr("Working…"));
    updateButtons();
}

void BackupsDialog::showBackupResult(const BackupRotation::Result& result)
{
    if (!m_status)
        return;
    if (result.ok())
        m_status->setText(tr("Backed up to %1.").arg(QDir::toNativeSeparators(result.path)));
    else
        m_status->setText(result.message);
    refresh();
}

void BackupsDialog::refresh()
{
    if (!m_list)
        return;
    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(FileColumn, Qt::UserRole).toString() : QString();
    m_list->clear();
    const QLocale locale;
    for (const BackupRotation::Entry& entry : BackupRotation::list(folder(), m_database.path)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(DayColumn, entry.day.toString(Qt::ISODate)); // as in the file name, in every language
        item->setText(SizeColumn, locale.formattedDataSize(entry.size));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(FileColumn, QFileInfo(entry.path).fileName());
        item->setData(FileColumn, Qt::UserRole, entry.path);
        item->setToolTip(FileColumn, QDir::toNativeSeparators(entry.path));
        if (entry.path == current)
            m_list->setCurrentItem(item);
    }
    if (m_list->topLevelItemCount() == 0 && m_status && !m_busy && m_status->text().isEmpty())
        m_status->setText(tr("No copies yet."));
    updateButtons();
}

void BackupsDialog::chooseFolder()
{
    const QString chosen = DialogSeams::getExistingDirectory(this, tr("Backup folder"), folder());
    if (chosen.isEmpty())
        return;
    m_folder->setText(QDir::toNativeSeparators(chosen));
    folderEdited();
}

void BackupsDialog::folderEdited()
{
    emit settingsChanged(settings());
    refresh();
}

void BackupsDialog::updateButtons()
{
    if (m_backUpNow)
        m_backUpNow->setEnabled(!m_busy);
    if (m_restore)
        m_restore->setEnabled(!m_busy && m_list && m_list->currentItem());
}

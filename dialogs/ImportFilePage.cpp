#include "ImportFilePage.h"

#include "DialogSeams.h"
#include "ImportFormats.h"
#include "ImportWizard.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

ImportFilePage::ImportFilePage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose the file"));
    setSubTitle(tr("DeskCRM reads the file, shows what it found, and checks every record before anything is "
                   "imported. The import happens whole or not at all."));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    auto* fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setClearButtonEnabled(true);
    m_path->setPlaceholderText(tr("A CSV file, for example customers.csv"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browse"));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);

    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("entity"));
    for (const QString& entity : ImportWizard::entities())
        m_entity->addItem(ImportWizard::entityLabel(entity), entity);
    auto* entityLabel = new QLabel(tr("The file &holds:"), this);
    entityLabel->setBuddy(m_entity);
    form->addRow(entityLabel, m_entity);

    auto* profileRow = new QHBoxLayout;
    m_loadProfile = new QPushButton(tr("&Load a saved mapping…"), this);
    m_loadProfile->setObjectName(QStringLiteral("loadProfile"));
    m_clearProfile = new QPushButton(tr("&Forget it"), this);
    m_clearProfile->setObjectName(QStringLiteral("clearProfile"));
    profileRow->addWidget(m_loadProfile);
    profileRow->addWidget(m_clearProfile);
    m_profile = new QLabel(this);
    m_profile->setObjectName(QStringLiteral("profile"));
    m_profile->setWordWrap(true);
    profileRow->addWidget(m_profile, 1);
    form->addRow(tr("Mapping:"), profileRow);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("fileProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_problem);

    auto* hint = new QLabel(tr("Without a saved mapping, the columns are matched to fields by their names (in "
                               "English or Chinese), or as you mapped the same columns last time. You can change "
                               "every match before anything is checked."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    layout->addStretch(1);

    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_loadProfile, &QPushButton::clicked, this, &ImportFilePage::loadProfile);
    connect(m_clearProfile, &QPushButton::clicked, this, [this] {
        m_wizard->clearProfile();
        showProfile();
    });
    // Other records than the loaded profile maps: the profile no longer applies.
    connect(m_entity, &QComboBox::currentIndexChanged, this, [this] {
        if (m_wizard->profile() && m_wizard->profile()->entity != m_entity->currentData().toString()) {
            m_wizard->clearProfile();
            showProfile();
        }
    });
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_problem->clear();
        Q_EMIT completeChanged();
    });
    showProfile();
}

void ImportFilePage::browse()
{
    QSettings settings;
    const QString dir =
        settings
            .value(QStringLiteral("import/folder"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString path = DialogSeams::getOpenFileName(this, tr("Import a file"), dir, ImportFormats::fileFilter());
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/folder"), QFileInfo(path).absolutePath());
    setPath(path);
}

void ImportFilePage::setPath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ImportFilePage::loadProfile()
{
    const QString dir = QSettings().value(QStringLiteral("import/folder")).toString();
    const QString path = DialogSeams::getOpenFileName(this, tr("Load a saved mapping"), dir,
                                                      tr("Import mappings (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportProfile profile;
    QString error;
    if (!ImportProfile::load(path, &profile, &error)) {
        DialogSeams::warning(this, tr("Load a saved mapping"), error);
        return;
    }
    if (profile.files.size() != 1) {
        DialogSeams::warning(this, tr("Load a saved mapping"),
                             tr("This profile imports %1 files together. Import it with deskcrm-cli import "
                                "--profile; the wizard imports one file at a time.")
                                 .arg(profile.files.size()));
        return;
    }
    const ImportSpec& spec = profile.files.first();
    m_wizard->setProfile(spec, profile.name.isEmpty() ? QFileInfo(path).completeBaseName() : profile.name);
    m_entity->setCurrentIndex(m_entity->findData(spec.entity));
    showProfile();
}

void ImportFilePage::showProfile()
{
    const bool loaded = m_wizard->profile().has_value();
    m_clearProfile->setVisible(loaded);
    m_profile->setText(
        loaded ? tr("“%1”, for %2: how to read the file, which column goes where, and the options.")
                     .arg(m_wizard->profileName(), ImportWizard::entityLabel(m_wizard->profile()->entity).toLower())
               : tr("None: matched by the column names."));
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        m_problem->setText(tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!info.isReadable()) {
        m_problem->setText(tr("You may not read the file %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    const QString entity = m_entity->currentData().toString();
    m_wizard->setFile(info.absoluteFilePath(), entity);
    return true;
}

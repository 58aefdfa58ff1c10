#include "ImportWizard.h"

#include "BackgroundConnection.h"
#include "Database.h"
#include "DialogSeams.h"
#include "ImportCheckPage.h"
#include "ImportFilePage.h"
#include "ImportFormatPage.h"
#include "ImportMappingPage.h"
#include "ImportRunPage.h"

#include <QAbstractButton>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSettings>

namespace {
QString settingsKey(const QString& entity, const QStringList& headers)
{
    // The set of columns, in their order: another file with the same columns is the same kind of file.
    const QByteArray hash =
        QCryptographicHash::hash(headers.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("import/mappings/%1-%2").arg(entity, QString::fromLatin1(hash));
}
} // namespace

ImportWizard::ImportWizard(Database& db, QWidget* parent) : QWizard(parent), m_db(db)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ModernStyle);
    // Enter goes on (Next is the default button); Esc is Cancel. The import page hides Back while it runs and
    // Cancel once it is done.
    setOptions(QWizard::NoBackButtonOnLastPage);
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    if (BackgroundConnection::supports(m_db))
        m_background = std::make_unique<BackgroundConnection>(m_db);

    m_filePage = new ImportFilePage(this);
    m_formatPage = new ImportFormatPage(this);
    m_mappingPage = new ImportMappingPage(this);
    m_checkPage = new ImportCheckPage(this);
    m_runPage = new ImportRunPage(this);
    setPage(FilePageId, m_filePage);
    setPage(FormatPageId, m_formatPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(CheckPageId, m_checkPage);
    setPage(RunPageId, m_runPage);
    setStartId(FilePageId);
    resize(1000, 680);
}

ImportWizard::~ImportWizard()
{
    // A check or an import still under way stops at its next batch; the connection's destructor waits for it.
    cancelRunning();
}

ImportWizard::CancelFlag ImportWizard::newCancelFlag()
{
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    return m_cancel;
}

void ImportWizard::cancelRunning()
{
    if (m_cancel)
        *m_cancel = true;
}

QStringList ImportWizard::entities()
{
    return ImportEntities::names();
}

QString ImportWizard::entityLabel(const QString& entity)
{
    if (entity == QLatin1String("customers"))
        return tr("Customers");
    if (entity == QLatin1String("contacts"))
        return tr("Contacts");
    if (entity == QLatin1String("interactions"))
        return tr("Follow-ups");
    if (entity == QLatin1String("opportunities"))
        return tr("Opportunities");
    if (entity == QLatin1String("tasks"))
        return tr("Tasks");
    if (entity == QLatin1String("users"))
        return tr("Users");
    if (entity == QLatin1String("teams"))
        return tr("Teams");
    if (entity == QLatin1String("products"))
        return tr("Products");
    return entity;
}

void ImportWizard::setFile(const QString& path, const QString& entity)
{
    m_path = path;
    m_entity = entity;
}

bool ImportWizard::startWithFile(const QString& path)
{
    if (currentId() != FilePageId && currentId() != -1)
        return false;
    m_filePage->setPath(path);
    return true;
}

void ImportWizard::setProfile(const ImportSpec& spec, const QString& name)
{
    m_profile = spec;
    m_profileName = name;
}

void ImportWizard::clearProfile()
{
    m_profile.reset();
    m_profileName.clear();
}

std::optional<ImportSpec> ImportWizard::rememberedMapping(const QString& entity, const QStringList& headers)
{
    const QByteArray json = QSettings().value(settingsKey(entity, headers)).toByteArray();
    if (json.isEmpty())
        return std::nullopt;
    ImportSpec spec;
    if (!ImportSpec::fromJson(QJsonDocument::fromJson(json).object(), &spec, nullptr) || spec.entity != entity)
        return std::nullopt;
    return spec;
}

void ImportWizard::rememberMapping(const ImportSpec& spec, const QStringList& headers)
{
    ImportSpec kept = spec;
    kept.file.clear(); // the mapping, not the file
    QSettings().setValue(settingsKey(spec.entity, headers),
                         QJsonDocument(kept.toJson()).toJson(QJsonDocument::Compact));
}

void ImportWizard::runInBackground(Job job)
{
    if (m_background) {
        m_background->run(std::move(job));
        return;
    }
    job(&m_db, QString());
}

ImportReport ImportWizard::runEngine(Database* db, const QString& openError, const QString& path,
                                     const ImportSpec& spec, const std::atomic<bool>* cancel,
                                     const Importer::ProgressCallback& progress, std::optional<Importer::Accept> accept)
{
    ImportReport report;
    if (!db) {
        report.fatal = openError;
        return report;
    }
    CsvOptions options;
    options.encoding = spec.encoding;
    options.delimiter = spec.delimiter;
    options.header = spec.header;
    auto source = ImportFormats::open(path, options, &report.fatal);
    if (!source)
        return report;
    Importer importer(*db);
    importer.addFile(spec, source.get());
    importer.setCancel(cancel);
    importer.setProgress(progress);
    return accept ? importer.run(*accept) : importer.validate();
}

void ImportWizard::setImporting(bool importing)
{
    m_importing = importing;
}

void ImportWizard::reject()
{
    if (m_importing) {
        const auto answer = DialogSeams::question(
            this, tr("Stop the import"),
            tr("Stop the import? Nothing will be imported: the database stays exactly as it was."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        // The engine stops at its next batch and rolls back; the import page then says so and offers Close.
        cancelRunning();
        m_runPage->cancelling();
        return;
    }
    cancelRunning();
    QWizard::reject();
}

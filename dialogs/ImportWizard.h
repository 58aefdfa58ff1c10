#pragma once

#include "ImportFormats.h"
#include "ImportSpec.h"
#include "Importer.h"

#include <QString>
#include <QStringList>
#include <QWizard>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class BackgroundConnection;
class Database;
class ImportCheckPage;
class ImportFilePage;
class ImportFormatPage;
class ImportMappingPage;
class ImportRunPage;

// File > Import…: a file of records becomes rows of one entity, in five pages — the file and what it holds (or a
// saved mapping profile), its encoding, separator and header row with the decoded first rows, the column mapping
// with the import's options and a preview of the rows as they will be stored, the row report of the check, and
// the import itself with its progress and Cancel. The engine (Importer, ImportFormats) does the work on a worker
// thread with a connection of its own (BackgroundConnection): the window never waits for the file or the
// database. The import is one transaction, so Cancel leaves the database as it was; what it writes is announced
// on the database's notifier, and the lists update.
//
// The pages share what the wizard holds: the file, the entity, the sample of its first rows, the ImportSpec being
// built and the check's report. The last mapping used for a file's set of columns is remembered (QSettings).
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, FormatPageId, MappingPageId, CheckPageId, RunPageId };
    // Rows of the file the format and mapping pages show.
    static constexpr int kSampleRows = 20;

    explicit ImportWizard(Database& db, QWidget* parent = nullptr);
    ~ImportWizard() override;
    Q_DISABLE_COPY(ImportWizard)

    // The entities in the order the file page offers them, and their names in the user's language.
    static QStringList entities();
    static QString entityLabel(const QString& entity);
    Database& database() const { return m_db; }

    // What the file page chose; the profile (a saved mapping) is applied to the later pages when it fits.
    QString filePath() const { return m_path; }
    QString entity() const { return m_entity; }
    void setFile(const QString& path, const QString& entity);
    // The file page with path filled in (the user still picks what its records are and goes on). False when the
    // wizard is past its file page: an import under way keeps its file.
    bool startWithFile(const QString& path);
    const std::optional<ImportSpec>& profile() const { return m_profile; }
    QString profileName() const { return m_profileName; }
    void setProfile(const ImportSpec& spec, const QString& name);
    void clearProfile();

    // The format page's sample (with the options it was read with), for the mapping page.
    const ImportSample& sample() const { return m_sample; }
    void setSample(const ImportSample& sample) { m_sample = sample; }
    // The plan the check and the import run: set by the mapping page.
    const ImportSpec& spec() const { return m_spec; }
    void setSpec(const ImportSpec& spec) { m_spec = spec; }
    // The check page's result and the rows the user chose to import.
    const ImportReport& checkReport() const { return m_checkReport; }
    void setCheckReport(const ImportReport& report) { m_checkReport = report; }
    Importer::Accept accept() const { return m_accept; }
    void setAccept(Importer::Accept accept) { m_accept = accept; }

    // The mapping last used for a set of columns of an entity (remembered when an import starts), if any.
    static std::optional<ImportSpec> rememberedMapping(const QString& entity, const QStringList& headers);
    static void rememberMapping(const ImportSpec& spec, const QStringList& headers);

    // Runs job on the worker thread with its own connection (db is nullptr when it could not be opened; openError
    // says why). A database only this connection can see (SQLite in memory) has no second connection: then the
    // job runs here, at once. Jobs run one after another; results come back through queued calls.
    using Job = std::function<void(Database* db, const QString& openError)>;
    void runInBackground(Job job);
    // A new flag for the engine to check between batches, the one Cancel (and closing) sets from now on. Each job
    // keeps its own, so a new check is not stopped by the cancel of the one before.
    using CancelFlag = std::shared_ptr<std::atomic<bool>>;
    CancelFlag newCancelFlag();
    void cancelRunning();
    // On the worker: reads path as spec says and checks every record (no accept) or imports them (Importer).
    static ImportReport runEngine(Database* db, const QString& openError, const QString& path, const ImportSpec& spec,
                                  const std::atomic<bool>* cancel, const Importer::ProgressCallback& progress,
                                  std::optional<Importer::Accept> accept);
    // True while the import (page 5) runs: then Cancel and Esc ask before stopping it.
    bool isImporting() const { return m_importing; }
    void setImporting(bool importing);

    // Called on the worker thread with every progress report of the check and the import, before the wizard
    // shows it (tests pause the import here to cancel it at a known point).
    using ProgressHook = std::function<void(const Importer::Progress&)>;
    void setProgressHook(ProgressHook hook) { m_progressHook = std::move(hook); }
    const ProgressHook& progressHook() const { return m_progressHook; }

public Q_SLOTS:
    void reject() override;

private:
    Database& m_db;
    QString m_path;
    QString m_entity;
    std::optional<ImportSpec> m_profile;
    QString m_profileName;
    ImportSample m_sample;
    ImportSpec m_spec;
    ImportReport m_checkReport;
    Importer::Accept m_accept = Importer::Accept::AllRows;
    bool m_importing = false;
    ProgressHook m_progressHook;
    CancelFlag m_cancel;
    std::unique_ptr<BackgroundConnection> m_background;
    ImportFilePage* m_filePage = nullptr;
    ImportFormatPage* m_formatPage = nullptr;
    ImportMappingPage* m_mappingPage = nullptr;
    ImportCheckPage* m_checkPage = nullptr;
    ImportRunPage* m_runPage = nullptr;
};

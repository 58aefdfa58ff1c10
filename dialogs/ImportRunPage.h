#pragma once

#include "Importer.h"

#include <QElapsedTimer>
#include <QWizardPage>

class ImportWizard;
class QLabel;
class QProgressBar;

// Page 5 of the import wizard: the import itself (Importer::run on the worker thread, in one transaction) with
// its progress — records per second and the time left — and Cancel, which stops the engine at its next batch
// and rolls back. At the end: what was added, updated and created, or why nothing was imported.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

    // Cancel was confirmed: says so until the engine has stopped.
    void cancelling();
    bool isDone() const { return m_done; }
    const ImportReport& report() const { return m_report; }

Q_SIGNALS:
    // The import ended (written, cancelled or failed); report says how.
    void finished();

private:
    void showProgress(const Importer::Progress& progress);
    void showReport(const ImportReport& report);

    ImportWizard* m_wizard;
    bool m_done = false;
    ImportReport m_report;
    QElapsedTimer m_elapsed;
    QLabel* m_phase = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_speed = nullptr;
    QLabel* m_result = nullptr;
};

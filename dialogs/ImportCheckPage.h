#pragma once

#include "Importer.h"

#include <QWizardPage>

class ImportWizard;
class QButtonGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStandardItemModel;
class QTableView;

// Page 4 of the import wizard: every record is checked (Importer::validate on the worker thread) before anything
// is written; then the row report — counts, each problem with its line, column and value, "Save report…" — and
// the choice: import all (when nothing is wrong), only the good records, or nothing.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportCheckPage(ImportWizard* wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    bool isChecking() const { return m_checking; }

private:
    void showProgress(const Importer::Progress& progress);
    void showReport(const ImportReport& report);
    void saveReport();

    ImportWizard* m_wizard;
    quint64 m_generation = 0;
    bool m_checking = false;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_problems = nullptr;
    QStandardItemModel* m_model = nullptr;
    QPushButton* m_save = nullptr;
    QWidget* m_choice = nullptr;
    QButtonGroup* m_choices = nullptr;
    QRadioButton* m_all = nullptr;
    QRadioButton* m_good = nullptr;
    QRadioButton* m_nothing = nullptr;
};

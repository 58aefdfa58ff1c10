#pragma once

#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Page 1 of the import wizard: the file (through DeskCRM's file dialog), what its records are, or a saved
// mapping profile (JSON) that says both how to read the file and how to map it.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard* wizard);

    // The file, as if chosen with Browse… (a file given to the program on its command line).
    void setPath(const QString& path);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void loadProfile();
    void showProfile();

    ImportWizard* m_wizard;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QComboBox* m_entity = nullptr;
    QPushButton* m_loadProfile = nullptr;
    QPushButton* m_clearProfile = nullptr;
    QLabel* m_profile = nullptr;
    QLabel* m_problem = nullptr;
};

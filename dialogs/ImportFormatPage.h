#pragma once

#include "CsvReader.h"

#include <QWizardPage>

class ImportWizard;
class QCheckBox;
class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;

// Page 2 of the import wizard: how the file is read — its encoding, separator and header row, detected and
// changeable — with the first rows decoded as they are now read, so mojibake is seen and fixed here. The file is
// read on the wizard's worker thread; each change reads the first rows again.
class ImportFormatPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFormatPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

    // What detection says about the file, in words ("Looks like Chinese text in GB18030 (almost certain).").
    static QString describeDetection(const TextEncodingGuess& guess);

private:
    void readSample();
    void showSample();
    void optionsChanged();

    ImportWizard* m_wizard;
    CsvOptions m_options;
    QString m_loadedPath;
    quint64 m_generation = 0;
    bool m_reading = false;
    bool m_updating = false;
    QWidget* m_textOptions = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QCheckBox* m_header = nullptr;
    QLabel* m_detection = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
};

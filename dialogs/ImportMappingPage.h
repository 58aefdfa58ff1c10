#pragma once

#include "AttributeDefinition.h"

#include "ImportSpec.h"

#include <QList>
#include <QStringList>
#include <QWizardPage>

class CurrencyComboBox;
class ImportWizard;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

// Page 3 of the import wizard: which field of the entity each column of the file fills, prefilled from a loaded
// profile, else from the last mapping used for the same columns, else by the columns' names; the import's
// options (the key a re-import matches on, missing references, date order, currency, phone region); and the
// first rows as they will be stored, with what would be refused marked. "Save mapping…" writes it as a profile.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // Where the current mapping came from, as the page says it.
    enum class Origin { Headers, Remembered, Profile };
    Origin origin() const { return m_origin; }
    // The mapping and options as the page shows them.
    ImportSpec spec() const;

private:
    void build();
    void apply(const ImportSpec& spec);
    void fieldChosen(int column);
    void updateKeyChoices();
    void updatePreview();
    void saveMapping();
    QStringList missingRequired() const;

    ImportWizard* m_wizard;
    QString m_builtFor; // entity and headers the rows were made for
    QStringList m_headers;
    ImportSpec m_base; // what the options do not show (constants, value maps) is kept from the profile
    Origin m_origin = Origin::Headers;
    bool m_updating = false;

    QLabel* m_originLabel = nullptr;
    QWidget* m_rowsWidget = nullptr;
    QGridLayout* m_grid = nullptr;
    QList<QComboBox*> m_fields;
    QList<QWidget*> m_rowWidgets;
    QComboBox* m_key = nullptr;
    QCheckBox* m_createMissing = nullptr;
    QComboBox* m_dateOrder = nullptr;
    CurrencyComboBox* m_currency = nullptr;
    QComboBox* m_region = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_missing = nullptr;
    QTableView* m_preview = nullptr;
    QStandardItemModel* m_previewModel = nullptr;
    QList<AttributeDefinition> m_customFields; // the entity's active custom fields, offered after the built-in ones
};

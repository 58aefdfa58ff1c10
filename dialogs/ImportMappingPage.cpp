#include "ImportMappingPage.h"

#include "AttributeDefinitions.h"
#include "RecordStore.h"

#include "CurrencyComboBox.h"
#include "DialogSeams.h"
#include "FieldValidator.h"
#include "ImportFormats.h"
#include "ImportPreview.h"
#include "ImportWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {
struct Region
{
    const char* code;
    const char* name;
};
// Regions whose phone numbers teams import most; the computer's own is added when missing.
constexpr Region kRegions[] = {
    {"CN", QT_TRANSLATE_NOOP("ImportMappingPage", "China")},
    {"HK", QT_TRANSLATE_NOOP("ImportMappingPage", "Hong Kong")},
    {"MO", QT_TRANSLATE_NOOP("ImportMappingPage", "Macao")},
    {"TW", QT_TRANSLATE_NOOP("ImportMappingPage", "Taiwan")},
    {"SG", QT_TRANSLATE_NOOP("ImportMappingPage", "Singapore")},
    {"MY", QT_TRANSLATE_NOOP("ImportMappingPage", "Malaysia")},
    {"JP", QT_TRANSLATE_NOOP("ImportMappingPage", "Japan")},
    {"KR", QT_TRANSLATE_NOOP("ImportMappingPage", "South Korea")},
    {"US", QT_TRANSLATE_NOOP("ImportMappingPage", "United States")},
    {"CA", QT_TRANSLATE_NOOP("ImportMappingPage", "Canada")},
    {"GB", QT_TRANSLATE_NOOP("ImportMappingPage", "United Kingdom")},
    {"DE", QT_TRANSLATE_NOOP("ImportMappingPage", "Germany")},
    {"FR", QT_TRANSLATE_NOOP("ImportMappingPage", "France")},
    {"AU", QT_TRANSLATE_NOOP("ImportMappingPage", "Australia")},
    {"IN", QT_TRANSLATE_NOOP("ImportMappingPage", "India")},
};

QString samplesOf(const QList<SourceRow>& rows, int column)
{
    QStringList values;
    for (const SourceRow& row : rows) {
        const QString value = row.cells.value(column).toString().trimmed();
        if (!value.isEmpty() && !values.contains(value))
            values << value;
        if (values.size() == 3)
            break;
    }
    return values.join(QStringLiteral(" · "));
}
} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Which column goes where"));

    auto* layout = new QVBoxLayout(this);
    m_originLabel = new QLabel(this);
    m_originLabel->setObjectName(QStringLiteral("mappingOrigin"));
    m_originLabel->setWordWrap(true);
    layout->addWidget(m_originLabel);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);

    // One row per column of the file: its name, a few of its values, the field it fills.
    auto* scroll = new QScrollArea(top);
    scroll->setObjectName(QStringLiteral("mappingRows"));
    scroll->setWidgetResizable(true);
    m_rowsWidget = new QWidget(scroll);
    m_grid = new QGridLayout(m_rowsWidget);
    m_grid->setColumnStretch(1, 1);
    scroll->setWidget(m_rowsWidget);
    topLayout->addWidget(scroll, 3);

    auto* options = new QGroupBox(tr("Options"), top);
    auto* form = new QFormLayout(options);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows); // long questions above their answers
    m_key = new QComboBox(options);
    m_key->setObjectName(QStringLiteral("key"));
    m_key->setToolTip(tr("Records already in DeskCRM with the same value are updated instead of added again."));
    auto* keyLabel = new QLabel(tr("&Update records with the same:"), options);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, m_key);
    m_createMissing = new QCheckBox(tr("&Create missing customers, users, teams and products"), options);
    m_createMissing->setObjectName(QStringLiteral("createMissing"));
    m_createMissing->setToolTip(tr("Otherwise a name DeskCRM does not know is reported as a problem of its row."));
    form->addRow(m_createMissing);
    m_dateOrder = new QComboBox(options);
    m_dateOrder->setObjectName(QStringLiteral("dateOrder"));
    m_dateOrder->addItem(tr("As the file shows (ask when unclear)"), int(ImportValues::DateOrder::Unknown));
    m_dateOrder->addItem(tr("Day first (31/12/2024)"), int(ImportValues::DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Month first (12/31/2024)"), int(ImportValues::DateOrder::MonthFirst));
    auto* dateLabel = new QLabel(tr("&Dates such as 05/03/2024:"), options);
    dateLabel->setBuddy(m_dateOrder);
    form->addRow(dateLabel, m_dateOrder);
    m_currency = new CurrencyComboBox(options);
    m_currency->setObjectName(QStringLiteral("currency"));
    auto* currencyLabel = new QLabel(tr("Amounts &without a currency:"), options);
    currencyLabel->setBuddy(m_currency);
    form->addRow(currencyLabel, m_currency);
    m_region = new QComboBox(options);
    m_region->setObjectName(QStringLiteral("phoneRegion"));
    const QString own = FieldValidator::defaultRegion();
    bool ownListed = false;
    for (const Region& region : kRegions) {
        const QString code = QString::fromLatin1(region.code);
        m_region->addItem(QStringLiteral("%1 (%2)").arg(tr(region.name), code), code);
        ownListed = ownListed || code == own;
    }
    if (!ownListed && own != QLatin1String("ZZ"))
        m_region->insertItem(0, own, own);
    auto* regionLabel = new QLabel(tr("&Phone numbers without a country code are from:"), options);
    regionLabel->setBuddy(m_region);
    form->addRow(regionLabel, m_region);
    m_save = new QPushButton(tr("&Save mapping…"), options);
    m_save->setObjectName(QStringLiteral("saveMapping"));
    m_save->setToolTip(tr("Saves the columns, the options and how the file is read as a profile (JSON) to load "
                          "for the next file of this kind, here or with deskcrm-cli import --mapping."));
    form->addRow(m_save);
    topLayout->addWidget(options, 2);

    auto* bottom = new QWidget(splitter);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_missing = new QLabel(bottom);
    m_missing->setObjectName(QStringLiteral("mappingMissing"));
    m_missing->setWordWrap(true);
    bottomLayout->addWidget(m_missing);
    m_previewModel = new QStandardItemModel(this);
    m_preview = new QTableView(bottom);
    m_preview->setObjectName(QStringLiteral("mappingPreview"));
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_preview->setWordWrap(false);
    m_preview->setTabKeyNavigation(false);
    m_preview->horizontalHeader()->setDefaultSectionSize(140);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    bottomLayout->addWidget(m_preview, 1);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_key, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updatePreview);
    connect(m_createMissing, &QCheckBox::toggled, this, &ImportMappingPage::updatePreview);
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updatePreview);
    connect(m_currency, &CurrencyComboBox::codeChanged, this, &ImportMappingPage::updatePreview);
    connect(m_region, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updatePreview);
    connect(m_save, &QPushButton::clicked, this, &ImportMappingPage::saveMapping);
}

void ImportMappingPage::initializePage()
{
    const ImportSample& sample = m_wizard->sample();
    const QString entity = m_wizard->entity();
    const QString builtFor = entity + QLatin1Char('\n') + sample.headers.join(QChar(0x1F));
    if (builtFor == m_builtFor)
        return; // back from the check: keep the user's choices
    m_builtFor = builtFor;
    m_headers = sample.headers;
    setSubTitle(tr("Each column of the file fills one field of the %1, or is left out. The rows at the bottom "
                   "show what will be stored; red cells would be refused.")
                    .arg(ImportWizard::entityLabel(entity).toLower()));
    build();

    // A loaded profile, else the mapping last used for these columns, else by the columns' names.
    ImportSpec start;
    start.entity = entity;
    const auto remembered = ImportWizard::rememberedMapping(entity, m_headers);
    if (m_wizard->profile() && m_wizard->profile()->entity == entity) {
        start = *m_wizard->profile();
        m_origin = Origin::Profile;
    } else if (remembered) {
        start = *remembered;
        m_origin = Origin::Remembered;
    } else {
        m_origin = Origin::Headers;
    }
    if (start.columns.isEmpty())
        start.columns = start.effectiveColumns(m_headers);
    m_base = start;
    apply(start);
    switch (m_origin) {
    case Origin::Profile:
        m_originLabel->setText(tr("Mapped as the profile “%1” says.").arg(m_wizard->profileName()));
        break;
    case Origin::Remembered:
        m_originLabel->setText(tr("Mapped as you mapped a file with these columns last time."));
        break;
    case Origin::Headers:
        m_originLabel->setText(tr("Mapped by the column names. Check each field before you go on."));
        break;
    }
}

void ImportMappingPage::build()
{
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    m_fields.clear();
    const QString entity = m_wizard->entity();
    const ImportSample& sample = m_wizard->sample();

    auto heading = [this](const QString& text, int column) {
        auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), m_rowsWidget);
        m_grid->addWidget(label, 0, column);
        m_rowWidgets << label;
    };
    heading(tr("Column of the file"), 0);
    heading(tr("Values in it"), 1);
    heading(tr("Field in DeskCRM"), 2);

    const QString customEntity = RecordStore::entityOfTable(ImportEntities::table(entity));
    m_customFields = AttributeDefinitions::entities().contains(customEntity)
                         ? AttributeDefinitions(m_wizard->database()).forEntity(customEntity)
                         : QList<AttributeDefinition>();
    QWidget* previous = nullptr;
    for (int column = 0; column < m_headers.size(); ++column) {
        auto* header = new QLabel(m_headers.at(column), m_rowsWidget);
        header->setObjectName(QStringLiteral("header%1").arg(column));
        auto* values = new QLabel(samplesOf(sample.rows, column), m_rowsWidget);
        values->setForegroundRole(QPalette::PlaceholderText);
        values->setMinimumWidth(80);
        values->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        values->setToolTip(values->text());
        auto* field = new QComboBox(m_rowsWidget);
        field->setObjectName(QStringLiteral("field%1").arg(column));
        field->setAccessibleName(tr("Field for the column %1").arg(m_headers.at(column)));
        field->addItem(tr("— do not import —"), QString());
        for (const ImportField& f : ImportEntities::fields(entity)) {
            if (f.name == QLatin1String("id"))
                continue;
            field->addItem(f.required ? tr("%1 (required)").arg(f.displayName()) : f.displayName(), f.name);
        }
        // The entity's custom fields, after the built-in ones ("attr:<key>", as mappings name them).
        for (const AttributeDefinition& d : std::as_const(m_customFields)) {
            const QString label = tr("%1 (custom field)").arg(d.label());
            field->addItem(d.required ? tr("%1 (required)").arg(label) : label, d.fieldName());
        }
        header->setBuddy(field);
        m_grid->addWidget(header, column + 1, 0);
        m_grid->addWidget(values, column + 1, 1);
        m_grid->addWidget(field, column + 1, 2);
        m_rowWidgets << header << values << field;
        m_fields << field;
        if (previous)
            setTabOrder(previous, field);
        previous = field;
        connect(field, &QComboBox::currentIndexChanged, this, [this, column] { fieldChosen(column); });
    }
    m_grid->setRowStretch(int(m_headers.size()) + 1, 1);

    m_key->clear();
    m_key->addItem(tr("Nothing: always add new records"), QString());
    for (const QString& name : ImportEntities::keyFields(entity)) {
        if (const ImportField* f = ImportEntities::field(entity, name))
            m_key->addItem(f->displayName(), name);
    }
}

void ImportMappingPage::apply(const ImportSpec& spec)
{
    m_updating = true;
    for (int column = 0; column < m_fields.size(); ++column) {
        int index = m_fields.at(column)->findData(spec.columns.value(m_headers.at(column)));
        if (index <= 0 && spec.columns.value(m_headers.at(column)).isEmpty()) {
            // A header naming a custom field (its key or either name, as an export writes it) maps to it.
            const QString header = ImportEntities::normalised(m_headers.at(column));
            for (const AttributeDefinition& d : std::as_const(m_customFields)) {
                if (header == ImportEntities::normalised(d.key) || header == ImportEntities::normalised(d.labelEn) ||
                    (!d.labelZh.isEmpty() && header == ImportEntities::normalised(d.labelZh))) {
                    index = m_fields.at(column)->findData(d.fieldName());
                    break;
                }
            }
        }
        m_fields.at(column)->setCurrentIndex(std::max(0, index));
    }
    m_createMissing->setChecked(spec.createMissing);
    m_dateOrder->setCurrentIndex(std::max(0, m_dateOrder->findData(int(spec.dateOrder))));
    m_currency->setCode(spec.currency);
    QString region = spec.phoneRegion.isEmpty() ? FieldValidator::defaultRegion() : spec.phoneRegion;
    if (m_region->findData(region) < 0)
        m_region->addItem(region, region);
    m_region->setCurrentIndex(m_region->findData(region));
    updateKeyChoices();
    m_key->setCurrentIndex(std::max(0, m_key->findData(spec.key)));
    m_updating = false;
    updatePreview();
}

void ImportMappingPage::fieldChosen(int column)
{
    if (m_updating)
        return;
    // A field is filled by one column: the column that had it before lets it go.
    const QString name = m_fields.at(column)->currentData().toString();
    m_updating = true;
    if (!name.isEmpty()) {
        for (int other = 0; other < m_fields.size(); ++other) {
            if (other != column && m_fields.at(other)->currentData().toString() == name)
                m_fields.at(other)->setCurrentIndex(0);
        }
    }
    updateKeyChoices();
    m_updating = false;
    updatePreview();
}

void ImportMappingPage::updateKeyChoices()
{
    // Only a mapped field can match existing records.
    QStringList mapped;
    for (QComboBox* field : std::as_const(m_fields))
        mapped << field->currentData().toString();
    auto* model = qobject_cast<QStandardItemModel*>(m_key->model());
    for (int i = 1; i < m_key->count(); ++i)
        model->item(i)->setEnabled(mapped.contains(m_key->itemData(i).toString()));
    if (m_key->currentIndex() > 0 && !mapped.contains(m_key->currentData().toString()))
        m_key->setCurrentIndex(0);
}

ImportSpec ImportMappingPage::spec() const
{
    ImportSpec spec = m_base;
    const ImportSample& sample = m_wizard->sample();
    spec.entity = m_wizard->entity();
    spec.file = QFileInfo(m_wizard->filePath()).fileName();
    spec.encoding = sample.encoding;
    spec.delimiter = sample.delimiter;
    spec.header = sample.header;
    spec.columns.clear();
    for (int column = 0; column < m_fields.size(); ++column)
        spec.columns.insert(m_headers.at(column), m_fields.at(column)->currentData().toString());
    spec.key = m_key->currentData().toString();
    spec.createMissing = m_createMissing->isChecked();
    spec.dateOrder = ImportValues::DateOrder(m_dateOrder->currentData().toInt());
    spec.currency = m_currency->code();
    spec.phoneRegion = m_region->currentData().toString();
    return spec;
}

QStringList ImportMappingPage::missingRequired() const
{
    const ImportSpec current = spec();
    QStringList mapped = current.columns.values();
    mapped << current.constants.keys();
    QStringList missing;
    for (const ImportField& f : ImportEntities::fields(current.entity)) {
        if (!f.required || mapped.contains(f.name))
            continue;
        // A users file may give the display name alone: it is the user name too.
        if (current.entity == QLatin1String("users") && f.name == QLatin1String("username") &&
            mapped.contains(QStringLiteral("display_name")))
            continue;
        missing << f.displayName();
    }
    return missing;
}

void ImportMappingPage::updatePreview()
{
    if (m_updating)
        return;
    const ImportSpec current = spec();
    const QStringList missing = missingRequired();
    bool anyMapped = false;
    for (const QString& field : current.columns)
        anyMapped = anyMapped || !field.isEmpty();
    if (!anyMapped)
        m_missing->setText(tr("Choose the field of at least one column."));
    else if (!missing.isEmpty())
        m_missing->setText(tr("Still to map (required): %1.").arg(QLocale().createSeparatedList(missing)));
    else
        m_missing->setText(tr("The first rows as they will be stored:"));
    m_missing->setStyleSheet(!anyMapped || !missing.isEmpty() ? QStringLiteral("color: #b00020;") : QString());

    // The mapped columns, in the file's order.
    QList<int> columns;
    QList<const ImportField*> fields;
    QStringList labels;
    for (int column = 0; column < m_fields.size(); ++column) {
        const ImportField* f = ImportEntities::field(current.entity, m_fields.at(column)->currentData().toString());
        if (!f)
            continue;
        columns << column;
        fields << f;
        labels << f->displayName();
    }
    m_previewModel->clear();
    m_previewModel->setColumnCount(int(labels.size()));
    m_previewModel->setHorizontalHeaderLabels(labels);
    QStringList lines;
    for (const SourceRow& row : m_wizard->sample().rows) {
        QList<QStandardItem*> items;
        for (int i = 0; i < columns.size(); ++i) {
            QString problem = row.problem;
            QString text;
            if (problem.isEmpty())
                text = ImportPreview::cell(*fields.at(i), row.cells.value(columns.at(i)), current, &problem);
            auto* item = new QStandardItem(text);
            if (!problem.isEmpty()) {
                item->setForeground(QColor(0xb0, 0x00, 0x20));
                item->setBackground(QColor(0xfd, 0xe8, 0xea));
                item->setToolTip(problem);
                item->setData(problem, Qt::UserRole);
            }
            items << item;
        }
        m_previewModel->appendRow(items);
        lines << QLocale().toString(row.line);
    }
    m_previewModel->setVerticalHeaderLabels(lines);
    m_preview->resizeColumnsToContents();
    for (int column = 0; column < m_previewModel->columnCount(); ++column)
        m_preview->setColumnWidth(column, std::clamp(m_preview->columnWidth(column) + 8, 80, 320));
    Q_EMIT completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    bool anyMapped = false;
    for (QComboBox* field : m_fields)
        anyMapped = anyMapped || !field->currentData().toString().isEmpty();
    return anyMapped && missingRequired().isEmpty();
}

bool ImportMappingPage::validatePage()
{
    QString error;
    const ImportSpec current = spec();
    if (!current.check(&error)) {
        DialogSeams::warning(this, title(), error);
        return false;
    }
    m_wizard->setSpec(current);
    return true;
}

void ImportMappingPage::saveMapping()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("import/folder")).toString();
    const QString suggested =
        QFileInfo(dir, QFileInfo(m_wizard->filePath()).completeBaseName() + QStringLiteral("-mapping.json")).filePath();
    const QString path =
        DialogSeams::getSaveFileName(this, tr("Save the mapping"), suggested, tr("Import mappings (*.json)"));
    if (path.isEmpty())
        return;
    ImportProfile profile;
    profile.name = QFileInfo(path).completeBaseName();
    profile.files << spec();
    QString error;
    if (!profile.save(path, &error)) {
        DialogSeams::warning(this, tr("Save the mapping"), error);
        return;
    }
    m_originLabel->setText(tr("Mapping saved to %1.").arg(QFileInfo(path).fileName()));
}

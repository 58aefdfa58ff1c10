#include "AttributeEditDialog.h"

#include "AttributeDefinitions.h"
#include "CurrencyComboBox.h"
#include "Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
using Kind = AttributeDefinition::Kind;
enum ChoiceColumn { CodeColumn, EnglishColumn, ChineseColumn };

// A key from an English name: "Budget year" -> "budget_year".
QString keyFrom(const QString& name)
{
    QString key = name.toLower();
    key.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    key.remove(QRegularExpression(QStringLiteral("^[_0-9]+|_+$")));
    return key.left(40);
}
} // namespace

AttributeEditDialog::AttributeEditDialog(Database& db, const AttributeDefinition& definition, QWidget* parent)
    : QDialog(parent), m_db(db), m_definition(definition)
{
    setObjectName(QStringLiteral("attributeEditDialog"));
    setWindowTitle(definition.version == 0 ? tr("New Custom Field") : tr("Edit Custom Field"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    m_labelEn = new QLineEdit(definition.labelEn, this);
    m_labelEn->setObjectName(QStringLiteral("labelEn"));
    m_labelZh = new QLineEdit(definition.labelZh, this);
    m_labelZh->setObjectName(QStringLiteral("labelZh"));
    m_key = new QLineEdit(definition.key, this);
    m_key->setObjectName(QStringLiteral("key"));
    m_key->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z][a-z0-9_]{0,39}")), m_key));
    m_key->setToolTip(tr("The field's name in import mappings, exported files and list filters; it cannot change "
                         "once records have values in the field."));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (Kind kind : AttributeDefinition::kinds())
        m_kind->addItem(AttributeDefinition::kindName(kind), AttributeDefinition::kindCode(kind));
    m_kind->setCurrentIndex(m_kind->findData(AttributeDefinition::kindCode(definition.kind)));
    m_currency = new CurrencyComboBox(this);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setCode(definition.currency.isEmpty() ? QStringLiteral("CNY") : definition.currency);
    m_required = new QCheckBox(tr("&Required: a record cannot be saved without it"), this);
    m_required->setObjectName(QStringLiteral("required"));
    m_required->setChecked(definition.required);
    m_active = new QCheckBox(tr("&Active: shown in forms, lists, imports and exports"), this);
    m_active->setObjectName(QStringLiteral("active"));
    m_active->setChecked(definition.active);

    // Choices: code, English, Chinese, one row each.
    m_choicesBox = new QWidget(this);
    auto* choiceRow = new QHBoxLayout(m_choicesBox);
    choiceRow->setContentsMargins(0, 0, 0, 0);
    m_choices = new QTableWidget(0, 3, m_choicesBox);
    m_choices->setObjectName(QStringLiteral("choices"));
    m_choices->setHorizontalHeaderLabels({tr("Code"), tr("English"), tr("Chinese")});
    m_choices->horizontalHeader()->setStretchLastSection(true);
    m_choices->verticalHeader()->hide();
    m_choices->setMinimumHeight(fontMetrics().lineSpacing() * 7);
    for (const AttributeChoice& c : definition.choices) {
        const int r = m_choices->rowCount();
        m_choices->insertRow(r);
        m_choices->setItem(r, CodeColumn, new QTableWidgetItem(c.value));
        m_choices->setItem(r, EnglishColumn, new QTableWidgetItem(c.labelEn));
        m_choices->setItem(r, ChineseColumn, new QTableWidgetItem(c.labelZh));
    }
    choiceRow->addWidget(m_choices, 1);
    auto* choiceButtons = new QVBoxLayout;
    auto* add = new QPushButton(tr("Add &choice"), m_choicesBox);
    add->setObjectName(QStringLiteral("addChoice"));
    auto* remove = new QPushButton(tr("Re&move choice"), m_choicesBox);
    remove->setObjectName(QStringLiteral("removeChoice"));
    connect(add, &QPushButton::clicked, this, &AttributeEditDialog::addChoice);
    connect(remove, &QPushButton::clicked, this, &AttributeEditDialog::removeChoice);
    choiceButtons->addWidget(add);
    choiceButtons->addWidget(remove);
    choiceButtons->addStretch(1);
    choiceRow->addLayout(choiceButtons);

    auto addRow = [&](const QString& label, QWidget* editor) {
        auto* buddy = new QLabel(label, this);
        buddy->setBuddy(editor);
        form->addRow(buddy, editor);
        return buddy;
    };
    addRow(tr("En&glish name:"), m_labelEn);
    addRow(tr("C&hinese name:"), m_labelZh);
    addRow(tr("&Key:"), m_key);
    addRow(tr("Ki&nd:"), m_kind);
    m_currencyLabel = addRow(tr("C&urrency:"), m_currency);
    m_choicesLabel = addRow(tr("Choices:"), m_choicesBox);
    form->addRow(QString(), m_required);
    form->addRow(QString(), m_active);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Canc&el"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AttributeEditDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // A new field's key follows its English name until the user types one.
    if (definition.version == 0) {
        connect(m_labelEn, &QLineEdit::textEdited, this, [this](const QString& text) {
            if (!m_key->isModified())
                m_key->setText(keyFrom(text));
        });
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AttributeEditDialog::kindChanged);
    kindChanged();
    resize(560, 520);
}

void AttributeEditDialog::kindChanged()
{
    Kind kind = Kind::Text;
    AttributeDefinition::parseKind(m_kind->currentData().toString(), &kind);
    const bool choices = kind == Kind::Choice || kind == Kind::MultiChoice;
    m_choicesBox->setVisible(choices);
    m_choicesLabel->setVisible(choices);
    m_currency->setVisible(kind == Kind::Money);
    m_currencyLabel->setVisible(kind == Kind::Money);
    if (choices && m_choices->rowCount() == 0)
        addChoice();
}

void AttributeEditDialog::addChoice()
{
    const int r = m_choices->rowCount();
    m_choices->insertRow(r);
    for (int c = CodeColumn; c <= ChineseColumn; ++c)
        m_choices->setItem(r, c, new QTableWidgetItem);
    m_choices->setCurrentCell(r, EnglishColumn);
    m_choices->editItem(m_choices->item(r, EnglishColumn));
}

void AttributeEditDialog::removeChoice()
{
    const int r = m_choices->currentRow();
    if (r >= 0)
        m_choices->removeRow(r);
}

AttributeDefinition AttributeEditDialog::edited() const
{
    AttributeDefinition d = m_definition;
    d.labelEn = m_labelEn->text().trimmed();
    d.labelZh = m_labelZh->text().trimmed();
    d.key = m_key->text().trimmed();
    AttributeDefinition::parseKind(m_kind->currentData().toString(), &d.kind);
    d.currency = d.kind == Kind::Money ? m_currency->code() : QString();
    d.required = m_required->isChecked();
    d.active = m_active->isChecked();
    d.choices.clear();
    if (d.kind == Kind::Choice || d.kind == Kind::MultiChoice) {
        for (int r = 0; r < m_choices->rowCount(); ++r) {
            auto text = [&](int c) {
                return m_choices->item(r, c) ? m_choices->item(r, c)->text().trimmed() : QString();
            };
            AttributeChoice choice{text(CodeColumn), text(EnglishColumn), text(ChineseColumn)};
            if (choice.value.isEmpty() && choice.labelEn.isEmpty() && choice.labelZh.isEmpty())
                continue;               // an empty row
            if (choice.value.isEmpty()) // a code from the English name, or the row number
                choice.value = keyFrom(choice.labelEn).isEmpty() ? QString::number(r + 1) : keyFrom(choice.labelEn);
            d.choices << choice;
        }
    }
    return d;
}

void AttributeEditDialog::showErrors(const QHash<QString, QString>& errors, const QString& message)
{
    QStringList lines;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        lines << it.value();
    if (lines.isEmpty())
        lines << message;
    lines.removeDuplicates();
    m_message->setText(lines.join(QLatin1Char('\n')));
    m_message->show();
    const std::pair<const char*, QWidget*> editors[] = {
        {"label_en", m_labelEn}, {"key", m_key}, {"kind", m_kind}, {"currency", m_currency}, {"choices", m_choices}};
    for (const auto& [name, editor] : editors) {
        if (errors.contains(QLatin1String(name))) {
            editor->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

bool AttributeEditDialog::save()
{
    AttributeDefinition d = edited();
    const QHash<QString, QString> errors = AttributeDefinitions::validate(d);
    if (!errors.isEmpty()) {
        showErrors(errors, {});
        return false;
    }
    const WriteResult result = AttributeDefinitions(m_db).save(d);
    if (!result.ok()) {
        showErrors(result.fieldErrors, result.message);
        return false;
    }
    m_definition = d;
    accept();
    return true;
}

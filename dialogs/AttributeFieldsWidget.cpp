#include "AttributeFieldsWidget.h"

#include "AttributeDefinitions.h"
#include "Database.h"
#include "DateField.h"
#include "LookupComboBox.h"
#include "MoneyEdit.h"
#include "RecordFieldDelegate.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStandardItemModel>

namespace {
using Kind = AttributeDefinition::Kind;
const char* kErrorStyle = "color: #c62828;";

LookupComboBox* choiceCombo(QWidget* parent, const QList<QPair<QVariant, QString>>& items, const QString& none)
{
    auto* combo = new LookupComboBox(parent);
    auto* model = new QStandardItemModel(combo);
    for (const auto& item : items) {
        auto* row = new QStandardItem(item.second);
        row->setData(item.first, Qt::UserRole);
        model->appendRow(row);
    }
    combo->setLookupModel(model, none);
    return combo;
}
} // namespace

AttributeFieldsWidget::AttributeFieldsWidget(Database& db, const QString& entity, const QString& recordType,
                                             QWidget* parent)
    : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("attributeFields"));
    m_definitions = AttributeDefinitions(db).forEntity(entity, true, recordType);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const AttributeDefinition& d : std::as_const(m_definitions)) {
        Field field;
        field.definition = d;
        QWidget* editor = makeEditor(field);
        editor->setObjectName(d.fieldName());
        field.editor = editor;

        auto* host = new QWidget(this);
        auto* column = new QVBoxLayout(host);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(editor);
        field.error = new QLabel(host);
        field.error->setObjectName(d.fieldName() + QStringLiteral("Error"));
        field.error->setStyleSheet(QLatin1String(kErrorStyle));
        field.error->setWordWrap(true);
        field.error->hide();
        column->addWidget(field.error);
        host->setFocusProxy(editor);

        // No mnemonic of its own (the built-in fields own the letters); a '&' in the name is shown as typed.
        QString label = d.label();
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        if (d.required)
            label += QLatin1Char('*');
        auto* buddy =
            new QLabel(label + (AttributeDefinition::chinese() ? QStringLiteral("：") : QStringLiteral(":")), this);
        buddy->setBuddy(editor);
        form->addRow(buddy, host);
        m_fields << field;
    }
}

QWidget* AttributeFieldsWidget::makeEditor(Field& field)
{
    const AttributeDefinition& d = field.definition;
    switch (d.kind) {
    case Kind::Text: {
        auto* edit = new QLineEdit(this);
        edit->setMaxLength(2000);
        connect(edit, &QLineEdit::textEdited, this, &AttributeFieldsWidget::edited);
        return edit;
    }
    case Kind::Number: {
        auto* edit = new QLineEdit(this);
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        connect(edit, &QLineEdit::textEdited, this, &AttributeFieldsWidget::edited);
        return edit;
    }
    case Kind::Money: {
        auto* edit = new MoneyEdit(this);
        edit->setCurrency(d.currency);
        edit->setPlaceholderText(QString());
        connect(edit, &QLineEdit::textEdited, this, &AttributeFieldsWidget::edited);
        return edit;
    }
    case Kind::Date: {
        auto* date = new DateField(this);
        date->setClock(&m_db.clock());
        connect(date, &DateField::valueChanged, this, &AttributeFieldsWidget::edited);
        return date;
    }
    case Kind::Choice: {
        QList<QPair<QVariant, QString>> items;
        for (const AttributeChoice& c : d.choices)
            items << qMakePair(QVariant(c.value), c.label());
        auto* combo = choiceCombo(this, items, tr("(none)"));
        connect(combo, &LookupComboBox::valueChanged, this, &AttributeFieldsWidget::edited);
        return combo;
    }
    case Kind::Bool: {
        auto* combo = choiceCombo(this, {{true, tr("Yes")}, {false, tr("No")}}, tr("(not answered)"));
        connect(combo, &LookupComboBox::valueChanged, this, &AttributeFieldsWidget::edited);
        return combo;
    }
    case Kind::MultiChoice: {
        auto* box = new QWidget(this);
        auto* row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        for (const AttributeChoice& c : d.choices) {
            auto* check = new QCheckBox(c.label(), box);
            check->setObjectName(d.fieldName() + QLatin1Char('.') + c.value);
            check->setProperty("choice", c.value);
            connect(check, &QCheckBox::toggled, this, &AttributeFieldsWidget::edited);
            row->addWidget(check);
            field.boxes << check;
        }
        row->addStretch(1);
        if (!field.boxes.isEmpty())
            box->setFocusProxy(field.boxes.first());
        return box;
    }
    }
    return new QWidget(this);
}

bool AttributeFieldsWidget::load(const QString& recordId, QString* error)
{
    m_versions.clear();
    const QHash<QString, AttributeValues::Stored> stored =
        recordId.isEmpty() ? QHash<QString, AttributeValues::Stored>()
                           : AttributeValues::load(m_db, recordId, m_definitions, error);
    for (Field& field : m_fields) {
        const AttributeValues::Stored s = stored.value(field.definition.key);
        // Every field shown carries a version, 0 for "no value row": a row a colleague adds meanwhile is a conflict.
        m_versions.insert(field.definition.key, s.version);
        show(field, s.value);
    }
    m_loaded.clear();
    for (const Field& field : std::as_const(m_fields))
        m_loaded.insert(field.definition.key, valueOf(field));
    return !error || error->isEmpty();
}

void AttributeFieldsWidget::show(Field& field, const QVariant& value)
{
    const QSignalBlocker block(this);
    switch (field.definition.kind) {
    case Kind::Text:
        static_cast<QLineEdit*>(field.editor)->setText(value.toString());
        break;
    case Kind::Number:
        static_cast<QLineEdit*>(field.editor)
            ->setText(value.isNull() ? QString() : locale().toString(value.toDouble(), 'g', 15));
        break;
    case Kind::Money: {
        auto* money = static_cast<MoneyEdit*>(field.editor);
        if (value.isNull())
            money->clear();
        else
            money->setMinorUnits(value.toLongLong());
        break;
    }
    case Kind::Date:
        static_cast<DateField*>(field.editor)->setValue(value.isNull() ? QVariant() : QVariant(value.toDate()));
        break;
    case Kind::Choice:
    case Kind::Bool:
        static_cast<LookupComboBox*>(field.editor)->setValue(value);
        break;
    case Kind::MultiChoice: {
        const QStringList codes = value.toStringList();
        for (QCheckBox* box : std::as_const(field.boxes))
            box->setChecked(codes.contains(box->property("choice").toString()));
        break;
    }
    }
}

QVariant AttributeFieldsWidget::valueOf(const Field& field) const
{
    switch (field.definition.kind) {
    case Kind::Text: {
        const QString text = static_cast<QLineEdit*>(field.editor)->text().trimmed();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case Kind::Number: {
        const QString text = static_cast<QLineEdit*>(field.editor)->text().trimmed();
        if (text.isEmpty())
            return {};
        bool ok = false;
        double number = locale().toDouble(text, &ok);
        if (!ok)
            number = QLocale::c().toDouble(text, &ok);
        return ok ? QVariant(number) : QVariant(text); // unreadable text: AttributeValues::check says so
    }
    case Kind::Money: {
        auto* money = static_cast<MoneyEdit*>(field.editor);
        if (money->text().trimmed().isEmpty())
            return {};
        return money->isValid() ? QVariant(money->minorUnits()) : QVariant(money->text());
    }
    case Kind::Date:
        return static_cast<DateField*>(field.editor)->value();
    case Kind::Choice:
    case Kind::Bool:
        return static_cast<LookupComboBox*>(field.editor)->value();
    case Kind::MultiChoice: {
        QStringList codes;
        for (QCheckBox* box : field.boxes)
            if (box->isChecked())
                codes << box->property("choice").toString();
        return codes.isEmpty() ? QVariant() : QVariant(codes);
    }
    }
    return {};
}

AttributeEdit AttributeFieldsWidget::edit() const
{
    AttributeEdit edit;
    edit.definitions = m_definitions;
    edit.versions = m_versions;
    for (const Field& field : m_fields)
        edit.values.insert(field.definition.key, valueOf(field));
    return edit;
}

QVariant AttributeFieldsWidget::value(const QString& key) const
{
    for (const Field& field : m_fields)
        if (field.definition.key == key)
            return valueOf(field);
    return {};
}

void AttributeFieldsWidget::setValue(const QString& key, const QVariant& value)
{
    for (Field& field : m_fields)
        if (field.definition.key == key)
            show(field, value);
}

bool AttributeFieldsWidget::hasChanges() const
{
    for (const Field& field : m_fields) {
        if (!RecordFieldDelegate::sameValue(valueOf(field), m_loaded.value(field.definition.key)))
            return true;
    }
    return false;
}

QWidget* AttributeFieldsWidget::editorFor(const QString& key) const
{
    for (const Field& field : m_fields)
        if (field.definition.key == key)
            return field.editor;
    return nullptr;
}

QWidget* AttributeFieldsWidget::showErrors(const QHash<QString, QString>& errors)
{
    QWidget* first = nullptr;
    for (const Field& field : std::as_const(m_fields)) {
        const QString message = errors.value(field.definition.fieldName());
        if (message.isEmpty())
            continue;
        field.error->setText(message);
        field.error->show();
        field.editor->setToolTip(message);
        if (!first)
            first = field.editor;
    }
    return first;
}

void AttributeFieldsWidget::clearErrors()
{
    for (const Field& field : std::as_const(m_fields)) {
        field.error->clear();
        field.error->hide();
        field.editor->setToolTip(QString());
    }
}

bool AttributeFieldsWidget::hasErrors() const
{
    return !errorFields().isEmpty();
}

QStringList AttributeFieldsWidget::errorFields() const
{
    QStringList names;
    for (const Field& field : m_fields)
        if (!field.error->isHidden())
            names << field.definition.fieldName();
    return names;
}

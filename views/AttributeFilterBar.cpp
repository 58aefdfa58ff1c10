#include "AttributeFilterBar.h"

#include "AttributeValues.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace {
using Kind = AttributeDefinition::Kind;
}

AttributeFilterBar::AttributeFilterBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("customFilterBar"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(6, 0, 6, 6);
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("customFieldFilter"));
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_field->setMinimumContentsLength(8);
    auto* label = new QLabel(tr("C&ustom field:"), this);
    label->setBuddy(m_field);
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("customValueChoice"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(8);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("customValueText"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(120);
    auto* is = new QLabel(tr("is:", "a custom field filter: <field> is: <value>"), this);
    row->addWidget(label);
    row->addWidget(m_field, 1);
    row->addWidget(is);
    row->addWidget(m_choice, 1);
    row->addWidget(m_text, 1);
    row->addStretch(2);
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_typing, &QTimer::timeout, this, &AttributeFilterBar::changed);
    connect(m_field, &QComboBox::currentIndexChanged, this, &AttributeFilterBar::fieldChanged);
    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_setting)
            emit changed();
    });
    connect(m_text, &QLineEdit::textChanged, this, [this] {
        if (!m_setting)
            m_typing->start();
    });
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        emit changed();
    });
    setDefinitions({});
}

void AttributeFilterBar::setDefinitions(const QList<AttributeDefinition>& definitions)
{
    const QString was = current() ? current()->key : QString();
    m_setting = true;
    m_definitions = definitions;
    m_field->clear();
    m_field->addItem(tr("(choose a field)"));
    for (const AttributeDefinition& d : definitions)
        m_field->addItem(d.label(), d.key);
    m_field->setCurrentIndex(qMax(0, m_field->findData(was)));
    m_setting = false;
    fieldChanged();
    setVisible(!definitions.isEmpty());
}

const AttributeDefinition* AttributeFilterBar::current() const
{
    const QString key = m_field->currentData().toString();
    for (const AttributeDefinition& d : m_definitions)
        if (d.key == key)
            return &d;
    return nullptr;
}

void AttributeFilterBar::fieldChanged()
{
    const AttributeDefinition* d = current();
    const bool listed = d && (d->kind == Kind::Choice || d->kind == Kind::MultiChoice || d->kind == Kind::Bool);
    const bool setting = m_setting;
    m_setting = true;
    m_choice->clear();
    m_choice->addItem(tr("Any value"));
    if (d && d->kind == Kind::Bool) {
        m_choice->addItem(AttributeDefinition::tr("Yes"), true);
        m_choice->addItem(AttributeDefinition::tr("No"), false);
    } else if (listed) {
        for (const AttributeChoice& c : d->choices)
            m_choice->addItem(c.label(), c.value);
    }
    m_text->clear();
    if (d && d->kind == Kind::Date)
        m_text->setPlaceholderText(tr("a date, e.g. 2026-03-31"));
    else if (d && (d->kind == Kind::Number || d->kind == Kind::Money))
        m_text->setPlaceholderText(tr("equal to"));
    else
        m_text->setPlaceholderText(tr("starts with"));
    m_choice->setVisible(listed);
    m_text->setVisible(!listed);
    m_text->setEnabled(d != nullptr);
    m_setting = setting;
    if (!m_setting)
        emit changed();
}

QString AttributeFilterBar::filterKey() const
{
    return filterValue().isNull() ? QString() : current()->fieldName();
}

QVariant AttributeFilterBar::filterValue() const
{
    auto* self = const_cast<AttributeFilterBar*>(this);
    self->m_error.clear();
    const AttributeDefinition* d = current();
    if (!d)
        return {};
    if (m_choice->isVisibleTo(this))
        return m_choice->currentData();
    const QString text = m_text->text().trimmed();
    if (text.isEmpty())
        return {};
    if (d->kind == Kind::Text)
        return text;
    const QVariant value = AttributeValues::parse(*d, text, &self->m_error);
    return m_error.isEmpty() ? value : QVariant();
}

void AttributeFilterBar::clear()
{
    m_setting = true;
    m_field->setCurrentIndex(0);
    m_setting = false;
    fieldChanged();
}

void AttributeFilterBar::setFilter(const QString& fieldKey, const QVariant& value)
{
    m_setting = true;
    m_field->setCurrentIndex(qMax(0, m_field->findData(fieldKey)));
    fieldChanged();
    if (m_choice->isVisibleTo(this))
        m_choice->setCurrentIndex(qMax(0, m_choice->findData(value)));
    else
        m_text->setText(value.toString());
    m_setting = false;
    emit changed();
}

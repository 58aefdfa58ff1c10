#include "RecordFieldDelegate.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QDateTime>
#include <QMetaProperty>
#include <QSpinBox>

namespace {
bool isEmptyValue(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return true;
    return v.metaType().id() == QMetaType::QString && v.toString().isEmpty();
}
} // namespace

RecordFieldDelegate::RecordFieldDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

bool RecordFieldDelegate::sameValue(const QVariant& a, const QVariant& b)
{
    const bool aEmpty = isEmptyValue(a);
    const bool bEmpty = isEmptyValue(b);
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty;
    if (a.metaType().id() == QMetaType::QDateTime || b.metaType().id() == QMetaType::QDateTime)
        return a.toDateTime() == b.toDateTime();
    if (a.metaType().id() == QMetaType::QDate || b.metaType().id() == QMetaType::QDate)
        return a.toDate() == b.toDate();
    if (a.metaType().id() == QMetaType::Bool || b.metaType().id() == QMetaType::Bool)
        return a.toBool() == b.toBool();
    if (a == b)
        return true;
    return a.toString() == b.toString();
}

QVariant RecordFieldDelegate::editorValue(const QWidget* editor)
{
    if (const auto* spin = qobject_cast<const QSpinBox*>(editor)) {
        if (!spin->specialValueText().isEmpty() && spin->value() == spin->minimum())
            return {};
        return spin->value();
    }
    const QMetaProperty property = editor->metaObject()->userProperty();
    if (!property.isValid())
        return {};
    QVariant v = property.read(editor);
    if (v.metaType().id() == QMetaType::QString && v.toString().trimmed().isEmpty())
        return {};
    return v;
}

void RecordFieldDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        const QVariant v = index.data(Qt::EditRole);
        if (isEmptyValue(v) && !spin->specialValueText().isEmpty())
            spin->setValue(spin->minimum());
        else
            spin->setValue(v.toInt());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

bool RecordFieldDelegate::eventFilter(QObject* object, QEvent* event)
{
    // QDataWidgetMapper installs its delegate as an event filter on every mapped widget. The item-view
    // filter would eat Esc (and put the field back to the model's value), turn Tab into "edit the next
    // item" (a date edit then only walks its own sections) and commit on focus-out, which means nothing
    // in ManualSubmit. A record form wants none of that.
    Q_UNUSED(object);
    Q_UNUSED(event);
    return false;
}

void RecordFieldDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    const QVariant value = editorValue(editor);
    if (sameValue(value, model->data(index, Qt::EditRole)))
        return;
    model->setData(index, value, Qt::EditRole);
}

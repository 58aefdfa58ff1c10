#pragma once

#include "AttributeDefinition.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

// The custom field filter of a record list: which field, and the value it must have (a choice or yes/no from a
// list; a text's beginning; a number, amount or date as typed). The page sets it on its model as the field's
// filter key (AttributeColumns: "attr:<key>"), so the list filters through the field's index.
class AttributeFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit AttributeFilterBar(QWidget* parent = nullptr);

    void setDefinitions(const QList<AttributeDefinition>& definitions);
    bool isEmpty() const { return m_definitions.isEmpty(); }
    // The filter as chosen: key empty when there is none (no field, no value, or a value that does not read).
    QString filterKey() const;
    QVariant filterValue() const;
    QString error() const { return m_error; } // why the typed value does not read, translated
    void clear();
    void setFilter(const QString& fieldKey, const QVariant& value); // tests and restoring

Q_SIGNALS:
    void changed();

private:
    void fieldChanged();
    const AttributeDefinition* current() const;

    QList<AttributeDefinition> m_definitions;
    QComboBox* m_field = nullptr;
    QComboBox* m_choice = nullptr;
    QLineEdit* m_text = nullptr;
    QTimer* m_typing = nullptr;
    QString m_error;
    bool m_setting = false;
};

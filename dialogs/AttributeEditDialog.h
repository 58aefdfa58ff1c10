#pragma once

#include "AttributeDefinition.h"

#include <QDialog>
#include <QHash>
#include <QString>

class Database;
class CurrencyComboBox;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

// Adds or edits one custom field: its key, its name in English and Chinese, its kind (with the choices of a choice
// list and the currency of an amount), whether it is required and active. Save writes it through
// AttributeDefinitions at once and reports what is wrong next to the field.
class AttributeEditDialog : public QDialog
{
    Q_OBJECT
public:
    AttributeEditDialog(Database& db, const AttributeDefinition& definition, QWidget* parent = nullptr);

    AttributeDefinition definition() const { return m_definition; } // as saved, once accepted
    // The definition as the form holds it now.
    AttributeDefinition edited() const;

public Q_SLOTS:
    bool save();

private:
    void kindChanged();
    void addChoice();
    void removeChoice();
    void showErrors(const QHash<QString, QString>& errors, const QString& message);

    Database& m_db;
    AttributeDefinition m_definition;
    QLineEdit* m_labelEn = nullptr;
    QLineEdit* m_labelZh = nullptr;
    QLineEdit* m_key = nullptr;
    QComboBox* m_kind = nullptr;
    CurrencyComboBox* m_currency = nullptr;
    QLabel* m_currencyLabel = nullptr;
    QTableWidget* m_choices = nullptr;
    QWidget* m_choicesBox = nullptr;
    QLabel* m_choicesLabel = nullptr;
    QCheckBox* m_required = nullptr;
    QCheckBox* m_active = nullptr;
    QLabel* m_message = nullptr;
};

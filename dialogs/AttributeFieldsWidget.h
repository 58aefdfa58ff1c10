#pragma once

#include "AttributeValues.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QWidget>

class Database;
class QFormLayout;
class QLabel;

// The custom fields of one record in its editor, under the built-in ones: an editor per active field of the entity
// (and record type), in the fields' order, filled from the record's stored values. What it holds goes to the record's
// model as an AttributeEdit (RecordModel::setAttributeEdit), so it is checked and saved with the record, in one
// transaction. Used by every record editor whose entity has custom fields (RecordDialog::addAttributeFields).
class AttributeFieldsWidget : public QWidget
{
    Q_OBJECT
public:
    AttributeFieldsWidget(Database& db, const QString& entity, const QString& recordType, QWidget* parent = nullptr);

    bool isEmpty() const { return m_fields.isEmpty(); }
    const QList<AttributeDefinition>& definitions() const { return m_definitions; }
    // Shows the stored values of recordId (empty: a new record, every field empty). False with *error when they
    // could not be read.
    bool load(const QString& recordId, QString* error = nullptr);
    // Every field's value as shown, with the versions it was loaded at.
    AttributeEdit edit() const;
    QVariant value(const QString& key) const;
    void setValue(const QString& key, const QVariant& value);
    bool hasChanges() const;
    QWidget* editorFor(const QString& key) const;

    // "attr:<key>" -> message, as AttributeValues::validate names them; returns the first editor marked (or nullptr).
    QWidget* showErrors(const QHash<QString, QString>& errors);
    void clearErrors();
    bool hasErrors() const;
    QStringList errorFields() const; // "attr:<key>" of the fields marked now

Q_SIGNALS:
    void edited();

private:
    struct Field
    {
        AttributeDefinition definition;
        QWidget* editor = nullptr;
        QLabel* error = nullptr;
        QList<class QCheckBox*> boxes; // multi-choice
    };
    QWidget* makeEditor(Field& field);
    QVariant valueOf(const Field& field) const;
    void show(Field& field, const QVariant& value);

    Database& m_db;
    QList<AttributeDefinition> m_definitions;
    QList<Field> m_fields;
    QHash<QString, QVariant> m_loaded;
    QHash<QString, int> m_versions;
};

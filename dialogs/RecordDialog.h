#pragma once

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>
#include <QVariantHash>

#include <functional>

class AttributeFieldsWidget;
class Database;
class LookupComboBox;
class LookupModel;
class QDataWidgetMapper;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QSqlRecord;
class QVBoxLayout;
#include "RecordModel.h"

// Base of the record editors (customer, contact, interaction, opportunity, task): a form bound to
// the entity's RecordModel through a QDataWidgetMapper in ManualSubmit mode. It owns the common
// behaviour: save with per-field error labels, conflict resolution, Ctrl+S / Esc, unsaved-change
// questions. Subclasses only build their fields. The shell opens these; views never include them.
class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    // entity: "customer", "contact", "interaction", "opportunity", "task"; id empty = new record;
    // presets e.g. {"customer_id": id} for "log a call" from the customer page. Returns nullptr for
    // an unknown entity. The caller owns the dialog (WA_DeleteOnClose is fine).
    static RecordDialog* create(Database& db, const QString& entity, const QString& id, const QVariantHash& presets,
                                QWidget* parent);

    ~RecordDialog() override;

    QString entity() const { return m_entity; }
    QString recordId() const { return m_recordId; } // set once a new record was saved
    bool isNew() const { return m_isNew; }
    // False when the record could not be loaded (deleted meanwhile, no permission); errorText() says why.
    bool isLoaded() const { return m_loaded; }
    QString errorText() const { return m_errorText; }
    // True when a field's value differs from what the form was loaded with (typing a letter and
    // deleting it again changes nothing).
    bool hasUnsavedChanges() const;
    // What the last successful save wrote (for Edit > Undo).
    QList<RecordModel::SavedWrite> lastSave() const
    {
        return m_model ? m_model->lastSave() : QList<RecordModel::SavedWrite>();
    }

public Q_SLOTS:
    // Validates and writes; true when the record is in the database. Shows errors inline otherwise.
    bool save();
    void reject() override;

Q_SIGNALS:
    void saved(const QString& entity, const QString& id);
    // The user chose to open an existing record this one duplicates (the shell opens its editor).
    void openExistingRequested(const QString& entity, const QString& id);

protected:
    RecordDialog(Database& db, QString entity, QWidget* parent);

    // Subclasses: create the model, then call load(), then add fields with addField()/mapField().
    bool load(RecordModel* model, const QString& id, const QVariantHash& presets);
    RecordModel* model() const { return m_model; }
    Database& database() const { return m_db; }
    QDataWidgetMapper* mapper() const { return m_mapper; }
    QFormLayout* form() const { return m_form; }
    // Adds a row "label: widget" with a red error label under it, maps the widget to the column
    // (by name) and remembers it for error display. property empty = the widget's USER property.
    void addField(const QString& column, const QString& label, QWidget* editor, const QByteArray& property = {});
    // Adds the entity's active custom fields (of every record, and of recordType) under the built-in ones, filled
    // with the record's values; save() checks and writes them with the record. Nothing when there are none.
    void addAttributeFields(const QString& recordType = QString());
    AttributeFieldsWidget* attributeFields() const { return m_attributes; }
    // Fills the widgets from the model (after all addField calls); the form then counts as unchanged.
    void populate();
    // A combo over a fixed list of (stored value, translated text); noneText non-empty adds a NULL entry.
    LookupComboBox* makeChoices(const QList<QPair<QVariant, QString>>& choices, const QString& noneText = {});
    // A combo over a LookupModel (owned by the combo).
    LookupComboBox* makeLookup(LookupModel* lookup, const QString& noneText = {});
    // The Owner combo (after load()): every user, and noneText as the empty choice only where the signed-in user may
    // save a record without owner (Permissions::mayLeaveOwnerEmpty) or the record has none already. A new record's
    // owner is the signed-in user (RecordModel), unless the editor's presets say otherwise and that is allowed.
    LookupComboBox* makeOwnerLookup(const QString& noneText);
    // False on a team database whose server refuses this user's records without owner (see makeOwnerLookup).
    bool ownerMayBeEmpty() const;
    // Adds a row that is not mapped (e.g. a read-only customer name).
    void addRow(const QString& label, QWidget* widget);
    // Called after the mapper has filled the widgets; subclasses adjust dependent widgets.
    virtual void afterLoad() {}
    // Called before mapper->submit(); subclasses check values the mapper cannot (e.g. money). Return false
    // with messages in errors (column -> text) to stop the save. Also called while a field with an error
    // is edited, to clear the error once the field is fixed: check only, change nothing.
    virtual bool beforeSubmit(QHash<QString, QString>* errors);
    // Checks a line edit while the user types (e-mail, phone): check returns a message or "".
    void addInlineCheck(const QString& column, std::function<QString(const QString&)> check);
    void showFieldError(const QString& column, const QString& message);
    void clearFieldError(const QString& column);
    void clearFieldErrors();
    void showBanner(const QString& message, bool error = true);
    // How a stored value of column reads to a user (combo names, local dates, formatted money).
    virtual QString displayValue(const QString& column, const QVariant& value) const;
    QWidget* editorFor(const QString& column) const;
    int currentRow() const { return m_row; }
    bool isLoading() const { return m_loading; }
    // Refills combo with the non-deleted rows of childModel whose customer_id is customerId
    // (contacts or opportunities of the chosen customer), keeping the selection when it is still there.
    static void fillFromChildren(LookupComboBox* combo, RecordModel* childModel, const QString& customerId,
                                 const QString& noneText);
    QString userName(const QVariant& userId) const;

private:
    struct Field
    {
        QWidget* editor = nullptr;
        QLabel* error = nullptr;
        QString label; // without the mnemonic
    };
    enum class Resolution { Saved, KeptTheirs, Undecided };
    Resolution resolveConflict(const QSqlRecord& theirs, const QSqlRecord& mine, int row);
    void applyErrors(const QHash<QString, QString>& errors, const QString& message);
    void trackChanges(QWidget* editor);
    void onSaveShortcut();
    // The values the form shows now, by column (what hasUnsavedChanges() compares with).
    QHash<QString, QVariant> currentValues() const;
    // The errors the current values would get on save (model rules, beforeSubmit(), unreadable dates).
    QHash<QString, QString> currentErrors();
    QHash<QString, QString> unreadableDates() const;
    // Customers and contacts: warns about likely duplicates (new records, or changed name, e-mail or phone); false
    // when the user did not choose to save anyway.
    bool confirmNotDuplicate();

private Q_SLOTS:
    // A field's value changed: errors go as soon as their fields' values are acceptable.
    void fieldEdited();

private:
    Database& m_db;
    QString m_entity;
    QString m_recordId;
    bool m_isNew = true;
    bool m_loaded = false;
    bool m_loading = false;
    QString m_errorText;
    RecordModel* m_model = nullptr;
    QDataWidgetMapper* m_mapper = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QFormLayout* m_form = nullptr;
    QLabel* m_banner = nullptr;
    AttributeFieldsWidget* m_attributes = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QHash<QString, Field> m_fields;
    QHash<QString, QVariant> m_loadedValues; // as populate() showed them
    QStringList m_fieldOrder;
    int m_row = -1;
};

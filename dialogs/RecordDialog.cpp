#include "RecordDialog.h"

#include "VisibleText.h"

#include "ReportFormat.h"

#include "Database.h"

#include "AttributeFieldsWidget.h"
#include "ChangeNotifier.h"
#include "ConflictDialog.h"
#include "CurrencyComboBox.h"
#include "DateEntry.h"
#include "DateField.h"
#include "DateTimeField.h"
#include "DialogSeams.h"
#include "DuplicateIndex.h"
#include "DuplicateWarningDialog.h"
#include "LookupComboBox.h"
#include "LookupModel.h"
#include "MoneyEdit.h"
#include "Permissions.h"
#include "RecordFieldDelegate.h"
#include "RecordHistoryDialog.h"
#include "RecordModel.h"

#include "AttributeColumns.h"

#include "CampaignDialog.h"
#include "CompetitorDialog.h"
#include "ContactDialog.h"
#include "CustomerDialog.h"
#include "InteractionDialog.h"
#include "LeadDialog.h"
#include "OpportunityDialog.h"
#include "ProductDialog.h"
#include "TaskDialog.h"

#include <QCheckBox>
#include <QDataWidgetMapper>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMetaProperty>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSqlRecord>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <memory>

namespace {
const char* kErrorStyle = "color: #c62828;";
const char* kInvalidStyle = "border: 1px solid #c62828;";
} // namespace

RecordDialog* RecordDialog::create(Database& db, const QString& entity, const QString& id, const QVariantHash& presets,
                                   QWidget* parent)
{
    RecordDialog* dialog = nullptr;
    if (entity == QLatin1String("customer"))
        dialog = new CustomerDialog(db, id, presets, parent);
    else if (entity == QLatin1String("contact"))
        dialog = new ContactDialog(db, id, presets, parent);
    else if (entity == QLatin1String("interaction"))
        dialog = new InteractionDialog(db, id, presets, parent);
    else if (entity == QLatin1String("opportunity"))
        dialog = new OpportunityDialog(db, id, presets, parent);
    else if (entity == QLatin1String("task"))
        dialog = new TaskDialog(db, id, presets, parent);
    else if (entity == QLatin1String("lead"))
        dialog = new LeadDialog(db, id, presets, parent);
    else if (entity == QLatin1String("product"))
        dialog = new ProductDialog(db, id, presets, parent);
    else if (entity == QLatin1String("campaign"))
        dialog = new CampaignDialog(db, id, presets, parent);
    else if (entity == QLatin1String("competitor"))
        dialog = new CompetitorDialog(db, id, presets, parent);
    return dialog;
}

RecordDialog::RecordDialog(Database& db, QString entity, QWidget* parent)
    : QDialog(parent), m_db(db), m_entity(std::move(entity))
{
    setObjectName(m_entity + QStringLiteral("Dialog"));
    setSizeGripEnabled(true);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->hide();

    auto* formHost = new QWidget(this);
    m_form = new QFormLayout(formHost);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(formHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    // Mnemonics of their own: no field label of a record editor uses S or E (TestRecordDialogKeys checks).
    QPushButton* saveButton = m_buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setText(tr("&Save"));
    saveButton->setToolTip(tr("Save (%1 or %2)")
                               .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText),
                                    QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    QPushButton* cancelButton = m_buttons->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    cancelButton->setText(tr("Canc&el"));
    cancelButton->setToolTip(tr("Close without saving (Esc)"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);

    // Ctrl+S anywhere in the dialog, even while a field has focus.
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WindowShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &RecordDialog::onSaveShortcut);
    // Ctrl+Enter too, as in mail and chat programs (Enter alone is a new line in the notes).
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, &RecordDialog::onSaveShortcut);
    }

    m_layout = new QVBoxLayout(this);
    // The banner sits under the fields, beside Save: when it appears the fields stay where they are.
    m_layout->addWidget(scroll, 1);
    m_layout->addWidget(m_banner);
    m_layout->addWidget(m_buttons);

    m_mapper = new QDataWidgetMapper(this);
    m_mapper->setSubmitPolicy(QDataWidgetMapper::ManualSubmit);
    m_mapper->setItemDelegate(new RecordFieldDelegate(m_mapper));
}

RecordDialog::~RecordDialog() = default;

bool RecordDialog::load(RecordModel* model, const QString& id, const QVariantHash& presets)
{
    m_model = model;
    m_isNew = id.isEmpty();
    if (m_isNew) {
        m_row = m_model->addRecord(presets);
        m_loaded = m_row >= 0;
        if (m_loaded)
            m_recordId = m_model->recordId(m_row);
        else
            m_errorText = tr("A new record could not be started: %1").arg(m_model->lastErrorMessage());
    } else {
        m_recordId = id;
        m_loaded = m_model->selectRecord(id) && m_model->rowCount() == 1;
        m_row = m_loaded ? 0 : -1;
        if (!m_loaded) {
            const QString reason = m_model->lastErrorMessage();
            m_errorText = reason.isEmpty() ? tr("This record no longer exists. Somebody may have deleted it.")
                                           : tr("This record could not be opened: %1").arg(reason);
        }
    }
    m_mapper->setModel(m_model);
    if (m_loaded && !m_isNew) {
        // The record's history (audit trail), and a notice when a colleague changes it while it is open here.
        // No mnemonic: every letter of "History" is a field's in some editor; Ctrl+H instead.
        QPushButton* history = m_buttons->addButton(tr("History…"), QDialogButtonBox::ActionRole);
        history->setObjectName(QStringLiteral("historyButton"));
        history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
        history->setToolTip(tr("Who changed this record, when, and from what to what (%1)")
                                .arg(history->shortcut().toString(QKeySequence::NativeText)));
        connect(history, &QPushButton::clicked, this, [this] {
            auto* dialog = new RecordHistoryDialog(m_db, m_model->tableName(), m_recordId, windowTitle(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            // The fields as this form names and shows them.
            QHash<QString, QString> labels;
            for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
                labels.insert(it.key(), it.value().label);
            dialog->setPresentation(labels, [this](const QString& column, const QVariant& value) {
                return m_fields.contains(column) ? displayValue(column, value) : QString();
            });
            dialog->open();
        });
        connect(&m_db.notifier(), &ChangeNotifier::changed, this, [this](const ChangeSet& changes) {
            if (changes.origin == ChangeSet::Remote && changes.ids(m_model->tableName()).contains(m_recordId))
                showBanner(tr("Someone else has just changed this record. If you save, DeskCRM shows both versions "
                              "before anything is overwritten."),
                           false);
        });
    }
    if (!m_loaded) {
        showBanner(m_errorText);
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    return m_loaded;
}

void RecordDialog::addField(const QString& column, const QString& label, QWidget* editor, const QByteArray& property)
{
    editor->setObjectName(column);
    auto* host = new QWidget(this);
    auto* column_ = new QVBoxLayout(host);
    column_->setContentsMargins(0, 0, 0, 0);
    column_->setSpacing(2);
    column_->addWidget(editor);
    auto* error = new QLabel(host);
    error->setObjectName(column + QStringLiteral("Error"));
    error->setStyleSheet(QLatin1String(kErrorStyle));
    error->setWordWrap(true);
    // The line is kept while there is no message, so fields do not move when one appears.
    QSizePolicy keepSpace = error->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    error->setSizePolicy(keepSpace);
    error->setMinimumHeight(error->fontMetrics().lineSpacing());
    error->setText(QStringLiteral(" ")); // one line high, as a one-line message is
    error->hide();
    column_->addWidget(error);
    host->setFocusProxy(editor);
    if (auto* date = qobject_cast<DateEntry*>(editor))
        date->setClock(&m_db.clock()); // "today" is the database's

    auto* buddy = new QLabel(label, this);
    buddy->setBuddy(editor);
    m_form->addRow(buddy, host);

    Field field;
    field.editor = editor;
    field.error = error;
    field.label = VisibleText::withoutMnemonic(label).remove(QLatin1Char(':')).remove(QChar(0xFF1A)).trimmed();
    m_fields.insert(column, field);
    m_fieldOrder.append(column);

    if (m_model) {
        const int section = m_model->fieldIndex(column);
        if (section >= 0) {
            if (property.isEmpty())
                m_mapper->addMapping(editor, section);
            else
                m_mapper->addMapping(editor, section, property);
        }
    }
    trackChanges(editor);
}

void RecordDialog::addAttributeFields(const QString& recordType)
{
    auto* fields = new AttributeFieldsWidget(m_db, m_entity, recordType, this);
    if (fields->isEmpty()) {
        delete fields;
        return;
    }
    m_attributes = fields;
    auto* heading = new QLabel(tr("Custom fields"), this);
    heading->setObjectName(QStringLiteral("customFieldsHeading"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_form->addRow(heading);
    m_form->addRow(m_attributes);
    QString error;
    if (!m_attributes->load(m_isNew ? QString() : m_recordId, &error))
        showBanner(tr("The custom fields could not be read: %1").arg(error));
    connect(m_attributes, &AttributeFieldsWidget::edited, this, &RecordDialog::fieldEdited);
}

void RecordDialog::populate()
{
    m_loading = true;
    if (m_row >= 0)
        m_mapper->setCurrentIndex(m_row);
    afterLoad();
    m_loading = false;
    m_loadedValues = currentValues();
}

LookupComboBox* RecordDialog::makeChoices(const QList<QPair<QVariant, QString>>& choices, const QString& noneText)
{
    auto* combo = new LookupComboBox(this);
    auto* items = new QStandardItemModel(combo);
    for (const auto& choice : choices) {
        auto* item = new QStandardItem(choice.second);
        item->setData(choice.first, Qt::UserRole);
        items->appendRow(item);
    }
    combo->setLookupModel(items, noneText);
    return combo;
}

LookupComboBox* RecordDialog::makeLookup(LookupModel* lookup, const QString& noneText)
{
    auto* combo = new LookupComboBox(this, LookupModel::IdRole);
    lookup->setParent(combo);
    combo->setLookupModel(lookup, noneText);
    return combo;
}

bool RecordDialog::ownerMayBeEmpty() const
{
    return !m_model || Permissions::mayLeaveOwnerEmpty(m_db, m_model->tableName());
}

LookupComboBox* RecordDialog::makeOwnerLookup(const QString& noneText)
{
    // A record that has no owner (shared with this user) keeps the choice, so opening it changes nothing.
    const bool ownerless = m_model && m_row >= 0 && m_model->value(m_row, QStringLiteral("owner_id")).isNull();
    return makeLookup(LookupModel::users(m_db), ownerless || ownerMayBeEmpty() ? noneText : QString());
}

void RecordDialog::fillFromChildren(LookupComboBox* combo, RecordModel* childModel, const QString& customerId,
                                    const QString& noneText)
{
    auto* items = new QStandardItemModel(combo);
    if (!customerId.isEmpty() && childModel->selectChildren(QStringLiteral("customer_id"), customerId)) {
        for (int row = 0; row < childModel->rowCount(); ++row) {
            auto* item = new QStandardItem(childModel->value(row, QStringLiteral("name")).toString());
            item->setData(childModel->recordId(row), Qt::UserRole);
            items->appendRow(item);
        }
    }
    const QVariant current = combo->value();
    QAbstractItemModel* previous = combo->lookupModel();
    combo->setLookupModel(items, noneText);
    // The old list is no longer needed once the combo shows the new one.
    if (previous && previous->parent() == combo)
        previous->deleteLater();
    // A contact that belongs to a different customer is not kept.
    if (!current.isNull() && combo->findData(current) >= 0)
        combo->setValue(current);
    else
        combo->setValue(QVariant());
}

void RecordDialog::addRow(const QString& label, QWidget* widget)
{
    auto* buddy = new QLabel(label, this);
    buddy->setBuddy(widget);
    m_form->addRow(buddy, widget);
}

void RecordDialog::trackChanges(QWidget* editor)
{
    const QMetaProperty user = editor->metaObject()->userProperty();
    if (user.isValid() && user.hasNotifySignal()) {
        const int slot = metaObject()->indexOfSlot("fieldEdited()");
        QObject::connect(editor, user.notifySignal(), this, metaObject()->method(slot));
    }
}

QHash<QString, QVariant> RecordDialog::currentValues() const
{
    QHash<QString, QVariant> values;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        values.insert(it.key(), RecordFieldDelegate::editorValue(it.value().editor));
    return values;
}

bool RecordDialog::hasUnsavedChanges() const
{
    if (!m_loaded)
        return false;
    const QHash<QString, QVariant> now = currentValues();
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (!RecordFieldDelegate::sameValue(it.value(), m_loadedValues.value(it.key())))
            return true;
    }
    return m_attributes && m_attributes->hasChanges();
}

QHash<QString, QString> RecordDialog::unreadableDates() const
{
    QHash<QString, QString> errors;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (const auto* date = qobject_cast<const DateEntry*>(it.value().editor); date && !date->isReadable())
            errors.insert(it.key(), date->expectedText());
    }
    return errors;
}

QHash<QString, QString> RecordDialog::currentErrors()
{
    QHash<QString, QString> errors = unreadableDates();
    if (m_model && m_row >= 0) {
        // The row as a save would submit it, judged by the model's own rules; the model is not touched.
        QSqlRecord record = m_model->record(m_row);
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
            if (record.indexOf(it.key()) >= 0 && !errors.contains(it.key()))
                record.setValue(it.key(), RecordFieldDelegate::editorValue(it.value().editor));
        }
        const QHash<QString, QString> model = m_model->validate(record);
        for (auto it = model.cbegin(); it != model.cend(); ++it)
            errors.insert(it.key(), it.value());
    }
    if (m_attributes) {
        const AttributeEdit edit = m_attributes->edit();
        const QHash<QString, QString> custom = AttributeValues::validate(edit.definitions, edit.values);
        for (auto it = custom.cbegin(); it != custom.cend(); ++it)
            errors.insert(it.key(), it.value());
    }
    QHash<QString, QString> own;
    beforeSubmit(&own);
    for (auto it = own.cbegin(); it != own.cend(); ++it)
        errors.insert(it.key(), it.value());
    return errors;
}

void RecordDialog::fieldEdited()
{
    if (m_loading)
        return;
    // Only errors on screen are judged again (a field is never marked while the user is still typing), and
    // all of them: a customer's country decides whether its phone number reads.
    QStringList shown;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (it.value().error && !it.value().error->isHidden())
            shown << it.key();
    }
    if (m_attributes && m_attributes->hasErrors()) {
        // Custom fields: the marks shown again for what is still wrong, gone for what was fixed.
        const QHash<QString, QString> errors = currentErrors();
        m_attributes->clearErrors();
        QHash<QString, QString> still;
        for (const QString& name : m_attributes->errorFields())
            if (errors.contains(name))
                still.insert(name, errors.value(name));
        m_attributes->showErrors(still);
    }
    if (shown.isEmpty())
        return;
    const QHash<QString, QString> errors = currentErrors();
    for (const QString& column : std::as_const(shown)) {
        if (!errors.contains(column))
            clearFieldError(column);
    }
}

void RecordDialog::addInlineCheck(const QString& column, std::function<QString(const QString&)> check)
{
    auto* edit = qobject_cast<QLineEdit*>(editorFor(column));
    if (!edit)
        return;
    // Judge when the user leaves the field, then keep judging as they correct it: no red text while
    // someone is still typing their first characters.
    connect(edit, &QLineEdit::editingFinished, this, [this, column, edit, check] {
        const QString message = check(edit->text());
        if (message.isEmpty())
            clearFieldError(column);
        else
            showFieldError(column, message);
    });
    connect(edit, &QLineEdit::textChanged, this, [this, column, check](const QString& text) {
        if (m_fields.value(column).error->isVisible() && check(text).isEmpty())
            clearFieldError(column);
    });
}

QWidget* RecordDialog::editorFor(const QString& column) const
{
    return m_fields.value(column).editor;
}

void RecordDialog::showFieldError(const QString& column, const QString& message)
{
    const Field field = m_fields.value(column);
    if (!field.editor) {
        showBanner(message);
        return;
    }
    field.error->setText(message);
    field.error->show();
    // The red frame replaces the style's own, which is a few pixels higher: a one-line field keeps its
    // height, so nothing under it moves.
    if (field.editor->styleSheet().isEmpty() && field.editor->sizePolicy().verticalPolicy() == QSizePolicy::Fixed)
        field.editor->setFixedHeight(field.editor->sizeHint().height());
    field.editor->setStyleSheet(QLatin1String(kInvalidStyle));
    field.editor->setToolTip(message);
}

void RecordDialog::clearFieldError(const QString& column)
{
    const Field field = m_fields.value(column);
    if (!field.editor)
        return;
    field.error->setText(QStringLiteral(" "));
    field.error->hide();
    field.editor->setStyleSheet(QString());
    field.editor->setToolTip(QString());
}

void RecordDialog::clearFieldErrors()
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        clearFieldError(it.key());
    if (m_attributes)
        m_attributes->clearErrors();
    m_banner->hide();
}

void RecordDialog::showBanner(const QString& message, bool error)
{
    m_banner->setText(message);
    m_banner->setStyleSheet(error ? QLatin1String(kErrorStyle) : QString());
    m_banner->setVisible(!message.isEmpty());
}

bool RecordDialog::beforeSubmit(QHash<QString, QString>* errors)
{
    Q_UNUSED(errors);
    return true;
}

void RecordDialog::applyErrors(const QHash<QString, QString>& errors, const QString& message)
{
    QWidget* first = nullptr;
    QStringList unplaced;
    for (const QString& column : std::as_const(m_fieldOrder)) {
        if (!errors.contains(column))
            continue;
        showFieldError(column, errors.value(column));
        if (!first)
            first = editorFor(column);
    }
    QWidget* custom = m_attributes ? m_attributes->showErrors(errors) : nullptr;
    if (!first)
        first = custom;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        if (!m_fields.contains(it.key()) &&
            !(m_attributes && m_attributes->editorFor(AttributeColumns::keyOf(it.key()))))
            unplaced.append(it.value());
    }
    QString banner = message.isEmpty() ? tr("Please correct the marked fields.") : message;
    if (!unplaced.isEmpty())
        banner += QLatin1Char('\n') + unplaced.join(QLatin1Char('\n'));
    showBanner(banner);
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
        // Custom fields sit low in a long form: the first field marked comes into view.
        if (auto* scroll = findChild<QScrollArea*>())
            scroll->ensureWidgetVisible(first);
    }
}

void RecordDialog::onSaveShortcut()
{
    if (m_buttons->button(QDialogButtonBox::Save)->isEnabled())
        save();
}

bool RecordDialog::save()
{
    if (!m_loaded || !m_model)
        return false;
    clearFieldErrors();
    QHash<QString, QString> errors = unreadableDates();
    if (!beforeSubmit(&errors) || !errors.isEmpty()) {
        applyErrors(errors, {});
        return false;
    }
    m_mapper->submit();
    if (!confirmNotDuplicate())
        return false;
    if (m_attributes)
        m_model->setAttributeEdit(m_row, m_attributes->edit());
    RecordModel::SaveResult result = m_model->save();
    for (int attempt = 0; result.status == RecordModel::SaveResult::Conflict && attempt < 3; ++attempt) {
        const Resolution resolution = resolveConflict(result.theirs, result.mine, result.row >= 0 ? result.row : m_row);
        if (resolution == Resolution::KeptTheirs)
            return false;
        if (resolution == Resolution::Undecided) {
            showBanner(tr("Not saved: this record was changed by someone else. Save again to choose."));
            return false;
        }
        result = m_model->save();
    }
    switch (result.status) {
    case RecordModel::SaveResult::Saved:
        break;
    case RecordModel::SaveResult::Invalid:
        applyErrors(result.fieldErrors, result.message);
        return false;
    case RecordModel::SaveResult::Conflict:
    case RecordModel::SaveResult::Failed:
        showBanner(result.message.isEmpty() ? tr("The record could not be saved.")
                                            : tr("The record could not be saved: %1").arg(result.message));
        return false;
    }
    m_isNew = false;
    m_loadedValues = currentValues();
    if (m_attributes)
        m_attributes->load(m_recordId);
    Q_EMIT saved(m_entity, m_recordId);
    QDialog::accept();
    return true;
}

bool RecordDialog::confirmNotDuplicate()
{
    if (m_entity != QLatin1String("customer") && m_entity != QLatin1String("contact"))
        return true;
    const QStringList identifying{QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"),
                                  QStringLiteral("mobile")};
    bool changed = m_isNew;
    for (const QString& column : identifying) {
        const int field = m_model->fieldIndex(column);
        changed = changed || (field >= 0 && m_model->isDirty(m_model->index(m_row, field)));
    }
    if (!changed)
        return true;
    const auto text = [this](const char* column) { return m_model->value(m_row, QLatin1String(column)).toString(); };
    DuplicateRecord candidate;
    candidate.id = m_isNew ? QString() : m_recordId;
    candidate.name = text("name");
    candidate.email = text("email");
    candidate.phone = text("phone");
    if (m_entity == QLatin1String("contact")) {
        candidate.mobile = text("mobile");
        candidate.customerId = text("customer_id");
    }
    // A failed check never stops a save: the warning is a help, not a rule.
    const QList<DuplicateMatch> matches = DuplicateIndex(m_db, m_entity).check(candidate);
    if (matches.isEmpty())
        return true;
    QString openId;
    switch (DuplicateWarningDialog::ask(m_entity, matches, this, &openId)) {
    case DuplicateWarningDialog::SaveAnyway:
        return true;
    case DuplicateWarningDialog::OpenExisting:
        if (!openId.isEmpty())
            Q_EMIT openExistingRequested(m_entity, openId);
        return false;
    case DuplicateWarningDialog::Cancel:
        break;
    }
    return false;
}

RecordDialog::Resolution RecordDialog::resolveConflict(const QSqlRecord& theirs, const QSqlRecord& mine, int row)
{
    const bool deleted = theirs.isEmpty();
    QList<ConflictDialog::Row> rows;
    for (const QString& column : std::as_const(m_fieldOrder)) {
        if (m_model->fieldIndex(column) < 0)
            continue;
        const QVariant mineValue = mine.contains(column) ? mine.value(column) : m_model->value(row, column);
        const QVariant theirValue = deleted ? QVariant() : theirs.value(column);
        rows.append({m_fields.value(column).label, deleted ? QString() : displayValue(column, theirValue),
                     displayValue(column, mineValue)});
    }
    QString who = deleted ? QString() : userName(theirs.value(QStringLiteral("updated_by")));
    if (who.isEmpty())
        who = tr("Another user");
    ConflictDialog dialog(who, rows, deleted, this);
    dialog.exec();

    switch (dialog.choice()) {
    case ConflictDialog::OverwriteMine: {
        QString error;
        if (!m_model->rebaseOnDatabase(row, &error)) {
            showBanner(tr("Your version could not be applied: %1").arg(error));
            return Resolution::Undecided;
        }
        return Resolution::Saved;
    }
    case ConflictDialog::KeepTheirs:
        m_model->revertAll();
        if (deleted) {
            QDialog::reject();
            return Resolution::KeptTheirs;
        }
        m_loading = true;
        m_model->selectRecord(m_recordId);
        m_row = 0;
        m_mapper->setCurrentIndex(m_row);
        afterLoad();
        m_loading = false;
        m_loadedValues = currentValues();
        showBanner(tr("Your changes were discarded; this is the version %1 saved.").arg(who), false);
        return Resolution::KeptTheirs;
    case ConflictDialog::Undecided:
        break;
    }
    return Resolution::Undecided;
}

QString RecordDialog::userName(const QVariant& userId) const
{
    if (userId.isNull() || userId.toString().isEmpty())
        return {};
    std::unique_ptr<LookupModel> users(LookupModel::users(m_db));
    return users->nameOfId(userId);
}

QString RecordDialog::displayValue(const QString& column, const QVariant& value) const
{
    QWidget* editor = editorFor(column);
    if (value.isNull() || !value.isValid())
        return QString();
    const QLocale locale = this->locale();
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        for (int i = 0; i < combo->count(); ++i) {
            if (RecordFieldDelegate::sameValue(combo->itemData(i), value))
                return combo->itemText(i);
        }
        return value.toString();
    }
    if (auto* money = qobject_cast<MoneyEdit*>(editor))
        return MoneyEdit::format(value.toLongLong(), locale, money->minorDigits());
    if (qobject_cast<DateTimeField*>(editor))
        return ReportFormat::dateTime(value.toDateTime());
    if (qobject_cast<DateField*>(editor))
        return ReportFormat::date(value.toDate());
    if (qobject_cast<QCheckBox*>(editor))
        return value.toBool() ? tr("Yes") : tr("No");
    return value.toString();
}

void RecordDialog::reject()
{
    if (hasUnsavedChanges()) {
        const QMessageBox::StandardButton answer =
            DialogSeams::question(this, tr("Unsaved Changes"), tr("Save your changes before closing?"),
                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            save();
            return; // save() closes the dialog when it worked; otherwise the errors are on screen
        }
    }
    if (m_model)
        m_model->revertAll();
    QDialog::reject();
}

#include "ContactDialog.h"

#include "ContactModel.h"
#include "CustomerModel.h"
#include "CustomerPicker.h"
#include "FieldValidator.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>

ContactDialog::ContactDialog(Database& db, const QString& id, const QVariantHash& presets, QWidget* parent)
    : RecordDialog(db, QStringLiteral("contact"), parent)
{
    setWindowTitle(id.isEmpty() ? tr("New Contact") : tr("Edit Contact"));
    load(new ContactModel(db, this), id, presets);

    auto* customer = new CustomerPicker(db, this);
    customer->setReadOnly(presets.contains(QStringLiteral("customer_id")));
    auto* name = new QLineEdit(this);
    auto* title = new QLineEdit(this);
    auto* phone = new QLineEdit(this);
    auto* mobile = new QLineEdit(this);
    auto* email = new QLineEdit(this);
    email->setPlaceholderText(tr("name@example.com"));
    auto* primary = new QCheckBox(tr("This is the customer's main contact"), this);
    auto* notes = new QPlainTextEdit(this);
    notes->setTabChangesFocus(true);

    addField(QStringLiteral("customer_id"), tr("C&ustomer:"), customer);
    addField(QStringLiteral("name"), tr("&Name:"), name);
    addField(QStringLiteral("title"), tr("&Job title:"), title);
    addField(QStringLiteral("phone"), tr("P&hone:"), phone);
    addField(QStringLiteral("mobile"), tr("&Mobile:"), mobile);
    addField(QStringLiteral("email"), tr("E-ma&il:"), email);
    addField(QStringLiteral("is_primary"), tr("&Primary:"), primary);
    addField(QStringLiteral("notes"), tr("No&tes:"), notes);

    addInlineCheck(QStringLiteral("email"), &FieldValidator::email);
    // In the customer's country, as the model reads them on save.
    for (const QString& column : {QStringLiteral("phone"), QStringLiteral("mobile")}) {
        addInlineCheck(column, [&db, customer](const QString& text) {
            return FieldValidator::phone(text, CustomerModel::phoneRegionOf(db, customer->value().toString()));
        });
    }

    populate();
    (customer->isReadOnly() ? static_cast<QWidget*>(name) : customer)->setFocus(Qt::OtherFocusReason);
    resize(520, 480);
}

#include "InteractionDialog.h"

#include "Database.h"

#include "ContactModel.h"
#include "CustomerPicker.h"
#include "DateField.h"
#include "DateTimeField.h"
#include "InteractionModel.h"
#include "LookupComboBox.h"
#include "LookupModel.h"
#include "OpportunityModel.h"

#include <QLineEdit>
#include <QPlainTextEdit>

InteractionDialog::InteractionDialog(Database& db, const QString& id, const QVariantHash& presets, QWidget* parent)
    : RecordDialog(db, QStringLiteral("interaction"), parent)
{
    setWindowTitle(id.isEmpty() ? tr("Log Follow-up") : tr("Edit Follow-up"));
    load(new InteractionModel(db, this), id, presets);
    m_contacts = new ContactModel(db, this);
    m_opportunities = new OpportunityModel(db, this);

    auto* customer = new CustomerPicker(db, this);
    customer->setReadOnly(presets.contains(QStringLiteral("customer_id")));
    auto* contact = makeChoices({}, tr("(nobody in particular)"));
    auto* opportunity = makeChoices({}, tr("(none)"));
    auto* when = new DateTimeField(this);
    when->setClock(&db.clock());
    auto* channel = makeLookup(LookupModel::interactionChannels(db), tr("(none)"));
    auto* type = makeLookup(LookupModel::interactionTypes(db), tr("(none)"));
    auto* subject = new QLineEdit(this);
    auto* content = new QPlainTextEdit(this);
    content->setTabChangesFocus(true);
    auto* result = new QPlainTextEdit(this);
    result->setTabChangesFocus(true);
    result->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    auto* next = new DateField(this);
    auto* author = makeLookup(LookupModel::users(db), tr("(nobody)"));

    addField(QStringLiteral("customer_id"), tr("C&ustomer:"), customer);
    addField(QStringLiteral("contact_id"), tr("&Contact:"), contact);
    addField(QStringLiteral("opportunity_id"), tr("O&pportunity:"), opportunity);
    addField(QStringLiteral("occurred_at"), tr("&When:"), when);
    addField(QStringLiteral("channel_id"), tr("C&hannel:"), channel);
    addField(QStringLiteral("type_id"), tr("&Type:"), type);
    addField(QStringLiteral("subject"), tr("Su&bject:"), subject);
    addField(QStringLiteral("content"), tr("&Details:"), content);
    addField(QStringLiteral("result"), tr("&Result:"), result);
    addField(QStringLiteral("next_follow_up"), tr("&Next follow-up:"), next);
    addField(QStringLiteral("author_id"), tr("&Author:"), author);

    connect(customer, &CustomerPicker::valueChanged, this, [this] {
        if (!isLoading())
            refreshCustomerLists();
    });
    populate();
    (customer->isReadOnly() ? static_cast<QWidget*>(subject) : customer)->setFocus(Qt::OtherFocusReason);
    resize(560, 620);
}

void InteractionDialog::afterLoad()
{
    refreshCustomerLists();
}

void InteractionDialog::refreshCustomerLists()
{
    const QString customerId =
        qobject_cast<CustomerPicker*>(editorFor(QStringLiteral("customer_id")))->value().toString();
    fillFromChildren(qobject_cast<LookupComboBox*>(editorFor(QStringLiteral("contact_id"))), m_contacts, customerId,
                     tr("(nobody in particular)"));
    fillFromChildren(qobject_cast<LookupComboBox*>(editorFor(QStringLiteral("opportunity_id"))), m_opportunities,
                     customerId, tr("(none)"));
}

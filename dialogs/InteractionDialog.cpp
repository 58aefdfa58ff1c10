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

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTimeEdit>

InteractionDialog::InteractionDialog(Database& db, const QString& id, const QVariantHash& presets, QWidget* parent)
    : RecordDialog(db, QStringLiteral("interaction"), parent)
{
    setWindowTitle(id.isEmpty() ? tr("Log Follow-up") : tr("Edit Follow-up"));
    m_interactions = new InteractionModel(db, this);
    load(m_interactions, id, presets);
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
    // "Next follow-up on …": the task for that day, with its reminder, saved with this follow-up.
    auto* taskRow = new QWidget(this);
    auto* taskLayout = new QHBoxLayout(taskRow);
    taskLayout->setContentsMargins(0, 0, 0, 0);
    m_taskBox = new QCheckBox(tr("Create a tas&k for the next follow-up, remind me at"), taskRow);
    m_taskBox->setObjectName(QStringLiteral("followUpTaskBox"));
    m_taskTime = new QTimeEdit(taskRow);
    m_taskTime->setObjectName(QStringLiteral("followUpTaskTime"));
    m_taskTime->setDisplayFormat(QStringLiteral("HH:mm"));
    const QTime remindAt = QTime::fromString(
        QSettings().value(QStringLiteral("reminders/defaultTime"), QStringLiteral("09:00")).toString(),
        QStringLiteral("H:mm"));
    m_taskTime->setTime(remindAt.isValid() ? remindAt : QTime(9, 0));
    taskLayout->addWidget(m_taskBox);
    taskLayout->addWidget(m_taskTime);
    taskLayout->addStretch(1);
    form()->addRow(static_cast<QWidget*>(nullptr), taskRow); // under the date, no label of its own
    addField(QStringLiteral("author_id"), tr("&Author:"), author);
    // A new follow-up offers it as the user left it last time (off at first); an edit never ticks it by itself (the
    // task may exist already).
    m_taskBox->setChecked(id.isEmpty() && QSettings().value(QStringLiteral("reminders/followUpTask"), false).toBool());
    connect(m_taskBox, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("reminders/followUpTask"), on);
        updateFollowUpTask();
    });
    connect(m_taskTime, &QTimeEdit::timeChanged, this, &InteractionDialog::updateFollowUpTask);
    connect(next, &DateField::valueChanged, this, &InteractionDialog::updateFollowUpTask);

    connect(customer, &CustomerPicker::valueChanged, this, [this] {
        if (!isLoading())
            refreshCustomerLists();
    });
    populate();
    updateFollowUpTask();
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

void InteractionDialog::updateFollowUpTask()
{
    const bool dated =
        qobject_cast<DateField*>(editorFor(QStringLiteral("next_follow_up")))->value().toDate().isValid();
    m_taskBox->setEnabled(dated);
    m_taskTime->setEnabled(dated && m_taskBox->isChecked());
    m_interactions->setFollowUpTask(dated && m_taskBox->isChecked(), m_taskTime->time());
}

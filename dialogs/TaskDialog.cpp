#include "TaskDialog.h"

#include "CustomerPicker.h"
#include "DateField.h"
#include "DateTimeField.h"
#include "LookupComboBox.h"
#include "LookupModel.h"
#include "OpportunityModel.h"
#include "TaskModel.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>

const char* const TaskDialog::kReminderTimeKey = "reminders/defaultTime";

TaskDialog::TaskDialog(Database& db, const QString& id, const QVariantHash& presets, QWidget* parent)
    : RecordDialog(db, QStringLiteral("task"), parent)
{
    setWindowTitle(id.isEmpty() ? tr("New Task") : tr("Edit Task"));
    load(new TaskModel(db, this), id, presets);
    m_opportunities = new OpportunityModel(db, this);

    auto* title = new QLineEdit(this);
    auto* owner = makeOwnerLookup(tr("(nobody)"));
    auto* due = new DateField(this);
    auto* priority = makeChoices({{0, tr("Low")}, {1, tr("Normal")}, {2, tr("High")}, {3, tr("Urgent")}});
    auto* status = makeChoices({{QStringLiteral("todo"), tr("To do")},
                                {QStringLiteral("in_progress"), tr("In progress")},
                                {QStringLiteral("done"), tr("Done")}});
    auto* customer = new CustomerPicker(db, this);
    customer->setReadOnly(presets.contains(QStringLiteral("customer_id")));
    auto* opportunity = makeChoices({}, tr("(none)"));
    auto* reminder = new DateTimeField(this, true);
    // A reminder set by picking a day rings at a working-hour time, not at midnight.
    const QTime remindAt = QTime::fromString(
        QSettings().value(QLatin1String(kReminderTimeKey), QStringLiteral("09:00")).toString(), QStringLiteral("H:mm"));
    reminder->setDefaultTime(remindAt.isValid() ? remindAt : QTime(9, 0));
    auto* notes = new QPlainTextEdit(this);
    notes->setTabChangesFocus(true);

    addField(QStringLiteral("title"), tr("&Title:"), title);
    addField(QStringLiteral("owner_id"), tr("&Owner:"), owner);
    addField(QStringLiteral("due_date"), tr("&Due date:"), due);
    addField(QStringLiteral("priority"), tr("&Priority:"), priority);
    addField(QStringLiteral("status"), tr("St&atus:"), status);
    addField(QStringLiteral("customer_id"), tr("C&ustomer:"), customer);
    addField(QStringLiteral("opportunity_id"), tr("Opportunit&y:"), opportunity);
    addField(QStringLiteral("reminder_at"), tr("&Remind me at:"), reminder);
    addField(QStringLiteral("notes"), tr("&Notes:"), notes);

    connect(customer, &CustomerPicker::valueChanged, this, [this] {
        if (!isLoading())
            refreshOpportunities();
    });
    populate();
    title->setFocus(Qt::OtherFocusReason);
    resize(520, 520);
}

void TaskDialog::afterLoad()
{
    refreshOpportunities();
}

void TaskDialog::refreshOpportunities()
{
    const QString customerId =
        qobject_cast<CustomerPicker*>(editorFor(QStringLiteral("customer_id")))->value().toString();
    fillFromChildren(qobject_cast<LookupComboBox*>(editorFor(QStringLiteral("opportunity_id"))), m_opportunities,
                     customerId, tr("(none)"));
}

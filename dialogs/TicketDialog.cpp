#include "TicketDialog.h"

#include "CustomerPicker.h"
#include "Database.h"
#include "LookupComboBox.h"
#include "LookupModel.h"
#include "Permissions.h"
#include "ReportFormat.h"
#include "TicketWorkflow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

TicketDialog::TicketDialog(Database& db, const QString& id, const QString& customerId, QWidget* parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("ticketDialog"));
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    auto* form = new QFormLayout;
    m_number = new QLabel(this);
    m_number->setObjectName(QStringLiteral("ticketNumber"));
    form->addRow(tr("Number:"), m_number);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("ticketKind"));
    for (const QString& kind : TicketWorkflow::kinds())
        m_kind->addItem(TicketWorkflow::kindText(kind), kind);
    form->addRow(tr("&Kind:"), m_kind);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("ticketSubject"));
    form->addRow(tr("Su&bject:"), m_subject);
    m_customer = new CustomerPicker(db, this);
    m_customer->setObjectName(QStringLiteral("ticketCustomer"));
    form->addRow(tr("C&ustomer:"), m_customer);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("ticketChannel"));
    for (const QString& channel : TicketWorkflow::channels())
        m_channel->addItem(TicketWorkflow::channelText(channel), channel);
    form->addRow(tr("C&hannel:"), m_channel);
    m_category = new QLineEdit(this);
    m_category->setObjectName(QStringLiteral("ticketCategory"));
    form->addRow(tr("Ca&tegory:"), m_category);
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("ticketPriority"));
    for (const QString& priority : TicketWorkflow::priorities())
        m_priority->addItem(TicketWorkflow::priorityText(priority), priority);
    form->addRow(tr("&Priority:"), m_priority);
    m_owner = new LookupComboBox(this);
    m_owner->setObjectName(QStringLiteral("ticketOwner"));
    // On a team database whose server refuses this user's tickets without assignee, a new ticket is theirs (and
    // "by the assignment rules" could hand it to someone they may not see, which the server refuses too).
    const bool mayLeaveEmpty = Permissions::mayLeaveOwnerEmpty(db, QStringLiteral("tickets"));
    m_owner->setLookupModel(LookupModel::users(db, this), mayLeaveEmpty ? tr("(by the assignment rules)") : QString());
    form->addRow(tr("&Assignee:"), m_owner);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("ticketDescription"));
    form->addRow(tr("&Description:"), m_description);
    m_sla = new QLabel(this);
    m_sla->setObjectName(QStringLiteral("ticketSla"));
    m_sla->setWordWrap(true);
    form->addRow(tr("SLA:"), m_sla);
    left->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("ticketMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a00000;"));
    left->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &TicketDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    left->addWidget(buttons);
    layout->addLayout(left, 3);

    // The timeline and the next step.
    auto* right = new QVBoxLayout;
    auto* history = new QGroupBox(tr("Timeline"), this);
    auto* historyLayout = new QVBoxLayout(history);
    m_timeline = new QListWidget(history);
    m_timeline->setObjectName(QStringLiteral("ticketTimeline"));
    m_timeline->setWordWrap(true);
    historyLayout->addWidget(m_timeline);
    right->addWidget(history, 1);
    auto* step = new QGroupBox(tr("Next step"), this);
    auto* stepForm = new QFormLayout(step);
    m_next = new QComboBox(step);
    m_next->setObjectName(QStringLiteral("ticketNextStatus"));
    stepForm->addRow(tr("&Move to:"), m_next);
    m_note = new QLineEdit(step);
    m_note->setObjectName(QStringLiteral("ticketNote"));
    stepForm->addRow(tr("&Note:"), m_note);
    m_satisfaction = new QSpinBox(step);
    m_satisfaction->setObjectName(QStringLiteral("ticketSatisfaction"));
    m_satisfaction->setRange(0, 5);
    m_satisfaction->setSpecialValueText(tr("Not recorded"));
    stepForm->addRow(tr("Sat&isfaction (1–5):"), m_satisfaction);
    m_feedback = new QLineEdit(step);
    m_feedback->setObjectName(QStringLiteral("ticketFeedback"));
    stepForm->addRow(tr("&Feedback:"), m_feedback);
    m_apply = new QPushButton(tr("Appl&y step"), step);
    m_apply->setObjectName(QStringLiteral("ticketApplyStep"));
    stepForm->addRow(QString(), m_apply);
    right->addWidget(step);
    layout->addLayout(right, 2);
    connect(m_apply, &QPushButton::clicked, this, &TicketDialog::applyStep);
    connect(m_next, &QComboBox::currentIndexChanged, this, &TicketDialog::updateStepFields);

    if (id.isEmpty()) {
        m_ticket.customerId = customerId;
        if (!mayLeaveEmpty)
            m_ticket.ownerId = db.currentUserId();
        m_loaded = true;
        showTicket();
    } else {
        load(id);
    }
    resize(960, 620);
}

void TicketDialog::load(const QString& id)
{
    m_loaded = TicketService::load(m_db, id, &m_ticket, &m_error);
    if (m_loaded)
        showTicket();
}

void TicketDialog::showTicket()
{
    const bool created = !m_ticket.id.isEmpty();
    setWindowTitle(created ? tr("Ticket %1").arg(m_ticket.number) : tr("New ticket"));
    m_number->setText(created ? m_ticket.number : tr("(given on saving)"));
    m_kind->setCurrentIndex(m_kind->findData(m_ticket.kind));
    m_subject->setText(m_ticket.subject);
    m_customer->setValue(m_ticket.customerId);
    m_customer->setEnabled(!created);
    m_channel->setCurrentIndex(m_channel->findData(m_ticket.channel));
    m_category->setText(m_ticket.category);
    m_priority->setCurrentIndex(m_priority->findData(m_ticket.priority));
    m_owner->setValue(m_ticket.ownerId.isEmpty() ? QVariant() : QVariant(m_ticket.ownerId));
    m_description->setPlainText(m_ticket.description);
    QStringList sla;
    if (created) {
        sla << tr("Status: %1").arg(TicketWorkflow::statusText(m_ticket.status))
            << tr("First response due %1").arg(ReportFormat::dateTime(m_ticket.firstResponseDue))
            << tr("Resolution due %1").arg(ReportFormat::dateTime(m_ticket.resolutionDue));
        if (m_ticket.status == QLatin1String("on_hold"))
            sla << tr("On hold since %1: the SLA clock is stopped.").arg(ReportFormat::dateTime(m_ticket.onHoldSince));
    }
    m_sla->setText(sla.join(QLatin1Char('\n')));

    m_timeline->clear();
    m_next->clear();
    if (created) {
        QString error;
        for (const TicketEvent& e : TicketService::timeline(m_db, m_ticket.id, &error)) {
            QString line = ReportFormat::dateTime(e.occurredAt) + QStringLiteral("  ") +
                           (e.fromStatus.isEmpty() ? TicketWorkflow::statusText(e.toStatus)
                                                   : tr("%1 → %2").arg(TicketWorkflow::statusText(e.fromStatus),
                                                                       TicketWorkflow::statusText(e.toStatus)));
            if (!e.userName.isEmpty())
                line += QStringLiteral("  · ") + e.userName;
            if (!e.note.isEmpty())
                line += QLatin1Char('\n') + e.note;
            m_timeline->addItem(line);
        }
        for (const QString& next : TicketWorkflow::next(m_db, m_ticket.kind, m_ticket.status, m_ticket.heldStatus))
            m_next->addItem(m_ticket.status == QLatin1String("on_hold")
                                ? tr("Resume: %1").arg(TicketWorkflow::statusText(next))
                                : TicketWorkflow::statusText(next),
                            next);
    }
    m_next->setEnabled(created && m_next->count() > 0);
    m_note->setEnabled(m_next->isEnabled());
    m_apply->setEnabled(m_next->isEnabled());
    updateStepFields();
}

void TicketDialog::updateStepFields()
{
    const bool closing = m_next->currentData().toString() == QLatin1String("closed");
    m_satisfaction->setEnabled(closing);
    m_feedback->setEnabled(closing);
}

void TicketDialog::save()
{
    Ticket t = m_ticket;
    t.kind = m_kind->currentData().toString();
    t.subject = m_subject->text();
    t.customerId = m_customer->value().toString();
    t.channel = m_channel->currentData().toString();
    t.category = m_category->text();
    t.priority = m_priority->currentData().toString();
    t.ownerId = m_owner->value().toString();
    t.description = m_description->toPlainText();
    const WriteResult result = t.id.isEmpty() ? TicketService::create(m_db, &t) : TicketService::saveDetails(m_db, t);
    if (!result.ok()) {
        QStringList lines{result.message};
        for (auto it = result.fieldErrors.cbegin(); it != result.fieldErrors.cend(); ++it)
            lines << it.value();
        m_message->setText(lines.join(QLatin1Char('\n')));
        return;
    }
    m_message->clear();
    load(t.id);
    emit saved(t.id);
}

void TicketDialog::applyStep()
{
    TicketService::Options options;
    options.satisfaction = m_satisfaction->value();
    options.feedback = m_feedback->text();
    const QString next = m_next->currentData().toString();
    const QString to = m_ticket.status == QLatin1String("on_hold") ? TicketWorkflow::kResumed : next;
    const WriteResult result = TicketService::transition(m_db, m_ticket.id, to, m_note->text(), options);
    if (!result.ok()) {
        m_message->setText(result.message);
        return;
    }
    m_message->clear();
    m_note->clear();
    m_feedback->clear();
    m_satisfaction->setValue(0);
    load(m_ticket.id);
    emit saved(m_ticket.id);
}

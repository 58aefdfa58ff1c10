#include "ConvertLeadDialog.h"

#include "CustomerPicker.h"
#include "DateField.h"
#include "LeadConversion.h"
#include "MoneyEdit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ConvertLeadDialog::ConvertLeadDialog(Database& db, const QString& leadId, QWidget* parent)
    : QDialog(parent), m_db(db), m_leadId(leadId)
{
    setObjectName(QStringLiteral("convertLeadDialog"));
    setWindowTitle(tr("Convert Lead"));
    LeadConversion conversion(db);
    auto* layout = new QVBoxLayout(this);

    m_new = new QRadioButton(tr("Make a &new customer:"), this);
    m_new->setObjectName(QStringLiteral("newCustomerChoice"));
    m_name = new QLineEdit(conversion.defaultCustomerName(leadId), this);
    m_name->setObjectName(QStringLiteral("customerName"));
    m_existing = new QRadioButton(tr("&Attach to an existing customer:"), this);
    m_existing->setObjectName(QStringLiteral("existingCustomerChoice"));
    m_duplicates = new QListWidget(this);
    m_duplicates->setObjectName(QStringLiteral("possibleDuplicates"));
    m_duplicates->setMaximumHeight(110);
    QString error;
    const QList<DuplicateMatch> matches = conversion.possibleDuplicates(leadId, &error);
    for (const DuplicateMatch& match : matches) {
        auto* item = new QListWidgetItem(
            tr("%1 — %2 (score %3)").arg(match.record.name, DuplicateKeys::describe(match.reasons)).arg(match.score),
            m_duplicates);
        item->setData(Qt::UserRole, match.record.id);
    }
    m_picker = new CustomerPicker(db, this);
    m_picker->setObjectName(QStringLiteral("customerPicker"));

    layout->addWidget(m_new);
    layout->addWidget(m_name);
    layout->addWidget(m_existing);
    auto* hint = new QLabel(matches.isEmpty() ? tr("No similar customers found. Pick one:")
                                              : tr("Possible duplicates of this lead's customer:"),
                            this);
    layout->addWidget(hint);
    layout->addWidget(m_duplicates);
    m_duplicates->setVisible(!matches.isEmpty());
    layout->addWidget(m_picker);

    m_createOpportunity = new QCheckBox(tr("Create an &opportunity"), this);
    m_createOpportunity->setObjectName(QStringLiteral("createOpportunity"));
    layout->addWidget(m_createOpportunity);
    auto* form = new QFormLayout;
    m_opportunityName = new QLineEdit(this);
    m_opportunityName->setObjectName(QStringLiteral("opportunityName"));
    m_opportunityName->setPlaceholderText(tr("From the company and product interest"));
    m_amount = new MoneyEdit(this);
    m_amount->setObjectName(QStringLiteral("opportunityAmount"));
    m_amount->setCurrency(QStringLiteral("CNY"));
    m_close = new DateField(this);
    m_close->setObjectName(QStringLiteral("opportunityClose"));
    form->addRow(tr("Opportunity na&me:"), m_opportunityName);
    form->addRow(tr("Amo&unt (CNY):"), m_amount);
    form->addRow(tr("E&xpected close:"), m_close);
    layout->addLayout(form);
    layout->addStretch(1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Convert"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConvertLeadDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConvertLeadDialog::reject);
    layout->addWidget(buttons);

    // A likely duplicate is suggested (attach to the best match); otherwise a new customer.
    if (!matches.isEmpty()) {
        m_existing->setChecked(true);
        m_duplicates->setCurrentRow(0);
    } else {
        m_new->setChecked(true);
    }
    connect(m_new, &QRadioButton::toggled, this, &ConvertLeadDialog::updateEnabled);
    connect(m_createOpportunity, &QCheckBox::toggled, this, &ConvertLeadDialog::updateEnabled);
    connect(m_duplicates, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_existing->setChecked(true);
    });
    connect(m_picker, &CustomerPicker::valueChanged, this, [this] {
        if (m_picker->value().isValid() && !m_picker->value().toString().isEmpty()) {
            m_existing->setChecked(true);
            m_duplicates->setCurrentRow(-1);
        }
    });
    updateEnabled();
    resize(520, matches.isEmpty() ? 360 : 460);
}

void ConvertLeadDialog::updateEnabled()
{
    m_name->setEnabled(m_new->isChecked());
    for (QWidget* w :
         {static_cast<QWidget*>(m_opportunityName), static_cast<QWidget*>(m_amount), static_cast<QWidget*>(m_close)})
        w->setEnabled(m_createOpportunity->isChecked());
}

void ConvertLeadDialog::accept()
{
    LeadConversion::Request request;
    request.leadId = m_leadId;
    if (m_existing->isChecked()) {
        QListWidgetItem* item = m_duplicates->currentItem();
        request.existingCustomerId = item ? item->data(Qt::UserRole).toString() : m_picker->value().toString();
        if (request.existingCustomerId.isEmpty()) {
            m_error->setText(tr("Choose the customer to attach the lead to."));
            m_error->show();
            return;
        }
    } else {
        request.customerName = m_name->text().trimmed();
    }
    request.createOpportunity = m_createOpportunity->isChecked();
    request.opportunityName = m_opportunityName->text();
    request.amountMinor = m_amount->minorUnits();
    request.currency = QStringLiteral("CNY");
    request.expectedClose = m_close->date();
    LeadConversion::Result result;
    const WriteResult written = LeadConversion(m_db).convert(request, &result);
    if (!written.ok()) {
        m_error->setText(written.message);
        m_error->show();
        return;
    }
    m_customerId = result.customerId;
    QDialog::accept();
}

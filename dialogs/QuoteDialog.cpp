#include "QuoteDialog.h"

#include "ContractService.h"
#include "CurrencyComboBox.h"
#include "CustomerPicker.h"
#include "Database.h"
#include "DateField.h"
#include "DialogSeams.h"
#include "QuoteLineModel.h"
#include "ReportFormat.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

QuoteDialog::QuoteDialog(Database& db, const QString& id, const QVariantHash& presets, QWidget* parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("quoteDialog"));
    setSizeGripEnabled(true);
    m_lines = new QuoteLineModel(db, this);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("quoteHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_banner->hide();

    m_customer = new CustomerPicker(db, this);
    m_customer->setObjectName(QStringLiteral("customer"));
    m_opportunity = new QComboBox(this);
    m_opportunity->setObjectName(QStringLiteral("opportunity"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_currency = new CurrencyComboBox(this);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_issued = new DateField(this);
    m_issued->setObjectName(QStringLiteral("issuedOn"));
    m_issued->setClock(&db.clock());
    m_validUntil = new DateField(this);
    m_validUntil->setObjectName(QStringLiteral("validUntil"));
    m_validUntil->setClock(&db.clock());
    m_terms = new QPlainTextEdit(this);
    m_terms->setObjectName(QStringLiteral("terms"));
    m_terms->setTabChangesFocus(true);
    m_terms->setMaximumHeight(64);

    auto* form = new QFormLayout;
    auto* left = new QFormLayout;
    left->addRow(tr("C&ustomer:"), m_customer);
    left->addRow(tr("Su&bject:"), m_title);
    left->addRow(tr("Opportunit&y:"), m_opportunity);
    left->addRow(tr("Curr&ency:"), m_currency);
    auto* right = new QFormLayout;
    right->addRow(tr("&Issued on:"), m_issued);
    right->addRow(tr("&Valid until:"), m_validUntil);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addSpacing(16);
    columns->addLayout(right, 2);
    form->addRow(tr("&Terms:"), m_terms);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("lineView"));
    m_view->setModel(m_lines);
    m_view->setTabKeyNavigation(true);
    m_view->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                            QAbstractItemView::EditKeyPressed);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->horizontalHeader()->setSectionResizeMode(QuoteLineModel::Description, QHeaderView::Stretch);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    auto* tableLabel = new QLabel(tr("&Lines:"), this);
    tableLabel->setBuddy(m_view);

    // Insert and Ctrl+Delete in the table (its own keys, see eventFilter()); the buttons below do the same.
    m_view->installEventFilter(this);
    auto* addButton = new QPushButton(tr("&Add line (Ins)"), this);
    addButton->setObjectName(QStringLiteral("addLineButton"));
    connect(addButton, &QPushButton::clicked, this, &QuoteDialog::addLine);
    auto* removeButton = new QPushButton(tr("Re&move line (Ctrl+Del)"), this);
    removeButton->setObjectName(QStringLiteral("removeLineButton"));
    connect(removeButton, &QPushButton::clicked, this, &QuoteDialog::removeLine);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_approval = new QLabel(this);
    m_approval->setObjectName(QStringLiteral("approval"));
    m_approval->setWordWrap(true);
    m_askApproval = new QPushButton(tr("As&k for approval"), this);
    m_askApproval->setObjectName(QStringLiteral("askApprovalButton"));
    connect(m_askApproval, &QPushButton::clicked, this, &QuoteDialog::askApproval);

    auto* lineButtons = new QHBoxLayout;
    lineButtons->addWidget(addButton);
    lineButtons->addWidget(removeButton);
    lineButtons->addStretch(1);
    auto* approvalRow = new QHBoxLayout;
    approvalRow->addWidget(m_approval, 1);
    approvalRow->addWidget(m_askApproval);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_send = buttons->addButton(tr("Mark se&nt"), QDialogButtonBox::ActionRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_accept = buttons->addButton(tr("Acce&pted"), QDialogButtonBox::ActionRole);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_reject = buttons->addButton(tr("Re&jected"), QDialogButtonBox::ActionRole);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_revise = buttons->addButton(tr("&Revise"), QDialogButtonBox::ActionRole);
    m_revise->setObjectName(QStringLiteral("reviseButton"));
    m_contract = buttons->addButton(tr("Make &contract"), QDialogButtonBox::ActionRole);
    m_contract->setObjectName(QStringLiteral("contractButton"));
    m_print = buttons->addButton(tr("P&DF…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("printButton"));
    QPushButton* close = buttons->addButton(tr("Cl&ose"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    m_save->setAutoDefault(false);
    close->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &QuoteDialog::save);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, [this] { setStatus(QStringLiteral("sent")); });
    connect(m_accept, &QPushButton::clicked, this, [this] { setStatus(QStringLiteral("accepted")); });
    connect(m_reject, &QPushButton::clicked, this, [this] { setStatus(QStringLiteral("rejected")); });
    connect(m_revise, &QPushButton::clicked, this, &QuoteDialog::revise);
    connect(m_contract, &QPushButton::clicked, this, &QuoteDialog::makeContract);
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (m_quote.id.isEmpty() || (m_quote.isEditable() && !save()))
            return;
        emit printRequested(m_quote.id);
    });
    auto* saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence::Save);
    connect(saveShortcut, &QAction::triggered, this, &QuoteDialog::save);
    addAction(saveShortcut);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addLayout(columns);
    layout->addLayout(form);
    layout->addWidget(tableLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(lineButtons);
    layout->addWidget(m_totals); // a row of its own: four amounts in Chinese and in large figures
    layout->addLayout(approvalRow);
    layout->addWidget(buttons);

    connect(m_lines, &QuoteLineModel::totalsChanged, this, &QuoteDialog::updateTotals);
    connect(m_lines, &QuoteLineModel::editRefused, this, [this](const QString& message) {
        m_banner->setText(message);
        m_banner->setVisible(!message.isEmpty());
    });
    connect(m_currency, &CurrencyComboBox::codeChanged, m_lines, &QuoteLineModel::setCurrency);
    connect(m_customer, &CustomerPicker::valueChanged, this, [this] {
        if (m_quote.id.isEmpty())
            fillOpportunities();
    });
    connect(m_opportunity, &QComboBox::activated, this, [this] {
        // A deal chosen for a new quote names it, unless the user already did.
        if (m_title->text().trimmed().isEmpty() && m_opportunity->currentIndex() > 0)
            m_title->setText(m_opportunity->currentText());
    });

    if (id.isEmpty()) {
        const QString opportunity = presets.value(QStringLiteral("opportunity_id")).toString();
        m_quote = opportunity.isEmpty()
                      ? QuoteService::forCustomer(db, presets.value(QStringLiteral("customer_id")).toString())
                      : QuoteService::forOpportunity(db, opportunity);
        m_loaded = true;
        showQuote();
    } else {
        load(id);
    }
    resize(1000, 640);
}

bool QuoteDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const auto modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (key->key() == Qt::Key_Insert && modifiers == Qt::NoModifier) {
            addLine();
            return true;
        }
        if (key->key() == Qt::Key_Delete && modifiers == Qt::ControlModifier) {
            removeLine();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void QuoteDialog::load(const QString& id)
{
    QuoteDocument quote;
    m_loaded = QuoteService::load(m_db, id, &quote, &m_errorText);
    if (m_loaded) {
        m_quote = quote;
        showQuote();
    }
}

void QuoteDialog::showQuote()
{
    setWindowTitle(m_quote.id.isEmpty() ? tr("New Quote") : tr("Quote %1").arg(m_quote.number));
    m_heading->setText(m_quote.id.isEmpty() ? tr("New quote")
                                            : tr("Quote %1, revision %2 — %3")
                                                  .arg(m_quote.number)
                                                  .arg(m_quote.revision)
                                                  .arg(QuoteService::statusText(m_quote.status)));
    m_customer->setValue(m_quote.customerId.isEmpty() ? QVariant() : QVariant(m_quote.customerId));
    m_opportunity->clear(); // the shown quote's deal, not the one chosen before
    fillOpportunities();
    m_title->setText(m_quote.title);
    m_currency->setCode(m_quote.currency);
    m_lines->setCurrency(m_quote.currency);
    m_issued->setDate(m_quote.issuedOn);
    m_validUntil->setDate(m_quote.validUntil);
    m_terms->setPlainText(m_quote.terms);
    m_lines->setLines(m_quote.lines);
    const bool editable = m_quote.isEditable();
    m_lines->setReadOnly(!editable);
    for (QWidget* w : std::initializer_list<QWidget*>{m_title, m_currency, m_issued, m_validUntil})
        w->setEnabled(editable);
    m_terms->setReadOnly(!editable);
    // A quote keeps its customer once saved (a revision for another customer is a new quote).
    m_customer->setEnabled(editable && m_quote.id.isEmpty());
    m_opportunity->setEnabled(editable);
    updateActions();
    updateTotals();
}

void QuoteDialog::updateTotals()
{
    const DocumentTotals::Result& t = m_lines->totals();
    const QString currency = m_lines->currency();
    QString text =
        tr("Subtotal %1   Discount %2   Tax %3   Total %4")
            .arg(ReportFormat::money(t.subtotalMinor, currency), ReportFormat::money(t.discountMinor, currency),
                 ReportFormat::money(t.taxMinor, currency), ReportFormat::money(t.totalMinor, currency));
    if (!t.ok())
        text = tr("Line %1: %2").arg(t.firstError + 1).arg(t.lines.at(t.firstError).error);
    m_totals->setText(text);
    const int limit = QuoteService::discountLimit(
        m_db, QuoteService::roleOf(m_db, m_quote.ownerId.isEmpty() ? m_db.currentUserId() : m_quote.ownerId));
    if (t.maxDiscountBp > limit)
        m_approval->setText(tr("A discount of %1% is above the limit of %2%: a team lead approves it before the "
                               "quote is sent.")
                                .arg(DocumentTotals::percentText(t.maxDiscountBp), DocumentTotals::percentText(limit)));
    else
        m_approval->clear();
    m_askApproval->setVisible(t.maxDiscountBp > limit && !m_quote.id.isEmpty() && m_quote.isEditable());
}

void QuoteDialog::updateActions()
{
    const bool saved = !m_quote.id.isEmpty();
    const bool current = m_quote.supersededById.isEmpty();
    const QString& s = m_quote.status;
    m_save->setEnabled(m_quote.isEditable());
    m_send->setEnabled(saved && current && s == QLatin1String("draft"));
    m_accept->setEnabled(saved && current && s == QLatin1String("sent"));
    m_reject->setEnabled(saved && current && s == QLatin1String("sent"));
    m_revise->setEnabled(
        saved && current &&
        (s == QLatin1String("sent") || s == QLatin1String("rejected") || s == QLatin1String("expired")));
    m_contract->setEnabled(saved && current && s == QLatin1String("accepted"));
    m_print->setEnabled(saved);
}

void QuoteDialog::collect()
{
    m_quote.customerId = m_customer->value().toString();
    m_quote.opportunityId = m_opportunity->currentData().toString();
    m_quote.title = m_title->text();
    m_quote.currency = m_currency->code();
    m_quote.issuedOn = m_issued->date();
    m_quote.validUntil = m_validUntil->date();
    m_quote.terms = m_terms->toPlainText();
    m_quote.lines = m_lines->lines();
}

void QuoteDialog::fillOpportunities()
{
    const QString keep = m_opportunity->count() > 0 ? m_opportunity->currentData().toString() : m_quote.opportunityId;
    m_opportunity->clear();
    m_opportunity->addItem(tr("(none)"), QString());
    const QString customer = m_customer->value().toString();
    if (!customer.isEmpty())
        for (const auto& deal : QuoteService::opportunitiesOf(m_db, customer))
            m_opportunity->addItem(deal.second, deal.first);
    const int index = m_opportunity->findData(keep);
    m_opportunity->setCurrentIndex(index >= 0 ? index : 0);
}

void QuoteDialog::showError(const QString& message)
{
    m_banner->setText(message);
    m_banner->setVisible(!message.isEmpty());
}

bool QuoteDialog::save()
{
    if (!m_quote.isEditable())
        return false;
    // The cell being typed in counts: its editor commits when it loses the focus.
    if (QWidget* focus = QApplication::focusWidget(); focus && focus != m_view && m_view->isAncestorOf(focus))
        m_save->setFocus(Qt::OtherFocusReason);
    collect();
    const WriteResult result = QuoteService::save(m_db, &m_quote);
    if (!result.ok()) {
        QStringList messages{result.message};
        messages << result.fieldErrors.values();
        showError(messages.join(QLatin1Char('\n')));
        return false;
    }
    showError(QString());
    load(m_quote.id);
    emit saved(m_quote.id);
    return true;
}

void QuoteDialog::addLine()
{
    if (m_lines->isReadOnly())
        return;
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() + 1 : m_lines->rowCount();
    const int row = m_lines->addLine(current);
    const QModelIndex product = m_lines->index(row, QuoteLineModel::Product);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->setCurrentIndex(product);
    m_view->edit(product);
}

void QuoteDialog::removeLine()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || m_lines->isReadOnly())
        return;
    m_lines->removeRows(current.row(), 1);
}

void QuoteDialog::setStatus(const QString& status)
{
    const WriteResult result = QuoteService::setStatus(m_db, m_quote.id, status);
    if (!result.ok()) {
        showError(result.message);
        return;
    }
    showError(QString());
    load(m_quote.id);
    emit saved(m_quote.id);
}

void QuoteDialog::revise()
{
    QString newId;
    const WriteResult result = QuoteService::revise(m_db, m_quote.id, &newId);
    if (!result.ok()) {
        showError(result.message);
        return;
    }
    showError(QString());
    load(newId);
    emit saved(newId);
}

void QuoteDialog::makeContract()
{
    QString contractId;
    const WriteResult result = ContractService::fromQuote(m_db, m_quote.id, &contractId);
    if (!result.ok()) {
        showError(result.message);
        return;
    }
    emit contractCreated(contractId);
    accept();
}

void QuoteDialog::askApproval()
{
    if (m_quote.isEditable() && !save())
        return;
    const WriteResult result = QuoteService::requestApproval(m_db, m_quote.id);
    if (!result.ok()) {
        showError(result.message);
        return;
    }
    DialogSeams::information(this, windowTitle(), tr("Your team lead was asked to approve the discount."));
}

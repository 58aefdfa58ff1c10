#include "ContractDialog.h"

#include "ContractCollectionWidget.h"

#include "Database.h"
#include "DateField.h"
#include "DialogSeams.h"
#include "QuoteLineModel.h"
#include "ReportFormat.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// The button that moves a contract into a status.
QString statusAction(const QString& status)
{
    if (status == QLatin1String("under_approval"))
        return ContractDialog::tr("Submit for &approval");
    if (status == QLatin1String("signed"))
        return ContractDialog::tr("S&ign…");
    if (status == QLatin1String("in_delivery"))
        return ContractDialog::tr("Start &delivery");
    if (status == QLatin1String("completed"))
        return ContractDialog::tr("Co&mplete");
    if (status == QLatin1String("cancelled"))
        return ContractDialog::tr("Ca&ncel contract");
    if (status == QLatin1String("draft"))
        return ContractDialog::tr("Back to dra&ft");
    return status;
}
} // namespace

ContractDialog::ContractDialog(Database& db, const QString& id, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("contractDialog"));
    setSizeGripEnabled(true);
    m_lines = new QuoteLineModel(db, this);
    m_lines->setReadOnly(true);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("contractHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_banner->hide();
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_signatory = new QLineEdit(this);
    m_signatory->setObjectName(QStringLiteral("signatory"));
    m_start = new DateField(this);
    m_start->setObjectName(QStringLiteral("startDate"));
    m_start->setClock(&db.clock());
    m_end = new DateField(this);
    m_end->setObjectName(QStringLiteral("endDate"));
    m_end->setClock(&db.clock());
    m_terms = new QPlainTextEdit(this);
    m_terms->setObjectName(QStringLiteral("terms"));
    m_terms->setTabChangesFocus(true);
    m_terms->setMaximumHeight(72);

    auto* form = new QFormLayout;
    form->addRow(tr("Su&bject:"), m_title);
    form->addRow(tr("Si&gnatory:"), m_signatory);
    form->addRow(tr("S&tart:"), m_start);
    form->addRow(tr("&End:"), m_end);
    form->addRow(tr("Main te&rms:"), m_terms);

    auto* view = new QTableView(this);
    view->setObjectName(QStringLiteral("lineView"));
    view->setModel(m_lines);
    view->horizontalHeader()->setSectionResizeMode(QuoteLineModel::Description, QHeaderView::Stretch);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &ContractDialog::save);
    for (const QString& status :
         {QStringLiteral("under_approval"), QStringLiteral("signed"), QStringLiteral("in_delivery"),
          QStringLiteral("completed"), QStringLiteral("draft"), QStringLiteral("cancelled")}) {
        QPushButton* button = buttons->addButton(statusAction(status), QDialogButtonBox::ActionRole);
        button->setObjectName(status + QStringLiteral("Button"));
        button->setProperty("status", status);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, status] { moveTo(status); });
        m_statusButtons << button;
    }
    QPushButton* print = buttons->addButton(tr("&PDF…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printButton"));
    print->setAutoDefault(false);
    connect(print, &QPushButton::clicked, this, [this] { emit printRequested(m_contract.id); });
    QPushButton* close = buttons->addButton(tr("Cl&ose"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    auto* saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence::Save);
    connect(saveShortcut, &QAction::triggered, this, &ContractDialog::save);
    addAction(saveShortcut);

    // Delivery, invoices and payment collection of a signed contract (issue 13).
    m_collection = new ContractCollectionWidget(db, this);
    connect(m_collection, &ContractCollectionWidget::failed, this, &ContractDialog::showError);
    connect(m_collection, &ContractCollectionWidget::changed, this, [this] {
        load(m_contract.id);
        emit saved(m_contract.id);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(view, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_collection, 1);
    layout->addWidget(buttons);
    load(id);
    resize(1100, 800);
}

void ContractDialog::load(const QString& id)
{
    ContractDocument contract;
    m_loaded = ContractService::load(m_db, id, &contract, &m_errorText);
    if (m_loaded) {
        m_contract = contract;
        showContract();
    }
}

void ContractDialog::showContract()
{
    setWindowTitle(tr("Contract %1").arg(m_contract.number));
    QString heading =
        tr("Contract %1 — %2 — %3")
            .arg(m_contract.number, m_contract.customerName, ContractService::statusText(m_contract.status));
    if (m_contract.signedOn.isValid())
        heading += QLatin1Char(' ') + tr("(signed %1)").arg(ReportFormat::date(m_contract.signedOn));
    m_heading->setText(heading);
    m_title->setText(m_contract.title);
    m_signatory->setText(m_contract.signatory);
    m_start->setDate(m_contract.startDate);
    m_end->setDate(m_contract.endDate);
    m_terms->setPlainText(m_contract.terms);
    m_lines->setCurrency(m_contract.currency);
    m_lines->setLines(m_contract.lines);
    const DocumentTotals::Result& t = m_lines->totals();
    m_totals->setText(tr("Net %1   Tax %2   Total %3")
                          .arg(ReportFormat::money(t.netMinor, m_contract.currency),
                               ReportFormat::money(t.taxMinor, m_contract.currency),
                               ReportFormat::money(t.totalMinor, m_contract.currency)));
    const bool editable =
        m_contract.status == QLatin1String("draft") || m_contract.status == QLatin1String("under_approval");
    for (QWidget* w : std::initializer_list<QWidget*>{m_title, m_signatory, m_start, m_end})
        w->setEnabled(editable);
    m_terms->setReadOnly(!editable);
    m_save->setEnabled(editable);
    const QStringList next = ContractService::nextStatuses(m_contract.status);
    for (QPushButton* button : std::as_const(m_statusButtons))
        button->setVisible(next.contains(button->property("status").toString()));
    m_collection->setContract(m_contract.id, m_contract.currency, m_contract.status);
}

void ContractDialog::showError(const QString& message)
{
    m_banner->setText(message);
    m_banner->setVisible(!message.isEmpty());
}

bool ContractDialog::save()
{
    ContractDocument edited = m_contract;
    edited.title = m_title->text();
    edited.signatory = m_signatory->text();
    edited.startDate = m_start->date();
    edited.endDate = m_end->date();
    edited.terms = m_terms->toPlainText();
    const WriteResult result = ContractService::saveHeader(m_db, edited);
    if (!result.ok()) {
        QStringList messages{result.message};
        messages << result.fieldErrors.values();
        showError(messages.join(QLatin1Char('\n')));
        return false;
    }
    showError(QString());
    load(m_contract.id);
    emit saved(m_contract.id);
    return true;
}

void ContractDialog::moveTo(const QString& status)
{
    // What the user typed goes with the step (the signatory before signing).
    if (m_save->isEnabled() && !save())
        return;
    ContractService::SignOptions sign;
    if (status == QLatin1String("signed") && !ContractService::openOpportunityOf(m_db, m_contract.id).isEmpty()) {
        const auto answer =
            DialogSeams::question(this, tr("Sign contract"),
                                  tr("Mark the opportunity of this contract as won with %1?")
                                      .arg(ReportFormat::money(m_lines->totals().totalMinor, m_contract.currency)),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        sign.markOpportunityWon = answer == QMessageBox::Yes;
    }
    const WriteResult result = ContractService::setStatus(m_db, m_contract.id, status, sign);
    if (!result.ok()) {
        showError(result.message);
        return;
    }
    showError(QString());
    load(m_contract.id);
    emit saved(m_contract.id);
}

#include "StageChangeDialog.h"

#include "Clock.h"
#include "PipelineService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

StageChangeDialog::StageChangeDialog(bool lost, const QString& stageName, QWidget* parent)
    : QDialog(parent), m_lost(lost)
{
    setObjectName(QStringLiteral("stageChangeDialog"));
    setWindowTitle(lost ? tr("Close as lost") : tr("Close as won"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(lost ? tr("Moving the opportunity to \"%1\". Why was it lost?").arg(stageName)
                                  : tr("Moving the opportunity to \"%1\". When was it won?").arg(stageName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    if (lost) {
        m_reason = new QComboBox(this);
        m_reason->setObjectName(QStringLiteral("lostReason"));
        m_reason->setEditable(true);
        m_reason->setInsertPolicy(QComboBox::NoInsert);
        m_reason->addItems(PipelineService::standardLostReasons());
        m_reason->setCurrentIndex(-1);
        m_reason->lineEdit()->setPlaceholderText(tr("Choose or type a reason"));
        form->addRow(tr("Reason:"), m_reason);
    }
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("actualClose"));
    m_date->setCalendarPopup(true);
    setClock(&Clock::system());
    form->addRow(tr("Actual close date:"), m_date);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(lost ? tr("Close as lost") : tr("Close as won"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (m_reason) {
        // A lost deal without a reason teaches nothing: OK waits for one.
        auto update = [this, buttons] {
            buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_reason->currentText().trimmed().isEmpty());
        };
        connect(m_reason, &QComboBox::currentTextChanged, this, update);
        update();
    }
}

void StageChangeDialog::setClock(const Clock* clock)
{
    const QDate today = (clock ? *clock : Clock::system()).today();
    m_date->setMaximumDate(today.addYears(1));
    m_date->setDate(today);
}

QString StageChangeDialog::lostReason() const
{
    return m_reason ? m_reason->currentText().trimmed() : QString();
}

QDate StageChangeDialog::actualClose() const
{
    return m_date->date();
}

void StageChangeDialog::setLostReason(const QString& reason)
{
    if (m_reason)
        m_reason->setCurrentText(reason);
}

void StageChangeDialog::setActualClose(const QDate& day)
{
    m_date->setDate(day);
}

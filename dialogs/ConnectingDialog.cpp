#include "ConnectingDialog.h"

#include "DatabaseProbe.h"

#include <QDialogButtonBox>
#include <QEventLoop>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kPollMs = 30;
}

ConnectingDialog::ConnectingDialog(const DatabaseProbe& probe, QWidget* parent)
    : QDialog(parent), m_probe(probe), m_label(new QLabel(this)), m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("Opening the database"));
    setObjectName(QStringLiteral("connectingDialog"));
    m_label->setObjectName(QStringLiteral("connectingStatus"));
    m_label->setWordWrap(true);
    m_label->setMinimumWidth(360);
    m_progress->setObjectName(QStringLiteral("connectingProgress"));
    m_progress->setRange(0, 0); // busy until an upgrade says how many steps
    m_progress->setTextVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    poll();
}

void ConnectingDialog::poll()
{
    const DatabaseProbe::Status status = m_probe.status();
    if (status.state == DatabaseProbe::State::Upgrading && status.steps > 0) {
        m_label->setText(tr("Upgrading the database for this version of DeskCRM: step %1 of %2. A large database "
                            "takes a while; nothing is changed unless the upgrade completes.")
                             .arg(qMin(status.step + 1, status.steps))
                             .arg(status.steps));
        m_progress->setRange(0, status.steps);
        m_progress->setValue(status.step);
        m_progress->setTextVisible(true);
    } else {
        m_label->setText(tr("Opening %1…").arg(m_probe.settings().displayName()));
    }
}

bool ConnectingDialog::waitFor(const DatabaseProbe& probe, QWidget* parent, QString* error)
{
    ConnectingDialog dialog(probe, parent);
    dialog.setModal(true);
    QTimer showLater;
    showLater.setSingleShot(true);
    connect(&showLater, &QTimer::timeout, &dialog, &QWidget::show);
    showLater.start(kShowAfterMs);
    QTimer poller;
    connect(&poller, &QTimer::timeout, &dialog, [&] {
        if (probe.isDone())
            dialog.accept();
        else
            dialog.poll();
    });
    poller.start(kPollMs);
    // exec() would show the dialog at once; the nested loop of open() + the delayed show keeps quick opens quiet.
    QEventLoop loop;
    connect(&dialog, &QDialog::finished, &loop, &QEventLoop::quit);
    if (!probe.isDone())
        loop.exec(QEventLoop::DialogExec);
    else
        dialog.accept();
    showLater.stop();
    poller.stop();
    dialog.hide();
    if (dialog.result() != QDialog::Accepted) {
        error->clear();
        return false;
    }
    const DatabaseProbe::Status status = probe.status();
    if (status.state == DatabaseProbe::State::Succeeded)
        return true;
    *error = status.error;
    return false;
}

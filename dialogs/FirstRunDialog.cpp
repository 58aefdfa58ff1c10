#include "FirstRunDialog.h"

#include "DemoDataGenerator.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

FirstRunDialog::FirstRunDialog(Database& localDb, QWidget* parent) : QDialog(parent), m_db(localDb)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to DeskCRM"));

    auto* intro = new QLabel(tr("<b>How would you like to start?</b><br>Your data is kept on this computer "
                                "unless you connect to a team database. You can change this later."),
                             this);
    intro->setWordWrap(true);

    auto* empty = new QRadioButton(tr("Start with an &empty database"), this);
    empty->setObjectName(QStringLiteral("emptyDatabase"));
    auto* demo = new QRadioButton(tr("Load &demo data to try DeskCRM out"), this);
    demo->setObjectName(QStringLiteral("demoData"));
    auto* team = new QRadioButton(tr("&Connect to a team database…"), this);
    team->setObjectName(QStringLiteral("teamDatabase"));
    m_group = new QButtonGroup(this);
    m_group->addButton(empty, EmptyDatabase);
    m_group->addButton(demo, DemoData);
    m_group->addButton(team, TeamDatabase);
    empty->setChecked(true);

    m_customers = new QSpinBox(this);
    m_customers->setObjectName(QStringLiteral("demoCustomers"));
    m_customers->setRange(10, 1'000'000);
    m_customers->setSingleStep(100);
    m_customers->setValue(200);
    m_customers->setEnabled(false);
    auto* customersLabel = new QLabel(tr("&Number of customers:"), this);
    customersLabel->setBuddy(m_customers);
    connect(demo, &QRadioButton::toggled, m_customers, &QWidget::setEnabled);
    connect(demo, &QRadioButton::toggled, customersLabel, &QWidget::setEnabled);
    customersLabel->setEnabled(false);

    auto* demoRow = new QHBoxLayout;
    demoRow->addSpacing(24);
    demoRow->addWidget(customersLabel);
    demoRow->addWidget(m_customers);
    demoRow->addStretch();

    auto* teamHint = new QLabel(tr("For sales teams sharing one PostgreSQL server; you need its address and "
                                   "your sign-in from your administrator."),
                                this);
    teamHint->setWordWrap(true);
    teamHint->setContentsMargins(24, 0, 0, 0);
    teamHint->setEnabled(false);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_status->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(empty);
    layout->addWidget(demo);
    layout->addLayout(demoRow);
    layout->addWidget(team);
    layout->addWidget(teamHint);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
}

FirstRunDialog::Choice FirstRunDialog::choice() const
{
    return Choice(m_group->checkedId());
}

void FirstRunDialog::setChoice(Choice choice)
{
    m_group->button(choice)->setChecked(true);
}

qint64 FirstRunDialog::demoCustomers() const
{
    return m_customers->value();
}

void FirstRunDialog::setDemoCustomers(qint64 customers)
{
    m_customers->setValue(int(qBound(qint64(m_customers->minimum()), customers, qint64(m_customers->maximum()))));
}

bool FirstRunDialog::generateDemoData(Database& db, qint64 customers, QWidget* parent, QString* error)
{
    QProgressDialog progress(tr("Creating demo customers, contacts, follow-ups and opportunities…"), tr("Cancel"), 0,
                             1000, parent);
    progress.setObjectName(QStringLiteral("demoProgress"));
    progress.setWindowTitle(tr("Loading Demo Data"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);

    DemoDataGenerator::Options options;
    options.customers = customers;
    options.progress = [&progress](qint64 done, qint64 total) {
        // Permille keeps the int range of QProgressDialog for any customer count.
        progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    DemoDataGenerator generator(db);
    const bool ok = generator.generate(options, error);
    if (!ok && progress.wasCanceled() && error)
        *error = tr("Cancelled. The database was left unchanged.");
    progress.close();
    return ok;
}

void FirstRunDialog::accept()
{
    if (choice() == DemoData) {
        m_status->hide();
        QString error;
        if (!generateDemoData(m_db, demoCustomers(), this, &error)) {
            m_status->setText(error);
            m_status->show();
            return;
        }
    }
    QDialog::accept();
}

#include "ConnectionDialog.h"

#include "Database.h"
#include "DialogSeams.h"
#include "PasswordStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QUuid>
#include <QVBoxLayout>

ConnectionDialog::ConnectionDialog(QWidget* parent, const PasswordStore* store) : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect to a Team Database"));

    auto* intro = new QLabel(tr("DeskCRM signs in to PostgreSQL as your own database role. Ask your "
                                "administrator for these details."),
                             this);
    intro->setWordWrap(true);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("e.g. crm.example.com"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setText(QStringLiteral("deskcrm"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    // libpq's sslmode values, described for people who do not know libpq.
    m_sslMode->addItem(tr("Prefer TLS (fall back to unencrypted)"), QStringLiteral("prefer"));
    m_sslMode->setItemData(0,
                           tr("Encrypted when the server offers it, otherwise not, without telling you. Only for a "
                              "server on this computer."),
                           Qt::ToolTipRole);
    m_sslMode->addItem(tr("Require TLS"), QStringLiteral("require"));
    m_sslMode->setItemData(1, tr("Always encrypted; refuses a server without TLS. Does not check who the server is."),
                           Qt::ToolTipRole);
    m_sslMode->addItem(tr("Require TLS and verify the certificate authority"), QStringLiteral("verify-ca"));
    m_sslMode->setItemData(2,
                           tr("Encrypted, and the server's certificate must be signed by your team's certificate "
                              "authority (its file in ~/.postgresql/root.crt)."),
                           Qt::ToolTipRole);
    m_sslMode->addItem(tr("Require TLS and verify the server name"), QStringLiteral("verify-full"));
    m_sslMode->setItemData(3,
                           tr("Recommended: encrypted, signed by your team's certificate authority, and issued "
                              "for exactly this server name. Refuses an impostor."),
                           Qt::ToolTipRole);
    m_sslMode->addItem(tr("Do not use TLS"), QStringLiteral("disable"));
    m_sslMode->setItemData(4, tr("Never encrypted: passwords and customers cross the network readable by anyone."),
                           Qt::ToolTipRole);
    m_remember = new QCheckBox(tr("&Remember the password in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setChecked(m_store != nullptr);
    m_remember->setVisible(m_store != nullptr);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Encryption:"), m_sslMode);
    // What the chosen mode means, in words: the names alone do not say that "Prefer" may silently not encrypt.
    auto* sslExplained = new QLabel(this);
    sslExplained->setObjectName(QStringLiteral("sslExplained"));
    sslExplained->setWordWrap(true);
    const auto explain = [this, sslExplained] {
        sslExplained->setText(m_sslMode->currentData(Qt::ToolTipRole).toString());
    };
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, explain);
    // A new connection is encrypted unless the user chooses otherwise.
    m_sslMode->setCurrentIndex(m_sslMode->findData(QStringLiteral("require")));
    explain();
    form->addRow(QString(), sslExplained);
    form->addRow(QString(), m_remember);

    m_testButton = new QPushButton(tr("&Test Connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_testButton->setAutoDefault(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Co&nnect"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    for (QLineEdit* edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateButtons);
    updateButtons();
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::setSettings(const ConnectionSettings& s)
{
    if (s.dialect != ConnectionSettings::Dialect::PostgreSQL)
        return;
    m_host->setText(s.host);
    m_port->setValue(s.port > 0 ? s.port : 5432);
    m_database->setText(s.database);
    m_user->setText(s.user);
    m_password->setText(s.password);
    const int ssl = m_sslMode->findData(s.effectiveSslMode());
    if (ssl >= 0)
        m_sslMode->setCurrentIndex(ssl);
    if (s.password.isEmpty() && m_store) {
        QString password;
        QString error;
        bool found = false;
        if (m_store->read(s.displayName(), &password, &found, &error) && found)
            m_password->setText(password);
        else if (!error.isEmpty())
            keychainUnavailable(error);
    }
    updateButtons();
}

ConnectionSettings ConnectionDialog::settings() const
{
    ConnectionSettings s;
    s.dialect = ConnectionSettings::Dialect::PostgreSQL;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.password = m_password->text();
    s.sslMode = m_sslMode->currentData().toString();
    return s;
}

bool ConnectionDialog::rememberPassword() const
{
    return m_store && m_remember->isChecked();
}

void ConnectionDialog::updateButtons()
{
    const bool complete = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty() &&
                          !m_user->text().trimmed().isEmpty();
    m_testButton->setEnabled(complete && !m_thread);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

void ConnectionDialog::keychainUnavailable(const QString& error)
{
    // Connecting must not depend on the keychain (headless machines have none): say what happens
    // instead of offering a box that would fail on Connect.
    m_remember->setChecked(false);
    m_remember->setEnabled(false);
    showStatus(false, tr("%1\nThe password will not be remembered; DeskCRM will ask for it next time.").arg(error));
}

void ConnectionDialog::showStatus(bool ok, const QString& message)
{
    m_status->setText(message);
    // The palette's own colours would be lost in dark themes; these two read on light and dark.
    m_status->setStyleSheet(ok ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #c62828;"));
    m_status->show();
}

void ConnectionDialog::testConnection()
{
    if (m_thread)
        return;
    const ConnectionSettings s = settings();
    showStatus(true, tr("Connecting to %1…").arg(s.host));
    m_status->setStyleSheet(QString());
    QPointer<ConnectionDialog> self(this);
    // libpq blocks for up to connect_timeout; keep the window responsive meanwhile. The throwaway
    // connection is created, used and removed in the worker thread, as QSqlDatabase requires.
    m_thread = QThread::create([self, s] {
        Database::Options options;
        options.migrate = false;
        options.ensureUser = false;
        options.connectionName = QStringLiteral("deskcrm-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QString error;
        bool ok = false;
        QString message;
        if (auto db = Database::open(s, options, &error)) {
            ok = true;
            const int version = db->schemaVersion();
            message = version > 0 ? tr("Connected. The database has DeskCRM schema version %1.").arg(version)
                                  : tr("Connected. The database is empty; DeskCRM will set it up.");
        } else {
            message = tr("Could not connect: %1").arg(error);
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, ok, message] {
                if (self)
                    self->onTestDone(ok, message);
            },
            Qt::QueuedConnection);
    });
    // The thread deletes itself: closing the dialog must not wait for a server that does not answer
    // (libpq gives up only after connect_timeout). The worker holds no pointer to us but a QPointer.
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    updateButtons();
    m_thread->start();
}

void ConnectionDialog::onTestDone(bool ok, const QString& message)
{
    m_thread = nullptr;
    showStatus(ok, message);
    updateButtons();
    Q_EMIT testFinished(ok, message);
}

void ConnectionDialog::accept()
{
    if (rememberPassword() && !m_password->text().isEmpty()) {
        QString error;
        if (!m_store->write(settings().displayName(), m_password->text(), &error)) {
            // Connect anyway, but tell the user now rather than asking for the password again next
            // time without a word.
            m_remember->setChecked(false);
            DialogSeams::warning(
                this, tr("Password Not Remembered"),
                tr("%1\nThe password will not be remembered; DeskCRM will ask for it next time.").arg(error));
        }
    }
    QDialog::accept();
}

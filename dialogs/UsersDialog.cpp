#include "UsersDialog.h"

#include "Database.h"
#include "DialogSeams.h"
#include "UserAdministration.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { NameColumn, UsernameColumn, RoleColumn, TeamColumn, StateColumn, ColumnCount };

// A small form in a dialog of its own: the fields, OK and Cancel. Returns whether the user pressed OK.
bool askForm(QWidget* parent, const QString& title, const QList<QPair<QString, QWidget*>>& fields)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* form = new QFormLayout;
    for (const auto& [label, field] : fields)
        form->addRow(label, field);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    return dialog.exec() == QDialog::Accepted;
}

QLineEdit* passwordField(const QString& objectName)
{
    auto* field = new QLineEdit;
    field->setObjectName(objectName);
    field->setEchoMode(QLineEdit::Password);
    return field;
}
} // namespace

UsersDialog::UsersDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users and Roles"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("User name"), tr("Role"), tr("Team"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    m_add = new QPushButton(tr("&Add User…"), this);
    m_add->setObjectName(QStringLiteral("addUser"));
    m_password = new QPushButton(tr("Reset &Password…"), this);
    m_password->setObjectName(QStringLiteral("resetPassword"));
    m_team = new QPushButton(tr("Change &Team…"), this);
    m_team->setObjectName(QStringLiteral("changeTeam"));
    m_role = new QPushButton(tr("Change &Role…"), this);
    m_role->setObjectName(QStringLiteral("changeRole"));
    m_deactivate = new QPushButton(tr("&Deactivate…"), this);
    m_deactivate->setObjectName(QStringLiteral("deactivateUser"));
    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_password, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_team, &QPushButton::clicked, this, &UsersDialog::changeTeam);
    connect(m_role, &QPushButton::clicked, this, &UsersDialog::changeRole);
    connect(m_deactivate, &QPushButton::clicked, this, &UsersDialog::deactivate);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);

    m_status = new QLabel(tr("Each user signs in to the team database with their own name and password. The server "
                             "shows them only what their role allows: sales reps their own and shared records (and "
                             "those of everyone they manage), team leads their team's and the teams below it, "
                             "administrators everything."),
                          this);
    m_status->setWordWrap(true);

    auto* side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_password);
    side->addWidget(m_team);
    side->addWidget(m_role);
    side->addWidget(m_deactivate);
    side->addStretch();
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(middle, 1);
    layout->addWidget(close);
    resize(820, 460);
    reload();
}

void UsersDialog::reload()
{
    const QString selected = selectedUsername();
    QString error;
    const auto users = UserAdministration(m_db).users(&error);
    m_table->setRowCount(0);
    for (const UserAdministration::User& user : users) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{user.displayName, user.username, UserAdministration::roleLabel(user.role),
                                user.teamName, user.active ? tr("Active") : tr("Deactivated")};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (!user.active) {
                QFont font = item->font();
                font.setItalic(true);
                item->setFont(font);
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            }
            m_table->setItem(row, column, item);
        }
        m_table->item(row, UsernameColumn)->setData(Qt::UserRole, user.active);
        m_table->item(row, NameColumn)->setData(Qt::UserRole, user.id);
        m_table->item(row, RoleColumn)->setData(Qt::UserRole, user.role);
        if (user.username == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    if (!error.isEmpty())
        DialogSeams::warning(this, windowTitle(), error);
    updateButtons();
}

QString UsersDialog::selectedUsername() const
{
    const auto rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return {};
    return m_table->item(rows.first().row(), UsernameColumn)->text();
}

void UsersDialog::updateButtons()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    const bool active =
        !rows.isEmpty() && m_table->item(rows.first().row(), UsernameColumn)->data(Qt::UserRole).toBool();
    m_password->setEnabled(active);
    m_team->setEnabled(active);
    m_role->setEnabled(active);
    // Nobody deactivates themselves (they would lock themselves out mid-session).
    m_deactivate->setEnabled(active &&
                             m_table->item(rows.first().row(), NameColumn)->data(Qt::UserRole) != m_db.currentUserId());
}

void UsersDialog::addUser()
{
    UserAdministration admin(m_db);
    auto* username = new QLineEdit;
    username->setObjectName(QStringLiteral("newUsername"));
    auto* name = new QLineEdit;
    name->setObjectName(QStringLiteral("newDisplayName"));
    auto* role = new QComboBox;
    role->setObjectName(QStringLiteral("newRole"));
    for (const QString& code : UserAdministration::roleCodes())
        role->addItem(UserAdministration::roleLabel(code), code);
    auto* team = new QComboBox;
    team->setObjectName(QStringLiteral("newTeam"));
    team->addItem(tr("(no team)"), QString());
    for (const auto& [id, teamName] : admin.teams(nullptr))
        team->addItem(teamName, id);
    auto* password = passwordField(QStringLiteral("newPassword"));
    auto* again = passwordField(QStringLiteral("newPasswordAgain"));
    if (!askForm(this, tr("Add User"),
                 {{tr("&User name:"), username},
                  {tr("&Name:"), name},
                  {tr("&Role:"), role},
                  {tr("&Team:"), team},
                  {tr("&Password:"), password},
                  {tr("Password a&gain:"), again}}))
        return;
    if (password->text() != again->text()) {
        DialogSeams::warning(this, tr("Add User"), tr("The two passwords differ. Nothing was changed."));
        return;
    }
    UserAdministration::NewUser user;
    user.username = username->text().trimmed();
    user.displayName = name->text().trimmed();
    user.role = role->currentData().toString();
    user.teamId = team->currentData().toString();
    const WriteResult result = admin.createUser(user, password->text());
    if (!result.ok())
        DialogSeams::warning(this, tr("Add User"), result.message);
    reload();
}

void UsersDialog::resetPassword()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    auto* password = passwordField(QStringLiteral("resetPasswordField"));
    auto* again = passwordField(QStringLiteral("resetPasswordAgain"));
    if (!askForm(this, tr("Reset Password of %1").arg(username),
                 {{tr("&New password:"), password}, {tr("Password a&gain:"), again}}))
        return;
    if (password->text() != again->text()) {
        DialogSeams::warning(this, windowTitle(), tr("The two passwords differ. Nothing was changed."));
        return;
    }
    const WriteResult result = UserAdministration(m_db).resetPassword(username, password->text());
    if (!result.ok())
        DialogSeams::warning(this, windowTitle(), result.message);
}

void UsersDialog::changeTeam()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    UserAdministration admin(m_db);
    auto* team = new QComboBox;
    team->setObjectName(QStringLiteral("changeTeamCombo"));
    team->addItem(tr("(no team)"), QString());
    for (const auto& [id, teamName] : admin.teams(nullptr))
        team->addItem(teamName, id);
    if (!askForm(this, tr("Change Team of %1").arg(username), {{tr("&Team:"), team}}))
        return;
    const WriteResult result = admin.changeTeam(username, team->currentData().toString());
    if (!result.ok())
        DialogSeams::warning(this, windowTitle(), result.message);
    reload();
}

void UsersDialog::changeRole()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    const auto rows = m_table->selectionModel()->selectedRows();
    const QString current = m_table->item(rows.first().row(), RoleColumn)->data(Qt::UserRole).toString();
    auto* role = new QComboBox;
    role->setObjectName(QStringLiteral("changeRoleCombo"));
    for (const QString& code : UserAdministration::roleCodes())
        role->addItem(UserAdministration::roleLabel(code), code);
    role->setCurrentIndex(std::max(0, role->findData(current)));
    if (!askForm(this, tr("Change Role of %1").arg(username), {{tr("&Role:"), role}}))
        return;
    const WriteResult result = UserAdministration(m_db).changeRole(username, role->currentData().toString());
    if (!result.ok())
        DialogSeams::warning(this, windowTitle(), result.message);
    reload();
}

void UsersDialog::deactivate()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    UserAdministration admin(m_db);
    auto* heir = new QComboBox;
    heir->setObjectName(QStringLiteral("reassignTo"));
    for (const UserAdministration::User& user : admin.users(nullptr))
        if (user.active && user.username != username)
            heir->addItem(QStringLiteral("%1 (%2)").arg(user.displayName, user.username), user.username);
    if (!askForm(this, tr("Deactivate %1").arg(username), {{tr("&Records go to:"), heir}}))
        return;
    const WriteResult result = admin.deactivate(username, heir->currentData().toString());
    if (!result.ok())
        DialogSeams::warning(this, windowTitle(), result.message);
    else
        DialogSeams::information(
            this, windowTitle(),
            tr("%1 can no longer sign in; %n record(s) now belong to %2.", nullptr, result.affected)
                .arg(username, heir->currentText()));
    reload();
}

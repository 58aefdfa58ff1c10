#include "AssignmentRulesDialog.h"

#include "LookupModel.h"
#include "ReportQueries.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace {
// The fields of the entity's records a condition can test, with the words users read.
QList<QPair<QString, QString>> conditionFields(const QString& entity)
{
    if (entity == QLatin1String("ticket"))
        return {{QStringLiteral("category"), AssignmentRulesDialog::tr("Category")},
                {QStringLiteral("kind"), AssignmentRulesDialog::tr("Kind (ticket, complaint)")},
                {QStringLiteral("priority"), AssignmentRulesDialog::tr("Priority (low, normal, high, urgent)")},
                {QStringLiteral("channel"), AssignmentRulesDialog::tr("Channel (phone, email, visit, web, wechat)")},
                {QStringLiteral("product_id"), AssignmentRulesDialog::tr("Product (id)")}};
    return {{QStringLiteral("region"), AssignmentRulesDialog::tr("Region")},
            {QStringLiteral("product_interest"), AssignmentRulesDialog::tr("Product interest")},
            {QStringLiteral("source_id"), AssignmentRulesDialog::tr("Source (number)")},
            {QStringLiteral("type_id"), AssignmentRulesDialog::tr("Type (number)")},
            {QStringLiteral("company"), AssignmentRulesDialog::tr("Company")},
            {QStringLiteral("email"), AssignmentRulesDialog::tr("E-mail")}};
}

QList<QPair<QString, QString>> operatorNames()
{
    return {{QStringLiteral("equals"), AssignmentRulesDialog::tr("is")},
            {QStringLiteral("not_equals"), AssignmentRulesDialog::tr("is not")},
            {QStringLiteral("contains"), AssignmentRulesDialog::tr("contains")},
            {QStringLiteral("in"), AssignmentRulesDialog::tr("is one of")},
            {QStringLiteral("empty"), AssignmentRulesDialog::tr("is empty")},
            {QStringLiteral("not_empty"), AssignmentRulesDialog::tr("is not empty")}};
}

QComboBox* choiceBox(const QList<QPair<QString, QString>>& choices, const QString& current, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    for (const auto& choice : choices)
        box->addItem(choice.second, choice.first);
    const int index = box->findData(current);
    if (index >= 0)
        box->setCurrentIndex(index);
    else if (!current.isEmpty()) {
        box->addItem(current, current); // a field this program does not know
        box->setCurrentIndex(box->count() - 1);
    }
    return box;
}
} // namespace

AssignmentRulesDialog::AssignmentRulesDialog(Database& db, QWidget* parent)
    : AssignmentRulesDialog(db, QStringLiteral("lead"), parent)
{
}

AssignmentRulesDialog::AssignmentRulesDialog(Database& db, const QString& entity, QWidget* parent)
    : QDialog(parent), m_db(db), m_entity(entity)
{
    const bool tickets = entity == QLatin1String("ticket");
    setObjectName(tickets ? QStringLiteral("ticketAssignmentRulesDialog") : QStringLiteral("assignmentRulesDialog"));
    setWindowTitle(tickets ? tr("Ticket Assignment Rules") : tr("Lead Assignment Rules"));
    QString error;
    m_rules = AssignmentRules(db, m_entity).rules(&error);

    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tickets ? tr("New tickets without an assignee go to the first rule from the top whose conditions "
                                "all hold and that has a rep who is active, present and under the cap of open tickets.")
                           : tr("New and unassigned leads go to the first rule from the top whose conditions all "
                                "hold and that has a rep who is active, present and under the cap."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* body = new QHBoxLayout;
    layout->addLayout(body, 1);

    auto* left = new QVBoxLayout;
    auto* listLabel = new QLabel(tr("R&ules:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("ruleList"));
    listLabel->setBuddy(m_list);
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    auto* buttons = new QGridLayout; // two rows: the dialog stays narrow enough for a laptop
    auto* add = new QPushButton(tr("A&dd"), this);
    add->setObjectName(QStringLiteral("addRule"));
    auto* remove = new QPushButton(tr("Remo&ve"), this);
    remove->setObjectName(QStringLiteral("removeRule"));
    auto* up = new QPushButton(tr("Move u&p"), this);
    up->setObjectName(QStringLiteral("moveRuleUp"));
    up->setToolTip(tr("Evaluated earlier (Alt+Up)"));
    auto* down = new QPushButton(tr("Move do&wn"), this);
    down->setObjectName(QStringLiteral("moveRuleDown"));
    down->setToolTip(tr("Evaluated later (Alt+Down)"));
    buttons->addWidget(add, 0, 0);
    buttons->addWidget(remove, 0, 1);
    buttons->addWidget(up, 1, 0);
    buttons->addWidget(down, 1, 1);
    left->addLayout(buttons);
    body->addLayout(left, 2);

    m_editor = new QWidget(this);
    auto* form = new QFormLayout(m_editor);
    m_name = new QLineEdit(m_editor);
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_active = new QCheckBox(tr("&On"), m_editor);
    m_active->setObjectName(QStringLiteral("ruleActive"));
    m_conditions = new QTableWidget(0, 3, m_editor);
    m_conditions->setObjectName(QStringLiteral("ruleConditions"));
    m_conditions->setHorizontalHeaderLabels({tr("Field"), tr("Condition"), tr("Value")});
    m_conditions->horizontalHeader()->setStretchLastSection(true);
    m_conditions->verticalHeader()->hide();
    m_conditions->setMinimumHeight(120);
    auto* conditionButtons = new QHBoxLayout;
    auto* addCondition = new QPushButton(tr("Add &condition"), m_editor);
    addCondition->setObjectName(QStringLiteral("addCondition"));
    auto* removeCondition = new QPushButton(tr("Remove co&ndition"), m_editor);
    removeCondition->setObjectName(QStringLiteral("removeCondition"));
    conditionButtons->addWidget(addCondition);
    conditionButtons->addWidget(removeCondition);
    conditionButtons->addStretch(1);
    m_targetKind = new QComboBox(m_editor);
    m_targetKind->setObjectName(QStringLiteral("ruleTargetKind"));
    m_targetKind->addItem(tr("A team"), QStringLiteral("team"));
    m_targetKind->addItem(tr("One rep"), QStringLiteral("user"));
    m_team = new QComboBox(m_editor);
    m_team->setObjectName(QStringLiteral("ruleTeam"));
    for (const auto& team : ReportQueries(db).teams())
        m_team->addItem(team.second, team.first);
    m_user = new QComboBox(m_editor);
    m_user->setObjectName(QStringLiteral("ruleUser"));
    {
        std::unique_ptr<LookupModel> users(LookupModel::users(db));
        for (int row = 0; row < users->rowCount(); ++row)
            m_user->addItem(users->index(row, 0).data().toString(),
                            users->index(row, 0).data(LookupModel::IdRole).toString());
    }
    m_strategy = new QComboBox(m_editor);
    m_strategy->setObjectName(QStringLiteral("ruleStrategy"));
    m_strategy->addItem(tr("Round robin (take turns)"), QStringLiteral("round_robin"));
    m_strategy->addItem(tr("Fewest open leads"), QStringLiteral("fewest_open"));
    m_cap = new QSpinBox(m_editor);
    m_cap->setObjectName(QStringLiteral("ruleCap"));
    m_cap->setRange(0, 100000);
    m_cap->setSpecialValueText(tr("No cap"));

    form->addRow(tr("Na&me:"), m_name);
    form->addRow(QString(), m_active);
    form->addRow(tr("When:"), m_conditions);
    form->addRow(QString(), conditionButtons);
    form->addRow(tr("Assign to:"), m_targetKind);
    form->addRow(tr("&Team:"), m_team);
    form->addRow(tr("R&ep:"), m_user);
    form->addRow(tr("&How:"), m_strategy);
    form->addRow(tr("Cap of open leads pe&r rep:"), m_cap);
    body->addWidget(m_editor, 3);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    layout->addWidget(m_error);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(box);

    connect(box, &QDialogButtonBox::accepted, this, &AssignmentRulesDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &AssignmentRulesDialog::reject);
    connect(add, &QPushButton::clicked, this, &AssignmentRulesDialog::addRule);
    connect(remove, &QPushButton::clicked, this, &AssignmentRulesDialog::removeRule);
    connect(up, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveRule(1); });
    auto* upKey = new QAction(this);
    upKey->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(upKey, &QAction::triggered, this, [this] { moveRule(-1); });
    auto* downKey = new QAction(this);
    downKey->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(downKey, &QAction::triggered, this, [this] { moveRule(1); });
    addActions({upKey, downKey});
    connect(addCondition, &QPushButton::clicked, this, [this] {
        addConditionRow({conditionFields(m_entity).constFirst().first, QStringLiteral("equals"), QString()});
    });
    connect(removeCondition, &QPushButton::clicked, this, [this] {
        if (m_conditions->currentRow() >= 0)
            m_conditions->removeRow(m_conditions->currentRow());
    });
    connect(m_targetKind, &QComboBox::currentIndexChanged, this, &AssignmentRulesDialog::updateTargetWidgets);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        storeRule();
        refreshNames();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_showing)
            return;
        storeRule();
        showRule(row);
    });

    refreshNames();
    m_list->setCurrentRow(m_rules.isEmpty() ? -1 : 0);
    showRule(m_list->currentRow());
    resize(900, 560);
}

void AssignmentRulesDialog::refreshNames()
{
    const bool was = m_showing;
    m_showing = true;
    const int current = m_list->currentRow();
    while (m_list->count() > m_rules.size())
        delete m_list->takeItem(m_list->count() - 1);
    for (int i = 0; i < m_rules.size(); ++i) {
        const AssignmentRule& rule = m_rules.at(i);
        const QString text =
            QStringLiteral("%1. %2%3")
                .arg(i + 1)
                .arg(rule.name.isEmpty() ? tr("(no name)") : rule.name, rule.active ? QString() : tr(" (off)"));
        if (i < m_list->count())
            m_list->item(i)->setText(text);
        else
            m_list->addItem(text);
    }
    m_list->setCurrentRow(current);
    m_showing = was;
}

void AssignmentRulesDialog::showRule(int row)
{
    m_showing = true;
    m_current = row;
    m_editor->setEnabled(row >= 0 && row < m_rules.size());
    const AssignmentRule rule = m_editor->isEnabled() ? m_rules.at(row) : AssignmentRule();
    m_name->setText(rule.name);
    m_active->setChecked(rule.active);
    m_conditions->setRowCount(0);
    for (const AssignmentCondition& c : rule.conditions)
        addConditionRow(c);
    m_targetKind->setCurrentIndex(m_targetKind->findData(rule.targetKind));
    m_team->setCurrentIndex(std::max(0, m_team->findData(rule.targetTeamId)));
    m_user->setCurrentIndex(std::max(0, m_user->findData(rule.targetUserId)));
    m_strategy->setCurrentIndex(std::max(0, m_strategy->findData(rule.strategy)));
    m_cap->setValue(rule.openCap);
    updateTargetWidgets();
    m_showing = false;
}

void AssignmentRulesDialog::storeRule()
{
    if (m_current < 0 || m_current >= m_rules.size())
        return;
    AssignmentRule& rule = m_rules[m_current];
    rule.name = m_name->text().trimmed();
    rule.active = m_active->isChecked();
    rule.conditions.clear();
    for (int row = 0; row < m_conditions->rowCount(); ++row) {
        auto* field = qobject_cast<QComboBox*>(m_conditions->cellWidget(row, 0));
        auto* op = qobject_cast<QComboBox*>(m_conditions->cellWidget(row, 1));
        const QTableWidgetItem* value = m_conditions->item(row, 2);
        rule.conditions.append({field->currentData().toString(), op->currentData().toString(),
                                value ? value->text().trimmed() : QString()});
    }
    rule.targetKind = m_targetKind->currentData().toString();
    rule.targetTeamId = rule.targetKind == QLatin1String("team") ? m_team->currentData().toString() : QString();
    rule.targetUserId = rule.targetKind == QLatin1String("user") ? m_user->currentData().toString() : QString();
    rule.strategy = m_strategy->currentData().toString();
    rule.openCap = m_cap->value();
}

void AssignmentRulesDialog::addConditionRow(const AssignmentCondition& condition)
{
    const int row = m_conditions->rowCount();
    m_conditions->insertRow(row);
    m_conditions->setCellWidget(row, 0, choiceBox(conditionFields(m_entity), condition.field, m_conditions));
    m_conditions->setCellWidget(row, 1, choiceBox(operatorNames(), condition.op, m_conditions));
    m_conditions->setItem(row, 2, new QTableWidgetItem(condition.value));
}

void AssignmentRulesDialog::updateTargetWidgets()
{
    const bool team = m_targetKind->currentData().toString() == QLatin1String("team");
    m_team->setEnabled(team);
    m_strategy->setEnabled(team);
    m_user->setEnabled(!team);
}

void AssignmentRulesDialog::addRule()
{
    storeRule();
    AssignmentRule rule;
    rule.name = tr("New rule");
    m_rules.append(rule);
    refreshNames();
    m_list->setCurrentRow(int(m_rules.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void AssignmentRulesDialog::removeRule()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_current = -1; // the form belongs to the rule being removed
    m_rules.removeAt(row);
    refreshNames();
    m_list->setCurrentRow(std::min(row, int(m_rules.size()) - 1));
    showRule(m_list->currentRow());
}

void AssignmentRulesDialog::moveRule(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_rules.size())
        return;
    storeRule();
    m_rules.move(row, to);
    m_current = to;
    refreshNames();
    m_showing = true;
    m_list->setCurrentRow(to);
    m_showing = false;
}

void AssignmentRulesDialog::accept()
{
    storeRule();
    const WriteResult saved = AssignmentRules(m_db, m_entity).saveRules(m_rules);
    if (!saved.ok()) {
        m_error->setText(saved.message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

#pragma once

#include "AssignmentRules.h"

#include <QDialog>
#include <QList>

class Database;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

// Edits the lead assignment rules (AssignmentRules): the list in evaluation order (top-down; Move up / Move down,
// Alt+Up / Alt+Down), and the chosen rule's name, whether it is on, its conditions (field, operator, value), its
// target (a rep, or a team by round robin or fewest open leads) and the cap of open leads per rep. Save writes the
// whole list in one transaction.
class AssignmentRulesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AssignmentRulesDialog(Database& db, QWidget* parent = nullptr);
    // The rules of another record kind that AssignmentRules routes ("ticket": service tickets, issue 14).
    AssignmentRulesDialog(Database& db, const QString& entity, QWidget* parent = nullptr);

    QListWidget* ruleList() const { return m_list; }
    QList<AssignmentRule> rules() const { return m_rules; }

public Q_SLOTS:
    void accept() override;
    void addRule();
    void removeRule();
    void moveRule(int delta);

private:
    void showRule(int row);
    void storeRule(); // the form into m_rules[m_current]
    void addConditionRow(const AssignmentCondition& condition);
    void updateTargetWidgets();
    void refreshNames();

    Database& m_db;
    QString m_entity = QStringLiteral("lead");
    QList<AssignmentRule> m_rules;
    int m_current = -1;
    bool m_showing = false;

    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QCheckBox* m_active = nullptr;
    QTableWidget* m_conditions = nullptr;
    QComboBox* m_targetKind = nullptr;
    QComboBox* m_user = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_strategy = nullptr;
    QSpinBox* m_cap = nullptr;
    QLabel* m_error = nullptr;
    QWidget* m_editor = nullptr;
};

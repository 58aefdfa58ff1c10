#pragma once

#include "AttributeDefinition.h"

#include <QDialog>
#include <QList>
#include <QString>

class Database;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

// Settings > Custom fields…: the custom fields of each entity with custom fields (AttributeDefinitions::entities()),
// in their order; add, edit (AttributeEditDialog), move up and down, deactivate and activate again. Every change is
// written at once, each in its own transaction; forms and lists pick the fields up when they next open.
class AttributeSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AttributeSettingsDialog(Database& db, QWidget* parent = nullptr);

    QString entity() const;
    void setEntity(const QString& entity);
    // The fields listed, in order (tests).
    QList<AttributeDefinition> fields() const { return m_fields; }
    bool changed() const { return m_changed; }

public Q_SLOTS:
    void addField();
    void editField();
    void moveUp();
    void moveDown();
    void toggleActive();

private:
    void reload(const QString& selectId = QString());
    void move(int by);
    void updateButtons();
    void showError(const QString& message);
    int currentRow() const;

    Database& m_db;
    QComboBox* m_entity = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_active = nullptr;
    QLabel* m_message = nullptr;
    QList<AttributeDefinition> m_fields;
    bool m_changed = false;
};

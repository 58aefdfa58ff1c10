#pragma once

#include <QComboBox>
#include <QVariant>

// A combo box over a LookupModel (id, name) whose USER property `value` is the selected id, so a
// QDataWidgetMapper reads and writes ids while the user sees names. An optional "none" entry maps to
// NULL. An id the model does not list (an inactive lookup, a user who left) is still shown, as its id
// wrapped in a placeholder text, rather than silently changed on save.
class LookupComboBox : public QComboBox
{
    Q_OBJECT
    Q_PROPERTY(QVariant value READ value WRITE setValue NOTIFY valueChanged USER true)
public:
    // idRole: the role carrying the id in the model (LookupModel: Qt::UserRole).
    explicit LookupComboBox(QWidget* parent = nullptr, int idRole = Qt::UserRole);

    // noneText empty = no "none" entry (the field is required).
    void setLookupModel(QAbstractItemModel* model, const QString& noneText = {});
    QAbstractItemModel* lookupModel() const { return m_source; }
    QVariant value() const;
    void setValue(const QVariant& id);

Q_SIGNALS:
    void valueChanged(const QVariant& id);

private:
    void rebuild();
    int findId(const QVariant& id) const;

    QAbstractItemModel* m_source = nullptr;
    QString m_noneText;
    int m_idRole;
};

#pragma once

#include <QLineEdit>
#include <QVariant>

class Database;
class QCompleter;
class RecordListModel;

// Chooses a customer by typing part of its name: a QCompleter over a small, index-backed search of
// the customer list (RecordListModel with ListSpec::customers(), refreshed as the user types), so
// it stays fast with a million customers. USER property `value` is the chosen customer's id; text
// that matches no chosen customer leaves the value empty (and the editor reports it as required).
class CustomerPicker : public QLineEdit
{
    Q_OBJECT
    Q_PROPERTY(QVariant value READ value WRITE setValue NOTIFY valueChanged USER true)
public:
    explicit CustomerPicker(Database& db, QWidget* parent = nullptr);
    ~CustomerPicker() override;

    QVariant value() const;
    void setValue(const QVariant& id);
    QCompleter* customerCompleter() const { return m_completer; }
    RecordListModel* listModel() const { return m_list; }

Q_SIGNALS:
    void valueChanged(const QVariant& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onEdited(const QString& text);
    void choose(const QString& id, const QString& name);

    Database& m_db;
    RecordListModel* m_list = nullptr;
    QCompleter* m_completer = nullptr;
    QString m_id;
    QString m_chosenName;
};

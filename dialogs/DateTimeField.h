#pragma once

#include <QDateTimeEdit>
#include <QVariant>

class Clock;

// A date-time editor showing local time while the database keeps UTC: USER property `value` is the
// UTC QDateTime (what RecordModel reads and writes for *_at columns), or NULL when the field allows
// none and is empty. A value the user did not touch comes back exactly, seconds included, so saving
// an unchanged form does not rewrite the column.
class DateTimeField : public QDateTimeEdit
{
    Q_OBJECT
    Q_PROPERTY(QVariant value READ value WRITE setValue NOTIFY valueChanged USER true)
public:
    explicit DateTimeField(QWidget* parent = nullptr, bool allowEmpty = false);

    QVariant value() const;
    void setValue(const QVariant& stored);
    bool isEmpty() const;
    // Where "now" comes from (the time a field that allows no empty value starts with): the database's
    // clock, Database::clock(); Clock::system() until set or when null. A field that allows no empty
    // value and holds no loaded value moves to the new clock's now: set the clock before the user edits.
    void setClock(const Clock* clock);

Q_SIGNALS:
    void valueChanged(const QVariant& stored);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool m_allowEmpty;
    const Clock* m_clock;
    QDateTime m_loaded;      // as stored (UTC)
    QDateTime m_loadedShown; // as the editor showed it
};

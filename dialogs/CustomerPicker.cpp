#include "CustomerPicker.h"

#include "CustomerModel.h"
#include "RecordListModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QEvent>

CustomerPicker::CustomerPicker(Database& db, QWidget* parent) : QLineEdit(parent), m_db(db)
{
    setPlaceholderText(tr("Type to search customers"));
    setClearButtonEnabled(true);
    m_list = new RecordListModel(m_db, ListSpec::customers(), this);
    // A picker needs a handful of matches, not a counted list.
    m_list->setBackgroundEnabled(false);
    m_list->setPageSize(20);
    m_list->setCachePages(2);

    m_completer = new QCompleter(m_list, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion); // the model already filters
    m_completer->setCompletionColumn(qMax(0, m_list->spec().columnIndex(QStringLiteral("name"))));
    m_completer->setMaxVisibleItems(10);
    m_completer->setWidget(this);

    connect(this, &QLineEdit::textEdited, this, &CustomerPicker::onEdited);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        choose(index.data(RecordListModel::IdRole).toString(), index.data(Qt::DisplayRole).toString());
    });
}

CustomerPicker::~CustomerPicker() = default;

void CustomerPicker::onEdited(const QString& text)
{
    if (!m_id.isEmpty() && text != m_chosenName) {
        m_id.clear();
        Q_EMIT valueChanged(QVariant());
    }
    const QString search = text.trimmed();
    if (search.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_list->setSearchText(search);
    m_completer->setCompletionPrefix(QString());
    if (m_list->rowCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void CustomerPicker::choose(const QString& id, const QString& name)
{
    m_id = id;
    m_chosenName = name;
    setText(name);
    Q_EMIT valueChanged(value());
}

void CustomerPicker::changeEvent(QEvent* event)
{
    // A preset customer is fixed: make it look like text, not like an empty field to type into.
    if (event->type() == QEvent::ReadOnlyChange) {
        QPalette p = palette();
        p.setBrush(QPalette::Base,
                   isReadOnly() ? p.brush(QPalette::Window) : QApplication::palette(this).brush(QPalette::Base));
        setPalette(p);
        setClearButtonEnabled(!isReadOnly());
    }
    QLineEdit::changeEvent(event);
}

QVariant CustomerPicker::value() const
{
    return m_id.isEmpty() ? QVariant() : QVariant(m_id);
}

void CustomerPicker::setValue(const QVariant& id)
{
    const QString key = id.isNull() ? QString() : id.toString();
    if (key == m_id && !key.isEmpty())
        return;
    QString name;
    if (!key.isEmpty()) {
        CustomerModel customers(m_db);
        if (customers.selectRecord(key) && customers.rowCount() == 1)
            name = customers.value(0, QStringLiteral("name")).toString();
        else
            name = tr("(deleted customer)");
    }
    m_id = key;
    m_chosenName = name;
    setText(name);
    Q_EMIT valueChanged(value());
}

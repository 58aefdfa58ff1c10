#include "LookupComboBox.h"

#include <QAbstractItemModel>

namespace {
// Lookup ids are integers (lookup tables) or UUID strings (users, stages); compare as text so a
// QVariant(qlonglong) from one driver equals a QVariant(int) from another.
QString idKey(const QVariant& id)
{
    return id.isNull() || !id.isValid() ? QString() : id.toString();
}
} // namespace

LookupComboBox::LookupComboBox(QWidget* parent, int idRole) : QComboBox(parent), m_idRole(idRole)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT valueChanged(value()); });
}

void LookupComboBox::setLookupModel(QAbstractItemModel* model, const QString& noneText)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = model;
    m_noneText = noneText;
    if (m_source) {
        // Keep the selection when the lookup list is reloaded (e.g. an admin added an industry).
        connect(m_source, &QAbstractItemModel::modelReset, this, &LookupComboBox::rebuild);
        connect(m_source, &QAbstractItemModel::rowsInserted, this, &LookupComboBox::rebuild);
        connect(m_source, &QAbstractItemModel::rowsRemoved, this, &LookupComboBox::rebuild);
        connect(m_source, &QAbstractItemModel::dataChanged, this, &LookupComboBox::rebuild);
    }
    rebuild();
}

void LookupComboBox::rebuild()
{
    const QVariant current = value();
    const QSignalBlocker blocker(this);
    clear();
    if (!m_noneText.isEmpty())
        addItem(m_noneText, QVariant());
    if (m_source) {
        for (int row = 0; row < m_source->rowCount(); ++row) {
            const QModelIndex index = m_source->index(row, 0);
            addItem(index.data(Qt::DisplayRole).toString(), index.data(m_idRole));
        }
    }
    setValue(current);
}

int LookupComboBox::findId(const QVariant& id) const
{
    const QString key = idKey(id);
    for (int i = 0; i < count(); ++i) {
        if (idKey(itemData(i)) == key)
            return i;
    }
    return -1;
}

QVariant LookupComboBox::value() const
{
    const int index = currentIndex();
    if (index < 0)
        return {};
    const QVariant id = itemData(index);
    return idKey(id).isEmpty() ? QVariant() : id;
}

void LookupComboBox::setValue(const QVariant& id)
{
    int index = findId(id);
    if (index < 0 && !idKey(id).isEmpty()) {
        addItem(tr("(unknown: %1)").arg(idKey(id)), id);
        index = count() - 1;
    }
    if (index < 0 && count() > 0 && m_noneText.isEmpty())
        index = -1; // required field with no value yet: show nothing chosen
    setCurrentIndex(index);
}

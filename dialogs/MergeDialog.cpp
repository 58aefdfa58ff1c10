#include "MergeDialog.h"

#include "Database.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
// Columns whose values are keys of other records (owner, industry, parent company, the contact's customer): the
// survivor keeps its own, since a merge is about one real customer, not about moving it elsewhere.
bool isReference(const QString& column)
{
    return column.endsWith(QLatin1String("_id"));
}

bool same(const QVariant& a, const QVariant& b)
{
    return a.toString().trimmed() == b.toString().trimmed();
}
} // namespace

MergeDialog::MergeDialog(Database& db, const QString& entity, const QStringList& ids, QWidget* parent)
    : QDialog(parent), m_db(db), m_entity(entity)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(entity == QLatin1String("contact") ? tr("Merge contacts") : tr("Merge customers"));
    DuplicateMerger merger(db);
    merger.rows(entity, ids, &m_rows, &m_error);
    if (m_rows.size() < 2 && m_error.isEmpty())
        m_error = tr("These records were deleted or merged in the meantime.");

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Choose the record to keep and, where the records differ, the value to keep. The "
                                "other records are merged into it and kept in Deleted items, pointing to it. Edit > "
                                "Undo takes the merge back."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* keep = new QGroupBox(tr("Record to &keep"), this);
    auto* keepLayout = new QVBoxLayout(keep);
    m_survivorGroup = new QButtonGroup(this);
    for (int i = 0; i < m_rows.size(); ++i) {
        auto* button = new QRadioButton(recordTitle(i), keep);
        button->setObjectName(QStringLiteral("survivor_%1").arg(i));
        m_survivorGroup->addButton(button, i);
        keepLayout->addWidget(button);
    }
    layout->addWidget(keep);

    auto* fields = new QGroupBox(tr("Values to keep"), this);
    auto* scroll = new QScrollArea(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget(scroll);
    m_grid = new QGridLayout(inner);
    scroll->setWidget(inner);
    auto* fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->addWidget(scroll);
    layout->addWidget(fields, 1);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("mergePreview"));
    m_preview->setWordWrap(true);
    layout->addWidget(m_preview);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("mergeOkButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isLoaded());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_survivorGroup, &QButtonGroup::idClicked, this, &MergeDialog::setSurvivor);
    if (!isLoaded()) {
        m_preview->setText(m_error);
        return;
    }
    // Offered: the columns the records fill differently.
    for (const QString& column : merger.mergeableColumns(entity)) {
        if (isReference(column))
            continue;
        bool differs = false;
        for (int i = 1; i < m_rows.size(); ++i)
            differs = differs || !same(m_rows.at(i).value(column), m_rows.first().value(column));
        if (differs)
            m_choiceColumns << column;
    }
    setSurvivor(0);
    resize(720, 520);
}

QString MergeDialog::recordTitle(int index) const
{
    const QVariantHash& row = m_rows.at(index);
    QStringList parts{row.value(QStringLiteral("name")).toString()};
    for (const char* column : {"email", "phone", "mobile", "company"}) {
        const QString value = row.value(QLatin1String(column)).toString();
        if (!value.isEmpty())
            parts << value;
    }
    return parts.join(QStringLiteral(" · "));
}

QString MergeDialog::shown(const QVariant& value) const
{
    const QString text = value.toString().simplified();
    if (text.isEmpty())
        return tr("(empty)");
    return text.size() > 60 ? text.left(59) + QChar(0x2026) : text;
}

QString MergeDialog::label(const QString& column) const
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("company"), QT_TR_NOOP("Company")},
        {QStringLiteral("company_size"), QT_TR_NOOP("Company size")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("mobile"), QT_TR_NOOP("Mobile")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")},
        {QStringLiteral("website"), QT_TR_NOOP("Website")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("district"), QT_TR_NOOP("District")},
        {QStringLiteral("region"), QT_TR_NOOP("Province / state")},
        {QStringLiteral("country"), QT_TR_NOOP("Country / region")},
        {QStringLiteral("value_tier"), QT_TR_NOOP("Value tier")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("background"), QT_TR_NOOP("Background")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("is_primary"), QT_TR_NOOP("Primary contact")},
        {QStringLiteral("external_id"), QT_TR_NOOP("External ID")},
        {QStringLiteral("year_established"), QT_TR_NOOP("Year established")},
        {QStringLiteral("annual_revenue_minor"), QT_TR_NOOP("Annual revenue")},
        {QStringLiteral("annual_revenue_currency"), QT_TR_NOOP("Revenue currency")},
    };
    const char* text = labels.value(column);
    return text ? tr(text) : column;
}

void MergeDialog::setSurvivor(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    m_survivor = index;
    if (QAbstractButton* button = m_survivorGroup->button(index))
        button->setChecked(true);
    buildChoices();
    updatePreview();
}

void MergeDialog::buildChoices()
{
    // Rebuilt from the survivor: each field starts at its value, or at the first record that fills it.
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    qDeleteAll(m_choiceGroups);
    m_choiceGroups.clear();
    QWidget* inner = m_grid->parentWidget();
    for (int r = 0; r < m_choiceColumns.size(); ++r) {
        const QString& column = m_choiceColumns.at(r);
        auto* name = new QLabel(label(column), inner);
        m_grid->addWidget(name, r, 0, Qt::AlignTop);
        auto* group = new QButtonGroup(this);
        int initial = m_survivor;
        if (m_rows.at(m_survivor).value(column).toString().trimmed().isEmpty()) {
            for (int i = 0; i < m_rows.size(); ++i) {
                if (!m_rows.at(i).value(column).toString().trimmed().isEmpty()) {
                    initial = i;
                    break;
                }
            }
        }
        for (int i = 0; i < m_rows.size(); ++i) {
            auto* button = new QRadioButton(shown(m_rows.at(i).value(column)), inner);
            button->setObjectName(QStringLiteral("choice_%1_%2").arg(column).arg(i));
            group->addButton(button, i);
            m_grid->addWidget(button, r, i + 1);
            if (i == initial)
                button->setChecked(true);
        }
        if (r == 0)
            name->setBuddy(group->button(initial));
        m_choiceGroups << group;
    }
    m_grid->setColumnStretch(int(m_rows.size()) + 1, 1);
    m_grid->setRowStretch(int(m_choiceColumns.size()), 1);
}

void MergeDialog::choose(const QString& column, int index)
{
    const int at = int(m_choiceColumns.indexOf(column));
    if (at < 0)
        return;
    if (QAbstractButton* button = m_choiceGroups.at(at)->button(index))
        button->setChecked(true);
}

DuplicateMerger::Plan MergeDialog::plan() const
{
    DuplicateMerger::Plan plan;
    plan.entity = m_entity;
    if (!isLoaded())
        return plan;
    plan.survivorId = m_rows.at(m_survivor).value(QStringLiteral("id")).toString();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i != m_survivor)
            plan.mergedIds << m_rows.at(i).value(QStringLiteral("id")).toString();
    }
    for (int c = 0; c < m_choiceColumns.size(); ++c) {
        const int chosen = m_choiceGroups.at(c)->checkedId();
        if (chosen < 0 || chosen == m_survivor)
            continue;
        const QString& column = m_choiceColumns.at(c);
        plan.values.insert(column, m_rows.at(chosen).value(column));
    }
    return plan;
}

QString MergeDialog::previewText() const
{
    return m_preview->text();
}

void MergeDialog::updatePreview()
{
    QList<DuplicateMerger::Move> moves;
    QString error;
    if (!DuplicateMerger(m_db).preview(plan(), &moves, &error)) {
        m_preview->setText(error);
        return;
    }
    QStringList parts;
    for (const DuplicateMerger::Move& move : std::as_const(moves)) {
        const QString& t = move.table;
        if (t == QLatin1String("contacts"))
            parts << tr("%n contact(s)", nullptr, move.rows);
        else if (t == QLatin1String("interactions"))
            parts << tr("%n follow-up(s)", nullptr, move.rows);
        else if (t == QLatin1String("opportunities"))
            parts << tr("%n opportunity(ies)", nullptr, move.rows);
        else if (t == QLatin1String("tasks"))
            parts << tr("%n task(s)", nullptr, move.rows);
        else if (t == QLatin1String("customer_tags"))
            parts << tr("%n tag(s)", nullptr, move.rows);
        else if (t == QLatin1String("customers"))
            parts << tr("%n subsidiary(ies)", nullptr, move.rows);
        else
            parts << tr("%1: %n row(s)", nullptr, move.rows).arg(t);
    }
    const QString survivorName = m_rows.at(m_survivor).value(QStringLiteral("name")).toString();
    m_preview->setText(parts.isEmpty()
                           ? tr("Nothing else refers to the merged records; they are kept as deleted records "
                                "pointing to “%1”.")
                                 .arg(survivorName)
                           : tr("Moves to “%1”: %2.").arg(survivorName, parts.join(tr(", ", "list separator"))));
}

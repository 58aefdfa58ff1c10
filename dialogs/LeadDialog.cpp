#include "LeadDialog.h"

#include "ConvertLeadDialog.h"
#include "LeadAssignments.h"
#include "LeadModel.h"
#include "LookupComboBox.h"
#include "LookupModel.h"
#include "Permissions.h"
#include "ReportFormat.h"
#include "SqlValues.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>

LeadDialog::LeadDialog(Database& db, const QString& id, const QVariantHash& presets, QWidget* parent)
    : RecordDialog(db, QStringLiteral("lead"), parent)
{
    setWindowTitle(id.isEmpty() ? tr("New Lead") : tr("Edit Lead"));
    QVariantHash starting = presets;
    // A new lead waits for the assignment rules unless someone chooses its owner in the form; on a team database
    // where the server refuses this user's leads without owner it is theirs (see RecordDialog::makeOwnerLookup).
    if (id.isEmpty() && !starting.contains(QStringLiteral("owner_id")) &&
        Permissions::mayLeaveOwnerEmpty(db, QStringLiteral("leads")))
        starting.insert(QStringLiteral("owner_id"), QVariant());
    load(new LeadModel(db, this), id, starting);

    auto* name = new QLineEdit(this);
    auto* company = new QLineEdit(this);
    auto* title = new QLineEdit(this);
    auto* phone = new QLineEdit(this);
    auto* mobile = new QLineEdit(this);
    auto* email = new QLineEdit(this);
    auto* source = makeLookup(LookupModel::leadSources(db), tr("(none)"));
    auto* type = makeLookup(LookupModel::leadTypes(db), tr("(none)"));
    auto* region = new QLineEdit(this);
    region->setPlaceholderText(tr("Province, state or country"));
    auto* product = new QLineEdit(this);
    auto* owner = makeOwnerLookup(tr("(by the assignment rules)"));
    QList<QPair<QVariant, QString>> statuses;
    for (const QString& status : LeadModel::statuses())
        statuses.append({status, LeadModel::statusText(status)});
    auto* status = makeChoices(statuses);
    auto* reason = new QLineEdit(this);
    auto* notes = new QPlainTextEdit(this);
    notes->setTabChangesFocus(true);
    // Three lines: the assignment history and Convert… below should fit without scrolling.
    notes->setFixedHeight(notes->fontMetrics().lineSpacing() * 3 + 12);

    addField(QStringLiteral("name"), tr("&Name:"), name);
    addField(QStringLiteral("company"), tr("&Company:"), company);
    addField(QStringLiteral("title"), tr("&Job title:"), title);
    addField(QStringLiteral("phone"), tr("&Phone:"), phone);
    addField(QStringLiteral("mobile"), tr("&Mobile:"), mobile);
    addField(QStringLiteral("email"), tr("E-mai&l:"), email);
    addField(QStringLiteral("source_id"), tr("Sou&rce:"), source);
    addField(QStringLiteral("type_id"), tr("T&ype:"), type);
    addField(QStringLiteral("region"), tr("Re&gion:"), region);
    addField(QStringLiteral("product_interest"), tr("Product &interest:"), product);
    addField(QStringLiteral("owner_id"), tr("O&wner:"), owner);
    addField(QStringLiteral("status"), tr("St&atus:"), status);
    addField(QStringLiteral("disqualify_reason"), tr("Reason &disqualified:"), reason);
    addField(QStringLiteral("notes"), tr("N&otes:"), notes);

    addAttributeFields(); // every lead type's fields: the editor does not switch its form with the type

    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("assignmentHistory"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("When"), tr("Owner"), tr("Before"), tr("Why")});
    m_history->header()->setStretchLastSection(true);
    m_history->setFixedHeight(m_history->fontMetrics().lineSpacing() * 4 + 16);
    addRow(tr("Assignments:"), m_history);

    m_convert = new QPushButton(tr("Con&vert…"), this);
    m_convert->setObjectName(QStringLiteral("convertButton"));
    m_convert->setToolTip(tr("Make a customer and contact (and an opportunity) from this lead"));
    addRow(QString(), m_convert);
    connect(m_convert, &QPushButton::clicked, this, &LeadDialog::convert);
    connect(status, &LookupComboBox::valueChanged, this, [this] { updateStatusWidgets(); });

    populate();
    name->setFocus(Qt::OtherFocusReason);
    resize(560, 720);
}

void LeadDialog::afterLoad()
{
    refreshHistory();
    updateStatusWidgets();
}

void LeadDialog::updateStatusWidgets()
{
    const QString status = qobject_cast<LookupComboBox*>(editorFor(QStringLiteral("status")))->value().toString();
    editorFor(QStringLiteral("disqualify_reason"))->setEnabled(status == QLatin1String("disqualified"));
    const bool converted = !model()->value(currentRow(), QStringLiteral("converted_at")).isNull();
    m_convert->setEnabled(!converted && status != QLatin1String("disqualified"));
}

void LeadDialog::refreshHistory()
{
    m_history->clear();
    const QString id = model()->recordId(currentRow());
    if (isNew() && recordId().isEmpty())
        return;
    const auto entries = LeadAssignments(database()).history(id);
    for (const LeadAssignments::Entry& e : entries) {
        const QString why = e.ruleName.isEmpty() ? e.reason : e.reason;
        auto* item = new QTreeWidgetItem(m_history, {ReportFormat::dateTime(SqlValues::toDateTime(e.assignedAt)),
                                                     e.ownerName.isEmpty() ? tr("(nobody)") : e.ownerName,
                                                     e.previousOwnerName, why});
        item->setToolTip(3, e.assignedByName.isEmpty() ? why : tr("%1 — by %2").arg(why, e.assignedByName));
    }
}

void LeadDialog::convert()
{
    // Converting works on the lead as saved: save what was typed first (saving closes this editor).
    if ((hasUnsavedChanges() || isNew()) && !save())
        return;
    const QString id = model()->recordId(currentRow());
    ConvertLeadDialog dialog(database(), id, isVisible() ? this : parentWidget());
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit converted(id, dialog.customerId());
    if (isVisible())
        accept();
}

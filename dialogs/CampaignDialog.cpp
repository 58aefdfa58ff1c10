#include "CampaignDialog.h"

#include "CampaignModel.h"
#include "CampaignReport.h"
#include "CampaignService.h"
#include "CurrencyComboBox.h"
#include "DateField.h"
#include "LookupComboBox.h"
#include "LookupModel.h"
#include "MoneyEdit.h"
#include "ReportFormat.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>

CampaignDialog::CampaignDialog(Database& db, const QString& id, const QVariantHash& presets, QWidget* parent)
    : RecordDialog(db, QStringLiteral("campaign"), parent), m_id(id)
{
    setWindowTitle(id.isEmpty() ? tr("New Campaign") : tr("Edit Campaign"));
    load(new CampaignModel(db, this), id, presets);

    auto* name = new QLineEdit(this);
    QList<QPair<QVariant, QString>> channels;
    for (const QString& code : CampaignModel::channels())
        channels.append({code, CampaignModel::channelName(code)});
    QList<QPair<QVariant, QString>> statuses;
    for (const QString& code : CampaignModel::statuses())
        statuses.append({code, CampaignModel::statusName(code)});
    auto* channel = makeChoices(channels);
    auto* status = makeChoices(statuses);
    auto* starts = new DateField(this);
    auto* ends = new DateField(this);
    auto* currency = new CurrencyComboBox(this);
    auto* budget = new MoneyEdit(this);
    auto* cost = new MoneyEdit(this);
    connect(currency, &CurrencyComboBox::codeChanged, budget, &MoneyEdit::setCurrency);
    connect(currency, &CurrencyComboBox::codeChanged, cost, &MoneyEdit::setCurrency);
    auto* owner = makeOwnerLookup(tr("(nobody)"));
    auto* audience = makeChoices({{QStringLiteral("customer"), tr("Customers")}, {QStringLiteral("lead"), tr("Leads")}},
                                 tr("(no target list)"));
    auto* notes = new QPlainTextEdit(this);
    notes->setTabChangesFocus(true);
    notes->setMaximumHeight(80); // the members below get the room

    addField(QStringLiteral("name"), tr("&Name:"), name);
    addField(QStringLiteral("channel"), tr("C&hannel:"), channel);
    addField(QStringLiteral("status"), tr("&Status:"), status);
    addField(QStringLiteral("starts_on"), tr("Sta&rts:"), starts);
    addField(QStringLiteral("ends_on"), tr("&Ends:"), ends);
    addField(QStringLiteral("currency"), tr("Currenc&y:"), currency);
    addField(QStringLiteral("budget_minor"), tr("&Budget:"), budget);
    addField(QStringLiteral("cost_minor"), tr("Actual &cost:"), cost);
    addField(QStringLiteral("owner_id"), tr("&Owner:"), owner);
    addField(QStringLiteral("audience_entity"), tr("Target &audience:"), audience);
    addField(QStringLiteral("notes"), tr("No&tes:"), notes);

    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("campaignFigures"));
    m_figures->setWordWrap(true);
    addRow(tr("Results:"), m_figures);
    m_members = new QTableWidget(0, 3, this);
    m_members->setObjectName(QStringLiteral("campaignMembers"));
    m_members->setHorizontalHeaderLabels({tr("Member"), tr("Kind"), tr("Response")});
    m_members->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_members->verticalHeader()->hide();
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setMinimumHeight(140);
    addRow(tr("Members:"), m_members);
    populate();
    showFiguresAndMembers();
    name->setFocus(Qt::OtherFocusReason);
    resize(600, 760);
}

void CampaignDialog::afterLoad()
{
    // The currency decides how many decimals the amounts have, so set it before them.
    const QString code = qobject_cast<CurrencyComboBox*>(editorFor(QStringLiteral("currency")))->code();
    for (const QString& column : {QStringLiteral("budget_minor"), QStringLiteral("cost_minor")}) {
        auto* money = qobject_cast<MoneyEdit*>(editorFor(column));
        money->setCurrency(code);
        money->setMinorUnits(model()->value(currentRow(), column).toLongLong());
    }
}

bool CampaignDialog::beforeSubmit(QHash<QString, QString>* errors)
{
    for (const QString& column : {QStringLiteral("budget_minor"), QStringLiteral("cost_minor")}) {
        const auto* money = qobject_cast<MoneyEdit*>(editorFor(column));
        if (!money->isValid())
            errors->insert(column, money->errorText());
    }
    return errors->isEmpty();
}

void CampaignDialog::showFiguresAndMembers()
{
    if (m_id.isEmpty()) {
        m_figures->setText(tr("Figures appear once the campaign is saved."));
        return;
    }
    QString error;
    // In the campaign's own currency: its won deals in that currency, its ROI against its own cost.
    ReportFilter filter;
    filter.currency = model()->value(currentRow(), QStringLiteral("currency")).toString();
    const auto report = CampaignReport(database()).compute(filter, CampaignReport::Model::FirstTouch, &error);
    for (const auto& row : report.campaigns) {
        if (row.campaignId != m_id)
            continue;
        m_figures->setText(tr("%1 leads (%2 qualified), %3 opportunities; won by first touch: %4 deals, %5; ROI %6")
                               .arg(ReportFormat::number(row.leads), ReportFormat::number(row.qualifiedLeads),
                                    ReportFormat::number(row.opportunities), ReportFormat::number(row.won),
                                    ReportFormat::money(row.revenueMinor, report.currency),
                                    row.hasRoi ? ReportFormat::percent(row.roi) : tr("—", "no figure")));
    }
    if (!error.isEmpty())
        m_figures->setText(error);
    const auto members = CampaignService(database()).members(m_id, &error);
    m_members->setRowCount(int(members.size()));
    for (int i = 0; i < members.size(); ++i) {
        const auto& m = members.at(i);
        const QString kind = m.person == CampaignService::Person::Lead      ? tr("Lead")
                             : m.person == CampaignService::Person::Contact ? tr("Contact")
                                                                            : tr("Customer");
        m_members->setItem(i, 0, new QTableWidgetItem(m.name));
        m_members->setItem(i, 1, new QTableWidgetItem(kind));
        m_members->setItem(i, 2, new QTableWidgetItem(CampaignService::responseName(m.response)));
    }
}

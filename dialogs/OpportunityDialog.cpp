#include "OpportunityDialog.h"

#include "CampaignService.h"
#include "ContactModel.h"
#include "CurrencyComboBox.h"
#include "CustomerPicker.h"
#include "DateField.h"
#include "LookupComboBox.h"
#include "LookupModel.h"
#include "MoneyEdit.h"
#include "OpportunityModel.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSet>
#include <QSpinBox>

OpportunityDialog::OpportunityDialog(Database& db, const QString& id, const QVariantHash& presets, QWidget* parent)
    : RecordDialog(db, QStringLiteral("opportunity"), parent)
{
    setWindowTitle(id.isEmpty() ? tr("New Opportunity") : tr("Edit Opportunity"));
    load(new OpportunityModel(db, this), id, presets);
    m_contacts = new ContactModel(db, this);

    auto* name = new QLineEdit(this);
    auto* customer = new CustomerPicker(db, this);
    customer->setReadOnly(presets.contains(QStringLiteral("customer_id")));
    auto* contact = makeChoices({}, tr("(nobody in particular)"));
    auto* amount = new MoneyEdit(this);
    auto* currency = new CurrencyComboBox(this);
    auto* close = new DateField(this);
    m_stages = LookupModel::pipelineStages(db);
    auto* stage = makeLookup(m_stages);
    auto* probability = new QSpinBox(this);
    probability->setRange(0, 100);
    probability->setSuffix(tr(" %"));
    auto* owner = makeOwnerLookup(tr("(nobody)"));
    auto* source = makeLookup(LookupModel::leadSources(db), tr("(none)"));
    auto* budget = new QLineEdit(this);
    auto* timeline = new QLineEdit(this);
    auto* need = new QLineEdit(this);
    auto* competitors = new QLineEdit(this);
    competitors->setPlaceholderText(tr("Other competitors, in words"));
    // The competitor records (issue 15): checked ones are linked to the deal; on a lost deal one of them won it.
    CampaignService campaigns(db);
    QList<QPair<QVariant, QString>> campaignItems;
    for (const auto& campaign : campaigns.campaignChoices())
        campaignItems.append({campaign.first, campaign.second});
    auto* campaign = makeChoices(campaignItems, tr("(none)"));
    m_competitorList = new QListWidget(this);
    m_competitorList->setObjectName(QStringLiteral("competitorList"));
    m_competitorList->setMaximumHeight(90);
    QList<QPair<QVariant, QString>> competitorItems;
    for (const auto& competitor : campaigns.competitorChoices()) {
        auto* item = new QListWidgetItem(competitor.second, m_competitorList);
        item->setData(Qt::UserRole, competitor.first);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        competitorItems.append({competitor.first, competitor.second});
    }
    m_winner = makeChoices(competitorItems, tr("(nobody)"));
    m_winner->setObjectName(QStringLiteral("competitorWinner"));
    auto* lostReason = new QLineEdit(this);
    auto* notes = new QPlainTextEdit(this);
    notes->setTabChangesFocus(true);

    addField(QStringLiteral("name"), tr("&Name:"), name);
    addField(QStringLiteral("customer_id"), tr("C&ustomer:"), customer);
    addField(QStringLiteral("contact_id"), tr("&Contact:"), contact);
    addField(QStringLiteral("amount_minor"), tr("&Amount:"), amount);
    addField(QStringLiteral("currency"), tr("Currenc&y:"), currency);
    addField(QStringLiteral("expected_close"), tr("E&xpected close:"), close);
    addField(QStringLiteral("stage_id"), tr("Sta&ge:"), stage);
    addField(QStringLiteral("probability"), tr("&Probability:"), probability);
    addField(QStringLiteral("owner_id"), tr("&Owner:"), owner);
    addField(QStringLiteral("lead_source_id"), tr("&Lead source:"), source);
    addField(QStringLiteral("budget"), tr("&Budget:"), budget);
    addField(QStringLiteral("timeline"), tr("T&imeline:"), timeline);
    addField(QStringLiteral("need"), tr("Nee&d:"), need);
    addField(QStringLiteral("campaign_id"), tr("Con&verting campaign:"), campaign);
    addRow(tr("Co&mpetitors:"), m_competitorList);
    addRow(tr("&Won by:"), m_winner);
    addField(QStringLiteral("competitors"), tr("Ot&her competitors:"), competitors);
    addField(QStringLiteral("lost_reason"), tr("&Reason lost:"), lostReason);
    addField(QStringLiteral("notes"), tr("No&tes:"), notes);
    addAttributeFields();

    connect(currency, &CurrencyComboBox::codeChanged, amount, &MoneyEdit::setCurrency);
    connect(customer, &CustomerPicker::valueChanged, this, [this] {
        if (!isLoading())
            refreshContacts();
    });
    connect(stage, &LookupComboBox::valueChanged, this, [this] {
        if (!isLoading())
            onStageChanged();
    });
    populate();
    name->setFocus(Qt::OtherFocusReason);
    resize(560, 680);
}

void OpportunityDialog::afterLoad()
{
    // The currency decides how many decimals the amount has, so set it before the amount.
    auto* amount = qobject_cast<MoneyEdit*>(editorFor(QStringLiteral("amount_minor")));
    amount->setCurrency(qobject_cast<CurrencyComboBox*>(editorFor(QStringLiteral("currency")))->code());
    amount->setMinorUnits(model()->value(currentRow(), QStringLiteral("amount_minor")).toLongLong());
    refreshContacts();
    onStageChanged();
    loadCompetitors();
}

void OpportunityDialog::loadCompetitors()
{
    const QString id = model()->recordId(currentRow());
    QString winner;
    QSet<QString> linked;
    if (!isNew()) {
        for (const auto& link : CampaignService(database()).competitorsOf(id)) {
            linked.insert(link.first);
            if (link.second)
                winner = link.first;
        }
    }
    for (int i = 0; i < m_competitorList->count(); ++i) {
        QListWidgetItem* item = m_competitorList->item(i);
        item->setCheckState(linked.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_winner->setValue(winner.isEmpty() ? QVariant() : QVariant(winner));
}

void OpportunityDialog::refreshContacts()
{
    const QString customerId =
        qobject_cast<CustomerPicker*>(editorFor(QStringLiteral("customer_id")))->value().toString();
    fillFromChildren(qobject_cast<LookupComboBox*>(editorFor(QStringLiteral("contact_id"))), m_contacts, customerId,
                     tr("(nobody in particular)"));
}

void OpportunityDialog::onStageChanged()
{
    const QVariant stageId = qobject_cast<LookupComboBox*>(editorFor(QStringLiteral("stage_id")))->value();
    const int row = m_stages->rowOfId(stageId);
    if (row < 0)
        return;
    const QModelIndex index = m_stages->index(row, 0);
    // A lost reason (and the competitor it went to) only means something for a lost opportunity.
    editorFor(QStringLiteral("lost_reason"))->setEnabled(index.data(LookupModel::LostRole).toBool());
    m_winner->setEnabled(index.data(LookupModel::LostRole).toBool());
    // A new opportunity is saved with its stage's probability (PipelineService::stageColumns): show that,
    // not 0 %.
    if (!isLoading() || isNew())
        qobject_cast<QSpinBox*>(editorFor(QStringLiteral("probability")))
            ->setValue(index.data(LookupModel::ProbabilityRole).toInt());
}

bool OpportunityDialog::beforeSubmit(QHash<QString, QString>* errors)
{
    const auto* amount = qobject_cast<MoneyEdit*>(editorFor(QStringLiteral("amount_minor")));
    if (!amount->isValid())
        errors->insert(QStringLiteral("amount_minor"), amount->errorText());
    // The competitor links are saved with the deal, in its transaction.
    QStringList competitors;
    for (int i = 0; i < m_competitorList->count(); ++i) {
        if (m_competitorList->item(i)->checkState() == Qt::Checked)
            competitors << m_competitorList->item(i)->data(Qt::UserRole).toString();
    }
    QString winner = m_winner->isEnabled() ? m_winner->value().toString() : QString();
    if (!winner.isEmpty() && !competitors.contains(winner))
        competitors << winner; // the winner was met on the deal
    if (auto* opportunities = qobject_cast<OpportunityModel*>(model()))
        opportunities->setCompetitorEdit(model()->recordId(currentRow()), competitors, winner);
    return errors->isEmpty();
}

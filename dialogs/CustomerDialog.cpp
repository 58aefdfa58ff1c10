#include "CustomerDialog.h"

#include "CustomerModel.h"
#include "FieldValidator.h"
#include "LookupComboBox.h"
#include "LookupModel.h"
#include "ReportFormat.h"

#include <QHash>
#include <utility>

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

CustomerDialog::CustomerDialog(Database& db, const QString& id, const QVariantHash& presets, QWidget* parent)
    : RecordDialog(db, QStringLiteral("customer"), parent)
{
    setWindowTitle(id.isEmpty() ? tr("New Customer") : tr("Edit Customer"));
    load(new CustomerModel(db, this), id, presets);

    auto* name = new QLineEdit(this);
    auto* kind =
        makeChoices({{QStringLiteral("organization"), tr("Organisation")}, {QStringLiteral("person"), tr("Person")}});
    auto* company = new QLineEdit(this);
    auto* industry = makeLookup(LookupModel::industries(db), tr("(none)"));
    auto* size = new QSpinBox(this);
    size->setRange(-1, 10'000'000);
    size->setSpecialValueText(tr("Unknown"));
    size->setSuffix(tr(" employees"));
    auto* phone = new QLineEdit(this);
    auto* email = new QLineEdit(this);
    auto* website = new QLineEdit(this);
    auto* address = new QLineEdit(this);
    auto* district = new QLineEdit(this);
    auto* city = new QLineEdit(this);
    auto* region = new QLineEdit(this);
    auto* country = new QLineEdit(this);
    auto* tier = makeChoices({{QStringLiteral("A"), tr("A – key customer")},
                              {QStringLiteral("B"), tr("B – regular customer")},
                              {QStringLiteral("C"), tr("C – occasional customer")}},
                             tr("(not tiered)"));
    auto* status = makeChoices({{QStringLiteral("prospect"), tr("Prospect")},
                                {QStringLiteral("active"), tr("Active")},
                                {QStringLiteral("inactive"), tr("Inactive")}});
    auto* source = makeLookup(LookupModel::leadSources(db), tr("(none)"));
    auto* owner = makeOwnerLookup(tr("(nobody)"));
    auto* notes = new QPlainTextEdit(this);
    auto* background = new QPlainTextEdit(this);
    for (QPlainTextEdit* text : {notes, background}) {
        text->setTabChangesFocus(true);
        text->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    }
    email->setPlaceholderText(tr("name@example.com"));
    website->setPlaceholderText(tr("https://"));

    addField(QStringLiteral("name"), tr("&Name:"), name);
    addField(QStringLiteral("kind"), tr("T&ype:"), kind);
    addField(QStringLiteral("company"), tr("Com&pany:"), company);
    addField(QStringLiteral("industry_id"), tr("&Industry:"), industry);
    addField(QStringLiteral("company_size"), tr("Si&ze:"), size);
    addField(QStringLiteral("phone"), tr("P&hone:"), phone);
    addField(QStringLiteral("email"), tr("E-&mail:"), email);
    addField(QStringLiteral("website"), tr("&Website:"), website);
    // The address in the order the user's language writes it: 国家/地区 → 省份 → 城市 → 区县 → 详细地址 in
    // Chinese, street first elsewhere.
    const QList<std::pair<QString, QWidget*>> addressFields = {
        {QStringLiteral("country"), country},   {QStringLiteral("region"), region},   {QStringLiteral("city"), city},
        {QStringLiteral("district"), district}, {QStringLiteral("address"), address},
    };
    const QHash<QString, QString> addressLabels = {
        {QStringLiteral("country"), tr("Co&untry:")},
        {QStringLiteral("region"), tr("Re&gion:", "province, state")},
        {QStringLiteral("city"), tr("&City:")},
        {QStringLiteral("district"), tr("Dist&rict:", "a city's district or county")},
        {QStringLiteral("address"), tr("A&ddress:", "street and number")},
    };
    const bool largeToSmall = ReportFormat::addressLargeToSmall();
    for (int i = 0; i < addressFields.size(); ++i) {
        const auto& field = addressFields.at(largeToSmall ? i : addressFields.size() - 1 - i);
        addField(field.first, addressLabels.value(field.first), field.second);
    }
    addField(QStringLiteral("value_tier"), tr("&Value tier:"), tier);
    addField(QStringLiteral("status"), tr("St&atus:"), status);
    addField(QStringLiteral("lead_source_id"), tr("&Lead source:"), source);
    addField(QStringLiteral("owner_id"), tr("&Owner:"), owner);
    addField(QStringLiteral("notes"), tr("No&tes:"), notes);
    addField(QStringLiteral("background"), tr("&Background:"), background);

    addAttributeFields();

    addInlineCheck(QStringLiteral("email"), &FieldValidator::email);
    addInlineCheck(QStringLiteral("phone"), [country](const QString& text) {
        return FieldValidator::phone(text, FieldValidator::phoneRegionFor(country->text()));
    });

    populate();
    name->setFocus(Qt::OtherFocusReason);
    resize(560, 680);
}

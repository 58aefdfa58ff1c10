#include "ProductDialog.h"

#include "CurrencyComboBox.h"
#include "DocumentTotals.h"
#include "LookupComboBox.h"
#include "MoneyEdit.h"
#include "ProductModel.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>

ProductDialog::ProductDialog(Database& db, const QString& id, const QVariantHash& presets, QWidget* parent)
    : RecordDialog(db, QStringLiteral("product"), parent)
{
    setWindowTitle(id.isEmpty() ? tr("New Product") : tr("Edit Product"));
    load(new ProductModel(db, this), id, presets);

    auto* code = new QLineEdit(this);
    auto* name = new QLineEdit(this);
    auto* unit = new QLineEdit(this);
    unit->setPlaceholderText(tr("e.g. piece, set, hour"));
    auto* category = new QLineEdit(this);
    // The rates of China's VAT and the usual rates elsewhere; basis points stored.
    QList<QPair<QVariant, QString>> rates;
    for (int bp : {0, 100, 300, 500, 600, 700, 900, 1000, 1300, 1900, 2000})
        rates.append({bp, tr("%1%").arg(DocumentTotals::percentText(bp))});
    auto* tax = makeChoices(rates);
    auto* price = new MoneyEdit(this);
    auto* currency = new CurrencyComboBox(this);
    connect(currency, &CurrencyComboBox::codeChanged, price, &MoneyEdit::setCurrency);
    auto* active = new QCheckBox(tr("Offered on new quotes"), this);
    auto* description = new QPlainTextEdit(this);
    description->setTabChangesFocus(true);

    addField(QStringLiteral("code"), tr("&Code:"), code);
    addField(QStringLiteral("name"), tr("&Name:"), name);
    addField(QStringLiteral("unit"), tr("&Unit:"), unit);
    addField(QStringLiteral("category"), tr("C&ategory:"), category);
    addField(QStringLiteral("currency"), tr("Currenc&y:"), currency);
    addField(QStringLiteral("price_minor"), tr("List &price:"), price);
    addField(QStringLiteral("tax_rate_bp"), tr("&Tax rate:"), tax);
    addField(QStringLiteral("active"), tr("Acti&ve:"), active);
    addField(QStringLiteral("description"), tr("&Description:"), description);
    populate();
    code->setFocus(Qt::OtherFocusReason);
    resize(480, 460);
}

void ProductDialog::afterLoad()
{
    // The currency decides how many decimals the price has, so set it before the price.
    auto* price = qobject_cast<MoneyEdit*>(editorFor(QStringLiteral("price_minor")));
    price->setCurrency(qobject_cast<CurrencyComboBox*>(editorFor(QStringLiteral("currency")))->code());
}

bool ProductDialog::beforeSubmit(QHash<QString, QString>* errors)
{
    const auto* price = qobject_cast<MoneyEdit*>(editorFor(QStringLiteral("price_minor")));
    if (!price->isValid())
        errors->insert(QStringLiteral("price_minor"), price->errorText());
    return errors->isEmpty();
}

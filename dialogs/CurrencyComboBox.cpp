#include "CurrencyComboBox.h"

namespace {
struct Currency
{
    const char* code;
    const char* name;   // translated in the CurrencyComboBox context
    const char* symbol; // the currency's own sign, shown next to its name
};

const Currency kCurrencies[] = {
    {"CNY", QT_TRANSLATE_NOOP("CurrencyComboBox", "Chinese yuan"), "¥"},
    {"USD", QT_TRANSLATE_NOOP("CurrencyComboBox", "US dollar"), "$"},
    {"EUR", QT_TRANSLATE_NOOP("CurrencyComboBox", "Euro"), "€"},
    {"GBP", QT_TRANSLATE_NOOP("CurrencyComboBox", "Pound sterling"), "£"},
    {"JPY", QT_TRANSLATE_NOOP("CurrencyComboBox", "Japanese yen"), "¥"},
    {"HKD", QT_TRANSLATE_NOOP("CurrencyComboBox", "Hong Kong dollar"), "HK$"},
    {"TWD", QT_TRANSLATE_NOOP("CurrencyComboBox", "New Taiwan dollar"), "NT$"},
    {"KRW", QT_TRANSLATE_NOOP("CurrencyComboBox", "South Korean won"), "₩"},
    {"SGD", QT_TRANSLATE_NOOP("CurrencyComboBox", "Singapore dollar"), "S$"},
    {"AUD", QT_TRANSLATE_NOOP("CurrencyComboBox", "Australian dollar"), "A$"},
    {"CAD", QT_TRANSLATE_NOOP("CurrencyComboBox", "Canadian dollar"), "C$"},
    {"CHF", QT_TRANSLATE_NOOP("CurrencyComboBox", "Swiss franc"), "CHF"},
};
} // namespace

CurrencyComboBox::CurrencyComboBox(QWidget* parent) : QComboBox(parent)
{
    for (const Currency& c : kCurrencies) {
        //: currency combo entry: ISO code, name, symbol, e.g. "CNY – Chinese yuan (¥)"
        addItem(tr("%1 – %2 (%3)").arg(QLatin1String(c.code), tr(c.name), QString::fromUtf8(c.symbol)),
                QString::fromLatin1(c.code));
    }
    connect(this, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT codeChanged(code()); });
}

QString CurrencyComboBox::code() const
{
    return currentData().toString();
}

void CurrencyComboBox::setCode(const QString& code)
{
    const QString upper = code.trimmed().toUpper();
    if (upper.isEmpty())
        return; // keep the default rather than showing nothing
    int index = findData(upper);
    if (index < 0) {
        // A currency another client stored: show it rather than changing it on save.
        addItem(upper, upper);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

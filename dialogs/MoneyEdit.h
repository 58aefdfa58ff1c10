#pragma once

#include <QLineEdit>
#include <QLocale>
#include <QVariant>

// An amount typed as a decimal in the user's locale ("1,234.56", "1.234,56", "1 234,56", full-width
// digits too), held as an integer count of minor units without ever going through floating point:
// the text is parsed digit by digit. USER property `minorUnits` (qlonglong) is what the mapper
// stores in amount_minor. setCurrency() sets how many decimals are allowed (JPY: none).
class MoneyEdit : public QLineEdit
{
    Q_OBJECT
    Q_PROPERTY(qlonglong minorUnits READ minorUnits WRITE setMinorUnits NOTIFY minorUnitsChanged USER true)
public:
    explicit MoneyEdit(QWidget* parent = nullptr);

    qlonglong minorUnits() const; // 0 while the text is invalid; check isValid()
    void setMinorUnits(qlonglong minor);
    bool isValid() const;
    QString errorText() const; // why the text is not an amount; empty when valid

    void setCurrency(const QString& code); // keeps the value, reformats the text
    int minorDigits() const { return m_digits; }

    // text -> minor units. Accepts the locale's group and decimal separators, and '.' as a decimal
    // point when it cannot be a group separator. Rejects negatives, more decimals than digits, and
    // values past 2^63.
    static bool parse(const QString& text, const QLocale& locale, int digits, qint64* minor, QString* error);
    static QString format(qint64 minor, const QLocale& locale, int digits);

Q_SIGNALS:
    void minorUnitsChanged(qlonglong minor);

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    int m_digits = 2;
};

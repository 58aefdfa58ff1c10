#pragma once

#include <QComboBox>

// The ISO 4217 currencies DeskCRM offers, shown as "CNY – Chinese yuan (¥)" in the user's language.
// USER property `code` is what the mapper stores in the currency column; Money::minorDigits() tells how
// many decimals the amount has (JPY and KRW have none).
class CurrencyComboBox : public QComboBox
{
    Q_OBJECT
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY codeChanged USER true)
public:
    explicit CurrencyComboBox(QWidget* parent = nullptr);

    QString code() const;
    void setCode(const QString& code);

Q_SIGNALS:
    void codeChanged(const QString& code);
};

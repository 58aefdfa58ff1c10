#pragma once

#include "WriteResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

// One line of reusable payment terms: a percentage of the total, a fixed amount, or the balance (what the others
// leave, the rounding remainder included), due `daysAfter` days after the plan's start.
struct PaymentTermLine
{
    enum class Kind { Percent, Fixed, Balance };
    Kind kind = Kind::Balance;
    qint64 value = 0; // Percent: basis points (3000 = 30 %); Fixed: minor units; Balance: unused
    int daysAfter = 0;
    QString condition; // "on delivery", free text

    static QString kindText(Kind kind); // as stored: "percent", "fixed", "balance"
    static Kind kindFromText(const QString& text);
};

// One instalment a plan asks for.
struct PlannedInstalment
{
    QDate dueDate;
    qint64 amountMinor = 0;
    QString condition;
};

// Payment terms like Odoo's: percent and fixed lines plus exactly one balance line. The rule of the amounts:
//   percent line = total × basis points / 10000, rounded half up, per line
//   fixed line   = its amount
//   balance line = total − every other line, so the instalments always add up to the total exactly.
// A shape without exactly one balance line, with percentages above 100 %, or whose other lines come to more than
// the total is refused.
class PaymentTerms
{
    Q_DECLARE_TR_FUNCTIONS(PaymentTerms)

public:
    PaymentTerms() = delete;

    // Empty when the lines make valid terms, else why not (translated).
    static QString validate(const QList<PaymentTermLine>& lines);
    // The instalments of `totalMinor` from `start`, in the lines' order. False (and why) when it cannot be split.
    static bool plan(const QList<PaymentTermLine>& lines, qint64 totalMinor, const QDate& start,
                     QList<PlannedInstalment>* instalments, QString* error);

    struct Term
    {
        QString id;
        QString name;
        QList<PaymentTermLine> lines;
    };
    // The active terms, by name, with their lines.
    static QList<Term> all(Database& db, QString* error = nullptr);
    static bool load(Database& db, const QString& termId, Term* term, QString* error);
    // A new set of terms (one write); the lines are checked first.
    static WriteResult create(Database& db, const QString& name, const QList<PaymentTermLine>& lines);
};

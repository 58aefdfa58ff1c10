#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

// What is owed in one currency (and for one rep or customer), by how long it is overdue.
struct AgeingRow
{
    QString key;   // rep or customer id; empty when grouped by currency alone
    QString label; // the rep's or customer's name
    QString currency;
    qint64 notDueMinor = 0;
    qint64 dueThisWeekMinor = 0; // part of notDue: due from today to Sunday
    qint64 days1to30Minor = 0;
    qint64 days31to60Minor = 0;
    qint64 days61to90Minor = 0;
    qint64 over90Minor = 0;
    qint64 overdueMinor() const { return days1to30Minor + days31to60Minor + days61to90Minor + over90Minor; }
    qint64 totalMinor() const { return notDueMinor + overdueMinor(); }
};

// Per month: what the payment plans asked for (instalments due that month) and what was received.
struct CollectionMonth
{
    QDate month; // its first day
    qint64 plannedMinor = 0;
    qint64 collectedMinor = 0;
};

// The ageing of receivables (open instalments) on a day, by the rule: an instalment due on day D is `today − D`
// days overdue; 1–30, 31–60, 61–90 and more than 90 days are the buckets; due today or later is not due, and due
// from today to this week's Sunday is "due this week". Amounts are summed per currency, never converted.
class ReceivablesAgeing
{
    Q_DECLARE_TR_FUNCTIONS(ReceivablesAgeing)

public:
    ReceivablesAgeing() = delete;

    enum class GroupBy { Currency, Rep, Customer };
    enum class Bucket { All, DueThisWeek, NotDue, Overdue, Days1to30, Days31to60, Days61to90, Over90 };

    // The due dates of a bucket on `today` (an invalid end is open), as the receivables list filters "from"/"to".
    static void range(Bucket bucket, const QDate& today, QDate* from, QDate* to);
    static QString bucketText(Bucket bucket);
    static QList<Bucket> buckets();

    // Optional filters: the collecting rep (the contract's owner) and the customer.
    static bool summary(Database& db, const QDate& today, GroupBy groupBy, const QString& ownerId,
                        const QString& customerId, QList<AgeingRow>* rows, QString* error = nullptr);
    // "Collected vs planned" in one currency for the months from `from` to `to` (whole months), optionally for one
    // collecting rep: instalments by due date, receipts by the day they came in.
    static bool collectedVsPlanned(Database& db, const QDate& from, const QDate& to, const QString& currency,
                                   const QString& ownerId, QList<CollectionMonth>* months, QString* error = nullptr);
};

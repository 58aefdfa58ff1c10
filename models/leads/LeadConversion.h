#pragma once

#include "DuplicateRecord.h"
#include "WriteResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

// Turns a lead into a customer + contact (+ an opportunity when asked) in one transaction: the new records carry
// the lead's details and owner, the lead's follow-ups move to the customer (keeping their lead_id), and the lead is
// stamped converted with the ids it became. A converted (or disqualified) lead is refused, so converting twice —
// also from two windows at once, through the lead's version — is impossible. The user may attach the lead to an
// existing customer instead of making one, e.g. one of the possible duplicates the dedupe engine finds.
class LeadConversion
{
    Q_DECLARE_TR_FUNCTIONS(LeadConversion)

public:
    explicit LeadConversion(Database& db);

    struct Request
    {
        QString leadId;
        QString existingCustomerId; // empty: make a new customer
        QString customerName;       // new customer; empty: the lead's company, else its name
        bool createOpportunity = false;
        QString opportunityName; // empty: "<customer> – <product interest or lead name>"
        qint64 amountMinor = 0;
        QString currency = QStringLiteral("CNY");
        QDate expectedClose;
    };
    struct Result
    {
        QString customerId;
        QString contactId;
        QString opportunityId;
        int movedFollowUps = 0;
    };

    // The saved customers the lead's customer would duplicate (company or name, e-mail, phone), best match first.
    QList<DuplicateMatch> possibleDuplicates(const QString& leadId, QString* error = nullptr) const;
    // The customer a new conversion would make is called this.
    QString defaultCustomerName(const QString& leadId) const;

    WriteResult convert(const Request& request, Result* result = nullptr) const;

private:
    Database& m_db;
};

#pragma once

#include "WriteResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class BusinessCalendar;
class Database;

// Time to first response and to resolution, in business minutes, per ticket kind and priority (sla_policies).
struct SlaPolicy
{
    QString id;
    QString kind;     // "ticket", "complaint"
    QString priority; // "low", "normal", "high", "urgent"
    int firstResponseMinutes = 0;
    int resolutionMinutes = 0;
    int version = 0;
};

// A ticket's deadlines as stored on it: computed from the moment it was received, its policy, the business calendar
// and the business time it spent on hold (which moves both deadlines), plus the moment its owner is warned (80 % of
// the pending deadline's business time).
struct SlaDeadlines
{
    QDateTime firstResponseDue;
    QDateTime resolutionDue;
    QDateTime warnAt;
};

// The SLA policies of the team, read and saved as a whole, and the deadline computation every ticket write uses.
class SlaPolicies
{
    Q_DECLARE_TR_FUNCTIONS(SlaPolicies)

public:
    SlaPolicies() = delete;

    static QList<SlaPolicy> load(Database& db, QString* error = nullptr);
    // Updates the minutes of the given policies (optimistic version check), one transaction.
    static WriteResult save(Database& db, const QList<SlaPolicy>& policies);
    static SlaPolicy find(const QList<SlaPolicy>& policies, const QString& kind, const QString& priority);

    // Warn when this share (per cent) of a deadline's business time is used.
    static constexpr int kWarnPercent = 80;
    static SlaDeadlines deadlines(const BusinessCalendar& calendar, const SlaPolicy& policy,
                                  const QDateTime& receivedAt, qint64 holdMinutes, bool firstResponded);
};

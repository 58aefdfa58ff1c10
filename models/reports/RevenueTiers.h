#pragma once

#include "ReportQueries.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <utility>

// The pieces of ReportQueries::tiers() that are not SQL text: ranking customers by revenue into the ABC tiers and
// the revenue ranges of report_revenue_histogram (migration 0007). The revenues themselves are read through
// BulkReadDialect.
namespace RevenueTiers {

// The range of revenues [low, high) in a report_revenue_histogram bucket (0007_revenue_histogram.sql):
// 100 * digits + the first two digits (a one-digit revenue r as r0), 0 for revenues <= 0.
std::pair<qint64, qint64> bucketRange(int bucket);

// ABC tiers built up from customers (or whole runs of customers) in order of revenue, largest first: A = those
// making up the first 80 % of the total, B = the next 15 %, C = the rest; a customer is in the tier where its
// cumulative share starts. `total` must be known before the first add.
struct Counter
{
    qint64 total = 0;
    qint64 before = 0; // revenue of the customers added so far
    int customers[3] = {0, 0, 0};
    qint64 revenue[3] = {0, 0, 0};

    int tierAt(qint64 cumulative) const // integer comparison, exact
    {
        return cumulative * 100 < total * 80 ? 0 : cumulative * 100 < total * 95 ? 1 : 2;
    }
    void add(qint64 amount) { addRange(1, amount, tierAt(before)); }
    // Customers whose cumulative shares all start in one tier (the caller checked).
    void addRange(int count, qint64 amount) { addRange(count, amount, tierAt(before)); }
    void addRange(int count, qint64 amount, int tier)
    {
        customers[tier] += count;
        revenue[tier] += amount;
        before += amount;
    }
    QList<ReportQueries::Tier> result() const
    {
        QList<ReportQueries::Tier> tiers;
        const char* const names[] = {"A", "B", "C"};
        for (int i = 0; i < 3; ++i)
            tiers.append({QString::fromLatin1(names[i]), customers[i], revenue[i],
                          total > 0 ? double(revenue[i]) / double(total) : 0.0});
        return tiers;
    }
};

} // namespace RevenueTiers

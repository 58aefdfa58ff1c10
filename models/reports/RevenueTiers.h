#pragma once

#include "ReportQueries.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <QtGlobal>

#include <functional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

struct sqlite3_stmt;

// The pieces of ReportQueries::tiers() that are not SQL text: ranking customers by revenue into the ABC tiers,
// summing revenue per customer on SQLite, reading the numbers PostgreSQL sends as one text, and the revenue
// ranges of report_revenue_histogram (migration 0007).
namespace RevenueTiers {

// Runs `sql` on the connection's own sqlite3 handle and calls row(stmt) for each result row. QSqlQuery makes a
// QVariant of every value, which at tens of thousands of rows costs more than the query (the customer tiers).
// False (with *error) when the statement fails.
bool sqliteEachRow(const QSqlDatabase& connection, const QString& sql, const QVariantList& values,
                   const std::function<void(sqlite3_stmt*)>& row, QString* error);

// "12,0,345" (PostgreSQL string_agg of the sums) -> numbers. One text value instead of one result row per
// customer: the driver fetches forward-only results row by row, ~0.6 µs each.
void appendNumbers(const QString& text, std::vector<qint64>* numbers);

// The range of revenues [low, high) in a report_revenue_histogram bucket (0007_revenue_histogram.sql):
// 100 * digits + the first two digits (a one-digit revenue r as r0), 0 for revenues <= 0.
std::pair<qint64, qint64> bucketRange(int bucket);

// Won revenue summed per customer id, for SQLite, which can only group by sorting (sorting ~60,000 UUID keys
// was most of the tiers chart). An open-addressing table of the ids' 128 bits: no allocation per customer.
class CustomerSums
{
public:
    void add(const char* id, int length, qint64 amount)
    {
        quint64 high = 0;
        quint64 low = 0;
        if (!parseUuid(id, length, &high, &low)) {
            m_other[std::string(id ? id : "", size_t(length))] += amount;
            return;
        }
        if ((m_used + 1) * 2 > m_slots.size())
            grow();
        Slot& slot = find(high, low);
        if (!slot.used) {
            slot = Slot{high, low, 0, true};
            ++m_used;
        }
        slot.sum += amount;
    }

    void appendTo(std::vector<qint64>* sums) const
    {
        sums->reserve(sums->size() + m_used + m_other.size());
        for (const Slot& slot : m_slots)
            if (slot.used)
                sums->push_back(slot.sum);
        for (const auto& entry : m_other)
            sums->push_back(entry.second);
    }

private:
    struct Slot
    {
        quint64 high = 0;
        quint64 low = 0;
        qint64 sum = 0;
        bool used = false;
    };

    static bool parseUuid(const char* id, int length, quint64* high, quint64* low)
    {
        if (!id || length != 36)
            return false;
        int digits = 0;
        for (int i = 0; i < length; ++i) {
            const char c = id[i];
            if (c == '-')
                continue;
            int v;
            if (c >= '0' && c <= '9')
                v = c - '0';
            else if (c >= 'a' && c <= 'f')
                v = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                v = c - 'A' + 10;
            else
                return false;
            quint64& word = digits < 16 ? *high : *low;
            word = word << 4 | quint64(v);
            ++digits;
        }
        return digits == 32;
    }

    Slot& find(quint64 high, quint64 low)
    {
        const size_t mask = m_slots.size() - 1;
        // UUIDv7 ids share their leading (time) bits: mix both halves.
        size_t i = size_t((high ^ low * 0x9e3779b97f4a7c15ULL) * 0xbf58476d1ce4e5b9ULL >> 20) & mask;
        while (m_slots[i].used && (m_slots[i].high != high || m_slots[i].low != low))
            i = (i + 1) & mask;
        return m_slots[i];
    }

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        for (const Slot& slot : old)
            if (slot.used)
                find(slot.high, slot.low) = slot;
    }

    std::vector<Slot> m_slots = std::vector<Slot>(size_t(1) << 16);
    size_t m_used = 0;
    std::unordered_map<std::string, qint64> m_other; // ids that are not UUIDs (never made by DeskCRM)
};

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

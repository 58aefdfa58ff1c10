#include "CampaignBenchData.h"

#include "BulkLoadConnection.h"
#include "Database.h"
#include "RecordBatch.h"
#include "RecordWriter.h"
#include "ReportSummaries.h"
#include "Uuid.h"

#include <QDate>
#include <QDateTime>
#include <QRandomGenerator64>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace {
qint64 countOf(const Database& db, const QString& sql, QString* error)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

bool flushed(RecordBatch& batch, QString* error)
{
    const WriteResult written = batch.flush();
    if (!written.ok() && error)
        *error = written.message;
    return written.ok();
}
} // namespace

CampaignBenchData::CampaignBenchData(Database& db) : m_db(db) {}

qint64 CampaignBenchData::campaignCount(QString* error) const
{
    return countOf(m_db, QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE deleted_at IS NULL"), error);
}

qint64 CampaignBenchData::touchCount(QString* error) const
{
    return countOf(m_db, QStringLiteral("SELECT COUNT(*) FROM campaign_touches WHERE deleted_at IS NULL"), error);
}

qint64 CampaignBenchData::attributedDeals(QString* error) const
{
    return countOf(m_db,
                   QStringLiteral("SELECT COUNT(*) FROM opportunities WHERE campaign_id IS NOT NULL AND deleted_at "
                                  "IS NULL"),
                   error);
}

bool CampaignBenchData::generate(int campaigns, quint64 seed, QString* error)
{
    QRandomGenerator64 random(seed * 2654435761ULL + 15);
    // The deals' years: campaigns run over the same months.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT MIN(COALESCE(actual_close, expected_close)), "
                               "MAX(COALESCE(actual_close, expected_close)) FROM opportunities")) ||
        !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    const QDate first = q.value(0).toDate().isValid() ? q.value(0).toDate() : m_db.clock().today().addYears(-2);
    const QDate last = q.value(1).toDate().isValid() ? q.value(1).toDate() : m_db.clock().today();
    const qint64 span = std::max<qint64>(31, first.daysTo(last));
    q.finish();

    const BulkLoadConnection loading(m_db, 256); // before the transaction: the journal mode cannot change inside one
    RecordWriter writer(m_db);
    if (!writer.isActive()) {
        if (error)
            *error = writer.error();
        return false;
    }
    // A bulk load: the summary triggers are off and the summaries rebuilt once before the commit, instead of the
    // campaign report's credits recomputed for each touched and converted deal (ReportSummaries).
    ReportSummaries summaries(m_db);
    summaries.suspendTriggers();
    struct Made
    {
        QString id;
        QDate from;
        QDate to;
    };
    QList<Made> made;
    RecordBatch campaignRows(writer, QStringLiteral("campaigns"),
                             QString::fromLatin1("id,name,channel,status,starts_on,ends_on,budget_minor,cost_minor,"
                                                 "currency")
                                 .split(QLatin1Char(',')));
    static const char* channels[] = {"trade_show", "online_ads", "seminar", "email", "social", "webinar"};
    for (int i = 0; i < campaigns; ++i) {
        const QDate from = first.addDays(qint64(random.bounded(quint64(span - 30))));
        const QDate to = from.addDays(29);
        made.append({Uuid::createV7(), from, to});
        const qint64 cost = qint64(random.bounded(quint64(5000000)));
        campaignRows.add(made.last().id, QStringLiteral("Bench campaign %1").arg(i + 1),
                         QLatin1String(channels[random.bounded(6)]), QLatin1String("completed"), from, to,
                         cost + cost / 5, cost, QLatin1String("CNY"));
    }
    if (!flushed(campaignRows, error))
        return false;

    // About one touch per customer.
    QStringList customers;
    if (!q.exec(QStringLiteral("SELECT id FROM customers WHERE deleted_at IS NULL"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next())
        customers << q.value(0).toString();
    q.finish();
    RecordBatch touchRows(
        writer, QStringLiteral("campaign_touches"),
        QString::fromLatin1("id,campaign_id,customer_id,touched_at,touched_on").split(QLatin1Char(',')));
    for (const QString& customer : std::as_const(customers)) {
        const Made& m = made.at(int(random.bounded(quint64(made.size()))));
        QDate day = m.from.addDays(qint64(random.bounded(30)));
        if (random.bounded(10) == 0)
            day = m.to.addDays(1 + qint64(random.bounded(60))); // outside the dates
        const QDateTime at(day, QTime(10, 0), Qt::UTC);
        touchRows.add(Uuid::createV7(), m.id, customer, at, day);
        if (touchRows.pendingRows() >= 512 && !flushed(touchRows, error))
            return false;
    }
    if (!flushed(touchRows, error))
        return false;

    // A converting campaign on every second deal: one set-based update per campaign over a slice of the deals.
    QStringList deals;
    if (!q.exec(QStringLiteral("SELECT id FROM opportunities WHERE deleted_at IS NULL AND campaign_id IS NULL"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next())
        deals << q.value(0).toString();
    q.finish();
    std::sort(deals.begin(), deals.end());
    const int slices = std::max(1, int(made.size()));
    for (int c = 0; c < slices; ++c) {
        // Deals whose id falls between two of the sorted ids: every second slice of 2 * slices.
        const qint64 lo = qint64(deals.size()) * (2 * c) / (2 * slices);
        const qint64 hi = qint64(deals.size()) * (2 * c + 1) / (2 * slices);
        if (hi <= lo)
            continue;
        const WriteResult updated = writer.updateWhere(
            QStringLiteral("opportunities"), {{QStringLiteral("campaign_id"), made.at(c).id}},
            QStringLiteral("id >= ? AND id <= ? AND deleted_at IS NULL"), {deals.at(int(lo)), deals.at(int(hi - 1))});
        if (!updated.ok()) {
            if (error)
                *error = updated.message;
            return false;
        }
    }
    if (!summaries.resumeTriggers(error))
        return false;
    const WriteResult committed = writer.commit();
    if (!committed.ok() && error)
        *error = committed.message;
    return committed.ok();
}

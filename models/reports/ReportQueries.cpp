#include "ReportQueries.h"

#include "RecordWriter.h"

#include "BulkReadDialect.h"
#include "Database.h"
#include "RevenueTiers.h"
#include "SqlValues.h"
#include "Uuid.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <algorithm>
#include <functional>
#include <tuple>
#include <vector>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ReportQueries", text);
}

// Summaries store "no owner / no stage" as the nil UUID (see 0002_reporting.sql).
const QLatin1String kNilUuid("00000000-0000-0000-0000-000000000000");

int monthKey(const QDate& day)
{
    return day.year() * 100 + day.month();
}

int dayKey(const QDate& day)
{
    return day.year() * 10000 + day.month() * 100 + day.day();
}

QDate fromDayKey(int key)
{
    return QDate(key / 10000, key / 100 % 100, key % 100);
}

QDate fromMonthKey(int key)
{
    return QDate(key / 100, key % 100, 1);
}

// The bounds of the (whole-month) period as summary keys; month 0 holds undated opportunities and
// belongs to a period without a lower bound.
struct Period
{
    int fromMonth = 0;
    int toMonth = 999999;
    int fromDay = 0;
    int toDay = 99999999;
    QDate from; // widened, may be invalid
    QDate to;
};

Period periodOf(const ReportFilter& filter)
{
    const ReportFilter whole = ReportQueries::wholeMonths(filter);
    Period p;
    p.from = whole.from;
    p.to = whole.to;
    if (p.from.isValid()) {
        p.fromMonth = monthKey(p.from);
        p.fromDay = dayKey(p.from);
    }
    if (p.to.isValid()) {
        p.toMonth = monthKey(p.to);
        p.toDay = dayKey(p.to);
    }
    return p;
}

// A statement under construction: text plus the values bound to its '?' in order.
struct Sql
{
    QString text;
    QVariantList values;

    Sql& add(const QString& more, const QVariantList& moreValues = {})
    {
        text += more;
        values += moreValues;
        return *this;
    }
    // Restricts `column` (a users.id) to the filter's owner and/or team.
    Sql& people(const ReportFilter& filter, const QString& column)
    {
        if (!filter.ownerId.isEmpty())
            add(QStringLiteral(" AND %1 = ?").arg(column), {filter.ownerId});
        if (!filter.teamId.isEmpty())
            add(QStringLiteral(" AND %1 IN (SELECT u.id FROM users u WHERE u.team_id = ?)").arg(column),
                {filter.teamId});
        return *this;
    }
};

// Counts are summed as SUM(CAST(x AS INTEGER)): PostgreSQL adds integers up in a bigint but bigints in numeric,
// which made the grouped summary queries up to 40 % slower. A single summary row's count always fits.
bool run(QSqlQuery& q, const Sql& sql, QString* error)
{
    q.setForwardOnly(true);
    q.setNumericalPrecisionPolicy(QSql::HighPrecision); // PostgreSQL SUM(bigint) is numeric: keep it exact
    if (!q.prepare(sql.text)) {
        if (error)
            *error = QCoreApplication::translate("ReportQueries", "Cannot prepare a report query: %1")
                         .arg(q.lastError().text());
        return false;
    }
    for (const QVariant& value : sql.values)
        q.addBindValue(value);
    if (!q.exec()) {
        if (error)
            *error =
                QCoreApplication::translate("ReportQueries", "A report query failed: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

// Revenues for the tiers: `value` of the rows `rows` (SQL after SELECT …), summed per customer when `key` is given.
bool readRevenues(const Database& db, const QString& value, const Sql& rows, const QString& key,
                  std::vector<qint64>* revenues, QString* error)
{
    QString message;
    if (db.bulkReadDialect().readIntegers(db.connection(), value, rows.text, key, rows.values, revenues, &message))
        return true;
    if (error)
        *error = tr("A report query failed: %1").arg(message);
    return false;
}

qint64 toMinor(const QVariant& value)
{
    return value.isNull() ? 0 : value.toString().toLongLong();
}

// sum(amount * probability) -> minor units, rounded half away from zero.
qint64 fromX100(qint64 x100)
{
    return x100 >= 0 ? (x100 + 50) / 100 : -((-x100 + 50) / 100);
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

struct Stage
{
    QString id;
    QString name;
    int probability = 0;
    bool isWon = false;
    bool isLost = false;
};

// Pipeline stages in report order: open stages by sort order, then won, then lost.
QList<Stage> stagesOf(const Database& db, QString* error, bool* ok)
{
    QSqlQuery q(db.connection());
    Sql sql;
    sql.add(QStringLiteral("SELECT id, name, probability, CASE WHEN is_won THEN 1 ELSE 0 END, "
                           "CASE WHEN is_lost THEN 1 ELSE 0 END FROM pipeline_stages WHERE deleted_at IS NULL "
                           "ORDER BY CASE WHEN is_lost THEN 2 WHEN is_won THEN 1 ELSE 0 END, sort_order, name"));
    QList<Stage> stages;
    *ok = run(q, sql, error);
    while (*ok && q.next())
        stages.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt() != 0,
                       q.value(4).toInt() != 0});
    return stages;
}
} // namespace

ReportQueries::ReportQueries(Database& db) : m_db(db) {}

ReportFilter ReportQueries::wholeMonths(const ReportFilter& filter)
{
    ReportFilter whole = filter;
    if (filter.from.isValid())
        whole.from = QDate(filter.from.year(), filter.from.month(), 1);
    if (filter.to.isValid())
        whole.to = QDate(filter.to.year(), filter.to.month(), 1).addMonths(1).addDays(-1);
    return whole;
}

QList<QPair<QString, QString>> ReportQueries::teams(QString* error) const
{
    Sql sql;
    sql.add(QStringLiteral("SELECT id, name FROM teams WHERE deleted_at IS NULL ORDER BY name, id"));
    QSqlQuery q(m_db.connection());
    QList<QPair<QString, QString>> result;
    if (!run(q, sql, error))
        return result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString()});
    return result;
}

QString ReportQueries::mainCurrency(QString* error) const
{
    QString failure;
    const QStringList codes = currencies(&failure);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return {};
    }
    return codes.isEmpty() ? QStringLiteral("CNY") : codes.first();
}

QStringList ReportQueries::currencies(QString* error) const
{
    QSqlQuery q(m_db.connection());
    Sql sql;
    sql.add(QStringLiteral(
        "SELECT currency FROM report_opportunity_summary GROUP BY currency "
        "HAVING SUM(CAST(opportunities AS INTEGER)) > 0 ORDER BY SUM(CAST(opportunities AS INTEGER)) DESC, currency"));
    QStringList result;
    if (!run(q, sql, error))
        return result;
    while (q.next())
        result << q.value(0).toString();
    return result;
}

QList<ReportQueries::CurrencyTotal> ReportQueries::currencyTotals(const ReportFilter& filter, QString* error) const
{
    const Period p = periodOf(filter);
    Sql sql;
    sql.add(QStringLiteral("SELECT r.currency, SUM(CAST(r.opportunities AS INTEGER)), "
                           "CAST(SUM(CASE WHEN s.is_won THEN r.amount_minor ELSE 0 END) AS BIGINT), "
                           "CAST(SUM(CASE WHEN s.is_won OR s.is_lost THEN 0 ELSE r.amount_minor END) AS BIGINT), "
                           "SUM(CASE WHEN s.is_won THEN CAST(r.opportunities AS INTEGER) ELSE 0 END) "
                           "FROM report_opportunity_summary r JOIN pipeline_stages s ON s.id = r.stage_id "
                           "WHERE r.close_month BETWEEN ? AND ?"),
            {p.fromMonth, p.toMonth})
        .people(filter, QStringLiteral("r.owner_id"))
        .add(QStringLiteral(" GROUP BY r.currency HAVING SUM(CAST(r.opportunities AS INTEGER)) > 0"));
    QSqlQuery q(m_db.connection());
    QList<CurrencyTotal> result;
    if (!run(q, sql, error))
        return result;
    while (q.next())
        result.append(
            {q.value(0).toString(), q.value(1).toInt(), toMinor(q.value(2)), toMinor(q.value(3)), q.value(4).toInt()});
    std::sort(result.begin(), result.end(), [](const CurrencyTotal& a, const CurrencyTotal& b) {
        return std::make_tuple(-a.wonDeals, -a.opportunities, a.currency) <
               std::make_tuple(-b.wonDeals, -b.opportunities, b.currency);
    });
    return result;
}

QList<ReportQueries::CurrencyTotal> ReportQueries::otherCurrencies(const ReportFilter& filter, QString* error) const
{
    const QString currency = filter.currency.isEmpty() ? defaultCurrency(error) : filter.currency;
    if (currency.isEmpty())
        return {};
    QList<CurrencyTotal> result;
    for (const CurrencyTotal& total : currencyTotals(filter, error)) {
        if (total.currency != currency)
            result.append(total);
    }
    std::sort(result.begin(), result.end(),
              [](const CurrencyTotal& a, const CurrencyTotal& b) { return a.currency < b.currency; });
    return result;
}

QString ReportQueries::defaultCurrency(QString* error) const
{
    QString failure;
    const QList<CurrencyTotal> totals = currencyTotals(ReportFilter(), &failure);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return {};
    }
    return totals.isEmpty() ? QStringLiteral("CNY") : totals.constFirst().currency;
}

QString ReportQueries::reportingCurrency(const QString& chosen, QString* error) const
{
    if (!chosen.isEmpty()) {
        QString failure;
        const QStringList codes = currencies(&failure);
        if (!failure.isEmpty()) {
            if (error)
                *error = failure;
            return {};
        }
        if (codes.contains(chosen))
            return chosen;
    }
    return defaultCurrency(error);
}

const char* const ReportQueries::kCurrencySettingKey = "dashboard/currency";

QString ReportQueries::chosenCurrency()
{
    return QSettings().value(QLatin1String(kCurrencySettingKey)).toString().trimmed().toUpper();
}

void ReportQueries::setChosenCurrency(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(kCurrencySettingKey));
    else
        settings.setValue(QLatin1String(kCurrencySettingKey), code);
}

QList<QDate> ReportQueries::dataMonths(const ReportFilter& filter, QString* error) const
{
    Sql sql;
    sql.add(QStringLiteral("SELECT r.close_month FROM report_opportunity_summary r WHERE r.close_month > 0"));
    if (!filter.currency.isEmpty())
        sql.add(QStringLiteral(" AND r.currency = ?"), {filter.currency});
    sql.people(filter, QStringLiteral("r.owner_id"))
        .add(QStringLiteral(
            " GROUP BY r.close_month HAVING SUM(CAST(r.opportunities AS INTEGER)) > 0 ORDER BY r.close_month"));
    QSqlQuery q(m_db.connection());
    QList<QDate> result;
    if (!run(q, sql, error))
        return result;
    while (q.next())
        result.append(fromMonthKey(q.value(0).toInt()));
    return result;
}

QString ReportQueries::teamName(const QString& teamId, QString* error) const
{
    if (teamId.isEmpty())
        return {};
    Sql sql;
    sql.add(QStringLiteral("SELECT name FROM teams WHERE id = ?"), {teamId});
    QSqlQuery q(m_db.connection());
    if (!run(q, sql, error) || !q.next())
        return {};
    return q.value(0).toString();
}

QString ReportQueries::userName(const QString& userId, QString* error) const
{
    if (userId.isEmpty())
        return {};
    Sql sql;
    sql.add(QStringLiteral("SELECT COALESCE(NULLIF(display_name, ''), username) FROM users WHERE id = ?"), {userId});
    QSqlQuery q(m_db.connection());
    if (!run(q, sql, error) || !q.next())
        return {};
    return q.value(0).toString();
}

QList<ReportQueries::FunnelStage> ReportQueries::funnel(const ReportFilter& filter, QString* error) const
{
    const QString currency = filter.currency.isEmpty() ? defaultCurrency(error) : filter.currency;
    if (currency.isEmpty())
        return {};
    bool ok = false;
    const QList<Stage> stages = stagesOf(m_db, error, &ok);
    if (!ok)
        return {};
    const Period p = periodOf(filter);
    Sql sql;
    sql.add(QStringLiteral("SELECT r.stage_id, SUM(CAST(r.opportunities AS INTEGER)), "
                           "CAST(SUM(CASE WHEN r.currency = ? THEN r.amount_minor ELSE 0 END) AS BIGINT) "
                           "FROM report_opportunity_summary r WHERE r.close_month BETWEEN ? AND ?"),
            {currency, p.fromMonth, p.toMonth})
        .people(filter, QStringLiteral("r.owner_id"))
        .add(QStringLiteral(" GROUP BY r.stage_id"));
    QSqlQuery q(m_db.connection());
    if (!run(q, sql, error))
        return {};
    QHash<QString, QPair<int, qint64>> byStage;
    while (q.next())
        byStage.insert(q.value(0).toString(), {q.value(1).toInt(), toMinor(q.value(2))});
    QList<FunnelStage> result;
    for (const Stage& stage : stages) {
        const auto figures = byStage.value(stage.id);
        result.append(
            {stage.id, stage.name, figures.first, figures.second, stage.probability, stage.isWon, stage.isLost});
    }
    return result;
}

QList<ReportQueries::RevenuePoint> ReportQueries::revenue(const ReportFilter& filter, Granularity granularity,
                                                          QString* error) const
{
    const QString currency = filter.currency.isEmpty() ? defaultCurrency(error) : filter.currency;
    if (currency.isEmpty())
        return {};
    const Period p = periodOf(filter);
    Sql sql;
    sql.add(QStringLiteral("SELECT r.close_month, "
                           "CAST(SUM(CASE WHEN s.is_won THEN r.amount_minor ELSE 0 END) AS BIGINT), "
                           "CAST(SUM(CASE WHEN s.is_won OR s.is_lost THEN 0 ELSE r.weighted_x100 END) AS BIGINT) "
                           "FROM report_opportunity_summary r JOIN pipeline_stages s ON s.id = r.stage_id "
                           "WHERE r.close_month BETWEEN ? AND ? AND r.close_month > 0 AND r.currency = ?"),
            {p.fromMonth, p.toMonth, currency})
        .people(filter, QStringLiteral("r.owner_id"))
        .add(QStringLiteral(" GROUP BY r.close_month HAVING SUM(CAST(r.opportunities AS INTEGER)) <> 0"));
    QSqlQuery q(m_db.connection());
    if (!run(q, sql, error))
        return {};
    QMap<int, QPair<qint64, qint64>> byMonth; // month -> won, weighted x100
    while (q.next())
        byMonth.insert(q.value(0).toInt(), {toMinor(q.value(1)), toMinor(q.value(2))});

    // Targets per month by the rule in the header.
    QDate first = p.from;
    QDate last = p.to;
    if (!first.isValid() && !byMonth.isEmpty())
        first = fromMonthKey(byMonth.firstKey());
    if (!last.isValid() && !byMonth.isEmpty())
        last = fromMonthKey(byMonth.lastKey());
    if (!first.isValid() || !last.isValid() || first > last)
        return {};
    Sql targetSql;
    targetSql.add(QStringLiteral(
                      "SELECT t.month, t.owner_id, t.team_id, t.amount_minor, "
                      "CASE WHEN t.owner_id IS NULL THEN 0 WHEN EXISTS (SELECT 1 FROM users u WHERE u.id = t.owner_id "
                      "AND u.team_id = ?) THEN 1 ELSE 0 END "
                      "FROM sales_targets t WHERE t.deleted_at IS NULL AND t.currency = ? AND t.month BETWEEN ? AND ?"),
                  {nullable(filter.teamId), currency, SqlValues::date(QDate(first.year(), first.month(), 1)),
                   SqlValues::date(last)});
    if (!run(q, targetSql, error))
        return {};
    struct MonthTargets
    {
        qint64 owner = 0;   // the filter's owner
        qint64 team = 0;    // the filter's team (team rows)
        qint64 members = 0; // the filter's team members' rep rows
        qint64 allTeams = 0;
        qint64 allReps = 0;
        bool hasTeam = false;
        bool hasAnyTeam = false;
    };
    QMap<int, MonthTargets> targetsByMonth;
    while (q.next()) {
        MonthTargets& t = targetsByMonth[monthKey(SqlValues::toDate(q.value(0)))];
        const QString ownerId = q.value(1).toString();
        const QString teamId = q.value(2).toString();
        const qint64 amount = toMinor(q.value(3));
        if (!ownerId.isEmpty()) {
            t.allReps += amount;
            if (ownerId == filter.ownerId)
                t.owner += amount;
            if (q.value(4).toInt() == 1)
                t.members += amount;
        } else {
            t.allTeams += amount;
            t.hasAnyTeam = true;
            if (teamId == filter.teamId) {
                t.team += amount;
                t.hasTeam = true;
            }
        }
    }
    auto targetOf = [&](int month) -> qint64 {
        const MonthTargets t = targetsByMonth.value(month);
        if (!filter.ownerId.isEmpty())
            return t.owner;
        if (!filter.teamId.isEmpty())
            return t.hasTeam ? t.team : t.members;
        return t.hasAnyTeam ? t.allTeams : t.allReps;
    };

    QList<RevenuePoint> result;
    const int step = granularity == Granularity::Quarter ? 3 : 1;
    QDate start(first.year(), first.month(), 1);
    if (step == 3)
        start = QDate(start.year(), (start.month() - 1) / 3 * 3 + 1, 1);
    for (QDate period = start; period <= last; period = period.addMonths(step)) {
        qint64 won = 0;
        qint64 weightedX100 = 0;
        qint64 target = 0;
        for (int i = 0; i < step; ++i) {
            const QDate month = period.addMonths(i);
            if (month < QDate(first.year(), first.month(), 1) || month > last)
                continue; // a quarter only partly inside the period counts its months inside
            const auto figures = byMonth.value(monthKey(month));
            won += figures.first;
            weightedX100 += figures.second;
            target += targetOf(monthKey(month));
        }
        result.append({period, won, fromX100(weightedX100), target});
    }
    return result;
}

QList<QPair<QString, qint64>> ReportQueries::revenueBy(const ReportFilter& filter, Breakdown breakdown,
                                                       QString* error) const
{
    const QString currency = filter.currency.isEmpty() ? defaultCurrency(error) : filter.currency;
    if (currency.isEmpty())
        return {};
    const Period p = periodOf(filter);
    Sql sql;
    switch (breakdown) {
    case Breakdown::None:
        sql.add(QStringLiteral("SELECT '', CAST(SUM(r.amount_minor) AS BIGINT) FROM report_opportunity_summary r "
                               "JOIN pipeline_stages s ON s.id = r.stage_id "
                               "WHERE s.is_won AND r.close_month BETWEEN ? AND ? AND r.currency = ?"),
                {p.fromMonth, p.toMonth, currency})
            .people(filter, QStringLiteral("r.owner_id"));
        break;
    case Breakdown::Rep:
        sql.add(QStringLiteral("SELECT COALESCE(MAX(u.display_name), ''), CAST(SUM(r.amount_minor) AS BIGINT) "
                               "FROM report_opportunity_summary r JOIN pipeline_stages s ON s.id = r.stage_id "
                               "LEFT JOIN users u ON u.id = r.owner_id "
                               "WHERE s.is_won AND r.close_month BETWEEN ? AND ? AND r.currency = ?"),
                {p.fromMonth, p.toMonth, currency})
            .people(filter, QStringLiteral("r.owner_id"))
            .add(QStringLiteral(" GROUP BY r.owner_id HAVING SUM(CAST(r.opportunities AS INTEGER)) > 0"));
        break;
    case Breakdown::Team:
        sql.add(QStringLiteral("SELECT COALESCE(MAX(t.name), ''), CAST(SUM(r.amount_minor) AS BIGINT) "
                               "FROM report_opportunity_summary r JOIN pipeline_stages s ON s.id = r.stage_id "
                               "LEFT JOIN users u ON u.id = r.owner_id LEFT JOIN teams t ON t.id = u.team_id "
                               "WHERE s.is_won AND r.close_month BETWEEN ? AND ? AND r.currency = ?"),
                {p.fromMonth, p.toMonth, currency})
            .people(filter, QStringLiteral("r.owner_id"))
            .add(QStringLiteral(" GROUP BY t.id HAVING SUM(CAST(r.opportunities AS INTEGER)) > 0"));
        break;
    case Breakdown::Industry:
        sql.add(QStringLiteral("SELECT COALESCE(MAX(i.name), ''), CAST(SUM(r.amount_minor) AS BIGINT) "
                               "FROM report_industry_summary r LEFT JOIN industries i ON i.id = r.industry_id "
                               "WHERE r.close_month BETWEEN ? AND ? AND r.currency = ?"),
                {p.fromMonth, p.toMonth, currency})
            .people(filter, QStringLiteral("r.owner_id"))
            .add(QStringLiteral(" GROUP BY r.industry_id HAVING SUM(CAST(r.opportunities AS INTEGER)) > 0"));
        break;
    }
    QSqlQuery q(m_db.connection());
    QList<QPair<QString, qint64>> result;
    if (!run(q, sql, error))
        return result;
    while (q.next())
        result.append({q.value(0).toString(), toMinor(q.value(1))});
    std::stable_sort(result.begin(), result.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return result;
}

QList<ReportQueries::Conversion> ReportQueries::conversion(const ReportFilter& filter, QString* error) const
{
    bool ok = false;
    const QList<Stage> stages = stagesOf(m_db, error, &ok);
    if (!ok)
        return {};
    QStringList chain; // non-lost stages in report order
    for (const Stage& stage : stages)
        if (!stage.isLost)
            chain.append(stage.id);

    const Period p = periodOf(filter);
    Sql sql;
    sql.add(QStringLiteral("SELECT f.from_stage_id, f.to_stage_id, SUM(CAST(f.changes AS INTEGER)), "
                           "SUM(CAST(f.timed AS INTEGER)), CAST(SUM(f.seconds) AS BIGINT) FROM report_stage_flow f "
                           "WHERE f.month BETWEEN ? AND ?"),
            {p.fromMonth, p.toMonth})
        .people(filter, QStringLiteral("f.owner_id"))
        .add(QStringLiteral(" GROUP BY f.from_stage_id, f.to_stage_id"));
    QSqlQuery q(m_db.connection());
    if (!run(q, sql, error))
        return {};
    QHash<QString, qint64> entered, advanced, timed, seconds;
    while (q.next()) {
        const QString from = q.value(0).toString();
        const QString to = q.value(1).toString();
        const qint64 changes = q.value(2).toLongLong();
        entered[to] += changes;
        timed[from] += q.value(3).toLongLong();
        seconds[from] += q.value(4).toLongLong();
        const int fromIndex = chain.indexOf(from);
        const int toIndex = chain.indexOf(to);
        if (fromIndex >= 0 && toIndex > fromIndex)
            advanced[from] += changes;
    }
    QList<Conversion> result;
    for (int i = 0; i + 1 < chain.size(); ++i) {
        const QString& from = chain.at(i);
        const int in = int(entered.value(from));
        const int forward = int(advanced.value(from));
        const qint64 n = timed.value(from);
        result.append({from, chain.at(i + 1), in, forward, in > 0 ? double(forward) / in : 0.0,
                       n > 0 ? double(seconds.value(from)) / n / 86400.0 : 0.0});
    }
    return result;
}

QList<ReportQueries::RepPerformance> ReportQueries::teamPerformance(const ReportFilter& filter, QString* error) const
{
    const QString currency = filter.currency.isEmpty() ? defaultCurrency(error) : filter.currency;
    if (currency.isEmpty())
        return {};
    const Period p = periodOf(filter);
    // One statement, one row kind per part (on PostgreSQL each statement costs three round trips and a plan):
    // 0 = deals per owner, 1 = follow-ups per author, 2 = new customers per owner, 3 = the users themselves
    // (active flag and name). Amount sums are CAST so the four parts agree on the column types.
    Sql sql;
    sql.add(QStringLiteral(
                "SELECT 0, r.owner_id, SUM(CASE WHEN s.is_won THEN CAST(r.opportunities AS INTEGER) ELSE 0 END), "
                "SUM(CASE WHEN s.is_lost THEN CAST(r.opportunities AS INTEGER) ELSE 0 END), "
                "CAST(SUM(CASE WHEN s.is_won AND r.currency = ? THEN r.amount_minor ELSE 0 END) AS BIGINT), "
                "CAST(SUM(CASE WHEN s.is_won OR s.is_lost OR r.currency <> ? THEN 0 ELSE r.amount_minor END) AS "
                "BIGINT), "
                "CAST(NULL AS TEXT) "
                "FROM report_opportunity_summary r JOIN pipeline_stages s ON s.id = r.stage_id "
                "WHERE r.close_month BETWEEN ? AND ?"),
            {currency, currency, p.fromMonth, p.toMonth})
        .people(filter, QStringLiteral("r.owner_id"))
        .add(QStringLiteral(" GROUP BY r.owner_id HAVING SUM(CAST(r.opportunities AS INTEGER)) > 0"));
    sql.add(QStringLiteral(
                " UNION ALL SELECT 1, a.author_id, SUM(CAST(a.interactions AS INTEGER)), 0, CAST(0 AS BIGINT), "
                "CAST(0 AS BIGINT), CAST(NULL AS TEXT) FROM report_activity_summary a WHERE a.bucket BETWEEN ? AND ?"),
            {p.fromDay, p.toDay})
        .people(filter, QStringLiteral("a.author_id"))
        .add(QStringLiteral(" GROUP BY a.author_id HAVING SUM(CAST(a.interactions AS INTEGER)) > 0"));
    sql.add(QStringLiteral(
                " UNION ALL SELECT 2, c.owner_id, SUM(CAST(c.customers AS INTEGER)), 0, CAST(0 AS BIGINT), "
                "CAST(0 AS BIGINT), CAST(NULL AS TEXT) FROM report_customer_summary c WHERE c.month BETWEEN ? AND ?"),
            {p.fromMonth, p.toMonth})
        .people(filter, QStringLiteral("c.owner_id"))
        .add(QStringLiteral(" GROUP BY c.owner_id HAVING SUM(CAST(c.customers AS INTEGER)) > 0"));
    sql.add(QStringLiteral(
                " UNION ALL SELECT 3, u.id, CASE WHEN u.deleted_at IS NULL AND u.active THEN 1 ELSE 0 END, 0, "
                "CAST(0 AS BIGINT), CAST(0 AS BIGINT), u.display_name FROM users u WHERE 1 = 1"))
        .people(filter, QStringLiteral("u.id"));
    QSqlQuery q(m_db.connection());
    if (!run(q, sql, error))
        return {};

    QMap<QString, RepPerformance> reps; // user id -> row: active users, and anyone with figures
    QHash<QString, QString> names;
    auto rep = [&](const QString& id) -> RepPerformance& {
        auto it = reps.find(id);
        if (it == reps.end())
            it = reps.insert(id, RepPerformance{id == kNilUuid ? QString() : id, QString(), 0, 0, 0, 0, 0.0, 0, 0});
        return *it;
    };
    while (q.next()) {
        const QString id = q.value(1).toString();
        switch (q.value(0).toInt()) {
        case 0: {
            RepPerformance& r = rep(id);
            r.won = q.value(2).toInt();
            r.lost = q.value(3).toInt();
            r.wonMinor = toMinor(q.value(4));
            r.pipelineMinor = toMinor(q.value(5));
            break;
        }
        case 1:
            rep(id).followUps = q.value(2).toInt();
            break;
        case 2:
            rep(id).newCustomers = q.value(2).toInt();
            break;
        default:
            names.insert(id, q.value(6).toString());
            if (q.value(2).toInt() == 1)
                rep(id);
            break;
        }
    }
    for (auto it = reps.begin(); it != reps.end(); ++it)
        it->name = names.value(it.key());

    QList<RepPerformance> result;
    for (RepPerformance r : std::as_const(reps)) {
        r.winRate = r.won + r.lost > 0 ? double(r.won) / (r.won + r.lost) : 0.0;
        result.append(r);
    }
    std::sort(result.begin(), result.end(), [](const RepPerformance& a, const RepPerformance& b) {
        if (a.userId.isEmpty() != b.userId.isEmpty())
            return b.userId.isEmpty();
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.userId < b.userId;
    });
    return result;
}

QList<ReportQueries::Tier> ReportQueries::tiers(const ReportFilter& filter, QString* error) const
{
    const QString currency = filter.currency.isEmpty() ? defaultCurrency(error) : filter.currency;
    if (currency.isEmpty())
        return {};
    const Period p = periodOf(filter);
    RevenueTiers::Counter tiers;
    const bool noPeople = filter.ownerId.isEmpty() && filter.teamId.isEmpty();
    const bool wholeYears = p.from.isValid() && p.to.isValid() && p.from.month() == 1 && p.to.month() == 12;
    // One calendar year or one quarter, coded as report_customer_revenue.period (migration 0006); 0 otherwise.
    int summaryPeriod = 0;
    if (noPeople && p.from.isValid() && p.to.isValid() && p.from.year() == p.to.year()) {
        if (wholeYears)
            summaryPeriod = p.from.year() * 10;
        else if ((p.from.month() - 1) % 3 == 0 && p.to.month() == p.from.month() + 2)
            summaryPeriod = p.from.year() * 10 + (p.from.month() + 2) / 3;
    }
    if (summaryPeriod != 0) {
        // The revenue histogram (migration 0007) places whole ranges of customers at once; only the customers of
        // a range in which a tier threshold falls are read one by one.
        Sql buckets;
        buckets.add(QStringLiteral("SELECT bucket, customers, amount_minor FROM report_revenue_histogram "
                                   "WHERE currency = ? AND period = ? AND customers > 0 ORDER BY bucket DESC"),
                    {currency, summaryPeriod});
        QSqlQuery q(m_db.connection());
        if (!run(q, buckets, error))
            return {};
        struct Bucket
        {
            int bucket;
            int customers;
            qint64 amount;
        };
        std::vector<Bucket> ranges;
        while (q.next()) {
            ranges.push_back({q.value(0).toInt(), q.value(1).toInt(), toMinor(q.value(2))});
            tiers.total += ranges.back().amount;
        }
        for (const Bucket& range : ranges) {
            if (tiers.tierAt(tiers.before) == tiers.tierAt(tiers.before + range.amount)) {
                tiers.addRange(range.customers, range.amount);
                continue;
            }
            const auto [low, high] = RevenueTiers::bucketRange(range.bucket);
            const QVariantList binds{currency, summaryPeriod, low, high};
            const Sql rows{QStringLiteral("FROM report_customer_revenue WHERE currency = ? AND period = ? "
                                          "AND amount_minor >= ? AND amount_minor < ? AND opportunities > 0"),
                           binds};
            std::vector<qint64> revenues;
            if (!readRevenues(m_db, QStringLiteral("amount_minor"), rows, QString(), &revenues, error))
                return {};
            // Read a moment after the buckets: a deal saved in between can make the two disagree by that deal until
            // the next refresh; the ranking stays consistent with what was read.
            std::sort(revenues.begin(), revenues.end(), std::greater<qint64>());
            for (const qint64 revenue : revenues)
                tiers.add(revenue);
        }
        return tiers.result();
    }

    // Other periods: the revenue of each customer, summed here or by the server. Only the revenues are kept, not
    // the ids: customers with equal revenue are interchangeable in the ranking (the cumulative sums before each of
    // them are the same whichever comes first).
    Sql rows;
    QString value;
    QString customer;
    if (noPeople && wholeYears) {
        // Several whole years: the per-customer yearly sums of report_customer_revenue (migration 0006).
        // The years one by one (IN), not as a range: a range would read every quarter in between as well.
        QVariantList binds{currency};
        QStringList marks;
        for (int year = p.from.year(); year <= p.to.year(); ++year) {
            binds << year * 10;
            marks << QStringLiteral("?");
        }
        rows.add(QStringLiteral("FROM report_customer_revenue WHERE currency = ? AND period IN (%1) "
                                "AND opportunities > 0")
                     .arg(marks.join(QStringLiteral(", "))),
                 binds);
        value = QStringLiteral("amount_minor");
        customer = QStringLiteral("customer_id");
    } else {
        // Parts of years, or one rep's or team's deals: the won deals through the covering index
        // ix_report_opportunities_won, placed as the summaries place them (undated deals only without a lower
        // bound), summed per customer as BulkReadDialect does best.
        value = QStringLiteral("o.amount_minor");
        customer = QStringLiteral("o.customer_id");
        rows.add(QStringLiteral("FROM opportunities o WHERE o.stage_id IN (SELECT s.id FROM pipeline_stages s "
                                "WHERE s.is_won) AND o.currency = ? AND o.deleted_at IS NULL"),
                 {currency});
        const QString closeDate = QStringLiteral("COALESCE(o.actual_close, o.expected_close)");
        if (p.from.isValid() && p.to.isValid())
            rows.add(QStringLiteral(" AND %1 BETWEEN ? AND ?").arg(closeDate),
                     {SqlValues::date(p.from), SqlValues::date(p.to)});
        else if (p.from.isValid())
            rows.add(QStringLiteral(" AND %1 >= ?").arg(closeDate), {SqlValues::date(p.from)});
        else if (p.to.isValid())
            rows.add(QStringLiteral(" AND (%1 <= ? OR %1 IS NULL)").arg(closeDate), {SqlValues::date(p.to)});
        rows.people(filter, QStringLiteral("o.owner_id"));
    }
    std::vector<qint64> revenues;
    if (!readRevenues(m_db, value, rows, customer, &revenues, error))
        return {};
    for (const qint64 revenue : revenues)
        tiers.total += revenue;
    std::sort(revenues.begin(), revenues.end(), std::greater<qint64>());
    for (const qint64 revenue : revenues)
        tiers.add(revenue);
    return tiers.result();
}

QList<ReportQueries::ActivityWeek> ReportQueries::activity(const ReportFilter& filter, QString* error) const
{
    const Period p = periodOf(filter);
    Sql sql;
    sql.add(QStringLiteral("SELECT a.bucket, COALESCE(MAX(c.code), ''), COALESCE(MAX(c.sort_order), 0), "
                           "SUM(CAST(a.interactions AS INTEGER)) FROM report_activity_summary a "
                           "LEFT JOIN interaction_channels c ON c.id = a.channel_id WHERE a.bucket BETWEEN ? AND ?"),
            {p.fromDay, p.toDay})
        .people(filter, QStringLiteral("a.author_id"))
        .add(QStringLiteral(" GROUP BY a.bucket, a.channel_id"));
    QSqlQuery q(m_db.connection());
    if (!run(q, sql, error))
        return {};
    // (week, channel sort order, channel code) -> count
    QMap<std::tuple<QDate, int, QString>, qint64> weeks;
    while (q.next()) {
        const QDate bucket = fromDayKey(q.value(0).toInt());
        const QDate monday = bucket.addDays(1 - bucket.dayOfWeek());
        weeks[{monday, q.value(2).toInt(), q.value(1).toString()}] += q.value(3).toLongLong();
    }
    QList<ActivityWeek> result;
    for (auto it = weeks.constBegin(); it != weeks.constEnd(); ++it)
        if (it.value() != 0)
            result.append({std::get<0>(it.key()), std::get<2>(it.key()), int(it.value())});
    return result;
}

int ReportQueries::overdueTasks(const ReportFilter& filter, QString* error) const
{
    return overdueTasks(filter, m_db.clock().today(), error);
}

int ReportQueries::overdueTasks(const ReportFilter& filter, const QDate& today, QString* error) const
{
    Sql sql;
    sql.add(QStringLiteral("SELECT COUNT(*) FROM tasks t WHERE t.deleted_at IS NULL AND t.status <> 'done' "
                           "AND t.due_date < ?"),
            {SqlValues::date(today)})
        .people(filter, QStringLiteral("t.owner_id"));
    QSqlQuery q(m_db.connection());
    if (!run(q, sql, error) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<ReportQueries::Target> ReportQueries::targets(const ReportFilter& filter, QString* error) const
{
    const ReportFilter whole = wholeMonths(filter);
    Sql sql;
    sql.add(QStringLiteral("SELECT t.id, t.owner_id, t.team_id, t.month, t.amount_minor, t.currency, t.version "
                           "FROM sales_targets t WHERE t.deleted_at IS NULL"));
    if (whole.from.isValid())
        sql.add(QStringLiteral(" AND t.month >= ?"), {SqlValues::date(whole.from)});
    if (whole.to.isValid())
        sql.add(QStringLiteral(" AND t.month <= ?"), {SqlValues::date(whole.to)});
    if (!filter.currency.isEmpty())
        sql.add(QStringLiteral(" AND t.currency = ?"), {filter.currency});
    if (!filter.ownerId.isEmpty())
        sql.add(QStringLiteral(" AND t.owner_id = ?"), {filter.ownerId});
    if (!filter.teamId.isEmpty())
        sql.add(QStringLiteral(" AND (t.team_id = ? OR t.owner_id IN (SELECT u.id FROM users u WHERE u.team_id = ?))"),
                {filter.teamId, filter.teamId});
    sql.add(QStringLiteral(" ORDER BY t.month, t.currency, t.id"));
    QSqlQuery q(m_db.connection());
    QList<Target> result;
    if (!run(q, sql, error))
        return result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       SqlValues::toDate(q.value(3)), toMinor(q.value(4)), q.value(5).toString(), q.value(6).toInt()});
    return result;
}

QString ReportQueries::setTarget(const Target& target, QString* error)
{
    RecordWriter writer(m_db);
    if (!writer.isActive()) {
        if (error)
            *error = writer.error();
        return {};
    }
    const QString id = writeTarget(writer, target, error);
    if (id.isEmpty())
        return {};
    const WriteResult committed = writer.commit();
    if (!committed.ok()) {
        if (error)
            *error = committed.message;
        return {};
    }
    return id;
}

bool ReportQueries::removeTarget(const QString& id, int version, QString* error)
{
    return saveTargets({}, {{id, version}}, error);
}

bool ReportQueries::saveTargets(const QList<Target>& upserts, const QList<QPair<QString, int>>& removals,
                                QString* error)
{
    RecordWriter writer(m_db);
    if (!writer.isActive()) {
        if (error)
            *error = writer.error();
        return false;
    }
    // Removals first: a cleared cell must not make a new target for the same slot look like a duplicate.
    // Any failure returns before commit, so the writer rolls everything back.
    for (const auto& removal : removals) {
        if (!deleteTarget(writer, removal.first, removal.second, error))
            return false;
    }
    for (const Target& target : upserts) {
        if (writeTarget(writer, target, error).isEmpty())
            return false;
    }
    const WriteResult committed = writer.commit();
    if (!committed.ok()) {
        if (error)
            *error = committed.message;
        return false;
    }
    return true;
}

QString ReportQueries::writeTarget(RecordWriter& writer, const Target& target, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return QString();
    };
    if (target.ownerId.isEmpty() == target.teamId.isEmpty())
        return fail(tr("A target belongs either to a sales rep or to a team."));
    if (!target.month.isValid())
        return fail(tr("A target needs a month."));
    if (target.amountMinor < 0)
        return fail(tr("A target cannot be negative."));
    if (target.currency.size() != 3)
        return fail(tr("A target needs a three-letter currency code."));
    const QDate month(target.month.year(), target.month.month(), 1);

    QSqlQuery q(m_db.connection());
    // One target per rep/team, month and currency: say so instead of a constraint error.
    Sql exists;
    exists.add(
        QStringLiteral("SELECT COUNT(*) FROM sales_targets WHERE deleted_at IS NULL AND month = ? AND currency = ?"),
        {SqlValues::date(month), target.currency});
    if (!target.ownerId.isEmpty())
        exists.add(QStringLiteral(" AND owner_id = ?"), {target.ownerId});
    else
        exists.add(QStringLiteral(" AND team_id = ?"), {target.teamId});
    if (!target.id.isEmpty())
        exists.add(QStringLiteral(" AND id <> ?"), {target.id});
    if (!run(q, exists, error) || !q.next())
        return {};
    if (q.value(0).toInt() > 0)
        return fail(tr("There is already a target for this month and currency."));

    const QVariantHash row{{QStringLiteral("owner_id"), nullable(target.ownerId)},
                           {QStringLiteral("team_id"), nullable(target.teamId)},
                           {QStringLiteral("month"), month},
                           {QStringLiteral("amount_minor"), target.amountMinor},
                           {QStringLiteral("currency"), target.currency}};
    const WriteResult written = target.id.isEmpty()
                                    ? writer.insert(QStringLiteral("sales_targets"), row)
                                    : writer.update(QStringLiteral("sales_targets"), target.id, target.version, row);
    if (written.status == WriteResult::Conflict || written.status == WriteResult::NotFound)
        return fail(tr("Someone else changed or deleted this target meanwhile. Reload and try again."));
    if (!written.ok())
        return fail(written.message);
    return written.id;
}

bool ReportQueries::deleteTarget(RecordWriter& writer, const QString& id, int version, QString* error)
{
    const WriteResult deleted = writer.softDelete(QStringLiteral("sales_targets"), id, version);
    if (deleted.ok())
        return true;
    if (error)
        *error = deleted.status == WriteResult::Failed
                     ? deleted.message
                     : tr("Someone else changed or deleted this target meanwhile. Reload and try again.");
    return false;
}

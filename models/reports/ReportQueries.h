#pragma once

#include "ReportFilter.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QtGlobal>

class Database;
class RecordWriter;

// Every number a dashboard chart, a report document or `deskcrm-cli report` shows, as plain structs:
// no widgets, no Qt Gui, money as integer minor units. The views render these; the CLI writes them as
// CSV/JSON; nothing above models/ computes a figure of its own.
//
// Periods are whole calendar months: filter.from counts from the 1st of its month and filter.to up to
// the last day of its month (wholeMonths() says which period a figure covers; show it in headers).
// Dates. Opportunities are placed in time by their close date: actual_close when set, else
// expected_close (so open deals fall in the month they are expected to close, won/lost deals in the
// month they closed). An opportunity with neither date is only counted when the filter has no dates.
// Stage changes are placed by stage_history.changed_at, follow-ups by interactions.occurred_at (UTC),
// new customers by customers.created_at. Team and owner filters use the CURRENT owner of a record and
// the owner's CURRENT team. Soft-deleted rows (deleted_at set) never count.
//
// Money and currencies. Every amount is in ONE reporting currency: filter.currency, or when empty
// defaultCurrency() (the currency with the most won deals). Amounts in any other currency are
// left out of the sums, never converted or added; otherCurrencies() lists what was left out so a
// screen or a report can say "plus USD 12,000.00 not included". Counts (opportunities, customers,
// follow-ups) include every currency. The weighted forecast is sum(amount_minor * probability) / 100
// rounded half away from zero once per point, so it is exact in minor units.
//
// Speed. The figures come from summary tables kept exact by triggers (migration 0002_reporting) per
// month (and week-in-month for follow-ups), so the cost depends on the number of owners, stages and
// months, not on the number of opportunities. tiers() reads per-customer sums per year and quarter
// (migrations 0006, 0007) for those periods and otherwise the won opportunities, by index.
// Pass filter.currency (e.g. from one mainCurrency() call) so a dashboard refresh does not look it up
// once per chart.
//
// Errors: every query returns an empty list / 0 / false and sets *error (if given) on failure.
class ReportQueries
{
public:
    explicit ReportQueries(Database& db);
    Database& database() const { return m_db; } // the connection these queries read (the page's or a background one)
    Q_DISABLE_COPY(ReportQueries)

    // Teams for a team filter: (id, name) of non-deleted teams, by name.
    QList<QPair<QString, QString>> teams(QString* error = nullptr) const;

    // The filter with from/to widened to whole months (invalid dates stay invalid = unbounded).
    static ReportFilter wholeMonths(const ReportFilter& filter);

    // The currency most non-deleted opportunities use (ties: alphabetical). "CNY" for an empty database.
    QString mainCurrency(QString* error = nullptr) const;
    // Every currency opportunities are in, the most used first.
    QStringList currencies(QString* error = nullptr) const;

    // One currency's business in the filter's period, of the filter's people.
    struct CurrencyTotal
    {
        QString currency;
        int opportunities; // opportunities (any stage) closing in the period in this currency
        qint64 wonMinor;   // won in the period
        qint64 openMinor;  // open pipeline closing in the period
        int wonDeals;      // opportunities won in the period
    };
    // Every currency with deals in the filter's period and people, whatever filter.currency says: the most won
    // deals first, then the most deals, then by code (amounts in different currencies are never compared).
    // The dashboard's currency box shows these side by side.
    QList<CurrencyTotal> currencyTotals(const ReportFilter& filter, QString* error = nullptr) const;
    // Money in the filter's period that the figures leave out because it is in another currency (by code).
    QList<CurrencyTotal> otherCurrencies(const ReportFilter& filter, QString* error = nullptr) const;

    // The currency with the most won business in the whole database (most won deals; with none won, the most
    // deals; ties by code), "CNY" for an empty database. Not the UI language's currency: a Chinese and an English
    // window, the printed report and `deskcrm-cli report` all start on the same one.
    QString defaultCurrency(QString* error = nullptr) const;
    // The reporting currency: `chosen` (the user's choice, normally chosenCurrency()) while some deal is in it,
    // else defaultCurrency().
    QString reportingCurrency(const QString& chosen, QString* error = nullptr) const;
    // The user's choice of reporting currency, the setting dashboard/currency (empty = none), shared by the
    // dashboard, its printed reports and `deskcrm-cli report` (which reads the same settings file).
    static QString chosenCurrency();
    static void setChosenCurrency(const QString& code);
    static const char* const kCurrencySettingKey; // "dashboard/currency"

    // The months (their first day, ascending) in which opportunities of the filter's people close, in
    // filter.currency when it is set (every currency when empty); the filter's period is ignored, undated deals
    // are left out. The dashboard offers one of these years when its period has no deals.
    QList<QDate> dataMonths(const ReportFilter& filter, QString* error = nullptr) const;
    // Names for the captions of a filter: the team's name / the user's display name (username when it has
    // none); empty for an empty or unknown id.
    QString teamName(const QString& teamId, QString* error = nullptr) const;
    QString userName(const QString& userId, QString* error = nullptr) const;

    // Sales funnel: one row per pipeline stage in sort order (open stages first, then won, then lost),
    // opportunities whose close date falls in the period. Amount in the reporting currency.
    struct FunnelStage
    {
        QString stageId;
        QString name; // pipeline_stages.name as stored (seeded names are English source strings)
        int count;
        qint64 amountMinor;
        int probability; // the stage's default probability
        bool isWon;
        bool isLost;
    };
    QList<FunnelStage> funnel(const ReportFilter& filter, QString* error = nullptr) const;

    // Revenue per month or quarter of the period (every period present, zeros included):
    // won amount, weighted forecast of open deals expected to close then, and the target.
    struct RevenuePoint
    {
        QDate periodStart; // first day of the month / quarter
        qint64 wonMinor;
        qint64 weightedForecastMinor; // sum(amount * opportunity probability / 100) of open deals
        qint64 targetMinor;           // 0 when no target is set; see targets below
    };
    enum class Granularity { Month, Quarter };
    enum class Breakdown { None, Rep, Team, Industry };
    QList<RevenuePoint> revenue(const ReportFilter& filter, Granularity granularity, QString* error = nullptr) const;
    // Won amount in the period per rep / team / customer industry, largest first. Label = display name /
    // team name / industry name as stored; records without one are labelled by an empty string.
    // Breakdown::None gives one row with an empty label (the total).
    QList<QPair<QString, qint64>> revenueBy(const ReportFilter& filter, Breakdown breakdown,
                                            QString* error = nullptr) const;

    // Stage-to-stage conversion from stage_history (the flow in the period, not current stages):
    // for each consecutive pair of non-lost stages in sort order (… -> Deciding -> Won),
    // entered = stage changes INTO fromStage in the period; advanced = stage changes OUT OF fromStage in the
    // period to any later non-lost stage (skipping stages counts); rate = advanced / entered (0 when nothing
    // entered; above 1 when deals that entered earlier advanced in the period); avgDaysInFrom = mean time
    // between entering fromStage and leaving it, over the changes out of fromStage in the period (any target).
    // The stay is measured from the opportunity's previous change (any of its history rows, deleted or not).
    // Stage moves append history with changed_at = now, so this stays exact; a row inserted BEFORE later
    // rows of the same opportunity (a back-dated import) or a hard delete of history of a live opportunity
    // does not re-time the following row's stay in the summary (purge tombstones instead).
    struct Conversion
    {
        QString fromStage; // stage id
        QString toStage;   // stage id of the next non-lost stage
        int entered;
        int advanced;
        double rate;
        double avgDaysInFrom;
    };
    QList<Conversion> conversion(const ReportFilter& filter, QString* error = nullptr) const;

    // Per rep (active users, plus anyone who owns figures in the period), by display name. Figures of
    // records without an owner/author come last in a row with an empty userId and name.
    struct RepPerformance
    {
        QString userId;
        QString name;
        int followUps;    // interactions authored in the period
        int newCustomers; // customers created in the period that the rep owns
        int won;          // opportunities won (close date in period)
        int lost;
        double winRate; // won / (won + lost), 0 when neither
        qint64 wonMinor;
        qint64 pipelineMinor; // open deals closing in the period
    };
    QList<RepPerformance> teamPerformance(const ReportFilter& filter, QString* error = nullptr) const;

    // ABC tiers of customers by won revenue in the period (reporting currency): customers sorted by
    // revenue, A = those making up the first 80 % of revenue, B = the next 15 %, C = the rest with revenue
    // (a customer is in the tier where its cumulative share starts). Always three rows A, B, C.
    struct Tier
    {
        QString tier; // "A", "B", "C"
        int customers;
        qint64 revenueMinor;
        double share; // revenueMinor / total, 0..1
    };
    QList<Tier> tiers(const ReportFilter& filter, QString* error = nullptr) const;

    // Follow-ups per ISO week (Monday, UTC) and channel code (interaction_channels.code, "" if none);
    // only weeks/channels with follow-ups, ordered by week then channel sort order. Partial weeks at the
    // period's ends count only the days inside the period.
    struct ActivityWeek
    {
        QDate weekStart;
        QString channel;
        int count;
    };
    QList<ActivityWeek> activity(const ReportFilter& filter, QString* error = nullptr) const;

    // Open tasks (status not done) due before `today` (default: the current UTC date), of the filter's
    // owner/team. Not restricted by the period: overdue is a state of now.
    int overdueTasks(const ReportFilter& filter, QString* error = nullptr) const;
    int overdueTasks(const ReportFilter& filter, const QDate& today, QString* error) const;

    // Monthly sales targets per rep (ownerId) or per team (teamId), one row per owner/team, month and
    // currency. The revenue chart's target for a month: the owner's target with an owner filter; with
    // a team filter the team's target, or the sum of its members' targets when the team has none;
    // without filters the sum of all team targets, or of all rep targets when no team has one.
    struct Target
    {
        QString id;      // empty for a new target
        QString ownerId; // exactly one of ownerId / teamId
        QString teamId;
        QDate month; // any day of the month; stored as the first
        qint64 amountMinor;
        QString currency;
        int version = 0; // for optimistic updates
    };
    // Targets whose month overlaps the filter's period, of the filter's owner/team (all when empty).
    QList<Target> targets(const ReportFilter& filter, QString* error = nullptr) const;
    // Inserts (id empty; replaces nothing: a second target for the same owner/team, month and currency is
    // refused) or updates (WHERE id AND version; zero rows = conflict error). Returns the stored id.
    QString setTarget(const Target& target, QString* error = nullptr);
    bool removeTarget(const QString& id, int version, QString* error = nullptr); // soft delete
    // Everything a targets editor changed, as ONE transaction: removals (id, version; soft delete) first,
    // then upserts as setTarget() does. Any refusal or conflict rolls the whole batch back, so the table
    // is exactly as before; *error says which rule or conflict stopped it.
    bool saveTargets(const QList<Target>& upserts, const QList<QPair<QString, int>>& removals,
                     QString* error = nullptr);

private:
    // setTarget()/removeTarget() inside the caller's transaction (the Transaction class does not nest).
    QString writeTarget(RecordWriter& writer, const Target& target, QString* error);
    bool deleteTarget(RecordWriter& writer, const QString& id, int version, QString* error);

    Database& m_db;
};

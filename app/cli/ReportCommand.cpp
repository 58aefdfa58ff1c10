#include "ReportCommand.h"

#include "CampaignReport.h"
#include "CompetitorReport.h"
#include "ReceivablesAgeing.h"
#include "ReportDocument.h"
#include "ReportQueries.h"
#include "ServiceReport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace {
// One table of the report: stable column names and rows of plain values.
struct Table
{
    QString name;
    QStringList columns;
    QList<QVariantList> rows;
};

QString csvField(const QVariant& value)
{
    QString text;
    if (value.metaType().id() == QMetaType::Double)
        text = QString::number(value.toDouble(), 'g', 15);
    else if (value.metaType().id() == QMetaType::Bool)
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else
        text = value.toString();
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')))
        text = QLatin1Char('"') + text.replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
    return text;
}

QJsonValue jsonValue(const QVariant& value)
{
    if (!value.isValid())
        return QJsonValue(QJsonValue::Null); // a figure that does not exist (ROI of a campaign without cost)
    switch (value.metaType().id()) {
    case QMetaType::LongLong:
        // Minor units stay integers in JSON (exact up to 2^53, far beyond any sales figure).
        return QJsonValue(static_cast<qint64>(value.toLongLong()));
    case QMetaType::Int:
        return value.toInt();
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::Bool:
        return value.toBool();
    default:
        return value.toString();
    }
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Payment collection: the ageing of what is owed today (each currency, rep and customer apart, never converted) and
// collected vs planned per month of the period in the reporting currency.
bool collectCollection(Database& db, const ReportFilter& filter, QList<Table>* tables, QString* error)
{
    const QDate today = db.clock().today();
    const QStringList ageingColumns{QStringLiteral("id"),
                                    QStringLiteral("name"),
                                    QStringLiteral("currency"),
                                    QStringLiteral("due_this_week_minor"),
                                    QStringLiteral("not_due_minor"),
                                    QStringLiteral("overdue_1_30_minor"),
                                    QStringLiteral("overdue_31_60_minor"),
                                    QStringLiteral("overdue_61_90_minor"),
                                    QStringLiteral("overdue_over_90_minor"),
                                    QStringLiteral("outstanding_minor")};
    const QList<QPair<QString, ReceivablesAgeing::GroupBy>> groups{
        {QStringLiteral("collection"), ReceivablesAgeing::GroupBy::Currency},
        {QStringLiteral("ageing_by_rep"), ReceivablesAgeing::GroupBy::Rep},
        {QStringLiteral("ageing_by_customer"), ReceivablesAgeing::GroupBy::Customer}};
    for (const auto& group : groups) {
        QList<AgeingRow> rows;
        if (!ReceivablesAgeing::summary(db, today, group.second, filter.ownerId, {}, &rows, error))
            return false;
        Table t{group.first, ageingColumns, {}};
        for (const AgeingRow& r : std::as_const(rows))
            t.rows.append({r.key, r.label, r.currency, r.dueThisWeekMinor, r.notDueMinor, r.days1to30Minor,
                           r.days31to60Minor, r.days61to90Minor, r.over90Minor, r.totalMinor()});
        tables->append(t);
    }
    QList<CollectionMonth> months;
    if (!ReceivablesAgeing::collectedVsPlanned(db, filter.from, filter.to, filter.currency, filter.ownerId, &months,
                                               error))
        return false;
    Table m{QStringLiteral("collected_vs_planned"),
            {QStringLiteral("month_start"), QStringLiteral("planned_minor"), QStringLiteral("collected_minor"),
             QStringLiteral("currency")},
            {}};
    for (const CollectionMonth& month : std::as_const(months))
        m.rows.append({dateText(month.month), month.plannedMinor, month.collectedMinor, filter.currency});
    tables->append(m);
    return true;
}

// The service report's tables: stable column names, plain values (minutes of business time, scores).
bool collectService(Database& db, const ReportFilter& filter, QList<Table>* tables, QString* error)
{
    const ServiceReport report(db);
    Table open{QStringLiteral("open_by_age"), {QStringLiteral("priority")}, {}};
    for (int b = 0; b < ServiceReport::kAgeBuckets; ++b)
        open.columns << ServiceReport::ageBucketKey(b);
    for (const auto& row : report.openByAge(filter, error)) {
        QVariantList values{row.priority};
        for (qint64 n : row.counts)
            values << n;
        open.rows << values;
    }
    tables->append(open);
    const ServiceReport::Sla s = report.sla(filter, error);
    tables->append(
        {QStringLiteral("sla"),
         {QStringLiteral("tickets"), QStringLiteral("responded"), QStringLiteral("responded_in_time"),
          QStringLiteral("first_response_sla_percent"), QStringLiteral("resolved"), QStringLiteral("resolved_in_time"),
          QStringLiteral("resolution_sla_percent"), QStringLiteral("open_overdue"),
          QStringLiteral("mean_first_response_minutes"), QStringLiteral("mean_resolution_minutes")},
         {{s.tickets, s.responded, s.respondedInTime, s.firstResponsePercent(), s.resolved, s.resolvedInTime,
           s.resolutionPercent(), s.openOverdue, s.meanFirstResponseMinutes, s.meanResolutionMinutes}}});
    const QList<QPair<ServiceReport::By, QString>> breakdowns{
        {ServiceReport::By::Rep, QStringLiteral("satisfaction_by_rep")},
        {ServiceReport::By::Product, QStringLiteral("satisfaction_by_product")},
        {ServiceReport::By::Category, QStringLiteral("satisfaction_by_category")}};
    for (const auto& [by, name] : breakdowns) {
        Table t{name,
                {QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("count"), QStringLiteral("average"),
                 QStringLiteral("score_1"), QStringLiteral("score_2"), QStringLiteral("score_3"),
                 QStringLiteral("score_4"), QStringLiteral("score_5")},
                {}};
        for (const auto& row : report.satisfaction(filter, by, error)) {
            QVariantList values{row.key, row.label, row.count, row.average};
            for (qint64 n : row.distribution)
                values << n;
            t.rows << values;
        }
        tables->append(t);
    }
    const ServiceReport::ComplaintTrend trend = report.complaints(filter, error);
    Table c{QStringLiteral("complaints_by_category"),
            {QStringLiteral("month_start"), QStringLiteral("category"), QStringLiteral("count")},
            {}};
    for (const auto& row : trend.rows) {
        for (int i = 0; i < trend.months.size(); ++i)
            c.rows << QVariantList{dateText(trend.months.at(i)), row.category, row.counts.at(i)};
    }
    tables->append(c);
    return error->isEmpty();
}

bool collect(Database& db, const ReportCommand::Request& request, const ReportFilter& filter, QList<Table>* tables,
             QString* error)
{
    if (request.kind == QLatin1String("service")) // issue 14: tickets and complaints; no money, no currencies
        return collectService(db, filter, tables, error);
    ReportQueries reports(db);
    const QString kind = request.kind;
    const bool all = kind == QLatin1String("overview");
    const QString cur = filter.currency;
    if (kind == QLatin1String("collection"))
        return collectCollection(db, filter, tables, error);
    if (all || kind == QLatin1String("funnel")) {
        Table t{QStringLiteral("funnel"),
                {QStringLiteral("stage_id"), QStringLiteral("stage"), QStringLiteral("count"),
                 QStringLiteral("amount_minor"), QStringLiteral("currency"), QStringLiteral("probability"),
                 QStringLiteral("is_won"), QStringLiteral("is_lost")},
                {}};
        for (const auto& s : reports.funnel(filter, error))
            t.rows.append({s.stageId, s.name, s.count, s.amountMinor, cur, s.probability, s.isWon, s.isLost});
        tables->append(t);
    }
    if (all || kind == QLatin1String("revenue")) {
        const auto granularity = request.granularity == QLatin1String("quarter") ? ReportQueries::Granularity::Quarter
                                                                                 : ReportQueries::Granularity::Month;
        Table t{QStringLiteral("revenue"),
                {QStringLiteral("period_start"), QStringLiteral("won_minor"), QStringLiteral("weighted_forecast_minor"),
                 QStringLiteral("target_minor"), QStringLiteral("currency")},
                {}};
        for (const auto& p : reports.revenue(filter, granularity, error))
            t.rows.append({dateText(p.periodStart), p.wonMinor, p.weightedForecastMinor, p.targetMinor, cur});
        tables->append(t);
        const QList<QPair<QString, ReportQueries::Breakdown>> breakdowns{
            {QStringLiteral("revenue_by_rep"), ReportQueries::Breakdown::Rep},
            {QStringLiteral("revenue_by_team"), ReportQueries::Breakdown::Team},
            {QStringLiteral("revenue_by_industry"), ReportQueries::Breakdown::Industry}};
        for (const auto& breakdown : breakdowns) {
            Table b{breakdown.first,
                    {QStringLiteral("label"), QStringLiteral("won_minor"), QStringLiteral("currency")},
                    {}};
            for (const auto& row : reports.revenueBy(filter, breakdown.second, error))
                b.rows.append({row.first, row.second, cur});
            tables->append(b);
        }
    }
    if (all || kind == QLatin1String("conversion")) {
        Table t{QStringLiteral("conversion"),
                {QStringLiteral("from_stage_id"), QStringLiteral("to_stage_id"), QStringLiteral("entered"),
                 QStringLiteral("advanced"), QStringLiteral("rate"), QStringLiteral("avg_days_in_from")},
                {}};
        for (const auto& c : reports.conversion(filter, error))
            t.rows.append({c.fromStage, c.toStage, c.entered, c.advanced, c.rate, c.avgDaysInFrom});
        tables->append(t);
    }
    if (all || kind == QLatin1String("team")) {
        Table t{QStringLiteral("team"),
                {QStringLiteral("user_id"), QStringLiteral("name"), QStringLiteral("follow_ups"),
                 QStringLiteral("new_customers"), QStringLiteral("won"), QStringLiteral("lost"),
                 QStringLiteral("win_rate"), QStringLiteral("won_minor"), QStringLiteral("pipeline_minor"),
                 QStringLiteral("currency")},
                {}};
        for (const auto& r : reports.teamPerformance(filter, error))
            t.rows.append({r.userId, r.name, r.followUps, r.newCustomers, r.won, r.lost, r.winRate, r.wonMinor,
                           r.pipelineMinor, cur});
        tables->append(t);
    }
    if (all || kind == QLatin1String("tiers")) {
        Table t{QStringLiteral("tiers"),
                {QStringLiteral("tier"), QStringLiteral("customers"), QStringLiteral("revenue_minor"),
                 QStringLiteral("share"), QStringLiteral("currency")},
                {}};
        for (const auto& tier : reports.tiers(filter, error))
            t.rows.append({tier.tier, tier.customers, tier.revenueMinor, tier.share, cur});
        tables->append(t);
    }
    if (kind == QLatin1String("campaigns")) {
        CampaignReport::Model model = CampaignReport::Model::FirstTouch;
        CampaignReport::modelFromName(request.model, &model);
        const auto result = CampaignReport(db).compute(filter, model, error);
        if (!error->isEmpty())
            return false;
        Table t{QStringLiteral("campaigns"),
                {QStringLiteral("campaign_id"), QStringLiteral("name"), QStringLiteral("channel"),
                 QStringLiteral("status"), QStringLiteral("starts_on"), QStringLiteral("ends_on"),
                 QStringLiteral("leads"), QStringLiteral("qualified_leads"), QStringLiteral("opportunities"),
                 QStringLiteral("won"), QStringLiteral("revenue_minor"), QStringLiteral("currency"),
                 QStringLiteral("cost_minor"), QStringLiteral("budget_minor"), QStringLiteral("cost_currency"),
                 QStringLiteral("cost_per_lead_minor"), QStringLiteral("roi"), QStringLiteral("model")},
                {}};
        const QString modelName = CampaignReport::modelName(model);
        for (const auto& r : result.campaigns)
            t.rows.append({r.campaignId, r.name, r.channel, r.status, dateText(r.startsOn), dateText(r.endsOn), r.leads,
                           r.qualifiedLeads, r.opportunities, r.won, r.revenueMinor, cur, r.costMinor, r.budgetMinor,
                           r.campaignCurrency, r.hasCostPerLead ? QVariant(r.costPerLeadMinor) : QVariant(),
                           r.hasRoi ? QVariant(r.roi) : QVariant(), modelName});
        tables->append(t);
        // Won deals with no campaign, so the rows plus this add up to the total won revenue under every model.
        tables->append({QStringLiteral("campaign_totals"),
                        {QStringLiteral("model"), QStringLiteral("won"), QStringLiteral("revenue_minor"),
                         QStringLiteral("unattributed_won"), QStringLiteral("unattributed_revenue_minor"),
                         QStringLiteral("currency")},
                        {{modelName, result.totalWon, result.totalWonMinor, result.unattributed.won,
                          result.unattributed.revenueMinor, cur}}});
    }
    if (kind == QLatin1String("competitors")) {
        const auto result = CompetitorReport(db).compute(filter, error);
        if (!error->isEmpty())
            return false;
        Table t{QStringLiteral("competitors"),
                {QStringLiteral("competitor_id"), QStringLiteral("name"), QStringLiteral("deals"),
                 QStringLiteral("won"), QStringLiteral("lost"), QStringLiteral("open"), QStringLiteral("lost_to_them"),
                 QStringLiteral("won_minor"), QStringLiteral("lost_minor"), QStringLiteral("currency"),
                 QStringLiteral("win_rate")},
                {}};
        for (const auto& r : result.competitors)
            t.rows.append({r.competitorId, r.name, r.deals, r.won, r.lost, r.open, r.lostToThem, r.wonMinor,
                           r.lostMinor, cur, r.hasWinRate ? QVariant(r.winRate) : QVariant()});
        tables->append(t);
    }
    if (all) {
        Table a{QStringLiteral("activity"),
                {QStringLiteral("week_start"), QStringLiteral("channel"), QStringLiteral("count")},
                {}};
        for (const auto& w : reports.activity(filter, error))
            a.rows.append({dateText(w.weekStart), w.channel, w.count});
        tables->append(a);
        const int overdue = reports.overdueTasks(filter, error);
        tables->append({QStringLiteral("overdue_tasks"), {QStringLiteral("count")}, {{overdue}}});
    }
    // Money in other currencies is listed, never added in.
    Table other{QStringLiteral("other_currencies"),
                {QStringLiteral("currency"), QStringLiteral("opportunities"), QStringLiteral("won_minor"),
                 QStringLiteral("open_minor")},
                {}};
    for (const auto& c : reports.otherCurrencies(filter, error))
        other.rows.append({c.currency, c.opportunities, c.wonMinor, c.openMinor});
    tables->append(other);
    return error->isEmpty();
}
} // namespace

QString ReportCommand::summary() const
{
    return tr("Write a report (funnel, revenue, conversion, team, tiers, overview, campaigns, competitors, "
              "collection, service) as CSV, JSON or PDF.");
}

QStringList ReportCommand::kinds()
{
    return {QStringLiteral("funnel"),    QStringLiteral("revenue"),     QStringLiteral("conversion"),
            QStringLiteral("team"),      QStringLiteral("tiers"),       QStringLiteral("overview"),
            QStringLiteral("campaigns"), QStringLiteral("competitors"), QStringLiteral("collection"),
            QStringLiteral("service")};
}

void ReportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("kind"),
                      tr("The report: funnel, revenue, conversion, team, tiers, overview, campaigns, competitors, "
                         "collection or service."),
                      tr("KIND")});
    parser.addOption({QStringLiteral("model"),
                      tr("How campaigns share a won deal's revenue: first, last or linear (default first)."),
                      tr("MODEL"), QStringLiteral("first")});
    parser.addOption(
        {QStringLiteral("from"), tr("First day of the period (YYYY-MM-DD; whole months are reported)."), tr("DATE")});
    parser.addOption({QStringLiteral("to"), tr("Last day of the period (YYYY-MM-DD)."), tr("DATE")});
    parser.addOption({QStringLiteral("team"), tr("Only this team (its id)."), tr("T")});
    parser.addOption({QStringLiteral("owner"), tr("Only this sales rep (the user's id)."), tr("U")});
    parser.addOption(
        {QStringLiteral("currency"),
         tr("Reporting currency (default: the one last chosen on the dashboard, else the one with the most won "
            "deals)."),
         tr("CUR")});
    parser.addOption({QStringLiteral("granularity"), tr("Revenue per month or quarter (default month)."), tr("G"),
                      QStringLiteral("month")});
    parser.addOption({QStringLiteral("format"), tr("csv, json or pdf (pdf needs --output)."), tr("FORMAT")});
    parser.addOption({QStringLiteral("output"), tr("Write to this file instead of the standard output."), tr("FILE")});
}

QByteArray ReportCommand::render(Database& db, const Request& request, QString* error)
{
    QString message;
    ReportFilter filter = ReportQueries::wholeMonths(request.filter);
    // The dashboard's rule, so the screen, its print-out and this command show the same currency.
    if (filter.currency.isEmpty())
        filter.currency = ReportQueries(db).reportingCurrency(ReportQueries::chosenCurrency(), &message);
    QList<Table> tables;
    if (!message.isEmpty() || !collect(db, request, filter, &tables, &message)) {
        if (error)
            *error = message;
        return {};
    }
    // Campaigns and competitors print JSON lines (as `search --format json` does): one object per campaign or
    // competitor, each complete on its own; a campaign's line also carries the model's totals.
    if (request.format == QLatin1String("json") &&
        (request.kind == QLatin1String("campaigns") || request.kind == QLatin1String("competitors"))) {
        QJsonObject extra;
        for (const Table& table : std::as_const(tables)) {
            if (table.name != QLatin1String("campaign_totals") || table.rows.isEmpty())
                continue;
            const QVariantList& totals = table.rows.first();
            extra.insert(QStringLiteral("total_won"), jsonValue(totals.value(1)));
            extra.insert(QStringLiteral("total_revenue_minor"), jsonValue(totals.value(2)));
            extra.insert(QStringLiteral("unattributed_won"), jsonValue(totals.value(3)));
            extra.insert(QStringLiteral("unattributed_revenue_minor"), jsonValue(totals.value(4)));
        }
        QByteArray lines;
        for (const Table& table : std::as_const(tables)) {
            if (table.name != request.kind)
                continue;
            for (const QVariantList& row : table.rows) {
                QJsonObject o = extra;
                for (int i = 0; i < table.columns.size(); ++i)
                    o.insert(table.columns.at(i), jsonValue(row.value(i)));
                lines += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
            }
        }
        if (error)
            error->clear();
        return lines;
    }
    if (request.format == QLatin1String("json")) {
        QJsonObject root;
        root.insert(QStringLiteral("kind"), request.kind);
        root.insert(QStringLiteral("from"), dateText(filter.from));
        root.insert(QStringLiteral("to"), dateText(filter.to));
        root.insert(QStringLiteral("team"), filter.teamId);
        root.insert(QStringLiteral("owner"), filter.ownerId);
        const ReportQueries names(db);
        root.insert(QStringLiteral("team_name"), names.teamName(filter.teamId));
        root.insert(QStringLiteral("owner_name"), names.userName(filter.ownerId));
        root.insert(QStringLiteral("currency"), filter.currency);
        for (const Table& table : std::as_const(tables)) {
            QJsonArray rows;
            for (const QVariantList& row : table.rows) {
                QJsonObject o;
                for (int i = 0; i < table.columns.size(); ++i)
                    o.insert(table.columns.at(i), jsonValue(row.value(i)));
                rows.append(o);
            }
            root.insert(table.name, table.name == QLatin1String("overdue_tasks")
                                        ? rows.first().toObject().value(QStringLiteral("count"))
                                        : QJsonValue(rows));
        }
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    // CSV: one table per section, each with a header row, separated by an empty line; a single-kind
    // report starts with its own table, so `--kind funnel` is plain one-table CSV plus the currency note.
    QString text;
    bool first = true;
    for (const Table& table : std::as_const(tables)) {
        if (table.name == QLatin1String("other_currencies") && table.rows.isEmpty())
            continue;
        if (!first)
            text += QLatin1Char('\n');
        first = false;
        if (tables.size() > 1 && !(table.name == request.kind))
            text += QStringLiteral("# %1\n").arg(table.name);
        text += table.columns.join(QLatin1Char(',')) + QLatin1Char('\n');
        for (const QVariantList& row : table.rows) {
            QStringList fields;
            for (const QVariant& value : row)
                fields << csvField(value);
            text += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
        }
    }
    return text.toUtf8();
}

namespace {
// Reads the request from the command line; a CliExit code other than Success on a usage error.
int parseRequest(const QCommandLineParser& parser, QTextStream& err, ReportCommand::Request* request)
{
    request->kind = parser.value(QStringLiteral("kind"));
    request->format = parser.value(QStringLiteral("format"));
    request->granularity = parser.value(QStringLiteral("granularity"));
    request->model = parser.value(QStringLiteral("model"));
    CampaignReport::Model model;
    if (!CampaignReport::modelFromName(request->model, &model)) {
        err << ReportCommand::tr("--model must be first, last or linear.") << Qt::endl;
        return CliExit::UsageError;
    }
    if (!ReportCommand::kinds().contains(request->kind)) {
        err << ReportCommand::tr("--kind must be one of: %1.").arg(ReportCommand::kinds().join(QStringLiteral(", ")))
            << Qt::endl;
        return CliExit::UsageError;
    }
    if (request->format != QLatin1String("csv") && request->format != QLatin1String("json") &&
        request->format != QLatin1String("pdf")) {
        err << ReportCommand::tr("--format must be csv, json or pdf.") << Qt::endl;
        return CliExit::UsageError;
    }
    if (request->format == QLatin1String("pdf") && parser.value(QStringLiteral("output")).isEmpty()) {
        err << ReportCommand::tr("A PDF report needs --output FILE.") << Qt::endl;
        return CliExit::UsageError;
    }
    if (request->granularity != QLatin1String("month") && request->granularity != QLatin1String("quarter")) {
        err << ReportCommand::tr("--granularity must be month or quarter.") << Qt::endl;
        return CliExit::UsageError;
    }
    for (const QString& option : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!parser.isSet(option))
            continue;
        const QDate date = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!date.isValid()) {
            err << ReportCommand::tr("--%1 needs a date such as 2025-01-31, not \"%2\".")
                       .arg(option, parser.value(option))
                << Qt::endl;
            return CliExit::UsageError;
        }
        (option == QLatin1String("from") ? request->filter.from : request->filter.to) = date;
    }
    if (request->filter.from.isValid() && request->filter.to.isValid() && request->filter.from > request->filter.to) {
        err << ReportCommand::tr("--from must not be after --to.") << Qt::endl;
        return CliExit::UsageError;
    }
    request->filter.teamId = parser.value(QStringLiteral("team"));
    request->filter.ownerId = parser.value(QStringLiteral("owner"));
    request->filter.currency = parser.value(QStringLiteral("currency")).toUpper();
    return CliExit::Success;
}

int writeReport(Database& db, const ReportCommand::Request& request, const QString& output, QTextStream& out,
                QTextStream& err)
{
    QString error;
    if (request.format == QLatin1String("pdf")) {
        // The printed report is the dashboard's own document (charts included), so it needs a
        // QApplication; deskcrm-cli's main() makes an offscreen one for this command.
        ReportDocument::Kind kind = ReportDocument::Kind::Overview;
        if (!ReportDocument::kindFromName(request.kind, &kind)) {
            err << ReportCommand::tr("There is no PDF layout for the report \"%1\".").arg(request.kind) << Qt::endl;
            return CliExit::UsageError;
        }
        if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
            err << ReportCommand::tr("PDF reports need the graphical libraries; this program was started without them.")
                << Qt::endl;
            return CliExit::Failure;
        }
        ReportFilter filter = request.filter;
        if (filter.currency.isEmpty()) // the dashboard's rule, as render() applies it
            filter.currency = ReportQueries(db).reportingCurrency(ReportQueries::chosenCurrency(), &error);
        if (!error.isEmpty() || !ReportDocument::writePdf(db, kind, filter, output, &error)) {
            err << error << Qt::endl;
            return CliExit::Failure;
        }
        return CliExit::Success;
    }
    const QByteArray document = ReportCommand::render(db, request, &error);
    if (!error.isEmpty()) { // JSON lines of no campaign at all are empty, and not an error
        err << error << Qt::endl;
        return CliExit::Failure;
    }
    if (output.isEmpty()) {
        out.flush();
        std::fwrite(document.constData(), 1, size_t(document.size()), stdout);
        std::fflush(stdout);
        return CliExit::Success;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size() || !file.commit()) {
        err << ReportCommand::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(output), file.errorString())
            << Qt::endl;
        return CliExit::Failure;
    }
    return CliExit::Success;
}
} // namespace

int ReportCommand::run(const QCommandLineParser& parser, CliContext& context)
{
    Request request;
    const int usage = parseRequest(parser, context.err, &request);
    if (usage != CliExit::Success)
        return usage;
    int exitCode = CliExit::Success;
    auto db = openDatabase(context, Database::Options{}, Existing::Required, &exitCode);
    if (!db)
        return exitCode;
    return writeReport(*db, request, parser.value(QStringLiteral("output")), context.out, context.err);
}

int runReportCommand(Database& db, const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    ReportCommand().addOptions(parser);
    ReportCommand::Request request;
    if (!parser.parse(QStringList{QStringLiteral("report")} + args)) {
        err << parser.errorText() << Qt::endl;
        return CliExit::UsageError;
    }
    const int usage = parseRequest(parser, err, &request);
    if (usage != CliExit::Success)
        return usage;
    return writeReport(db, request, parser.value(QStringLiteral("output")), out, err);
}

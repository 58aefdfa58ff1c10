#include "ReportBuilder.h"

#include "CampaignCharts.h"
#include "ChartExport.h"
#include "CompetitorReport.h"
#include "CustomerModel.h"
#include "DashboardCharts.h"
#include "Database.h"
#include "ListSpec.h"
#include "Money.h"
#include "RecordListModel.h"
#include "ReportFormat.h"
#include "ServiceReport.h"

#include <QChart>
#include <QLocale>

#include <memory>

ReportBuilder::ReportBuilder(Database& db, BackgroundConnection* background) : m_db(db), m_background(background) {}

int ReportBuilder::partsFor(ReportDocument::Kind kind)
{
    using Kind = ReportDocument::Kind;
    switch (kind) {
    case Kind::Overview:
        return DashboardData::All;
    case Kind::Funnel:
        return DashboardData::Funnel;
    case Kind::Revenue:
        return DashboardData::Revenue | DashboardData::RevenueBy;
    case Kind::Conversion:
        return DashboardData::Conversion | DashboardData::Funnel; // funnel rows name the stages
    case Kind::Team:
        return DashboardData::Team;
    case Kind::Tiers:
        return DashboardData::Tiers;
    case Kind::Activity:
        return DashboardData::Activity;
    case Kind::Pipeline:
    case Kind::Customers:
    case Kind::CustomerHistory:
    case Kind::Campaigns:
    case Kind::Competitors:
    case Kind::Service:
        break;
    }
    return 0;
}

bool ReportBuilder::build(const Options& options, ReportDocument* document, QString* error)
{
    using Kind = ReportDocument::Kind;
    const int parts = partsFor(options.kind);
    if (parts != 0) {
        DashboardData data;
        data.filter = options.filter;
        data.granularity = options.granularity;
        data.breakdown = options.breakdown;
        data.parts = parts;
        if (!data.load(m_db, m_background, error))
            return false;
        buildFromData(options, data, document);
        return true;
    }

    document->setCompanyName(options.companyName.isEmpty() ? QStringLiteral("DeskCRM") : options.companyName);
    document->setTitle(ReportDocument::kindTitle(options.kind));
    // The lists are restricted to the rep, not to a team (they have no team filter): the header says so.
    QString failure;
    const QString ownerName = ReportQueries(m_db).userName(options.filter.ownerId, &failure);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    document->setPeriod(headerText(options.filter, QString(), ownerName));
    document->setPrintedAt(m_db.clock().nowUtc());
    document->addHeading(ReportDocument::kindTitle(options.kind));
    if (options.kind != Kind::CustomerHistory)
        document->addParagraph(peopleText(QString(), ownerName));

    QVariantMap filters = options.listFilters;
    if (!options.filter.ownerId.isEmpty())
        filters.insert(QStringLiteral("owner"), options.filter.ownerId);
    switch (options.kind) {
    case Kind::Pipeline: {
        // Open and closed deals expected to close in the period (the list's date column).
        if (options.filter.from.isValid())
            filters.insert(QStringLiteral("from"), options.filter.from);
        if (options.filter.to.isValid())
            filters.insert(QStringLiteral("to"), options.filter.to);
        document->addParagraph(
            tr("Opportunities by expected close date in %1.").arg(ReportFormat::period(options.filter)));
        return addList(document, ListSpec::opportunities(), filters, options.searchText, QString(), options.maxListRows,
                       {QStringLiteral("updated")}, error);
    }
    case Kind::Customers:
        return addList(document, ListSpec::customers(), filters, options.searchText, QString(), options.maxListRows,
                       {QStringLiteral("updated"), QStringLiteral("created")}, error);
    case Kind::CustomerHistory:
        return addCustomerHistory(document, options, error);
    case Kind::Campaigns: {
        // The three attribution models side by side, each adding up to the same won revenue; the chart by the first.
        document->addParagraph(tr("Won deals closed in %1; revenue in %2 only.")
                                   .arg(ReportFormat::period(options.filter), options.filter.currency));
        for (auto model :
             {CampaignReport::Model::FirstTouch, CampaignReport::Model::LastTouch, CampaignReport::Model::Linear}) {
            const auto result = CampaignReport(m_db).compute(options.filter, model, error);
            if (error && !error->isEmpty())
                return false;
            if (model == CampaignReport::Model::FirstTouch)
                addChart(document, CampaignCharts::comparison(result), QSize(900, 480));
            document->addTable(CampaignReport::table(result));
        }
        return true;
    }
    case Kind::Competitors: {
        CompetitorReport report(m_db);
        const auto result = report.compute(options.filter, error);
        if (error && !error->isEmpty())
            return false;
        document->addTable(CompetitorReport::table(result));
        const auto observations = report.latestObservations(QString(), error);
        if (error && !error->isEmpty())
            return false;
        document->addTable(CompetitorReport::observationsTable(observations));
        return true;
    }
    case Kind::Service: {
        // Tickets received in the period; open tickets by age as of now.
        document->addParagraph(tr("Tickets received in %1.").arg(ReportFormat::period(options.filter)));
        QString failed;
        const QList<ReportTable> tables = ServiceReport(m_db).tables(options.filter, &failed);
        if (!failed.isEmpty()) {
            if (error)
                *error = failed;
            return false;
        }
        for (const ReportTable& table : tables)
            document->addTable(table);
        return true;
    }
    default:
        break;
    }
    return true;
}

void ReportBuilder::buildFromData(const Options& options, const DashboardData& data, ReportDocument* document)
{
    using Kind = ReportDocument::Kind;
    document->setCompanyName(options.companyName.isEmpty() ? QStringLiteral("DeskCRM") : options.companyName);
    document->setTitle(ReportDocument::kindTitle(options.kind));
    document->setPeriod(headerText(data.filter, data.teamName, data.ownerName));
    document->setPrintedAt(m_db.clock().nowUtc());
    document->addHeading(ReportDocument::kindTitle(options.kind));
    document->addParagraph(tr("Period: %1; currency: %2.", "report header: period, currency named in words and code")
                               .arg(ReportFormat::period(data.filter, true), Money::displayName(data.currency)));
    document->addParagraph(peopleText(data.teamName, data.ownerName));
    const QString note = data.otherCurrenciesNote();
    if (!note.isEmpty())
        document->addParagraph(note);

    const QSize size = options.chartSize;
    const bool all = options.kind == Kind::Overview;
    if (all) {
        document->addHeading(tr("Key figures"), 2);
        document->addKeyValues(data.keyFigures());
    }
    if (all || options.kind == Kind::Funnel) {
        addChart(document, DashboardCharts::funnel(data), size);
        document->addTable(data.funnelTable());
    }
    if (all || options.kind == Kind::Revenue) {
        addChart(document, DashboardCharts::revenue(data), size);
        document->addTable(data.revenueTable());
        if (data.parts & DashboardData::RevenueBy) {
            addChart(document, DashboardCharts::revenueBy(data), size);
            document->addTable(data.revenueByTable());
        }
    }
    if (all || options.kind == Kind::Conversion) {
        addChart(document, DashboardCharts::conversion(data), size);
        document->addTable(data.conversionTable());
    }
    if (all || options.kind == Kind::Team)
        document->addTable(data.teamTable());
    if (all || options.kind == Kind::Tiers) {
        addChart(document, DashboardCharts::tiers(data), size);
        document->addTable(data.tiersTable());
    }
    if (all || options.kind == Kind::Activity) {
        addChart(document, DashboardCharts::activity(data), size);
        document->addTable(data.activityTable());
    }
    if (all || (data.parts & DashboardData::Overdue)) {
        document->addParagraph(tr("Overdue tasks today: %1").arg(ReportFormat::number(data.overdueTasks)));
    }
}

QString ReportBuilder::headerText(const ReportFilter& filter, const QString& teamName, const QString& ownerName)
{
    // The running header on every page: the period, and whose figures they are when not everybody's.
    QStringList parts{ReportFormat::period(filter, true)};
    if (!teamName.isEmpty())
        parts << teamName;
    if (!ownerName.isEmpty())
        parts << ownerName;
    return parts.join(QStringLiteral(" · "));
}

QString ReportBuilder::peopleText(const QString& teamName, const QString& ownerName)
{
    return tr("Team: %1; sales rep: %2.", "report header: the team and rep filter")
        .arg(teamName.isEmpty() ? tr("all teams") : teamName, ownerName.isEmpty() ? tr("all reps") : ownerName);
}

void ReportBuilder::addChart(ReportDocument* document, QChart* chart, const QSize& size)
{
    std::unique_ptr<QChart> owned(chart);
    // Twice the on-paper pixels keeps lines and text crisp at 192 dpi without bloating the PDF.
    document->addImage(ChartExport::toImage(chart, size, 2.0), size.width(), size.height());
}

bool ReportBuilder::addList(ReportDocument* document, const ListSpec& spec, const QVariantMap& filters,
                            const QString& search, const QString& title, int maxRows, const QStringList& skipColumns,
                            QString* error)
{
    RecordListModel model(m_db, spec);
    model.setBackgroundEnabled(false); // an exact count now, no worker thread for a one-off read
    model.setPageSize(500);
    for (auto it = filters.constBegin(); it != filters.constEnd(); ++it) {
        if (spec.supportsFilter(it.key()) || it.key() == QLatin1String("from") || it.key() == QLatin1String("to"))
            model.setFilter(it.key(), it.value());
    }
    if (!search.isEmpty())
        model.setSearchText(search);
    if (!model.refresh(error))
        return false;

    ReportTable table;
    table.title = title;
    QList<int> columns;
    for (int c = 0; c < spec.columns.size(); ++c) {
        if (skipColumns.contains(spec.columns.at(c).key))
            continue;
        columns << c;
        table.headers << spec.headerText(c);
        table.alignments << spec.columns.at(c).alignment();
    }
    while (model.canFetchMore(QModelIndex()) && model.rowCount() < maxRows)
        model.fetchMore(QModelIndex());
    const int total = model.rowCount();
    const int rows = std::min(total, maxRows);
    for (int row = 0; row < rows; ++row) {
        QStringList values;
        for (int c : columns)
            values << model.data(model.index(row, c)).toString();
        table.rows << values;
    }
    if (!model.lastError().isEmpty() && table.rows.isEmpty()) {
        if (error)
            *error = model.lastError();
        return false;
    }
    if (total > rows)
        table.note = tr("The first %1 of %2 rows.").arg(ReportFormat::number(rows), ReportFormat::number(total));
    else
        table.note = tr("%n row(s).", nullptr, total);
    document->addTable(table);
    return true;
}

bool ReportBuilder::addCustomerHistory(ReportDocument* document, const Options& options, QString* error)
{
    CustomerModel customer(m_db);
    if (!customer.selectRecord(options.customerId) || customer.rowCount() != 1) {
        if (error)
            *error = tr("The customer was not found (it may have been deleted).");
        return false;
    }
    auto text = [&](const char* column) { return customer.value(0, QLatin1String(column)).toString(); };
    document->setPeriod(text("name"));
    QList<QPair<QString, QString>> details;
    auto add = [&](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty())
            details << qMakePair(label, value);
    };
    add(tr("Name"), text("name"));
    add(tr("Company"), text("company"));
    add(tr("Phone"), ReportFormat::phone(text("phone")));
    add(tr("E-mail"), text("email"));
    add(tr("Address"),
        ReportFormat::address({text("country"), text("region"), text("city"), text("district"), text("address")}));
    add(tr("Value tier"), text("value_tier"));
    add(tr("Notes"), text("notes"));
    add(tr("Background"), text("background"));
    document->addKeyValues(details);

    const QVariantMap byCustomer{{QStringLiteral("customer"), options.customerId}};
    const int rows = options.maxListRows;
    return addList(document, ListSpec::contacts(), byCustomer, {}, tr("Contacts"), rows,
                   {QStringLiteral("customer"), QStringLiteral("updated")}, error) &&
           addList(document, ListSpec::opportunities(), byCustomer, {}, tr("Opportunities"), rows,
                   {QStringLiteral("customer"), QStringLiteral("updated")}, error) &&
           addList(document, ListSpec::interactions(), byCustomer, {}, tr("Follow-ups"), rows,
                   {QStringLiteral("customer")}, error) &&
           addList(document, ListSpec::tasks(), byCustomer, {}, tr("Tasks"), rows, {QStringLiteral("customer")}, error);
}

#include "DashboardPage.h"

#include "BackgroundConnection.h"
#include "CampaignCharts.h"
#include "DashboardCharts.h"
#include "Database.h"
#include "LeadFunnel.h"
#include "LeadModel.h"
#include "LookupModel.h"
#include "Money.h"
#include "Permissions.h"
#include "ReportBuilder.h"
#include "ReportFormat.h"

#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <iterator>

namespace {
QLabel* caption(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QComboBox* combo(const char* objectName, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QLatin1String(objectName));
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}
} // namespace

DashboardPage::DashboardPage(Database& db, QWidget* parent) : Page(parent), m_db(db)
{
    setObjectName(QStringLiteral("dashboardPage"));
    if (BackgroundConnection::supports(m_db)) {
        m_background = std::make_unique<BackgroundConnection>(m_db);
        // Connect now, while the page is built, rather than during the first refresh.
        m_background->run([](Database*, const QString&) {});
    }
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0); // several filter changes in one event loop pass = one refresh
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardPage::runRefresh);
    buildUi();
    fillCurrencies();
    restorePeriod();
    scheduleRefresh(DashboardData::All);
}

DashboardPage::~DashboardPage() = default;

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

void DashboardPage::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    outer->setSpacing(6);

    // Filter bar: period, team, rep; they apply to every chart.
    auto* filters = new QHBoxLayout;
    filters->setSpacing(6);
    m_period = combo("period", this);
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("This quarter"), int(Period::ThisQuarter));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_period->addItem(tr("Custom"), int(Period::Custom));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setCalendarPopup(true);
    for (QDateEdit* edit : {m_from, m_to})
        edit->setDisplayFormat(ReportFormat::dateFormat()); // 2026-11-04 in Chinese, as in the lists
    m_team = combo("team", this);
    m_team->addItem(tr("All teams"), QString());
    m_owner = combo("owner", this);
    m_users = LookupModel::users(m_db, this);
    m_users->setNoneRow(true, tr("All reps"));
    m_owner->setModel(m_users);
    auto* refreshButton = new QToolButton(this);
    refreshButton->setObjectName(QStringLiteral("refresh"));
    auto* refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    refreshAction->setToolTip(tr("Read the figures again (F5)"));
    connect(refreshAction, &QAction::triggered, this, [this]() {
        // Only here and at start: listing the currencies reads the whole summary (~70 ms at 1M deals),
        // too much for every reload after a save.
        fillCurrencies();
        refresh();
    });
    addAction(refreshAction);
    refreshButton->setDefaultAction(refreshAction);
    filters->addWidget(caption(tr("Period"), this));
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(caption(tr("to", "date range"), this));
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(caption(tr("Team"), this));
    filters->addWidget(m_team);
    filters->addWidget(caption(tr("Rep"), this));
    filters->addWidget(m_owner);
    filters->addSpacing(12);
    filters->addWidget(refreshButton);
    filters->addStretch(1);

    // Report bar: which report, paper, and what to do with it.
    m_reportKind = combo("reportKind", this);
    using Kind = ReportDocument::Kind;
    for (Kind kind : {Kind::Overview, Kind::Funnel, Kind::Revenue, Kind::Conversion, Kind::Team, Kind::Tiers,
                      Kind::Activity, Kind::Pipeline, Kind::Customers, Kind::Service})
        m_reportKind->addItem(ReportDocument::kindTitle(kind), int(kind));
    m_pageSize = combo("pageSize", this);
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    m_orientation = combo("orientation", this);
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    auto button = [this](const char* name, const QString& text, void (DashboardPage::*slot)()) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    // A line of its own: with the filters it would not fit a laptop screen, least of all in
    // languages with longer words.
    auto* reports = new QHBoxLayout;
    reports->setSpacing(6);
    reports->addWidget(caption(tr("Report"), this));
    reports->addWidget(m_reportKind);
    reports->addWidget(m_pageSize);
    reports->addWidget(m_orientation);
    reports->addWidget(button("printPreview", tr("Preview…"), &DashboardPage::printPreview));
    reports->addWidget(button("print", tr("Print…"), &DashboardPage::print));
    reports->addWidget(button("exportPdf", tr("PDF…"), &DashboardPage::exportPdf));
    reports->addWidget(button("exportCsv", tr("CSV…"), &DashboardPage::exportCsv));
    reports->addSpacing(12);
    // The revenue chart's target line comes from these; the shell opens the editor.
    auto* targets = new QPushButton(tr("Targets…"), this);
    targets->setObjectName(QStringLiteral("targets"));
    targets->setToolTip(tr("Edit the monthly sales targets of reps and teams"));
    connect(targets, &QPushButton::clicked, this, &DashboardPage::targetsRequested);
    reports->addWidget(targets);
    reports->addStretch(1);
    outer->addLayout(filters);
    outer->addLayout(reports);

    // Key figures strip, the currency they are in first: amounts are never converted, so the figures are in
    // one currency at a time, chosen where they are read, with every currency's won amount beside it.
    auto* currencyBox = new QFrame(this);
    currencyBox->setObjectName(QStringLiteral("currencyBox"));
    currencyBox->setFrameShape(QFrame::StyledPanel);
    auto* currencyLayout = new QVBoxLayout(currencyBox);
    currencyLayout->setContentsMargins(6, 3, 6, 3);
    currencyLayout->setSpacing(2);
    auto* currencyRow = new QHBoxLayout;
    m_currency = combo("currency", currencyBox);
    m_currency->setToolTip(tr("The currency of every amount on this page, in print and in deskcrm-cli report"));
    currencyRow->addWidget(caption(tr("Currency"), currencyBox));
    currencyRow->addWidget(m_currency);
    currencyRow->addStretch(1);
    currencyLayout->addLayout(currencyRow);
    m_currencyShares = new QLabel(currencyBox);
    m_currencyShares->setObjectName(QStringLiteral("currencyShares"));
    m_currencyShares->setToolTip(tr("Won amount per currency in the period"));
    currencyLayout->addWidget(m_currencyShares);
    m_figures = new QWidget(this);
    m_figures->setObjectName(QStringLiteral("keyFigures"));
    auto* figureLayout = new QHBoxLayout(m_figures);
    figureLayout->setContentsMargins(0, 0, 0, 0);
    figureLayout->setSpacing(6);
    auto* figureRow = new QHBoxLayout;
    figureRow->setSpacing(6);
    figureRow->addWidget(currencyBox);
    figureRow->addWidget(m_figures, 1);
    outer->addLayout(figureRow);

    // "No data in 2026 — Show 2017": shown when the filter leaves nothing but another year or currency has it.
    m_offer = new QFrame(this);
    m_offer->setObjectName(QStringLiteral("offer"));
    auto* offerLayout = new QHBoxLayout(m_offer);
    offerLayout->setContentsMargins(0, 0, 0, 0);
    m_offerText = new QLabel(m_offer);
    m_offerText->setObjectName(QStringLiteral("offerText"));
    m_offerButton = new QPushButton(m_offer);
    m_offerButton->setObjectName(QStringLiteral("offerButton"));
    connect(m_offerButton, &QPushButton::clicked, this, &DashboardPage::acceptOffer);
    offerLayout->addWidget(m_offerText);
    offerLayout->addWidget(m_offerButton);
    offerLayout->addStretch(1);
    m_offer->hide();
    outer->addWidget(m_offer);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    auto addView = [&](const QString& name, int row, int column, int columnSpan) {
        auto* view = new ChartView(new QChart, content);
        view->setObjectName(name + QStringLiteral("Chart"));
        view->setExportName(name);
        view->setFileNameProvider(
            [this](const QString& c, const QString& s, const QString& f) { return askFileName(c, s, f); });
        connect(view, &ChartView::errorOccurred, this, &Page::errorOccurred);
        grid->addWidget(view, row, column, 1, columnSpan);
        m_views.insert(name, view);
    };
    // Five equal columns, 2 + 3: the stage labels of the funnel and the conversion chart need about 40 % of a
    // 1400-px window (a third elided them); the time series on the right still get 12 months / 53 weeks.
    addView(QStringLiteral("funnel"), 0, 0, 2);
    addView(QStringLiteral("revenue"), 0, 2, 3);
    addView(QStringLiteral("conversion"), 1, 0, 2);
    addView(QStringLiteral("activity"), 1, 2, 3);
    addView(QStringLiteral("tiers"), 2, 0, 2);

    // Revenue view switch sits above the team table, next to the chart it changes.
    auto* teamBox = new QWidget(content);
    auto* teamLayout = new QVBoxLayout(teamBox);
    teamLayout->setContentsMargins(0, 0, 0, 0);
    auto* revenueBar = new QHBoxLayout;
    m_revenueView = combo("revenueView", teamBox);
    m_revenueView->addItem(tr("Revenue over time"), int(ReportQueries::Breakdown::None));
    m_revenueView->addItem(tr("Won amount by rep"), int(ReportQueries::Breakdown::Rep));
    m_revenueView->addItem(tr("Won amount by team"), int(ReportQueries::Breakdown::Team));
    m_revenueView->addItem(tr("Won amount by industry"), int(ReportQueries::Breakdown::Industry));
    m_granularity = combo("granularity", teamBox);
    m_granularity->addItem(tr("By month"), int(ReportQueries::Granularity::Month));
    m_granularity->addItem(tr("By quarter"), int(ReportQueries::Granularity::Quarter));
    auto* teamTitle = new QLabel(tr("Team performance"), teamBox);
    QFont bold = teamTitle->font();
    bold.setBold(true);
    teamTitle->setFont(bold);
    revenueBar->addWidget(teamTitle);
    revenueBar->addStretch(1);
    revenueBar->addWidget(caption(tr("Revenue chart"), teamBox));
    revenueBar->addWidget(m_revenueView);
    revenueBar->addWidget(m_granularity);
    teamLayout->addLayout(revenueBar);
    m_teamTable = new QTableWidget(teamBox);
    m_teamTable->setObjectName(QStringLiteral("teamTable"));
    m_teamTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_teamTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_teamTable->verticalHeader()->setVisible(false);
    // The rep's name takes the spare width; the figures keep their own.
    m_teamTable->horizontalHeader()->setStretchLastSection(false);
    m_teamTable->setAlternatingRowColors(true);
    teamLayout->addWidget(m_teamTable);
    grid->addWidget(teamBox, 2, 2, 1, 3);
    // The lead funnel (leads created in the period): a table, the front of the sales flow.
    auto* leadBox = new QWidget(content);
    auto* leadLayout = new QVBoxLayout(leadBox);
    leadLayout->setContentsMargins(0, 0, 0, 0);
    auto* leadTitle = new QLabel(tr("Lead funnel"), leadBox);
    leadTitle->setFont(bold);
    leadLayout->addWidget(leadTitle);
    m_leadFunnel = new QTableWidget(0, 4, leadBox);
    m_leadFunnel->setObjectName(QStringLiteral("leadFunnelTable"));
    m_leadFunnel->setHorizontalHeaderLabels(
        {tr("Leads by stage, source and rep"), tr("Leads"), tr("Converted"), tr("Rate")});
    m_leadFunnel->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_leadFunnel->verticalHeader()->setVisible(false);
    m_leadFunnel->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_leadFunnel->setAlternatingRowColors(true);
    leadLayout->addWidget(m_leadFunnel);
    grid->addWidget(leadBox, 3, 0, 1, 5);
    addView(QStringLiteral("campaigns"), 4, 0, 5); // issue 15: campaigns side by side (CampaignCharts)
    for (int row = 0; row < 5; ++row)
        grid->setRowMinimumHeight(row, row == 4 ? 360 : 240);
    for (int column = 0; column < 5; ++column)
        grid->setColumnStretch(column, 1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(m_status);

    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::onPeriodChanged);
    auto filterChanged = [this]() { scheduleRefresh(DashboardData::All); };
    auto datesChanged = [this]() {
        savePeriod();
        scheduleRefresh(DashboardData::All);
    };
    connect(m_from, &QDateEdit::dateChanged, this, datesChanged);
    connect(m_to, &QDateEdit::dateChanged, this, datesChanged);
    connect(m_team, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_owner, &QComboBox::currentIndexChanged, this, filterChanged);
    // The user's choice of currency holds for the next start, printing and deskcrm-cli report as well.
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this]() {
        ReportQueries::setChosenCurrency(m_currency->currentData().toString());
        scheduleRefresh(DashboardData::All);
    });
    // The revenue switches re-read only what they change.
    connect(m_revenueView, &QComboBox::currentIndexChanged, this, [this]() {
        m_granularity->setEnabled(m_revenueView->currentData().toInt() == int(ReportQueries::Breakdown::None));
        scheduleRefresh(DashboardData::RevenueBy);
    });
    connect(m_granularity, &QComboBox::currentIndexChanged, this,
            [this]() { scheduleRefresh(DashboardData::Revenue); });
}

void DashboardPage::setFileNameProvider(FileNameProvider provider)
{
    m_fileNameProvider = std::move(provider);
}

void DashboardPage::setTeams(const QList<QPair<QString, QString>>& teams)
{
    const QString current = m_team->currentData().toString();
    const QSignalBlocker blocker(m_team);
    m_team->clear();
    m_team->addItem(tr("All teams"), QString());
    for (const auto& team : teams)
        m_team->addItem(team.second, team.first);
    m_team->setCurrentIndex(std::max(0, m_team->findData(current)));
}

QPair<QDate, QDate> DashboardPage::periodRange(Period period, const QDate& today)
{
    switch (period) {
    case Period::ThisMonth:
        return {QDate(today.year(), today.month(), 1), QDate(today.year(), today.month(), today.daysInMonth())};
    case Period::ThisQuarter: {
        const int first = (today.month() - 1) / 3 * 3 + 1;
        const QDate start(today.year(), first, 1);
        return {start, start.addMonths(3).addDays(-1)};
    }
    case Period::ThisYear:
        return {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)};
    case Period::Custom:
        break;
    }
    return {};
}

void DashboardPage::setPeriod(Period period, const QDate& from, const QDate& to)
{
    const QSignalBlocker blockPeriod(m_period);
    m_period->setCurrentIndex(int(period));
    const auto range = period == Period::Custom ? qMakePair(from, to) : periodRange(period, m_db.clock().today());
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(range.first);
    m_to->setDate(range.second);
    m_from->setEnabled(period == Period::Custom);
    m_to->setEnabled(period == Period::Custom);
    scheduleRefresh(DashboardData::All);
}

DashboardPage::Period DashboardPage::period() const
{
    return Period(m_period->currentData().toInt());
}

void DashboardPage::onPeriodChanged()
{
    setPeriod(period(), m_from->date(), m_to->date());
    savePeriod();
}

namespace {
const QLatin1String kPeriodKey("dashboard/period");
const QLatin1String kPeriodNames[] = {QLatin1String("month"), QLatin1String("quarter"), QLatin1String("year")};
} // namespace

void DashboardPage::savePeriod() const
{
    // "month", "quarter", "year" (this one, whenever the page opens) or a custom range "2017-01-01/2017-12-31".
    const Period chosen = period();
    QString value;
    if (chosen == Period::Custom)
        value = m_from->date().toString(Qt::ISODate) + QLatin1Char('/') + m_to->date().toString(Qt::ISODate);
    else
        value = kPeriodNames[int(chosen)];
    QSettings().setValue(kPeriodKey, value);
}

void DashboardPage::restorePeriod()
{
    const QString stored = QSettings().value(kPeriodKey).toString();
    for (int i = 0; i < int(std::size(kPeriodNames)); ++i) {
        if (stored == kPeriodNames[i]) {
            setPeriod(Period(i));
            return;
        }
    }
    const QStringList range = stored.split(QLatin1Char('/'));
    const QDate from = QDate::fromString(range.value(0), Qt::ISODate);
    const QDate to = QDate::fromString(range.value(1), Qt::ISODate);
    if (range.size() == 2 && from.isValid() && to.isValid() && from <= to)
        setPeriod(Period::Custom, from, to);
    else
        setPeriod(Period::ThisYear);
}

void DashboardPage::setOwner(const QString& userId)
{
    m_owner->setCurrentIndex(userId.isEmpty() ? 0 : std::max(0, m_users->rowOfId(userId)));
}

void DashboardPage::setTeam(const QString& teamId)
{
    m_team->setCurrentIndex(std::max(0, m_team->findData(teamId)));
}

void DashboardPage::setBreakdown(ReportQueries::Breakdown breakdown)
{
    m_revenueView->setCurrentIndex(std::max(0, m_revenueView->findData(int(breakdown))));
}

void DashboardPage::setGranularity(ReportQueries::Granularity granularity)
{
    m_granularity->setCurrentIndex(std::max(0, m_granularity->findData(int(granularity))));
}

ReportFilter DashboardPage::filter() const
{
    ReportFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.teamId = m_team->currentData().toString();
    f.ownerId = m_users->idAt(m_owner->currentIndex()).toString();
    f.currency = m_currency->currentData().toString();
    return f;
}

void DashboardPage::fillCurrencies()
{
    QString error;
    const QStringList codes = ReportQueries(m_db).currencies(&error);
    QString chosen = m_currency->currentData().toString();
    // First time: the user's last choice, else the currency with the most won business, whatever the language,
    // as the printed report and deskcrm-cli report choose it.
    if (chosen.isEmpty() || !codes.contains(chosen))
        chosen = ReportQueries(m_db).reportingCurrency(ReportQueries::chosenCurrency(), &error);
    const QSignalBlocker block(m_currency);
    m_currency->clear();
    for (const QString& code : codes)
        m_currency->addItem(code, code);
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(chosen)));
    m_currency->setEnabled(codes.size() > 1);
}

void DashboardPage::refresh()
{
    m_users->refresh();
    scheduleRefresh(DashboardData::All);
    // The shell expects the figures to be current when refresh() returns.
    m_refreshTimer->stop();
    runRefresh();
}

void DashboardPage::scheduleRefresh(int parts)
{
    m_pendingParts |= parts;
    m_refreshTimer->start();
}

DashboardData DashboardPage::nextData(int parts) const
{
    const ReportFilter wanted = filter();
    const bool sameFilter = m_data.filter.from == wanted.from && m_data.filter.to == wanted.to &&
                            m_data.filter.teamId == wanted.teamId && m_data.filter.ownerId == wanted.ownerId;
    DashboardData next = m_data;
    next.filter = wanted;
    next.granularity = ReportQueries::Granularity(m_granularity->currentData().toInt());
    const auto view = ReportQueries::Breakdown(m_revenueView->currentData().toInt());
    next.breakdown = view == ReportQueries::Breakdown::None ? ReportQueries::Breakdown::Rep : view;
    // A changed filter invalidates every figure; a switch re-reads only its part.
    next.parts = sameFilter && !m_data.currency.isEmpty() ? parts : int(DashboardData::All);
    return next;
}

void DashboardPage::runRefresh()
{
    const int parts = m_pendingParts;
    m_pendingParts = 0;
    if (parts == 0)
        return;
    ++m_generation; // a background read still under way is now out of date
    m_reading = false;
    DashboardData next = nextData(parts);
    QString error;
    next.load(m_db, m_background.get(), &error);
    showData(std::move(next), error);
}

void DashboardPage::reload()
{
    // A change made elsewhere (this page hidden, or shown beside the change): every figure is read again,
    // wholly on the background connection, so the window stays responsive while a million rows are summed.
    if (!m_background) {
        refresh();
        return;
    }
    m_users->refresh();
    m_refreshTimer->stop();
    m_pendingParts = 0;
    DashboardData next = nextData(DashboardData::All);
    next.parts = DashboardData::All;
    const quint64 generation = ++m_generation;
    m_reading = true;
    m_status->setText(tr("Updating the figures…"));
    m_background->run([this, next, generation](Database* second, const QString& openError) mutable {
        QString error = openError;
        if (second)
            next.load(*second, nullptr, &error);
        // Queued to the page's thread. The page outlives the job: its BackgroundConnection (a member) runs
        // the queued jobs before the page's QObject part is destroyed, which drops events still posted to it.
        QMetaObject::invokeMethod(
            this,
            [this, next = std::move(next), generation, error]() mutable {
                if (generation == m_generation) {
                    m_reading = false;
                    showData(std::move(next), error);
                }
            },
            Qt::QueuedConnection);
    });
}

void DashboardPage::fillLeadFunnel()
{
    LeadFunnel::Result funnel;
    QString error;
    if (!LeadFunnel::compute(m_db, m_data.filter.from, m_data.filter.to, &funnel, &error)) {
        Q_EMIT errorOccurred(error);
        return;
    }
    const QLocale locale;
    m_leadFunnel->setRowCount(0);
    const auto addRow = [this, &locale](const QString& what, int leads, const QVariant& converted, double rate) {
        const int row = m_leadFunnel->rowCount();
        m_leadFunnel->insertRow(row);
        m_leadFunnel->setItem(row, 0, new QTableWidgetItem(what));
        const QStringList figures{locale.toString(leads),
                                  converted.isValid() ? locale.toString(converted.toInt()) : QString(),
                                  QStringLiteral("%1%").arg(locale.toString(rate * 100, 'f', 1))};
        for (int column = 1; column <= 3; ++column) {
            auto* item = new QTableWidgetItem(figures.at(column - 1));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_leadFunnel->setItem(row, column, item);
        }
    };
    const int all = funnel.stages.isEmpty() ? 0 : funnel.stages.first().leads;
    for (const LeadFunnel::Stage& stage : std::as_const(funnel.stages))
        addRow(LeadModel::statusText(stage.status), stage.leads, QVariant(), all > 0 ? double(stage.leads) / all : 0);
    for (const LeadFunnel::Rate& rate : std::as_const(funnel.bySource))
        addRow(tr("Source: %1").arg(rate.name.isEmpty() ? tr("(none)") : rate.name), rate.leads, rate.converted,
               rate.rate());
    for (const LeadFunnel::Rate& rate : std::as_const(funnel.byRep))
        addRow(tr("Rep: %1").arg(rate.name.isEmpty() ? tr("(unassigned)") : rate.name), rate.leads, rate.converted,
               rate.rate());
}

void DashboardPage::showData(DashboardData next, const QString& error)
{
    if (!error.isEmpty()) {
        m_status->setText(tr("The figures could not be read: %1").arg(error));
        Q_EMIT errorOccurred(error);
        return;
    }
    const int loaded = next.parts;
    next.parts = DashboardData::All;
    m_data = std::move(next);
    QElapsedTimer timer;
    timer.start();
    applyCharts(loaded);
    fillLeadFunnel();
    m_lastChartsMs = timer.elapsed();
    QString status = tr("%1 · amounts in %2 · read in %3 ms")
                         .arg(ReportFormat::period(m_data.filter), Money::displayName(m_data.currency))
                         .arg(m_data.loadMs);
    const QString note = m_data.otherCurrenciesNote();
    if (!note.isEmpty())
        status += QStringLiteral(" · ") + note;
    m_status->setText(status);
    updateCurrencyBox();
    updateOffer();
    // Laid out now, not at the next event loop pass: the currency box grows with its text, and grab() and tests
    // must not see it clipped meanwhile.
    layout()->activate();
    Q_EMIT refreshed();
}

void DashboardPage::updateCurrencyBox()
{
    const QString shares = m_data.currencySharesText();
    m_currencyShares->setText(shares.isEmpty() ? QStringLiteral("–") : shares);
    m_currencyShares->setToolTip(m_data.otherCurrenciesNote().isEmpty() ? tr("Won amount per currency in the period")
                                                                        : m_data.otherCurrenciesNote());
    // The box's new width reaches the page's layout at once (see showData()), not through a posted event.
    m_currencyShares->parentWidget()->updateGeometry();
}

void DashboardPage::updateOffer()
{
    m_offerYear = 0;
    m_offerCurrency.clear();
    const QString periodName = ReportFormat::periodName(m_data.filter);
    if (m_data.currencyTotals.isEmpty()) {
        // Nothing of these people in the period: the year nearest before its end that has deals, else the
        // first one after it.
        ReportFilter people;
        people.teamId = m_data.filter.teamId;
        people.ownerId = m_data.filter.ownerId;
        QString error;
        const QList<QDate> months = ReportQueries(m_db).dataMonths(people, &error);
        const QDate end = m_data.filter.to.isValid() ? m_data.filter.to : m_db.clock().today();
        for (const QDate& month : months) {
            if (month <= end)
                m_offerYear = month.year();
        }
        if (m_offerYear == 0 && !months.isEmpty())
            m_offerYear = months.constFirst().year();
        if (m_offerYear != 0) {
            m_offerText->setText(tr("No data in %1.", "period").arg(periodName));
            m_offerButton->setText(tr("Show %1", "a year").arg(ReportFormat::year(m_offerYear)));
        }
    } else {
        // Deals in the period, but none won in the chosen currency while another has some.
        bool wonHere = false;
        for (const auto& total : std::as_const(m_data.currencyTotals)) {
            if (total.currency == m_data.currency)
                wonHere = total.wonDeals > 0;
            else if (m_offerCurrency.isEmpty() && total.wonDeals > 0)
                m_offerCurrency = total.currency;
        }
        if (wonHere)
            m_offerCurrency.clear();
        if (!m_offerCurrency.isEmpty()) {
            m_offerText->setText(
                tr("No won deals in %1 in %2.", "currency code, period").arg(m_data.currency, periodName));
            m_offerButton->setText(tr("Show %1", "a currency code").arg(m_offerCurrency));
        }
    }
    m_offer->setVisible(m_offerYear != 0 || !m_offerCurrency.isEmpty());
}

void DashboardPage::acceptOffer()
{
    if (m_offerYear != 0) {
        setPeriod(Period::Custom, QDate(m_offerYear, 1, 1), QDate(m_offerYear, 12, 31));
        savePeriod();
    } else if (!m_offerCurrency.isEmpty()) {
        m_currency->setCurrentIndex(std::max(0, m_currency->findData(m_offerCurrency)));
    }
}

void DashboardPage::setChart(const QString& name, QChart* chart)
{

    ChartView* view = m_views.value(name);
    QChart* old = view->chart();
    view->setChart(chart); // the view releases the old chart without deleting it
    delete old;
}

void DashboardPage::applyCharts(int parts)
{
    if (parts & DashboardData::Funnel) {
        QChart* chart = DashboardCharts::funnel(m_data);
        for (QAbstractSeries* series : chart->series()) {
            auto* bars = qobject_cast<QHorizontalStackedBarSeries*>(series);
            if (bars && bars->objectName() == DashboardCharts::funnelSeriesName())
                connect(bars, &QHorizontalStackedBarSeries::clicked, this,
                        [this](int index, QBarSet*) { onFunnelClicked(index); });
        }
        setChart(QStringLiteral("funnel"), chart);
    }
    const bool overTime = m_revenueView->currentData().toInt() == int(ReportQueries::Breakdown::None);
    if (parts & (DashboardData::Revenue | DashboardData::RevenueBy))
        setChart(QStringLiteral("revenue"),
                 overTime ? DashboardCharts::revenue(m_data) : DashboardCharts::revenueBy(m_data));
    if (parts & (DashboardData::Conversion | DashboardData::Funnel))
        setChart(QStringLiteral("conversion"), DashboardCharts::conversion(m_data));
    if (parts & DashboardData::Tiers)
        setChart(QStringLiteral("tiers"), DashboardCharts::tiers(m_data));
    if (parts & DashboardData::Activity)
        setChart(QStringLiteral("activity"), DashboardCharts::activity(m_data));
    // Campaigns by first touch, deals closed in the dashboard's period and currency.
    setChart(QStringLiteral("campaigns"), CampaignCharts::comparison(m_data.campaigns)); // read by DashboardData::load
    if (parts & DashboardData::Team)
        updateTeamTable();
    updateKeyFigures();
}

void DashboardPage::updateKeyFigures()
{
    auto* layout = static_cast<QHBoxLayout*>(m_figures->layout());
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_overdue = nullptr;
    const auto figures = m_data.keyFigures();
    for (int i = 0; i < figures.size(); ++i) {
        const bool overdue = i == figures.size() - 1; // keyFigures() ends with the overdue tasks
        auto* tile = new QToolButton(m_figures);
        tile->setObjectName(overdue ? QStringLiteral("overdueTasks") : QStringLiteral("figure%1").arg(i));
        tile->setToolButtonStyle(Qt::ToolButtonTextOnly);
        tile->setAutoRaise(!overdue);
        tile->setText(figures.at(i).first + QLatin1Char('\n') + figures.at(i).second);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        QFont font = tile->font();
        font.setPointSizeF(font.pointSizeF() * 1.1);
        tile->setFont(font);
        if (overdue) {
            m_overdue = tile;
            tile->setToolTip(tr("Show the overdue tasks"));
            if (m_data.overdueTasks > 0) {
                QPalette palette = tile->palette();
                palette.setColor(QPalette::ButtonText, QColor(0xc0, 0x30, 0x20));
                tile->setPalette(palette);
            }
            connect(tile, &QToolButton::clicked, this, [this]() {
                QVariantMap filters;
                if (!m_data.filter.ownerId.isEmpty())
                    filters.insert(QStringLiteral("owner"), m_data.filter.ownerId);
                filters.insert(QStringLiteral("to"), m_db.clock().today().addDays(-1));
                Q_EMIT tasksRequested(filters);
            });
        } else {
            tile->setFocusPolicy(Qt::NoFocus);
        }
        layout->addWidget(tile);
        tile->show(); // at once, not at the next event loop pass: grab() and tests see it
    }
}

void DashboardPage::updateTeamTable()
{
    const ReportTable table = m_data.teamTable();
    m_teamTable->clear();
    m_teamTable->setColumnCount(int(table.headers.size()));
    m_teamTable->setRowCount(int(table.rows.size()));
    m_teamTable->setHorizontalHeaderLabels(table.headers);
    for (int row = 0; row < table.rows.size(); ++row) {
        for (int column = 0; column < table.headers.size(); ++column) {
            auto* item = new QTableWidgetItem(table.rows.at(row).value(column));
            item->setTextAlignment(table.alignment(column));
            m_teamTable->setItem(row, column, item);
        }
    }
    m_teamTable->resizeColumnsToContents();
    if (m_teamTable->columnCount() > 0)
        m_teamTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void DashboardPage::onFunnelClicked(int index)
{
    QChart* chart = m_views.value(QStringLiteral("funnel"))->chart();
    QString stageId;
    for (QAbstractSeries* series : chart->series()) {
        if (series->objectName() == DashboardCharts::funnelSeriesName())
            stageId = series->property("stageIds").toStringList().value(index);
    }
    if (stageId.isEmpty())
        return;
    QVariantMap filters{{QStringLiteral("stage"), stageId}};
    if (!m_data.filter.ownerId.isEmpty())
        filters.insert(QStringLiteral("owner"), m_data.filter.ownerId);
    if (m_data.filter.from.isValid())
        filters.insert(QStringLiteral("from"), m_data.filter.from);
    if (m_data.filter.to.isValid())
        filters.insert(QStringLiteral("to"), m_data.filter.to);
    Q_EMIT opportunitiesRequested(filters);
}

DashboardPage::Timing DashboardPage::refreshAndRender(QImage* image)
{
    Timing timing;
    QElapsedTimer total;
    total.start();
    m_refreshTimer->stop();
    m_pendingParts = DashboardData::All;
    m_data.currency.clear(); // forces a full read
    runRefresh();
    timing.queries = m_data.loadMs;
    timing.charts = m_lastChartsMs;
    QElapsedTimer render;
    render.start();
    // Pending layout (scroll bars, new tiles) happens before the picture, as it would on screen.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QImage picture = grab().toImage();
    timing.render = render.elapsed();
    if (image)
        *image = picture;
    timing.total = total.elapsed();
    return timing;
}

DashboardPage::Timing DashboardPage::measure(Database& db, const ReportFilter& filter, const QSize& size, QImage* image)
{
    DashboardPage page(db);
    page.resize(size);
    page.setPeriod(Period::Custom, filter.from, filter.to);
    page.setOwner(filter.ownerId);
    if (!filter.teamId.isEmpty()) {
        page.setTeams({qMakePair(filter.teamId, filter.teamId)});
        page.setTeam(filter.teamId);
    }
    page.show();
    return page.refreshAndRender(image);
}

ReportDocument::Kind DashboardPage::reportKind() const
{
    return ReportDocument::Kind(m_reportKind->currentData().toInt());
}

void DashboardPage::setReportKind(ReportDocument::Kind kind)
{
    m_reportKind->setCurrentIndex(std::max(0, m_reportKind->findData(int(kind))));
}

QPageLayout DashboardPage::reportPageLayout() const
{
    return ReportDocument::pageLayout(QPageSize::PageSizeId(m_pageSize->currentData().toInt()),
                                      QPageLayout::Orientation(m_orientation->currentData().toInt()));
}

bool DashboardPage::buildReport(ReportDocument* document, QString* error)
{
    if (m_refreshTimer->isActive()) {
        m_refreshTimer->stop();
        runRefresh();
    }
    ReportBuilder builder(m_db);
    ReportBuilder::Options options;
    options.kind = reportKind();
    options.filter = m_data.filter;
    options.granularity = m_data.granularity;
    options.breakdown = m_data.breakdown;
    options.companyName = m_companyName;
    if (ReportBuilder::partsFor(options.kind) != 0) {
        builder.buildFromData(options, m_data, document); // what the screen shows, not read again
        return true;
    }
    return builder.build(options, document, error);
}

bool DashboardPage::exportPdfTo(const QString& fileName, QString* error)
{
    ReportDocument document;
    return mayPrint(error) && buildReport(&document, error) && document.writePdf(fileName, reportPageLayout(), error) &&
           Permissions::logPrint(m_db, ReportDocument::kindName(reportKind()) + QStringLiteral(" pdf"), fileName,
                                 error);
}

bool DashboardPage::exportCsvTo(const QString& fileName, QString* error)
{
    ReportDocument document;
    return mayPrint(error) && buildReport(&document, error) && document.writeCsv(fileName, error) &&
           Permissions::logPrint(m_db, ReportDocument::kindName(reportKind()) + QStringLiteral(" csv"), fileName,
                                 error);
}

bool DashboardPage::mayPrint(QString* error) const
{
    if (Permissions::of(m_db).canPrint)
        return true;
    if (error)
        *error = tr("Your role may not print or export reports.");
    return false;
}

QString DashboardPage::askFileName(const QString& captionText, const QString& suggested, const QString& filterText)
{
    // The shell asks (its file dialogs keep the open database's files safe); without it nothing is exported.
    if (m_fileNameProvider)
        return m_fileNameProvider(captionText, suggested, filterText);
    return {};
}

void DashboardPage::exportPdf()
{
    const QString suggested = ReportDocument::kindName(reportKind()) + QStringLiteral(".pdf");
    const QString file = askFileName(tr("Export report as PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!exportPdfTo(file, &error))
        Q_EMIT errorOccurred(error);
}

void DashboardPage::exportCsv()
{
    const QString suggested = ReportDocument::kindName(reportKind()) + QStringLiteral(".csv");
    const QString file = askFileName(tr("Export report as CSV"), suggested, tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!exportCsvTo(file, &error))
        Q_EMIT errorOccurred(error);
}

void DashboardPage::paintReport(QPrinter* printer)
{
    ReportDocument document;
    QString error;
    if (!buildReport(&document, &error) || !document.paint(printer, &error))
        Q_EMIT errorOccurred(error);
}

void DashboardPage::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(reportPageLayout());
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(ReportDocument::kindTitle(reportKind()));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &DashboardPage::paintReport);
    preview.exec();
}

void DashboardPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(reportPageLayout());
    QString error;
    if (!mayPrint(&error)) {
        Q_EMIT errorOccurred(error);
        return;
    }
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    paintReport(&printer);
    if (!Permissions::logPrint(m_db, ReportDocument::kindName(reportKind()), printer.printerName(), &error))
        Q_EMIT errorOccurred(error);
}

QStringList DashboardPage::watchedTables() const
{
    return {QStringLiteral("opportunities"),   QStringLiteral("stage_history"), QStringLiteral("tasks"),
            QStringLiteral("interactions"),    QStringLiteral("customers"),     QStringLiteral("sales_targets"),
            QStringLiteral("pipeline_stages"), QStringLiteral("users"),         QStringLiteral("teams")};
}

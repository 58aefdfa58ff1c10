#pragma once

#include "ChartView.h"
#include "DashboardData.h"
#include "Page.h"
#include "ReportDocument.h"

#include <QHash>
#include <QPair>
#include <QPointer>
#include <QVariantMap>

#include <memory>

class BackgroundConnection;
class Database;
class LookupModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;
class QToolButton;
class QPrinter;

// The dashboard (page "dashboard"): sales funnel, revenue against weighted forecast and target (or by
// rep / team / industry), stage conversion with days in stage, team performance, ABC tiers, follow-ups
// per week by channel and overdue tasks, for one period and team/rep filter. Every figure is read once
// per refresh through DashboardData; charts can be saved (PNG/SVG) and copied, and the page prints
// and exports the reports (preview, print, PDF, CSV). File names come from a provider the shell sets
// (DialogSeams), so the page opens no file dialog of its own when one is set.
class DashboardPage : public Page
{
    Q_OBJECT

public:
    enum class Period { ThisMonth, ThisQuarter, ThisYear, Custom };
    using FileNameProvider = ChartView::FileNameProvider;

    // What refreshAndRender() measured, in milliseconds.
    struct Timing
    {
        qint64 queries = 0; // DashboardData::load (every ReportQueries call once)
        qint64 charts = 0;  // building the charts and tables
        qint64 render = 0;  // laying out and painting the whole page into an image
        qint64 total = 0;
    };

    explicit DashboardPage(Database& db, QWidget* parent = nullptr);
    ~DashboardPage() override;

    QString title() const override;

    // (caption, suggested name, filter) -> file name; unset = nothing can be exported.
    void setFileNameProvider(FileNameProvider provider);
    void setCompanyName(const QString& name) { m_companyName = name; }
    // The teams the team filter offers (id, name); "All teams" is always first.
    void setTeams(const QList<QPair<QString, QString>>& teams);

    void setPeriod(Period period, const QDate& from = {}, const QDate& to = {});
    Period period() const;
    void setOwner(const QString& userId);                  // empty = all reps
    void setTeam(const QString& teamId);                   // empty = all teams
    void setBreakdown(ReportQueries::Breakdown breakdown); // None = revenue over time
    void setGranularity(ReportQueries::Granularity granularity);
    ReportFilter filter() const;
    // The date range of a period relative to today (Custom returns the custom dates).
    static QPair<QDate, QDate> periodRange(Period period, const QDate& today);

    const DashboardData& data() const { return m_data; }
    // "funnel", "revenue", "conversion", "tiers", "activity".
    ChartView* chartView(const QString& name) const { return m_views.value(name); }
    QTableWidget* teamTable() const { return m_teamTable; }
    // The lead funnel of the period (LeadFunnel): stages reached, then conversion rates by source and by rep.
    QTableWidget* leadFunnelTable() const { return m_leadFunnel; }

    // Re-reads everything, rebuilds the charts and paints the page into an image (the bench and tests
    // measure the dashboard with this). image may be null.
    Timing refreshAndRender(QImage* image = nullptr);
    // Opens a page on db offscreen at size, refreshes and renders it; for `deskcrm-bench dashboard`.
    static Timing measure(Database& db, const ReportFilter& filter, const QSize& size = QSize(1600, 1000),
                          QImage* image = nullptr);

    // The report chosen in the page's report bar, built from what the page shows (no re-query for the
    // dashboard reports).
    bool buildReport(ReportDocument* document, QString* error = nullptr);
    ReportDocument::Kind reportKind() const;
    void setReportKind(ReportDocument::Kind kind);
    QPageLayout reportPageLayout() const;
    bool exportPdfTo(const QString& fileName, QString* error = nullptr);
    bool exportCsvTo(const QString& fileName, QString* error = nullptr);

public Q_SLOTS:
    // Re-reads every figure and redraws (the shell calls this after saves; F5).
    void refresh();
    // Reads every figure again off the GUI thread (on the background connection, when there is one);
    // refreshed() follows once they are shown.
    void reload() override;
    // True while such a read is under way.
    bool isReading() const { return m_reading; }
    QStringList watchedTables() const override;
    void printPreview();
    void print();
    void exportPdf();
    void exportCsv();

Q_SIGNALS:
    // Show the opportunity list with these RecordListModel filters ("stage", "owner", "from", "to").
    void opportunitiesRequested(const QVariantMap& filters);
    // Show the task list with these filters ("owner", "to" = yesterday, open tasks).
    void tasksRequested(const QVariantMap& filters);
    // The user wants to edit the sales targets (the shell opens the editor, then calls refresh()).
    void targetsRequested();
    void refreshed();

private:
    void buildUi();
    void scheduleRefresh(int parts);
    void runRefresh();
    DashboardData nextData(int parts) const;
    void showData(DashboardData next, const QString& error);
    void applyCharts(int parts);
    void setChart(const QString& name, QChart* chart);
    void updateKeyFigures();
    void updateTeamTable();
    void fillCurrencies();
    void onPeriodChanged();
    // The period the user picked last (setting dashboard/period) and how it is written there.
    void savePeriod() const;
    void restorePeriod();
    void updateCurrencyBox();
    // Offers the year that has deals when the period has none, or the currency that has won deals when the
    // chosen one has none in the period.
    void updateOffer();
    void acceptOffer();
    void onFunnelClicked(int index);
    QString askFileName(const QString& caption, const QString& suggested, const QString& filter);
    void paintReport(QPrinter* printer);

    // The signed-in user's role may print and export reports (Permissions); false with why otherwise.
    bool mayPrint(QString* error) const;

    Database& m_db;
    std::unique_ptr<BackgroundConnection> m_background; // reads half the figures beside m_db; null in memory
    DashboardData m_data;
    QString m_companyName;
    FileNameProvider m_fileNameProvider;
    int m_pendingParts = 0;
    QTimer* m_refreshTimer = nullptr;
    qint64 m_lastChartsMs = 0;
    quint64 m_generation = 0; // of the latest read; a background read's result is shown only if still latest
    bool m_reading = false;

    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_currency = nullptr;
    LookupModel* m_users = nullptr;
    QComboBox* m_revenueView = nullptr;
    QComboBox* m_granularity = nullptr;
    QComboBox* m_reportKind = nullptr;
    QComboBox* m_pageSize = nullptr;
    QComboBox* m_orientation = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_currencyShares = nullptr;
    QWidget* m_offer = nullptr;
    QLabel* m_offerText = nullptr;
    QPushButton* m_offerButton = nullptr;
    int m_offerYear = 0;     // the year the offer shows, or
    QString m_offerCurrency; // the currency it switches to
    QWidget* m_figures = nullptr;
    QToolButton* m_overdue = nullptr;
    QTableWidget* m_teamTable = nullptr;
    QTableWidget* m_leadFunnel = nullptr;
    void fillLeadFunnel();
    QHash<QString, ChartView*> m_views;
};

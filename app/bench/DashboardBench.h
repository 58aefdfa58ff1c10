#pragma once

#include <QStringList>

// `deskcrm-bench dashboard [--opportunities N] [--database URL] [--runs K] [--seed S]`: fills a database
// (a temporary SQLite file unless --database names one; an already filled one is reused) and times
// every dashboard query of ReportQueries over one year, printing one JSON line per query
// ("<query>_ms", the median of K warm runs) and "all_queries_ms" (one full dashboard refresh), then what a
// user waits for: "dashboard_load_sequential_ms" / "dashboard_load_parallel_ms" (DashboardData::load on one
// connection / with a BackgroundConnection), "full_dashboard_ms" (DashboardPage::measure: a new page refreshed
// and painted at 1600x1000, with its queries/charts/render parts), "full_dashboard_refresh_ms" (the same on
// one open page) and "overview_pdf_ms".
int runDashboardBench(const QStringList& args);

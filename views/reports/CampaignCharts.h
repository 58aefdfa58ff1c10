#pragma once

#include "CampaignReport.h"

#include <QCoreApplication>

class QChart;

// The chart comparing campaigns side by side, answering which of them pay off: won revenue (by the report's attribution
// model) as horizontal bars, the largest on top (at most 12), and each campaign's ROI as a marker on a second axis
// along the top, with 0% (break-even) marked. Drawn on the dashboard and in the printed campaign report from the same
// CampaignReport result.
class CampaignCharts
{
    Q_DECLARE_TR_FUNCTIONS(CampaignCharts)

public:
    CampaignCharts() = delete;
    static QChart* comparison(const CampaignReport::Result& result);
};

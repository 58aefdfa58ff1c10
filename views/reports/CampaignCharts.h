#pragma once

#include "CampaignReport.h"

#include <QCoreApplication>

class QChart;

// The chart comparing campaigns side by side: won revenue (by the report's attribution model) against cost per
// campaign, horizontal bars, the largest revenue on top (at most 12). Drawn on the dashboard and in the printed
// campaign report from the same CampaignReport result.
class CampaignCharts
{
    Q_DECLARE_TR_FUNCTIONS(CampaignCharts)

public:
    CampaignCharts() = delete;
    static QChart* comparison(const CampaignReport::Result& result);
};

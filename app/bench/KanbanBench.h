#pragma once

#include <QStringList>

// `deskcrm-bench kanban [--opportunities N] [--database PATH]`: the pipeline board on N open
// opportunities of demo data — first show, scroll step, drag frame, extra memory — printed as
// BenchScenario JSON lines. Needs a QApplication (widgets are painted offscreen).
int runKanbanBench(const QStringList& args);

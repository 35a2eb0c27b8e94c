// The report's pain chart as vectors: axes 0-10, dates along the bottom, pain before and
// after each session as two series, a missing rating breaking its line instead of a zero.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/pdf_layout.h"
#include "documents/report_data.h"

namespace matside::documents {

struct ChartArea {
    double x = 0, y = 0, width = 0, height = 0; // the plot inside the axes, points
};

// Draws the chart into the box at (x, y) of `width` x `height`; returns where the plot went.
ChartArea drawPainChart(const Canvas& canvas, const ReportData& report, double x, double y, double width,
                        double height);

// Segments of one series: runs of consecutive samples that all have a value.
std::vector<std::vector<std::size_t>> seriesRuns(const std::vector<std::optional<int>>& values);

} // namespace matside::documents

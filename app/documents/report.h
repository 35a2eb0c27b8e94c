// The progress report for the physiotherapist: the period's figures, per-exercise tallies,
// stops for pain with their notes, and the pain chart, in one or two pages.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/pain_chart.h"
#include "documents/paper.h"
#include "documents/report_data.h"

#include <filesystem>
#include <optional>
#include <string>

namespace matside::documents {

struct ReportResult {
    std::optional<std::string> error; // one line; nothing written
    int pages = 0;
    int chartPage = -1; // 0-based; -1 when there is no chart (empty history)
    ChartArea chart;    // where the plot is, points from the page's top-left
};

ReportResult writeReport(const ReportData& report, Paper paper, const std::filesystem::path& target);

// "3 Nov 2026 to 30 Nov 2026"
std::string periodText(const ReportData& report);

} // namespace matside::documents

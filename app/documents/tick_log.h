// The handout's last page: a tick log, one row per day for N weeks, one box per planned
// session and a column for pain 0-10.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/pdf_layout.h"
#include "documents/planned_sessions.h"

#include <chrono>
#include <vector>

namespace matside::documents {

// One row of the log.
struct TickRow {
    std::chrono::sys_days day;
    int boxes = 1; // sessions planned that day (0: a rest day, drawn as such)
};

// `weeks` weeks of rows from `firstDay`, boxes from `planned`.
std::vector<TickRow> tickRows(std::chrono::sys_days firstDay, int weeks, const PlannedSessions& planned);

// The log as blocks: the first starts a new page, one block per week so a long log breaks
// between weeks, never inside one.
std::vector<Block> tickLogBlocks(const std::vector<TickRow>& rows);

// "Mon 30 Nov" (English day and month names, independent of the locale).
std::string dayText(std::chrono::sys_days day);
// "2026-11-30"
std::string isoDay(std::chrono::sys_days day);

} // namespace matside::documents

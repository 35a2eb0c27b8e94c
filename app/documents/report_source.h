// The report from where the data lives: the history store (read only, through HistoryStore)
// and the routines in the library, for the sets each session planned.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routine.h"
#include "core/schedule.h"
#include "documents/report.h"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace matside::documents {

struct ReportRequest {
    std::filesystem::path historyFile;                 // <data>/history.sqlite3
    std::optional<std::string> routineId;              // only this routine's sessions
    std::optional<std::chrono::sys_days> since, until; // local days, both included
    std::chrono::sys_days today;
    Paper paper = Paper::A4;
    Schedule schedule;                         // the weekly plans to compare with (none by default)
    std::chrono::system_clock::time_point now; // slots after it have not come due
    std::vector<Routine> routines;             // known routines (their plans give "planned")
};

// Reads the history and writes the report to `target`. A missing history file is an empty
// report; a locked, damaged or newer one is an error line naming the file.
ReportResult makeReport(const ReportRequest& request, const std::filesystem::path& target);

// Every valid routine in the shipped and the person's routines folders, for ReportRequest.
std::vector<Routine> libraryRoutines(const std::vector<std::filesystem::path>& assetDirs);

} // namespace matside::documents

// The printable handout: the routine's first page (summary, time, equipment, red flags,
// disclaimer), every exercise with both poses and its dose, and a tick log.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan.h"
#include "core/routine.h"
#include "documents/paper.h"
#include "documents/planned_sessions.h"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace matside::documents {

struct HandoutOptions {
    Paper paper = Paper::A4;
    int weeks = 2;                                // tick log length, 1..kMaxHandoutWeeks
    std::chrono::sys_days firstDay;               // the tick log's first row (today, for the CLI)
    PlannedSessions planned;                      // boxes per day (one a day without a schedule)
    std::vector<std::filesystem::path> assetDirs; // where illustrations are looked up
};
inline constexpr int kMaxHandoutWeeks = 12;

// Where a pose picture was placed, in PDF points from the page's top-left (for tests).
struct PicturePlacement {
    std::size_t exercise = 0;
    bool endPose = false;
    int page = 0; // 0-based
    double x = 0, y = 0, width = 0, height = 0;
};

struct HandoutResult {
    std::optional<std::string> error; // one line naming the file and the fix; nothing written
    bool badPicture = false;          // the error is the routine's (a picture), not the disk's
    int pages = 0;
    std::vector<PicturePlacement> pictures;
};

// Decodes every pose through the guarded image loader (a missing or broken picture is an
// error, naming it), lays the handout out and writes it atomically to `target`.
HandoutResult writeHandout(const Plan& plan, const HandoutOptions& options, const std::filesystem::path& target);

} // namespace matside::documents

// A planned routine's file, title and length, found by its id in the routine library.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace matside::remind {

struct RoutineInfo {
    std::filesystem::path file;
    std::string title;
    int totalSeconds = 0;
};

// Shipped routines first, then the person's (the library's order); only valid ones.
std::optional<RoutineInfo> findRoutine(const std::string& routineId);

} // namespace matside::remind

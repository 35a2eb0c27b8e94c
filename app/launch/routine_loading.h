// Shared by the subcommands and the player: load the routine named on the command line, or
// report why not; the same for the --events script that `play` and `simulate` both take.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/event_script.h"
#include "core/routine.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace matside {

// Where illustrations are looked up after the routine's own folder.
std::vector<std::filesystem::path> assetSearchDirs();

// Loads `file` (the default routine when empty). On failure prints every problem as
// "FILE: error: WHERE: WHAT" on stderr and returns nothing.
std::optional<Routine> loadRoutineOrReport(const std::filesystem::path& file);

// Parses an --events script (empty text: no commands). On failure prints
// "WHO: --events: WHY" on stderr and returns nothing (the caller exits with kExitUsage, launch/exit_codes.h).
std::optional<std::vector<ScriptedCommand>> parseEventsOrReport(const std::string& text, const std::string& who);

} // namespace matside

// Shared by the subcommands: load the routine named on the command line, or report why not.
#pragma once

#include "core/routine.h"

#include <filesystem>
#include <optional>
#include <vector>

namespace matside::cli {

// Where illustrations are looked up after the routine's own folder.
std::vector<std::filesystem::path> assetSearchDirs();

// Loads `file` (the default routine when empty). On failure prints every problem as
// "FILE: error: WHERE: WHAT" on stderr and returns nothing.
std::optional<Routine> loadRoutineOrReport(const std::filesystem::path& file);

} // namespace matside::cli

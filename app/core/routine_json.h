// Loading and validating routine files: JSON text in, a Routine or a list of precise problems out.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routine.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace matside {

// One problem found in a routine file.
struct Diagnostic {
    // "line L, column C" for malformed JSON; otherwise the JSON pointer ("/exercises/2/sets")
    // followed by the exercise's name when the problem is inside one:
    // "/exercises/2/sets (Adductor strengthening with band)".
    std::string where;
    // What was expected and what was found, and the fix when it is not obvious.
    std::string what;
};

struct LoadResult {
    std::optional<Routine> routine; // set only when there are no errors
    std::vector<Diagnostic> errors;
    bool ok() const { return routine.has_value(); }
};

// Largest routine file accepted, in bytes.
inline constexpr std::uintmax_t kMaxRoutineFileBytes = std::uintmax_t{1024} * 1024;

// Reads and validates a routine file. Illustration paths are resolved next to the file
// first, then in each of `assetDirs` in order.
LoadResult loadRoutineFile(const std::filesystem::path& file,
                           const std::vector<std::filesystem::path>& assetDirs);

// The same, for text already in memory (`file` is used for illustration lookup only).
LoadResult parseRoutine(std::string_view text, const std::filesystem::path& file,
                        const std::vector<std::filesystem::path>& assetDirs);

// Where an illustration path of a loaded routine resolves to, or empty if nowhere.
std::filesystem::path resolveIllustration(const Routine& routine, const std::string& relative,
                                          const std::vector<std::filesystem::path>& assetDirs);

// "FILE: error: WHERE: WHAT", the line `matside validate` prints.
std::string formatDiagnostic(const std::filesystem::path& file, const Diagnostic& d);

} // namespace matside

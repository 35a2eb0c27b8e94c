// Loader internals: from a parsed JSON document to a Routine, checking every field.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/json_fields.h"
#include "core/routine.h"

#include <filesystem>
#include <optional>
#include <vector>

namespace matside::loader {

// Maps `root` into a Routine, adding every problem found to `problems`. The result is only
// meaningful when `problems` stayed empty; nothing is returned for an unsupported format.
std::optional<Routine> buildRoutine(const Json& root, const std::filesystem::path& file,
                                    const std::vector<std::filesystem::path>& assetDirs,
                                    Problems& problems);

// The exercise the JSON pointer lies in (" (Side plank)"), or empty: appended to WHERE.
std::string exerciseSuffix(const Json& root, const std::string& pointer);

} // namespace matside::loader

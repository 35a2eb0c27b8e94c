// Loader internals: an exercise's optional "levels" (issue 14), checked field by field.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/json_fields.h"
#include "core/routine.h"

#include <optional>
#include <string>

namespace matside::loader {

// Reads `value` (the exercise's "levels" at `pointer`) for `exercise`, whose own dose and
// timings are already read: that dose must be one of the levels (where a person starts).
std::optional<ExerciseLevels> readLevels(const Json& value, const std::string& pointer, const Exercise& exercise,
                                         Problems& problems);

} // namespace matside::loader

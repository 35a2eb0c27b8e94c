// Dose levels a routine may prescribe per exercise (issue 14): the ordered doses and the rule
// for when to suggest the next one. Plain structs, exactly what the file says.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exercise_feedback.h"

#include <optional>
#include <vector>

namespace matside {

// One dose: what sets, reps and holds become at this level.
struct DoseLevel {
    int sets = 1;
    std::optional<int> reps;            // reps per set (rep-counted exercises)
    std::optional<int> holdSeconds;     // timed hold per set (stretches)
    std::optional<int> repHoldSeconds;  // hold within each rep
    std::optional<int> repTempoSeconds; // seconds to move through one rep; unset: the exercise's own
};

// When to suggest the next level: the last `sessions` sessions played at this level each had
// every set done (when asked), one of the `rated` ratings, and pain after at most `painAtMost`.
struct LevelRule {
    int sessions = 3;
    bool everySetDone = true;
    std::vector<ExerciseRating> rated{ExerciseRating::Easy, ExerciseRating::JustRight};
    std::optional<int> painAtMost; // the done screen's pain 0-10; unset: not asked
    bool backOnPainful = true;     // "painful" in the latest session suggests the level before
};

struct ExerciseLevels {
    std::vector<DoseLevel> doses; // in order, level 1 first
    LevelRule rule;
    int start = 1; // the level whose dose is the exercise's own (where a person starts)
};

} // namespace matside

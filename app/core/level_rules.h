// Dose levels at work: a routine with the levels in use applied, and the rule that suggests
// the next (or the previous) level from scripted histories. Pure: the store reads, this decides.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routine.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace matside {

// The routine with each levelled exercise's dose set to its level in use (`inUse` by exercise
// id; missing or out of range: the start level) and Exercise::level filled in. Everything
// else is kept; expand the plan from this copy.
Routine withLevels(const Routine& routine, const std::map<std::string, int>& inUse);

// The level an exercise is on given the stored one (clamped to the levels the file has now).
int levelInUse(const Exercise& exercise, std::optional<int> stored);

// One finished session as the level rule sees one exercise in it.
struct LevelSession {
    std::optional<int> level;             // the level it was played at; unset: not played
    bool everySetDone = false;            // every planned set of it was completed (none skipped)
    std::optional<ExerciseRating> rating; // its "How was ...?" answer
    std::optional<int> painAfter;         // the session's pain after, 0-10
};

struct LevelSuggestion {
    std::string exerciseId;
    std::string exerciseName;
    int from = 1;
    int to = 1;           // from + 1 (up) or from - 1 (down, after "painful")
    std::string question; // "Squat with ball: ready for 3 × 12?"
};

// The suggestion the rule makes for `exercise` on `level`, over its sessions oldest first.
// Only the latest run of sessions played at `level` counts (a session where it was not played
// is skipped; one at another level ends the run). Down wins over up: the latest session of
// the run rated painful suggests the level before (when the rule says so and there is one).
// Up needs the last rule.sessions sessions of the run each to meet the rule; a rule that asks
// about pain needs the pain recorded (no answer is no evidence for a bigger dose).
std::optional<LevelSuggestion> suggestLevel(const Exercise& exercise, int level,
                                            const std::vector<LevelSession>& oldestFirst);

// "3 × 12", "3 × 30 s", "3 × 5 × 5 s": a dose, short.
std::string shortDoseText(const DoseLevel& dose);

} // namespace matside

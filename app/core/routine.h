// The routine model: plain structs holding exactly what a routine file says, after validation.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dose_levels.h"
#include "core/schedule.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace matside {

// Which sides an exercise works, one at a time or both together.
enum class Sides { Both, Each };

// For per-side exercises: alternate sides every set (L1 R1 L2 R2 ...) or do all sets on
// the first side before switching (L1 L2 L3 R1 R2 R3).
enum class SideOrder { Alternate, AllSetsPerSide };

enum class Side { Left, Right };

// The timings an exercise inherits from the routine unless it overrides them.
struct Timings {
    int prepareSeconds = 10;              // get-ready countdown before the exercise
    int restBetweenSetsSeconds = 20;      // rest after each set (0 = none)
    int switchSidesSeconds = 5;           // pause to change sides (0 = none)
    int restBetweenExercisesSeconds = 20; // rest before the next exercise (0 = none)
    int repTempoSeconds = 3;              // seconds one rep takes when counted out loud
    SideOrder sideOrder = SideOrder::Alternate;
    Side firstSide = Side::Left;
};

struct Illustrations {
    std::string start;      // start pose, relative path as written in the file
    std::string end;        // end (held) pose
    std::string startOther; // optional: start pose for the other side (else mirrored)
    std::string endOther;   // optional: end pose for the other side
    // The same four, found once when the routine is loaded (next to the routine, else in the
    // assets), so nothing touches the file system while drawing. Empty: not given.
    std::filesystem::path startFile, endFile, startOtherFile, endOtherFile;
};

struct Exercise {
    std::string id;
    std::string name;
    std::string summary; // one line: what the exercise does
    Sides sides = Sides::Both;
    std::string sideLabel = "side"; // "leg", "arm" or "side": shown as "LEFT LEG"
    int sets = 1;
    std::optional<int> reps;           // rep-counted sets when present
    std::optional<int> holdSeconds;    // timed hold per set (stretches)
    std::optional<int> repHoldSeconds; // hold per rep (side plank: 5 reps of 5 s)
    Timings timings;                   // routine defaults merged with this exercise's overrides
    std::vector<std::string> keyPoints;
    std::vector<std::string> equipment;
    std::vector<std::string> targetMuscles;
    std::vector<std::string> cautions;
    std::string why; // why it helps
    Illustrations illustrations;
    std::optional<ExerciseLevels> levels; // prescribed dose levels (issue 14); unset: one dose
    int level = 0;                        // the level in use, 1-based (withLevels()); 0 without levels

    // Seconds one rep takes on the plan: its hold (if any) plus the tempo to move in and out.
    int repSeconds() const;
};

struct Routine {
    int format = 1;
    std::string id;
    std::string title;
    std::string summary;
    Timings defaults;
    std::vector<Exercise> exercises;
    std::vector<std::string> about; // what the condition is (first-run screen)
    std::vector<std::string> tips;  // relief tips
    std::vector<std::string> prevention;
    std::vector<std::string> redFlags; // when to see a doctor
    std::string disclaimer;
    std::optional<WeeklyPlan> schedule; // a prescribed default plan ("schedule"); unset: none
    std::filesystem::path sourceFile;   // where it was loaded from (for illustration lookup)
};

const char* toString(Side side);
const char* toString(Sides sides);
const char* toString(SideOrder order);
Side otherSide(Side side);

} // namespace matside

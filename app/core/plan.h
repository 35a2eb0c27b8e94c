// The plan: a routine expanded into the flat list of steps a person lives through.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routine.h"

#include <optional>
#include <string>
#include <vector>

namespace matside {

enum class StepKind { Prepare, Work, Rest };

// Why a rest step is there; the voice and the screen word it differently.
enum class RestPurpose { None, BetweenSets, SwitchSides, NextExercise };

struct PlanStep {
    std::size_t index = 0;
    StepKind kind = StepKind::Work;
    RestPurpose purpose = RestPurpose::None;
    std::size_t exerciseIndex = 0; // the exercise this step belongs to or leads into
    std::optional<Side> side;      // the side worked (work) or about to be worked (others)
    std::optional<int> set;        // 1-based
    std::optional<int> sets;
    std::optional<int> reps;
    std::optional<int> holdSeconds; // per-set hold, or per-rep hold on rep sets
    int repSeconds = 0;             // seconds per rep on rep sets (hold + tempo), else 0
    int seconds = 0;                // planned duration
    std::optional<int> level;       // the exercise's dose level in use, 1-based; unset: no levels
};

struct Plan {
    const Routine* routine = nullptr; // the routine it was expanded from; must outlive the plan
    std::vector<PlanStep> steps;

    int totalSeconds() const;
    const Exercise& exerciseOf(const PlanStep& step) const;
    std::size_t workStepCount() const;
};

Plan expandPlan(const Routine& routine);

const char* toString(StepKind kind);
const char* toString(RestPurpose purpose);

// "mm:ss" (or "h:mm:ss" past an hour).
std::string formatDuration(int seconds);

// "Hold 30 s", "10 reps", "5 reps of 5 s": the dose of a work step in words.
std::string describeDose(const PlanStep& step);

} // namespace matside

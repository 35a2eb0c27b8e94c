// The sentences a voice says at each cue, built from plan steps ("Side plank. Left side. 5 reps of 5 seconds.").
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan.h"

#include <string>

namespace matside {

// "LEFT LEG", "RIGHT SIDE"; empty for exercises done with both sides together.
std::string sideWords(const Exercise& exercise, const PlanStep& step);

// "Hold for 30 seconds.", "10 reps.", "5 reps of 5 seconds."
std::string doseSentence(const PlanStep& step);

// What is said when a step begins: get-ready, work, rest, switch sides, next exercise.
std::string entrySentence(const Plan& plan, const PlanStep& step);

} // namespace matside

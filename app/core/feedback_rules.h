// The safety rules over per-exercise feedback, and the plan without paused exercises: pure
// functions on histories the caller reads from the store, so tests script them.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exercise_feedback.h"
#include "core/routine.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace matside {

// One finished session of a routine as the rules see it.
struct RatedSession {
    std::int64_t id = 0;
    std::optional<int> painAfter; // the done screen's rating, 0-10
    std::vector<ExerciseFeedback> ratings;
};

// A prompt to ask a professional about one exercise (or the session, when exerciseId is empty).
struct SafetyPrompt {
    std::string exerciseId;
    std::string exerciseName; // "this session" when no exercise is named
    std::string recorded;     // what was recorded, in words: "Painful in two sessions in a row (pain 6, then 7)"
};

// Pain at or above this after a session raises a prompt.
inline constexpr int kSafetyPainAfter = 7;

// The words every prompt carries; never advice of our own, only "ask".
inline constexpr const char* kSafetyAsk = "Talk to your physiotherapist or doctor before you go on with it";

// The prompts raised by the latest session (the last of `oldestFirst`): its pain after was
// kSafetyPainAfter or more (naming each exercise rated painful in it, else the session), or an
// exercise rated painful in it whose previous rating, in an earlier session, was painful too.
// Sessions without a rating for an exercise do not break its run: no answer is no news.
std::vector<SafetyPrompt> safetyPrompts(const std::vector<RatedSession>& oldestFirst);

// The routine without the exercises whose ids are paused; expand the plan from this copy
// (it must outlive the plan). Order and everything else are kept.
Routine withoutPaused(const Routine& routine, const std::set<std::string>& pausedIds);

} // namespace matside

// The safety rules over per-exercise feedback and the routine without paused exercises.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/feedback_rules.h"

#include <algorithm>

namespace matside {
namespace {

std::string painWords(const std::optional<int>& pain) {
    return pain ? "pain " + std::to_string(*pain) : "no pain number";
}

// The exercise's rating in the latest session before `last` that rated it.
const ExerciseFeedback* previousRating(const std::vector<RatedSession>& oldestFirst, const std::string& exerciseId) {
    for (auto it = oldestFirst.rbegin() + 1; it != oldestFirst.rend(); ++it)
        for (const ExerciseFeedback& f : it->ratings)
            if (f.exerciseId == exerciseId) return &f;
    return nullptr;
}

void addOrJoin(std::vector<SafetyPrompt>& prompts, SafetyPrompt prompt) {
    for (SafetyPrompt& p : prompts)
        if (p.exerciseId == prompt.exerciseId) {
            p.recorded += "; " + prompt.recorded;
            return;
        }
    prompts.push_back(std::move(prompt));
}

} // namespace

std::vector<SafetyPrompt> safetyPrompts(const std::vector<RatedSession>& oldestFirst) {
    std::vector<SafetyPrompt> prompts;
    if (oldestFirst.empty()) return prompts;
    const RatedSession& last = oldestFirst.back();
    for (const ExerciseFeedback& f : last.ratings) {
        if (f.rating != ExerciseRating::Painful) continue;
        const ExerciseFeedback* before = previousRating(oldestFirst, f.exerciseId);
        if (!before || before->rating != ExerciseRating::Painful) continue;
        addOrJoin(prompts, {f.exerciseId, f.exerciseName,
                            "Painful in two sessions in a row (" + painWords(before->pain) + ", then " +
                                painWords(f.pain) + ")"});
    }
    if (last.painAfter && *last.painAfter >= kSafetyPainAfter) {
        const std::string recorded = "Pain " + std::to_string(*last.painAfter) + " of 10 after the session";
        bool named = false;
        for (const ExerciseFeedback& f : last.ratings)
            if (f.rating == ExerciseRating::Painful) {
                addOrJoin(prompts,
                          {f.exerciseId, f.exerciseName, recorded + ", rated painful (" + painWords(f.pain) + ")"});
                named = true;
            }
        if (!named) addOrJoin(prompts, {"", "this session", recorded});
    }
    return prompts;
}

Routine withoutPaused(const Routine& routine, const std::set<std::string>& pausedIds) {
    Routine copy = routine;
    std::erase_if(copy.exercises, [&](const Exercise& e) { return pausedIds.contains(e.id); });
    return copy;
}

} // namespace matside

// Dose levels at work (see level_rules.h): applying the level in use, and the suggestion rule.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/level_rules.h"

#include <algorithm>

namespace matside {

namespace {

int levelCount(const Exercise& ex) { return ex.levels ? static_cast<int>(ex.levels->doses.size()) : 0; }

void applyDose(Exercise& ex, const DoseLevel& dose) {
    ex.sets = dose.sets;
    ex.reps = dose.reps;
    ex.holdSeconds = dose.holdSeconds;
    ex.repHoldSeconds = dose.repHoldSeconds;
    if (dose.repTempoSeconds) ex.timings.repTempoSeconds = *dose.repTempoSeconds;
}

bool meetsRule(const LevelRule& rule, const LevelSession& s) {
    if (rule.everySetDone && !s.everySetDone) return false;
    if (!s.rating || std::find(rule.rated.begin(), rule.rated.end(), *s.rating) == rule.rated.end()) return false;
    if (rule.painAtMost && (!s.painAfter || *s.painAfter > *rule.painAtMost)) return false;
    return true;
}

} // namespace

int levelInUse(const Exercise& exercise, std::optional<int> stored) {
    const int count = levelCount(exercise);
    if (count == 0) return 0;
    if (stored && *stored >= 1) return std::min(*stored, count);
    return std::clamp(exercise.levels->start, 1, count);
}

Routine withLevels(const Routine& routine, const std::map<std::string, int>& inUse) {
    Routine out = routine;
    for (Exercise& ex : out.exercises) {
        if (levelCount(ex) == 0) continue;
        const auto it = inUse.find(ex.id);
        ex.level = levelInUse(ex, it == inUse.end() ? std::nullopt : std::optional<int>(it->second));
        applyDose(ex, ex.levels->doses[static_cast<std::size_t>(ex.level - 1)]);
    }
    return out;
}

std::optional<LevelSuggestion> suggestLevel(const Exercise& exercise, int level,
                                            const std::vector<LevelSession>& oldestFirst) {
    const int count = levelCount(exercise);
    if (count == 0 || level < 1 || level > count) return std::nullopt;
    // The latest run at this level, newest first.
    std::vector<const LevelSession*> run;
    for (auto it = oldestFirst.rbegin(); it != oldestFirst.rend(); ++it) {
        if (!it->level) continue;
        if (*it->level != level) break;
        run.push_back(&*it);
    }
    if (run.empty()) return std::nullopt;
    const LevelRule& rule = exercise.levels->rule;
    LevelSuggestion s{exercise.id, exercise.name, level, level, {}};
    if (rule.backOnPainful && level > 1 && run.front()->rating == ExerciseRating::Painful) {
        s.to = level - 1;
        s.question = exercise.name + " was painful: back to " +
                     shortDoseText(exercise.levels->doses[static_cast<std::size_t>(s.to - 1)]) + "?";
        return s;
    }
    if (level >= count || static_cast<int>(run.size()) < rule.sessions) return std::nullopt;
    for (int i = 0; i < rule.sessions; ++i)
        if (!meetsRule(rule, *run[static_cast<std::size_t>(i)])) return std::nullopt;
    s.to = level + 1;
    s.question = exercise.name + ": ready for " +
                 shortDoseText(exercise.levels->doses[static_cast<std::size_t>(s.to - 1)]) + "?";
    return s;
}

std::string shortDoseText(const DoseLevel& dose) {
    const std::string times = " \xC3\x97 "; // ×
    std::string text = std::to_string(dose.sets) + times;
    if (dose.holdSeconds) return text + std::to_string(*dose.holdSeconds) + " s";
    text += std::to_string(dose.reps.value_or(0));
    if (dose.repHoldSeconds) text += times + std::to_string(*dose.repHoldSeconds) + " s";
    return text;
}

} // namespace matside

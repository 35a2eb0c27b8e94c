// Loader internals: the "levels" of an exercise (see level_json.h). Field names here must
// match data/routine.schema.json.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/level_json.h"

#include "core/level_rules.h"

namespace matside::loader {
namespace {

constexpr std::size_t kMaxLevels = 20;
const std::vector<std::string_view> kLevelsKeys = {"doses", "next_after", "back_on_painful"};
const std::vector<std::string_view> kDoseKeys = {"sets", "reps", "hold_seconds", "rep_hold_seconds",
                                                 "rep_tempo_seconds"};
const std::vector<std::string_view> kRuleKeys = {"sessions", "every_set_done", "rated", "pain_at_most"};

std::optional<bool> boolean(ObjectReader& r, const Json& object, std::string_view key) {
    const auto it = object.find(std::string(key));
    if (it == object.end()) return std::nullopt;
    if (it->is_boolean()) return it->get<bool>();
    r.report(key, "expected true or false, found " + describe(*it));
    return std::nullopt;
}

bool sameDose(const DoseLevel& a, const DoseLevel& b) {
    return a.sets == b.sets && a.reps == b.reps && a.holdSeconds == b.holdSeconds &&
           a.repHoldSeconds == b.repHoldSeconds && a.repTempoSeconds == b.repTempoSeconds;
}

class LevelsReader {
public:
    LevelsReader(const Exercise& ex, Problems& problems) : m_ex(ex), m_problems(problems) {}

    std::optional<ExerciseLevels> read(const Json& value, const std::string& pointer) {
        if (!value.is_object()) {
            m_problems.add(pointer,
                           "expected an object { \"doses\": [...], \"next_after\": {...} }, found " + describe(value));
            return std::nullopt;
        }
        ObjectReader r(value, pointer, m_problems, kLevelsKeys);
        ExerciseLevels levels;
        doses(r, levels);
        if (const Json* rule = r.object("next_after", true)) levels.rule = nextAfter(*rule, r.pointerOf("next_after"));
        if (auto back = boolean(r, value, "back_on_painful")) levels.rule.backOnPainful = *back;
        start(r, levels);
        return levels;
    }

private:
    void doses(ObjectReader& r, ExerciseLevels& levels) {
        const Json* list = r.array("doses", true);
        if (!list) return;
        if (list->size() < 2 || list->size() > kMaxLevels)
            r.report("doses", "expected 2 to " + std::to_string(kMaxLevels) + " doses (level 1 first), found " +
                                  std::to_string(list->size()));
        for (std::size_t i = 0; i < list->size() && i < kMaxLevels; ++i) {
            const std::string pointer = childPointer(r.pointerOf("doses"), i);
            DoseLevel d = dose((*list)[i], pointer);
            for (std::size_t k = 0; k < levels.doses.size(); ++k)
                if (sameDose(levels.doses[k], d))
                    m_problems.add(pointer, "the same dose as level " + std::to_string(k + 1) +
                                                "; each level needs a dose of its own");
            levels.doses.push_back(d);
        }
    }

    DoseLevel dose(const Json& value, const std::string& pointer) {
        DoseLevel d;
        if (!value.is_object()) {
            m_problems.add(pointer, "expected a dose object { \"sets\": 3, \"reps\": 10 }, found " + describe(value));
            return d;
        }
        ObjectReader r(value, pointer, m_problems, kDoseKeys);
        d.sets = r.integer("sets", {1, 20, "sets"}, true).value_or(1);
        d.reps = r.integer("reps", {1, 100, "reps"});
        d.holdSeconds = r.integer("hold_seconds", {1, 600, "seconds"});
        d.repHoldSeconds = r.integer("rep_hold_seconds", {1, 120, "seconds"});
        d.repTempoSeconds = r.integer("rep_tempo_seconds", {1, 30, "seconds"});
        // The same kind of dose as the exercise's own: a stretch stays a hold, reps stay reps.
        if (m_ex.reps && !r.has("reps") && !r.misspelled("reps"))
            m_problems.add(pointer, "missing \"reps\": the exercise is counted in reps, so is each of its levels");
        if (m_ex.holdSeconds && !r.has("hold_seconds") && !r.misspelled("hold_seconds"))
            m_problems.add(pointer, "missing \"hold_seconds\": the exercise is a timed hold, so is each of its levels");
        if (m_ex.holdSeconds && r.has("reps"))
            r.report("reps", "the exercise is a timed hold (\"hold_seconds\"); a level cannot count reps");
        if (m_ex.reps && r.has("hold_seconds"))
            r.report("hold_seconds", "the exercise counts reps; a level cannot be a timed hold");
        if (r.has("rep_hold_seconds") && !m_ex.reps)
            r.report("rep_hold_seconds", "\"rep_hold_seconds\" is the hold within each rep and needs \"reps\"");
        if (r.has("rep_tempo_seconds") && !m_ex.reps)
            r.report("rep_tempo_seconds", "\"rep_tempo_seconds\" paces reps; the exercise is a timed hold");
        return d;
    }

    LevelRule nextAfter(const Json& value, const std::string& pointer) {
        ObjectReader r(value, pointer, m_problems, kRuleKeys);
        LevelRule rule;
        rule.sessions = r.integer("sessions", {1, 20, "sessions"}, true).value_or(rule.sessions);
        if (auto every = boolean(r, value, "every_set_done")) rule.everySetDone = *every;
        rule.painAtMost = r.integer("pain_at_most", {0, 10, "points of pain"});
        if (const Json* rated = r.array("rated")) rule.rated = ratings(*rated, r.pointerOf("rated"));
        return rule;
    }

    std::vector<ExerciseRating> ratings(const Json& list, const std::string& pointer) {
        std::vector<ExerciseRating> out;
        if (list.empty()) m_problems.add(pointer, "expected at least one of \"easy\", \"just_right\", \"hard\"");
        for (std::size_t i = 0; i < list.size() && i < 4; ++i) {
            const Json& item = list[i];
            const auto rating = item.is_string() ? exerciseRatingFromString(item.get<std::string>()) : std::nullopt;
            if (rating == ExerciseRating::Painful)
                m_problems.add(childPointer(pointer, i), "\"painful\" never leads to a bigger dose; remove it");
            else if (!rating)
                m_problems.add(childPointer(pointer, i),
                               "expected \"easy\", \"just_right\" or \"hard\", found " + describe(item));
            else out.push_back(*rating);
        }
        if (list.size() > 4)
            m_problems.add(pointer, "expected at most 3 ratings, found " + std::to_string(list.size()));
        return out;
    }

    // The exercise's own dose is where a person starts: it must be one of the levels.
    void start(ObjectReader& r, ExerciseLevels& levels) {
        const DoseLevel own{m_ex.sets, m_ex.reps, m_ex.holdSeconds, m_ex.repHoldSeconds, std::nullopt};
        for (std::size_t i = 0; i < levels.doses.size(); ++i) {
            DoseLevel d = levels.doses[i];
            if (d.repTempoSeconds == m_ex.timings.repTempoSeconds || !m_ex.reps) d.repTempoSeconds.reset();
            if (sameDose(d, own)) {
                levels.start = static_cast<int>(i) + 1;
                return;
            }
        }
        if (!levels.doses.empty())
            r.report("doses", "none of the levels is the exercise's own dose (" + shortDoseText(own) +
                                  "); it is where a person starts, so list it as one of the levels");
    }

    const Exercise& m_ex;
    Problems& m_problems;
};

} // namespace

std::optional<ExerciseLevels> readLevels(const Json& value, const std::string& pointer, const Exercise& exercise,
                                         Problems& problems) {
    return LevelsReader(exercise, problems).read(value, pointer);
}

} // namespace matside::loader

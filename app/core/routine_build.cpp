// Loader internals: the routine format's fields, bounds and cross-field rules, mapped into
// the plain structs of routine.h. Field names here must match data/routine.schema.json.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routine_build.h"

#include "core/illustration_paths.h"
#include "core/level_json.h"
#include "core/routine_limits.h"
#include "core/schedule_json.h"

#include <cmath>
#include <map>

namespace matside::loader {
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxExercises = 100;
const ListRule kRoutineTexts{limits::kRoutineTextItems, limits::kRoutineTextChars};

const std::vector<std::string_view> kTimingKeys = {"prepare_seconds",
                                                   "rest_between_sets_seconds",
                                                   "switch_sides_seconds",
                                                   "rest_between_exercises_seconds",
                                                   "rep_tempo_seconds",
                                                   "side_order",
                                                   "first_side"};

std::vector<std::string_view> withTimingKeys(std::vector<std::string_view> keys) {
    keys.insert(keys.end(), kTimingKeys.begin(), kTimingKeys.end());
    return keys;
}

const std::vector<std::string_view> kRoutineKeys = {"$schema",    "format",   "id",       "title",      "summary",
                                                    "defaults",   "about",    "tips",     "prevention", "red_flags",
                                                    "disclaimer", "schedule", "exercises"};
const std::vector<std::string_view> kExerciseKeys =
    withTimingKeys({"id", "name", "summary", "sides", "side_label", "sets", "reps", "hold_seconds", "rep_hold_seconds",
                    "key_points", "equipment", "target_muscles", "cautions", "why", "illustrations", "levels"});
const std::vector<std::string_view> kIllustrationKeys = {"start", "end", "start_other", "end_other"};

// Used for the routine's defaults and, flat, for each exercise's overrides of them.
Timings readTimings(ObjectReader& r, Timings t) {
    const IntRule rest{0, 600, "seconds"};
    if (auto v = r.integer("prepare_seconds", {0, 300, "seconds"})) t.prepareSeconds = *v;
    if (auto v = r.integer("rest_between_sets_seconds", rest)) t.restBetweenSetsSeconds = *v;
    if (auto v = r.integer("switch_sides_seconds", rest)) t.switchSidesSeconds = *v;
    if (auto v = r.integer("rest_between_exercises_seconds", rest)) t.restBetweenExercisesSeconds = *v;
    if (auto v = r.integer("rep_tempo_seconds", {1, 30, "seconds"})) t.repTempoSeconds = *v;
    if (auto v = r.choice("side_order", {"alternate", "all_sets_per_side"}))
        t.sideOrder = *v == "alternate" ? SideOrder::Alternate : SideOrder::AllSetsPerSide;
    if (auto v = r.choice("first_side", {"left", "right"})) t.firstSide = *v == "left" ? Side::Left : Side::Right;
    return t;
}

class Builder {
public:
    Builder(const fs::path& file, const std::vector<fs::path>& assetDirs, Problems& problems)
        : m_file(file),
          m_assetDirs(assetDirs),
          m_problems(problems) {}

    std::optional<Routine> routine(const Json& root);

private:
    bool formatSupported(ObjectReader& r, const Json& root);
    void exercises(ObjectReader& r, Routine& routine);
    Exercise exercise(const Json& object, const std::string& pointer, const Timings& defaults);
    void dose(ObjectReader& r, Exercise& ex);
    Illustrations illustrations(const Json& object, const std::string& pointer);
    std::string illustration(ObjectReader& r, std::string_view key, bool required, fs::path& found);

    const fs::path& m_file;
    const std::vector<fs::path>& m_assetDirs;
    Problems& m_problems;
};

std::optional<Routine> Builder::routine(const Json& root) {
    if (!root.is_object()) {
        m_problems.add("/", "expected a routine object { \"format\": 1, \"id\": ..., \"exercises\": [...] }, found " +
                                describe(root));
        return std::nullopt;
    }
    ObjectReader r(root, "", m_problems, kRoutineKeys);
    // Another format's fields would only produce noise: say the one thing that matters.
    if (!formatSupported(r, root)) return std::nullopt;
    Routine routine;
    routine.sourceFile = m_file;
    r.text("$schema", TextRule{400, true});
    routine.id = r.identifier("id", true).value_or("");
    routine.title = r.text("title", TextRule{limits::kTitleChars}, true).value_or("");
    routine.summary = r.text("summary", TextRule{limits::kRoutineSummaryChars, true}).value_or("");
    routine.disclaimer = r.text("disclaimer", TextRule{limits::kDisclaimerChars, true}).value_or("");
    if (const Json* defaults = r.object("defaults")) {
        ObjectReader d(*defaults, "/defaults", m_problems, kTimingKeys);
        routine.defaults = readTimings(d, Timings{});
    }
    routine.about = r.textList("about", kRoutineTexts);
    routine.tips = r.textList("tips", kRoutineTexts);
    routine.prevention = r.textList("prevention", kRoutineTexts);
    routine.redFlags = r.textList("red_flags", kRoutineTexts);
    if (r.has("schedule")) {
        PlanFromJson plan = planFromJson(root.at("schedule"));
        if (plan.plan) routine.schedule = std::move(plan.plan);
        else m_problems.add(r.pointerOf("schedule") + plan.where, std::move(plan.what));
    }
    exercises(r, routine);
    return routine;
}

bool Builder::formatSupported(ObjectReader& r, const Json& root) {
    const auto it = root.find("format");
    if (it == root.end()) {
        r.reportMissing("format", "the number 1 (the version of the routine format)");
        return true;
    }
    if (it->is_number()) {
        const double version = it->get<double>();
        if (version == 1) return true; // 1.0 too, as JSON Schema's "const": 1 agrees
        if (std::isfinite(version) && std::floor(version) == version) {
            r.report("format", "unsupported format " + it->dump() + "; this matside reads format 1");
            return false;
        }
    }
    r.report("format", "expected the number 1, found " + describe(*it));
    return true;
}

void Builder::exercises(ObjectReader& r, Routine& routine) {
    const Json* list = r.array("exercises", true);
    if (!list) return;
    const std::string listPointer = r.pointerOf("exercises");
    if (list->empty()) r.report("exercises", "expected at least one exercise, found an empty list");
    if (list->size() > kMaxExercises)
        r.report("exercises", "expected at most " + std::to_string(kMaxExercises) + " exercises, found " +
                                  std::to_string(list->size()));
    std::map<std::string, std::size_t> firstUse;
    for (std::size_t i = 0; i < list->size() && i < kMaxExercises; ++i) {
        const std::string pointer = childPointer(listPointer, i);
        const Json& item = (*list)[i];
        if (!item.is_object()) {
            m_problems.add(pointer,
                           "expected an exercise object { \"id\": ..., \"name\": ... }, found " + describe(item));
            continue;
        }
        Exercise ex = exercise(item, pointer, routine.defaults);
        if (!ex.id.empty()) {
            const auto [it, fresh] = firstUse.emplace(ex.id, i);
            if (!fresh)
                m_problems.add(pointer + "/id", "duplicate id \"" + ex.id +
                                                    "\": " + childPointer(listPointer, it->second) +
                                                    " already uses it; give each exercise its own id");
        }
        routine.exercises.push_back(std::move(ex));
    }
}

Exercise Builder::exercise(const Json& object, const std::string& pointer, const Timings& defaults) {
    ObjectReader r(object, pointer, m_problems, kExerciseKeys);
    Exercise ex;
    ex.id = r.identifier("id", true).value_or("");
    ex.name = r.text("name", TextRule{limits::kExerciseNameChars}, true).value_or("");
    ex.summary = r.text("summary", TextRule{limits::kExerciseSummaryChars, true}).value_or("");
    if (auto v = r.choice("sides", {"each", "both"})) ex.sides = *v == "each" ? Sides::Each : Sides::Both;
    if (auto v = r.choice("side_label", {"leg", "arm", "side"})) ex.sideLabel = *v;
    dose(r, ex);
    ex.keyPoints = r.textList("key_points", ListRule{limits::kListItems, limits::kKeyPointChars});
    ex.equipment = r.textList("equipment", ListRule{limits::kListItems, limits::kEquipmentChars});
    ex.targetMuscles = r.textList("target_muscles", ListRule{limits::kListItems, limits::kTargetMuscleChars});
    ex.cautions = r.textList("cautions", ListRule{limits::kListItems, limits::kCautionChars});
    ex.why = r.text("why", TextRule{limits::kWhyChars, true}).value_or("");
    if (const Json* pictures = r.object("illustrations"))
        ex.illustrations = illustrations(*pictures, r.pointerOf("illustrations"));
    ex.timings = readTimings(r, defaults);
    if (r.has("levels")) ex.levels = readLevels(object.at("levels"), r.pointerOf("levels"), ex, m_problems);
    if (ex.levels) ex.level = ex.levels->start;
    return ex;
}

// Sets, and per set either a timed hold or reps (optionally each held for a while).
void Builder::dose(ObjectReader& r, Exercise& ex) {
    ex.sets = r.integer("sets", {1, 20, "sets"}).value_or(1);
    ex.reps = r.integer("reps", {1, 100, "reps"});
    ex.holdSeconds = r.integer("hold_seconds", {1, 600, "seconds"});
    ex.repHoldSeconds = r.integer("rep_hold_seconds", {1, 120, "seconds"});
    const bool hold = r.has("hold_seconds");
    const bool reps = r.has("reps");
    if (hold && reps)
        r.report("hold_seconds",
                 "a set is either a timed hold or reps, found both \"hold_seconds\" and \"reps\"; keep one");
    if (!hold && !reps && !r.misspelled("hold_seconds") && !r.misspelled("reps"))
        m_problems.add(r.pointer(),
                       "missing the dose: add \"hold_seconds\" (a timed hold per set) or \"reps\" (reps per set)");
    if (r.has("rep_hold_seconds") && !reps)
        r.report("rep_hold_seconds", "\"rep_hold_seconds\" is the hold within each rep and needs \"reps\"; "
                                     "for one timed hold per set use \"hold_seconds\"");
}

Illustrations Builder::illustrations(const Json& object, const std::string& pointer) {
    ObjectReader r(object, pointer, m_problems, kIllustrationKeys);
    Illustrations pictures;
    pictures.start = illustration(r, "start", true, pictures.startFile);
    pictures.end = illustration(r, "end", true, pictures.endFile);
    pictures.startOther = illustration(r, "start_other", false, pictures.startOtherFile);
    pictures.endOther = illustration(r, "end_other", false, pictures.endOtherFile);
    return pictures;
}

// The path as written, or empty when it is refused; `found` gets the file it names.
std::string Builder::illustration(ObjectReader& r, std::string_view key, bool required, fs::path& found) {
    auto path = r.text(key, TextRule{200}, required);
    if (!path) return {};
    if (auto problem = illustrationPathProblem(*path); !problem.empty()) {
        r.report(key, "\"" + shown(*path) + "\" " + problem);
        return {};
    }
    auto lookup = findIllustration(*path, m_file, m_assetDirs);
    if (!lookup.found.empty()) {
        found = std::move(lookup.found);
        return *path;
    }
    std::string what = "\"" + shown(*path, 80) + "\" names no file: looked next to the routine";
    if (!m_assetDirs.empty()) what += " and in " + m_assetDirs.front().string();
    if (!lookup.refused.empty()) what += " (refused " + lookup.refused + ")";
    r.report(key, std::move(what));
    return {};
}

} // namespace

std::optional<Routine> buildRoutine(const Json& root, const fs::path& file, const std::vector<fs::path>& assetDirs,
                                    Problems& problems) {
    return Builder(file, assetDirs, problems).routine(root);
}

std::string exerciseSuffix(const Json& root, const std::string& pointer) {
    static const std::string prefix = "/exercises/";
    if (pointer.compare(0, prefix.size(), prefix) != 0 || !root.is_object()) return {};
    std::size_t index = 0;
    std::size_t pos = prefix.size();
    if (pos >= pointer.size() || pointer[pos] < '0' || pointer[pos] > '9') return {};
    for (; pos < pointer.size() && pointer[pos] >= '0' && pointer[pos] <= '9' && index < 1'000'000; ++pos)
        index = index * 10 + static_cast<std::size_t>(pointer[pos] - '0');
    if (pos < pointer.size() && pointer[pos] != '/') return {};
    const auto list = root.find("exercises");
    if (list == root.end() || !list->is_array() || index >= list->size()) return {};
    const Json& ex = (*list)[index];
    if (!ex.is_object()) return {};
    const auto name = ex.find("name");
    if (name == ex.end() || !name->is_string() || name->get_ref<const std::string&>().empty()) return {};
    return " (" + shown(name->get_ref<const std::string&>(), 60) + ")";
}

} // namespace matside::loader

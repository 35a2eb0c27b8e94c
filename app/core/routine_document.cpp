// The editor's document to and from routine JSON; its fields read and set by name.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routine_document.h"

#include "core/dose_text.h"
#include "core/plan.h"

#include <algorithm>
#include <utility>

namespace matside {
using OJson = nlohmann::ordered_json;

namespace {

const char* const kSideOrders[] = {"alternate", "all_sets_per_side"};
const char* const kFirstSides[] = {"left", "right"};

const std::vector<std::string_view> kRoutineFields = {"format", "id", "title", "summary", "defaults", "exercises"};
const std::vector<std::string_view> kExerciseFields = {"id",         "name",      "sides",        "side_label",
                                                       "sets",       "reps",      "hold_seconds", "rep_hold_seconds",
                                                       "key_points", "equipment", "cautions",     "illustrations"};

bool known(const std::vector<std::string_view>& names, const std::string& key) {
    return std::find(names.begin(), names.end(), key) != names.end();
}

std::string textOf(const OJson& o, const char* key, std::string fallback = {}) {
    const auto it = o.find(key);
    return it != o.end() && it->is_string() ? it->get<std::string>() : std::move(fallback);
}

int intOf(const OJson& o, const char* key, int fallback) {
    const auto it = o.find(key);
    if (it == o.end() || !it->is_number_integer()) return fallback;
    const auto v = it->get<long long>();
    return v < -1'000'000 || v > 1'000'000 ? fallback : static_cast<int>(v);
}

std::vector<std::string> listOf(const OJson& o, const char* key) {
    std::vector<std::string> items;
    const auto it = o.find(key);
    if (it == o.end() || !it->is_array()) return items;
    for (const auto& item : *it)
        if (item.is_string()) items.push_back(item.get<std::string>());
    return items;
}

Timings timingsOf(const OJson& o) {
    Timings t;
    t.prepareSeconds = intOf(o, "prepare_seconds", t.prepareSeconds);
    t.restBetweenSetsSeconds = intOf(o, "rest_between_sets_seconds", t.restBetweenSetsSeconds);
    t.switchSidesSeconds = intOf(o, "switch_sides_seconds", t.switchSidesSeconds);
    t.restBetweenExercisesSeconds = intOf(o, "rest_between_exercises_seconds", t.restBetweenExercisesSeconds);
    t.repTempoSeconds = intOf(o, "rep_tempo_seconds", t.repTempoSeconds);
    if (textOf(o, "side_order") == "all_sets_per_side") t.sideOrder = SideOrder::AllSetsPerSide;
    if (textOf(o, "first_side") == "right") t.firstSide = Side::Right;
    return t;
}

ExerciseDraft exerciseOf(const OJson& o) {
    ExerciseDraft e;
    e.id = textOf(o, "id");
    e.name = textOf(o, "name");
    e.sides = textOf(o, "sides") == "each" ? Sides::Each : Sides::Both;
    e.sideLabel = textOf(o, "side_label", "side");
    e.sets = intOf(o, "sets", 1);
    const bool hasReps = o.contains("reps");
    e.dose = !hasReps ? DoseKind::Hold : o.contains("rep_hold_seconds") ? DoseKind::RepsWithHold : DoseKind::Reps;
    e.reps = intOf(o, "reps", e.reps);
    e.holdSeconds = intOf(o, "hold_seconds", e.holdSeconds);
    e.repHoldSeconds = intOf(o, "rep_hold_seconds", e.repHoldSeconds);
    e.keyPoints = listOf(o, "key_points");
    e.equipment = listOf(o, "equipment");
    e.cautions = listOf(o, "cautions");
    if (const auto it = o.find("illustrations"); it != o.end() && it->is_object()) {
        e.startPicture = textOf(*it, "start");
        e.endPicture = textOf(*it, "end");
        for (const auto& [key, value] : it->items())
            if (key != "start" && key != "end") e.extraPictures[key] = value;
    }
    for (const auto& [key, value] : o.items())
        if (!known(kExerciseFields, key)) e.extra[key] = value;
    return e;
}

void putList(OJson& o, const char* key, const std::vector<std::string>& items) {
    if (!items.empty()) o[key] = items;
}

OJson exerciseJson(const ExerciseDraft& e) {
    OJson o = OJson::object();
    o["id"] = e.id;
    o["name"] = e.name;
    if (e.extra.contains("summary")) o["summary"] = e.extra["summary"];
    o["sides"] = e.sides == Sides::Each ? "each" : "both";
    if (e.sides == Sides::Each || e.sideLabel != "side") o["side_label"] = e.sideLabel;
    o["sets"] = e.sets;
    if (e.dose == DoseKind::Hold) o["hold_seconds"] = e.holdSeconds;
    else o["reps"] = e.reps;
    if (e.dose == DoseKind::RepsWithHold) o["rep_hold_seconds"] = e.repHoldSeconds;
    putList(o, "key_points", e.keyPoints);
    putList(o, "equipment", e.equipment);
    putList(o, "cautions", e.cautions);
    if (!e.startPicture.empty() || !e.endPicture.empty() || !e.extraPictures.empty()) {
        OJson pictures = OJson::object();
        pictures["start"] = e.startPicture;
        pictures["end"] = e.endPicture;
        for (const auto& [key, value] : e.extraPictures.items()) pictures[key] = value;
        o["illustrations"] = pictures;
    }
    for (const auto& [key, value] : e.extra.items())
        if (key != "summary") o[key] = value;
    return o;
}

OJson timingsJson(const Timings& t) {
    OJson o = OJson::object();
    o["prepare_seconds"] = t.prepareSeconds;
    o["rest_between_sets_seconds"] = t.restBetweenSetsSeconds;
    o["switch_sides_seconds"] = t.switchSidesSeconds;
    o["rest_between_exercises_seconds"] = t.restBetweenExercisesSeconds;
    o["rep_tempo_seconds"] = t.repTempoSeconds;
    o["side_order"] = kSideOrders[t.sideOrder == SideOrder::Alternate ? 0 : 1];
    o["first_side"] = kFirstSides[t.firstSide == Side::Left ? 0 : 1];
    return o;
}

// The Exercise the ready screen would show for this draft (its dose only).
Exercise doseOnly(const ExerciseDraft& d) {
    Exercise e;
    e.sides = d.sides;
    e.sideLabel = d.sideLabel;
    e.sets = d.sets;
    if (d.dose == DoseKind::Hold) e.holdSeconds = d.holdSeconds;
    else e.reps = d.reps;
    if (d.dose == DoseKind::RepsWithHold) e.repHoldSeconds = d.repHoldSeconds;
    return e;
}

} // namespace

const std::vector<std::string>& sideLabels() {
    static const std::vector<std::string> labels = {"leg", "arm", "side"};
    return labels;
}

OJson documentToJson(const RoutineDocument& doc) {
    OJson o = OJson::object();
    o["format"] = 1;
    o["id"] = doc.id;
    o["title"] = doc.title;
    if (!doc.summary.empty()) o["summary"] = doc.summary;
    o["defaults"] = timingsJson(doc.defaults);
    for (const auto& [key, value] : doc.extra.items()) o[key] = value;
    OJson list = OJson::array();
    for (const auto& e : doc.exercises) list.push_back(exerciseJson(e));
    o["exercises"] = list;
    return o;
}

std::string documentText(const RoutineDocument& doc) { return documentToJson(doc).dump(2) + "\n"; }

std::optional<RoutineDocument> documentFromJson(const OJson& json) {
    if (!json.is_object()) return std::nullopt;
    RoutineDocument doc;
    doc.id = textOf(json, "id");
    doc.title = textOf(json, "title");
    doc.summary = textOf(json, "summary");
    if (const auto it = json.find("defaults"); it != json.end() && it->is_object()) doc.defaults = timingsOf(*it);
    if (const auto it = json.find("exercises"); it != json.end() && it->is_array())
        for (const auto& item : *it)
            if (item.is_object()) doc.exercises.push_back(exerciseOf(item));
    for (const auto& [key, value] : json.items())
        if (!known(kRoutineFields, key)) doc.extra[key] = value;
    return doc;
}

std::optional<RoutineDocument> documentFromText(std::string_view text) {
    if (text.size() > kMaxRoutineFileBytes) return std::nullopt;
    const OJson json = OJson::parse(text.begin(), text.end(), nullptr, false);
    if (json.is_discarded()) return std::nullopt;
    return documentFromJson(json);
}

std::string unusedExerciseId(const RoutineDocument& doc, const std::string& base) {
    auto used = [&](const std::string& id) {
        return std::any_of(doc.exercises.begin(), doc.exercises.end(), [&](const auto& e) { return e.id == id; });
    };
    if (!used(base)) return base;
    for (int n = 2;; ++n)
        if (std::string id = base + "_" + std::to_string(n); !used(id)) return id;
}

ExerciseDraft newExercise(const RoutineDocument& doc) {
    ExerciseDraft e;
    e.id = unusedExerciseId(doc, "exercise_" + std::to_string(doc.exercises.size() + 1));
    return e;
}

RoutineDocument newRoutineDocument(std::string id) {
    RoutineDocument doc;
    doc.id = std::move(id);
    doc.exercises.push_back(newExercise(doc));
    return doc;
}

DocumentCheck checkDocument(const RoutineDocument& doc, const std::filesystem::path& file,
                            const std::vector<std::filesystem::path>& assetDirs) {
    DocumentCheck check;
    for (const auto& e : doc.exercises) check.doseTexts.push_back(exerciseDoseText(doseOnly(e)));
    LoadResult loaded = parseRoutine(documentText(doc), file, assetDirs);
    for (const Diagnostic& d : loaded.errors) {
        const FieldRef at = fieldOfPointer(d.where);
        const std::string label = fieldLabel(at.field);
        check.problems.push_back({at, label.empty() ? d.what : label + ": " + d.what});
    }
    if (loaded.routine) {
        check.totalSeconds = expandPlan(*loaded.routine).totalSeconds();
        check.routine = std::move(loaded.routine);
    }
    return check;
}

} // namespace matside

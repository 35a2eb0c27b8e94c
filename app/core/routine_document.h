// The routine editor's document: every field of a routine as the person edits it, written
// out as routine JSON the loader reads back, with each validator problem placed at its field.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routine_json.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace matside {

// The three shapes a set can take in format 1 (a timed set is a hold: hold_seconds).
enum class DoseKind { Hold, Reps, RepsWithHold };

// routine.h keeps its structs plain; the editor compares documents, so it needs this one.
inline bool operator==(const Timings& a, const Timings& b) {
    return a.prepareSeconds == b.prepareSeconds && a.restBetweenSetsSeconds == b.restBetweenSetsSeconds &&
           a.switchSidesSeconds == b.switchSidesSeconds &&
           a.restBetweenExercisesSeconds == b.restBetweenExercisesSeconds && a.repTempoSeconds == b.repTempoSeconds &&
           a.sideOrder == b.sideOrder && a.firstSide == b.firstSide;
}

struct ExerciseDraft {
    std::string id;
    std::string name;
    Sides sides = Sides::Both;
    std::string sideLabel = "side"; // "leg", "arm" or "side"
    DoseKind dose = DoseKind::Reps;
    int sets = 1;
    int reps = 10;          // Reps and RepsWithHold
    int holdSeconds = 30;   // Hold: one timed hold per set
    int repHoldSeconds = 5; // RepsWithHold: the hold within each rep
    std::vector<std::string> keyPoints, equipment, cautions;
    std::string startPicture, endPicture; // paths as written in the file (relative to it)
    // Everything else the file held for this exercise (summary, why, target muscles, timing
    // overrides, the other side's pictures): kept and written back as it was.
    nlohmann::ordered_json extra = nlohmann::ordered_json::object();
    nlohmann::ordered_json extraPictures = nlohmann::ordered_json::object();
    bool operator==(const ExerciseDraft&) const = default;
};

struct RoutineDocument {
    std::string id;
    std::string title;
    std::string summary;
    Timings defaults;
    std::vector<ExerciseDraft> exercises;
    nlohmann::ordered_json extra = nlohmann::ordered_json::object(); // about, tips, schedule, ...
    bool operator==(const RoutineDocument&) const = default;
};

// Which field of the document: a routine field (exercise -1) or one of exercise `exercise`.
enum class Field {
    Title,
    Summary,
    PrepareSeconds,
    RestBetweenSets,
    SwitchSides,
    RestBetweenExercises,
    RepTempo,
    SideOrder,
    FirstSide,
    Exercises, // the list itself (none, too many)
    Name,
    Sides,
    SideLabel,
    Dose,
    Sets,
    Reps,
    HoldSeconds,
    RepHoldSeconds,
    KeyPoints,
    Equipment,
    Cautions,
    StartPicture,
    EndPicture,
    Other // a problem the editor has no field for (kept extras)
};

struct FieldRef {
    int exercise = -1;
    Field field = Field::Title;
    bool operator==(const FieldRef&) const = default;
};

// Numbers and choices (an enum's index, or the side label's index in sideLabels()) are ints;
// the lists are one item per entry.
using FieldValue = std::variant<int, std::string, std::vector<std::string>>;

// The label the editor shows for a field ("Sets", "Rest between sets (s)").
const char* fieldLabel(Field field);
const std::vector<std::string>& sideLabels(); // leg, arm, side

// Reading and changing one field; false when `ref` names no field of this document or the
// value has the wrong type for it.
std::optional<FieldValue> fieldValue(const RoutineDocument& doc, const FieldRef& ref);
bool setFieldValue(RoutineDocument& doc, const FieldRef& ref, const FieldValue& value);

// Routine JSON, in the shipped files' key order.
nlohmann::ordered_json documentToJson(const RoutineDocument& doc);
std::string documentText(const RoutineDocument& doc); // pretty, two spaces, trailing newline

// The editable document of routine JSON text; nullopt when the text is not a JSON object.
// Fields of the wrong type are left at their defaults (the validator will not be asked
// about a file already refused; the editor opens files that validated).
std::optional<RoutineDocument> documentFromJson(const nlohmann::ordered_json& json);
std::optional<RoutineDocument> documentFromText(std::string_view text);

// A new routine with one exercise, its id `id`.
RoutineDocument newRoutineDocument(std::string id);
// A fresh exercise whose id is not used in `doc` yet.
ExerciseDraft newExercise(const RoutineDocument& doc);
std::string unusedExerciseId(const RoutineDocument& doc, const std::string& base);

// One validator problem at its field, in words: "Sets: expected a whole number ...".
struct FieldProblem {
    FieldRef where;
    std::string message;
};

// What the editor shows live beside the fields.
struct DocumentCheck {
    std::vector<FieldProblem> problems; // empty: the routine can be saved
    std::optional<Routine> routine;     // set when valid
    int totalSeconds = 0;               // the plan's length (0 while invalid)
    std::vector<std::string> doseTexts; // per exercise: the ready screen's dose words ("" while invalid)
    bool ok() const { return problems.empty(); }
};

// Validates the document as if saved at `file` (pictures are looked up beside it, then in
// `assetDirs`), with exactly the checks `matside validate` makes.
DocumentCheck checkDocument(const RoutineDocument& doc, const std::filesystem::path& file,
                            const std::vector<std::filesystem::path>& assetDirs);

// Where a validator WHERE ("/exercises/1/sets (Bridge)") points in the document.
FieldRef fieldOfPointer(const std::string& where);

} // namespace matside

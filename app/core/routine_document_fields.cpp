// The editor's fields by name: their labels, reading and setting them, and which field a
// validator's JSON pointer names.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routine_document.h"

#include <algorithm>
#include <map>

namespace matside {

namespace {

struct Binding {
    const char* key; // the JSON member, or null
    const char* label;
};

const std::map<Field, Binding>& bindings() {
    static const std::map<Field, Binding> table = {
        {Field::Title, {"title", "Title"}},
        {Field::Summary, {"summary", "Summary"}},
        {Field::PrepareSeconds, {"prepare_seconds", "Get ready (s)"}},
        {Field::RestBetweenSets, {"rest_between_sets_seconds", "Rest between sets (s)"}},
        {Field::SwitchSides, {"switch_sides_seconds", "Switch sides (s)"}},
        {Field::RestBetweenExercises, {"rest_between_exercises_seconds", "Rest between exercises (s)"}},
        {Field::RepTempo, {"rep_tempo_seconds", "Seconds per rep"}},
        {Field::SideOrder, {"side_order", "Side order"}},
        {Field::FirstSide, {"first_side", "First side"}},
        {Field::Exercises, {"exercises", "Exercises"}},
        {Field::Name, {"name", "Name"}},
        {Field::Sides, {"sides", "Sides"}},
        {Field::SideLabel, {"side_label", "Side is a"}},
        {Field::Dose, {nullptr, "Dose"}},
        {Field::Sets, {"sets", "Sets"}},
        {Field::Reps, {"reps", "Reps"}},
        {Field::HoldSeconds, {"hold_seconds", "Hold (s)"}},
        {Field::RepHoldSeconds, {"rep_hold_seconds", "Hold each rep (s)"}},
        {Field::KeyPoints, {"key_points", "Key points"}},
        {Field::Equipment, {"equipment", "Equipment"}},
        {Field::Cautions, {"cautions", "Cautions"}},
        {Field::StartPicture, {"start", "Start picture"}},
        {Field::EndPicture, {"end", "End picture"}},
        {Field::Other, {nullptr, ""}},
    };
    return table;
}

const Field kExerciseFields[] = {Field::Name,      Field::Sides,       Field::SideLabel,      Field::Sets,
                                 Field::Reps,      Field::HoldSeconds, Field::RepHoldSeconds, Field::KeyPoints,
                                 Field::Equipment, Field::Cautions};
const Field kTimingFields[] = {
    Field::PrepareSeconds, Field::RestBetweenSets, Field::SwitchSides, Field::RestBetweenExercises,
    Field::RepTempo,       Field::SideOrder,       Field::FirstSide};

int* timingInt(Timings& t, Field f) {
    switch (f) {
    case Field::PrepareSeconds: return &t.prepareSeconds;
    case Field::RestBetweenSets: return &t.restBetweenSetsSeconds;
    case Field::SwitchSides: return &t.switchSidesSeconds;
    case Field::RestBetweenExercises: return &t.restBetweenExercisesSeconds;
    case Field::RepTempo: return &t.repTempoSeconds;
    default: return nullptr;
    }
}

int* exerciseInt(ExerciseDraft& e, Field f) {
    switch (f) {
    case Field::Sets: return &e.sets;
    case Field::Reps: return &e.reps;
    case Field::HoldSeconds: return &e.holdSeconds;
    case Field::RepHoldSeconds: return &e.repHoldSeconds;
    default: return nullptr;
    }
}

std::string* exerciseText(ExerciseDraft& e, Field f) {
    switch (f) {
    case Field::Name: return &e.name;
    case Field::StartPicture: return &e.startPicture;
    case Field::EndPicture: return &e.endPicture;
    default: return nullptr;
    }
}

std::vector<std::string>* exerciseList(ExerciseDraft& e, Field f) {
    switch (f) {
    case Field::KeyPoints: return &e.keyPoints;
    case Field::Equipment: return &e.equipment;
    case Field::Cautions: return &e.cautions;
    default: return nullptr;
    }
}

int sideLabelIndex(const std::string& label) {
    const auto& labels = sideLabels();
    const auto it = std::find(labels.begin(), labels.end(), label);
    return it == labels.end() ? 2 : static_cast<int>(it - labels.begin());
}

// Reads (value unset) or writes (value set) one field; false when there is no such field.
bool access(RoutineDocument& doc, const FieldRef& ref, std::optional<FieldValue>& out, const FieldValue* in) {
    auto number = [&](int& slot, int lo, int hi) {
        if (!in) return out = slot, true;
        const int* v = std::get_if<int>(in);
        if (!v || *v < lo || *v > hi) return false;
        slot = *v;
        return true;
    };
    auto text = [&](std::string& slot) {
        if (!in) return out = slot, true;
        const auto* v = std::get_if<std::string>(in);
        return v ? (slot = *v, true) : false;
    };
    auto list = [&](std::vector<std::string>& slot) {
        if (!in) return out = slot, true;
        const auto* v = std::get_if<std::vector<std::string>>(in);
        return v ? (slot = *v, true) : false;
    };
    auto choice = [&](auto& slot, int count) {
        int i = static_cast<int>(slot);
        if (!number(i, 0, count - 1)) return false;
        slot = static_cast<std::remove_reference_t<decltype(slot)>>(i);
        return true;
    };
    if (ref.exercise < 0) {
        if (ref.field == Field::Title) return text(doc.title);
        if (ref.field == Field::Summary) return text(doc.summary);
        if (ref.field == Field::SideOrder) return choice(doc.defaults.sideOrder, 2);
        if (ref.field == Field::FirstSide) return choice(doc.defaults.firstSide, 2);
        if (int* slot = timingInt(doc.defaults, ref.field)) return number(*slot, -1'000'000, 1'000'000);
        return false;
    }
    if (static_cast<std::size_t>(ref.exercise) >= doc.exercises.size()) return false;
    ExerciseDraft& e = doc.exercises[static_cast<std::size_t>(ref.exercise)];
    if (ref.field == Field::Sides) return choice(e.sides, 2);
    if (ref.field == Field::Dose) return choice(e.dose, 3);
    if (ref.field == Field::SideLabel) {
        int i = sideLabelIndex(e.sideLabel);
        if (!number(i, 0, 2)) return false;
        e.sideLabel = sideLabels()[static_cast<std::size_t>(i)];
        return true;
    }
    if (int* slot = exerciseInt(e, ref.field)) return number(*slot, -1'000'000, 1'000'000);
    if (std::string* slot = exerciseText(e, ref.field)) return text(*slot);
    if (auto* slot = exerciseList(e, ref.field)) return list(*slot);
    return false;
}

template <std::size_t N>
std::optional<Field> byKey(const Field (&fields)[N], const std::string& key) {
    for (Field f : fields)
        if (key == bindings().at(f).key) return f;
    return std::nullopt;
}

} // namespace

const char* fieldLabel(Field field) { return bindings().at(field).label; }

std::optional<FieldValue> fieldValue(const RoutineDocument& doc, const FieldRef& ref) {
    std::optional<FieldValue> out;
    if (!access(const_cast<RoutineDocument&>(doc), ref, out, nullptr)) return std::nullopt; // reads only
    return out;
}

bool setFieldValue(RoutineDocument& doc, const FieldRef& ref, const FieldValue& value) {
    std::optional<FieldValue> unused;
    return access(doc, ref, unused, &value);
}

FieldRef fieldOfPointer(const std::string& where) {
    // "/exercises/2/sets (Name)": the pointer is everything before the first space.
    const std::string pointer = where.substr(0, where.find(' '));
    std::vector<std::string> parts;
    for (std::size_t pos = 1; pos <= pointer.size() && !pointer.empty() && pointer[0] == '/';) {
        const std::size_t next = std::min(pointer.find('/', pos), pointer.size());
        parts.push_back(pointer.substr(pos, next - pos));
        pos = next + 1;
    }
    if (parts.empty()) return {-1, Field::Other};
    if (parts[0] == "title") return {-1, Field::Title};
    if (parts[0] == "summary") return {-1, Field::Summary};
    if (parts[0] == "defaults")
        return {-1, parts.size() > 1 ? byKey(kTimingFields, parts[1]).value_or(Field::Other) : Field::Other};
    if (parts[0] != "exercises") return {-1, Field::Other};
    if (parts.size() == 1) return {-1, Field::Exercises};
    if (parts[1].empty() || parts[1].size() > 6 || !std::all_of(parts[1].begin(), parts[1].end(), ::isdigit))
        return {-1, Field::Exercises};
    const int index = std::stoi(parts[1]);
    if (parts.size() == 2) return {index, Field::Dose}; // the exercise object itself: its dose is missing
    if (parts[2] == "illustrations") {
        if (parts.size() > 3 && parts[3] == "start") return {index, Field::StartPicture};
        if (parts.size() > 3 && parts[3] == "end") return {index, Field::EndPicture};
        return {index, Field::Other};
    }
    if (auto f = byKey(kExerciseFields, parts[2])) return {index, *f};
    return {index, Field::Other};
}

} // namespace matside

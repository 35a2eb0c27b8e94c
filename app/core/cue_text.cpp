// Cue sentences: short, spoken-English phrasings of plan steps.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cue_text.h"

#include <cctype>

namespace matside {
namespace {

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string upper(std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

// "Left leg" (sentence case) for speech.
std::string spokenSide(const Exercise& e, const PlanStep& step) {
    if (!step.side) return {};
    std::string s = step.side == Side::Left ? "Left " : "Right ";
    return s + lower(e.sideLabel);
}

std::string setPhrase(const PlanStep& step) {
    if (!step.sets || *step.sets <= 1 || !step.set) return {};
    return "Set " + std::to_string(*step.set) + " of " + std::to_string(*step.sets) + ".";
}

void append(std::string& out, const std::string& part) {
    if (part.empty()) return;
    if (!out.empty()) out += ' ';
    out += part;
}

} // namespace

std::string sideWords(const Exercise& exercise, const PlanStep& step) {
    if (!step.side) return {};
    return upper(std::string(toString(*step.side)) + " " + exercise.sideLabel);
}

std::string doseSentence(const PlanStep& step) {
    if (step.reps) {
        std::string s = std::to_string(*step.reps) + (*step.reps == 1 ? " rep" : " reps");
        if (step.holdSeconds) s += " of " + std::to_string(*step.holdSeconds) + " seconds";
        return s + ".";
    }
    if (step.holdSeconds) return "Hold for " + std::to_string(*step.holdSeconds) + " seconds.";
    return {};
}

std::string entrySentence(const Plan& plan, const PlanStep& step) {
    const Exercise& e = plan.exerciseOf(step);
    const std::string side = spokenSide(e, step);
    std::string s;
    switch (step.kind) {
    case StepKind::Prepare:
        append(s, "Get ready: " + e.name + ".");
        if (!side.empty()) append(s, side + ".");
        append(s, doseSentence(step));
        break;
    case StepKind::Work:
        append(s, e.name + ".");
        if (!side.empty()) append(s, side + ".");
        append(s, setPhrase(step));
        append(s, doseSentence(step));
        break;
    case StepKind::Rest:
        switch (step.purpose) {
        case RestPurpose::SwitchSides:
            append(s, "Switch sides.");
            if (!side.empty()) append(s, side + " next.");
            break;
        case RestPurpose::NextExercise:
            append(s, "Rest " + std::to_string(step.seconds) + " seconds. Next: " + lower(e.name) + ".");
            break;
        case RestPurpose::BetweenSets:
        case RestPurpose::None:
            append(s, "Rest " + std::to_string(step.seconds) + " seconds.");
            if (step.set && step.sets)
                append(s, "Next: set " + std::to_string(*step.set) + " of " + std::to_string(*step.sets) +
                              (side.empty() ? "." : ", " + lower(side) + "."));
            break;
        }
        break;
    }
    return s;
}

} // namespace matside

// Cue sentences: short spoken phrasings of plan steps, in the chosen language.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cue_text.h"

#include "i18n/format.h"
#include "i18n/language.h"
#include "i18n/tr.h"

#include <cctype>

namespace matside {
namespace {

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Whole phrases per side word: "Left leg" needs its own wording in every language
// (German "Linkes Bein" but "Linke Seite"), so no phrase is glued from parts.
struct SidePhrases {
    const char* label;
    const char* spoken[2]; // starting a sentence: "Left leg"
    const char* inside[2]; // inside a sentence: "Next: set 2 of 3, left leg."
    const char* shown[2];  // the big label on screen: "LEFT LEG"
};
constexpr SidePhrases kSidePhrases[] = {
    {"leg", {N_("Left leg"), N_("Right leg")}, {N_("left leg"), N_("right leg")}, {N_("LEFT LEG"), N_("RIGHT LEG")}},
    {"arm", {N_("Left arm"), N_("Right arm")}, {N_("left arm"), N_("right arm")}, {N_("LEFT ARM"), N_("RIGHT ARM")}},
    {"side",
     {N_("Left side"), N_("Right side")},
     {N_("left side"), N_("right side")},
     {N_("LEFT SIDE"), N_("RIGHT SIDE")}},
};

const SidePhrases& phrasesFor(const Exercise& e) {
    for (const auto& p : kSidePhrases)
        if (e.sideLabel == p.label) return p;
    return kSidePhrases[2]; // the loader allows only these three; "side" is its default
}

enum class SideForm { Spoken, Inside, Shown };

std::string sidePhrase(const Exercise& e, const PlanStep& step, SideForm form) {
    if (!step.side) return {};
    const SidePhrases& p = phrasesFor(e);
    const int i = step.side == Side::Left ? 0 : 1;
    return tr(form == SideForm::Spoken ? p.spoken[i] : form == SideForm::Inside ? p.inside[i] : p.shown[i]);
}

// English lower-cases a name inside a sentence ("Next: side plank."); other languages keep
// the routine's own capitals (German nouns keep theirs).
std::string nameInside(const std::string& name) { return i18n::isEnglish() ? lower(name) : name; }

std::string setPhrase(const PlanStep& step) {
    if (!step.sets || *step.sets <= 1 || !step.set) return {};
    return format(tr("Set %1$d of %2$d."), *step.set, *step.sets);
}

void append(std::string& out, const std::string& part) {
    if (part.empty()) return;
    if (!out.empty()) out += ' ';
    out += part;
}

} // namespace

std::string sideWords(const Exercise& exercise, const PlanStep& step) {
    return sidePhrase(exercise, step, SideForm::Shown);
}

std::string doseSentence(const PlanStep& step) {
    if (step.reps && step.holdSeconds) {
        const std::string reps = format(trn("%d rep", "%d reps", *step.reps), *step.reps);
        const std::string hold = format(trn("%d second", "%d seconds", *step.holdSeconds), *step.holdSeconds);
        // TRANSLATORS: "5 reps of 5 seconds.": %1$s is "5 reps", %2$s is "5 seconds".
        return format(tr("%1$s of %2$s."), reps, hold);
    }
    if (step.reps) return format(trn("%d rep.", "%d reps.", *step.reps), *step.reps);
    if (step.holdSeconds)
        return format(trn("Hold for %d second.", "Hold for %d seconds.", *step.holdSeconds), *step.holdSeconds);
    return {};
}

std::string entrySentence(const Plan& plan, const PlanStep& step) {
    const Exercise& e = plan.exerciseOf(step);
    const std::string side = sidePhrase(e, step, SideForm::Spoken);
    std::string s;
    switch (step.kind) {
    case StepKind::Prepare:
        append(s, format(tr("Get ready: %s."), e.name));
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
            append(s, tr("Switch sides."));
            // TRANSLATORS: after "Switch sides.": %s is "Left leg", "Right side", ...
            if (!side.empty()) append(s, format(tr("%s next."), side));
            break;
        case RestPurpose::NextExercise:
            append(s, format(trn("Rest %d second.", "Rest %d seconds.", step.seconds), step.seconds));
            append(s, format(tr("Next: %s."), nameInside(e.name)));
            break;
        case RestPurpose::BetweenSets:
        case RestPurpose::None:
            append(s, format(trn("Rest %d second.", "Rest %d seconds.", step.seconds), step.seconds));
            if (step.set && step.sets) {
                if (step.side)
                    append(s, format(tr("Next: set %1$d of %2$d, %3$s."), *step.set, *step.sets,
                                     sidePhrase(e, step, SideForm::Inside)));
                else append(s, format(tr("Next: set %1$d of %2$d."), *step.set, *step.sets));
            }
            break;
        }
        break;
    }
    return s;
}

} // namespace matside

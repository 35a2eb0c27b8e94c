// The dose phrase of the ready list; the handout prints the very same words.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dose_text.h"

#include "i18n/format.h"
#include "i18n/tr.h"

#include <algorithm>

namespace matside {
namespace {

// Whole phrases, counts inside: a translation may put the numbers where its language does.
std::string doseWithoutSides(const Exercise& e) {
    const bool sets = e.sets > 1;
    if (e.reps && e.repHoldSeconds) {
        if (sets)
            return format(trn("%1$d sets of %2$d rep, %3$d s hold each", "%1$d sets of %2$d reps, %3$d s hold each",
                              static_cast<unsigned long>(*e.reps)),
                          e.sets, *e.reps, *e.repHoldSeconds);
        return format(
            trn("%1$d rep, %2$d s hold each", "%1$d reps, %2$d s hold each", static_cast<unsigned long>(*e.reps)),
            *e.reps, *e.repHoldSeconds);
    }
    if (e.reps) {
        if (sets)
            return format(trn("%1$d sets of %2$d rep", "%1$d sets of %2$d reps", static_cast<unsigned long>(*e.reps)),
                          e.sets, *e.reps);
        return format(trn("%d rep", "%d reps", static_cast<unsigned long>(*e.reps)), *e.reps);
    }
    if (e.holdSeconds) {
        if (sets) return format(tr("%1$d sets of %2$d s hold"), e.sets, *e.holdSeconds);
        return format(tr("%d s hold"), *e.holdSeconds);
    }
    return {};
}

} // namespace

std::string exerciseDoseText(const Exercise& e) {
    std::string dose = doseWithoutSides(e);
    if (e.sides == Sides::Each) {
        const char* each = e.sideLabel == "leg"   ? tr(", each leg")
                           : e.sideLabel == "arm" ? tr(", each arm")
                                                  : tr(", each side");
        dose += each;
    }
    return dose;
}

std::vector<std::string> equipmentNeeded(const Routine& routine) {
    std::vector<std::string> all;
    for (const auto& e : routine.exercises)
        for (const auto& item : e.equipment)
            if (std::find(all.begin(), all.end(), item) == all.end()) all.push_back(item);
    return all;
}

} // namespace matside

// The dose phrase of the ready list; the handout prints the very same words.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dose_text.h"

#include <algorithm>

namespace matside {

std::string exerciseDoseText(const Exercise& e) {
    std::string dose;
    const std::string sets = e.sets > 1 ? std::to_string(e.sets) + " sets of " : "";
    if (e.reps && e.repHoldSeconds)
        dose = sets + std::to_string(*e.reps) + " reps, " + std::to_string(*e.repHoldSeconds) + " s hold each";
    else if (e.reps) dose = sets + std::to_string(*e.reps) + " reps";
    else if (e.holdSeconds) dose = (e.sets > 1 ? sets : std::string()) + std::to_string(*e.holdSeconds) + " s hold";
    if (e.sides == Sides::Each) dose += ", each " + e.sideLabel;
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

// Small routines built in code, so plan and session tests do not depend on the loader.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routine.h"

namespace matside::test {

// A timed stretch: each leg, `sets` sets, hold `hold` s.
inline Exercise stretch(const std::string& id, int sets, int hold, SideOrder order = SideOrder::Alternate) {
    Exercise e;
    e.id = id;
    e.name = "Stretch " + id;
    e.sides = Sides::Each;
    e.sideLabel = "leg";
    e.sets = sets;
    e.holdSeconds = hold;
    e.timings.sideOrder = order;
    return e;
}

// A rep exercise with both sides together.
inline Exercise reps(const std::string& id, int sets, int count, int tempo, std::optional<int> repHold = {}) {
    Exercise e;
    e.id = id;
    e.name = "Reps " + id;
    e.sides = Sides::Both;
    e.sets = sets;
    e.reps = count;
    e.repHoldSeconds = repHold;
    e.timings.repTempoSeconds = tempo;
    return e;
}

// prepare 10, rest between sets 15, switch 5, rest between exercises 20.
inline Routine routineOf(std::vector<Exercise> exercises) {
    Routine r;
    r.id = "test";
    r.title = "Test routine";
    for (auto& e : exercises) {
        e.timings.prepareSeconds = 10;
        e.timings.restBetweenSetsSeconds = 15;
        e.timings.switchSidesSeconds = 5;
        e.timings.restBetweenExercisesSeconds = 20;
    }
    r.exercises = std::move(exercises);
    return r;
}

} // namespace matside::test

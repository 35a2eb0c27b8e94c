// Names of the routine model's enums, and the little arithmetic a routine's exercise carries.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routine.h"

namespace matside {

int Exercise::repSeconds() const {
    // A timed hold has no reps; its set lasts holdSeconds and nothing else.
    if (!reps) return 0;
    return repHoldSeconds.value_or(0) + timings.repTempoSeconds;
}

const char* toString(Side side) {
    return side == Side::Left ? "left" : "right";
}

const char* toString(Sides sides) {
    return sides == Sides::Each ? "each" : "both";
}

const char* toString(SideOrder order) {
    return order == SideOrder::AllSetsPerSide ? "all_sets_per_side" : "alternate";
}

Side otherSide(Side side) {
    return side == Side::Left ? Side::Right : Side::Left;
}

} // namespace matside

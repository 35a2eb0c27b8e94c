// An exercise's dose in words and a routine's equipment list: what the ready screen and the
// printed handout both say, from one place.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routine.h"

#include <string>
#include <vector>

namespace matside {

// "3 sets of 30 s hold, each leg": an exercise's dose in words for the ready list.
std::string exerciseDoseText(const Exercise& exercise);

// Every distinct piece of equipment the routine needs, in first-use order.
std::vector<std::string> equipmentNeeded(const Routine& routine);

} // namespace matside

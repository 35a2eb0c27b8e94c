// An exercise's dose in words, one phrase shared by the ready screen and the printed handout.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routine.h"

#include <string>

namespace matside {

// "3 sets of 30 s hold, each leg": an exercise's dose in words for the ready list.
std::string exerciseDoseText(const Exercise& exercise);

} // namespace matside

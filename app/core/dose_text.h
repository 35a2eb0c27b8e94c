// An exercise's dose in words, one phrase shared by the ready screen and the printed handout.
#pragma once

#include "core/routine.h"

#include <string>

namespace matside {

// "3 sets of 30 s hold, each leg": an exercise's dose in words for the ready list.
std::string exerciseDoseText(const Exercise& exercise);

} // namespace matside

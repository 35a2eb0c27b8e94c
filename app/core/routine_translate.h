// Routine content in the chosen language: every text field looked up in the content
// catalogue by its field's context (po/extract_routines.py writes the same contexts).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routine.h"

namespace matside {

// Replaces each text of `routine` that the catalogue translates ("si_joint/side_plank/
// key_points/2" with the same English); a string without a translation keeps its English.
void translateRoutine(Routine& routine);

} // namespace matside

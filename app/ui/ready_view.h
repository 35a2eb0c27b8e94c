// The ready screen: routine title and summary, total time, the exercises with their doses,
// the equipment needed, and a big Start button.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session.h"
#include "ui/keymap.h"
#include "ui/layout.h"

#include <vector>

namespace matside::ui {

void drawReadyView(const ViewContext& ctx, const Snapshot& snapshot, std::vector<Action>& out);

} // namespace matside::ui

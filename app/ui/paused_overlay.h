// The paused overlay over the player screen: paused, what to press to carry on.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session.h"
#include "ui/keymap.h"
#include "ui/layout.h"

#include <vector>

namespace matside::ui {

void drawPausedOverlay(const ViewContext& ctx, const Snapshot& snapshot, std::vector<Action>& out);

} // namespace matside::ui

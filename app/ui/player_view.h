// The player screen: picture and key points, exercise and side, the huge timer or rep count,
// counters, what comes next, overall progress and the Back / Pause / Next buttons.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session.h"
#include "ui/keymap.h"
#include "ui/layout.h"

#include <vector>

namespace matside::ui {

// Draws the whole window for a running (or paused) session; clicks become `out` actions.
void drawPlayerView(const ViewContext& ctx, const Snapshot& snapshot, std::vector<Action>& out);
// Where drawPlayerView puts the picture in a window of `size` (inside its panel's inset),
// so the picture can be decoded to that size before the frame is drawn (issue 18).
Rect workPictureImage(const ViewContext& ctx, const Snapshot& snapshot, ImVec2 size);

} // namespace matside::ui

// The done screen: how long it took, steps completed and skipped.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session.h"
#include "ui/keymap.h"
#include "ui/layout.h"

#include <vector>

namespace matside::ui {

void drawDoneView(const ViewContext& ctx, const Snapshot& snapshot, std::vector<Action>& out);

} // namespace matside::ui

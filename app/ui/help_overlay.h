// The help overlay (every shortcut, from the key table) and the quit question.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/session.h"
#include "ui/keymap.h"
#include "ui/layout.h"

#include <string>
#include <vector>

namespace matside::ui {

// One line of the help: the keys joined ("H / ?") and what they do.
struct HelpEntry {
    std::string keys;
    std::string description;
};
// Built from keyBindings(): the help can never disagree with the keys.
std::vector<HelpEntry> helpEntries();

void drawHelpOverlay(const ViewContext& ctx, const Snapshot& snapshot, std::vector<Action>& out);

// "Quit this session?" with Yes / Keep going.
void drawQuitPrompt(const ViewContext& ctx, const Snapshot& snapshot, std::vector<Action>& out);

} // namespace matside::ui

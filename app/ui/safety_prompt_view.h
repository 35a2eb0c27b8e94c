// The safety prompt card (issue 14) over the done and ready screens: which exercise, what was
// recorded, "talk to your physiotherapist or doctor", the "See a doctor if" list, and the
// button that pauses the exercise until the person has asked. Data in, clicks out.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/layout.h"

#include <string>
#include <vector>

namespace matside::ui {

struct SafetyPromptView {
    std::string exerciseName; // "Side plank", or "this session"
    std::string recorded;     // "Painful in two sessions in a row (pain 6, then 7)"
    std::vector<std::string> redFlags;
    bool canPause = false; // an exercise is named (a session-wide prompt has nothing to pause)
};

struct SafetyPromptClick {
    bool pause = false;
    bool close = false;
};

void drawSafetyPrompt(const ViewContext& ctx, const SafetyPromptView& view, SafetyPromptClick& click);

} // namespace matside::ui

// Which guidance screen is open (first-run, About, Tips, exercise details, routines, "It
// hurts") and what keys and clicks mean while it is: the guide sees every action before the
// PlayerController and says what to pass on. No window, no GL: tested in tests/ui.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "player/player_controller.h"
#include "ui/guide_views.h"
#include "ui/keymap.h"

#include <optional>
#include <vector>

namespace matside {

struct GuideResult {
    bool consumed = false;               // the guide took it: do not pass the action on
    std::vector<ui::Action> forward;     // actions for the controller instead (in order)
    std::optional<int> pickRoutine;      // switch to this library entry
    bool acknowledged = false;           // the first-run screen was acknowledged: save it
    bool cycleTheme = false;             // next theme: apply and save
    bool cycleTextSize = false;          // next text size: apply and save
    std::optional<ui::Action> edit;      // NewRoutine, EditCopy or ResumeDraft: open the editor (issue 15)
};

class Guide {
public:
    // `firstRun`: open the first-run screen (settings say it was never acknowledged).
    explicit Guide(bool firstRun);

    GuideResult handle(const ui::Action& action, const PlayerController& controller, int routineCount);

    ui::GuideScreen screen() const { return m_screen; }
    int exercise() const { return m_exercise; }
    void close() { m_screen = ui::GuideScreen::None; }

private:
    GuideResult handleOpen(const ui::Action& action, const PlayerController& controller, int routineCount);
    void openExercise(int index, const PlayerController& controller, GuideResult& r);

    ui::GuideScreen m_screen = ui::GuideScreen::None;
    int m_exercise = 0;
};

} // namespace matside

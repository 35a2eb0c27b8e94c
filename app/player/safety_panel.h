// The player's side of "paused until I have asked" (issue 14): which exercises the plan
// leaves out, the ready screen's words for them, and taking one back. No window, no GL here.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/history_store.h"

#include <set>
#include <string>
#include <vector>

namespace matside {

class SafetyPanel {
public:
    SafetyPanel(std::string routineId, std::vector<PausedExercise> paused);

    // The ids the plan leaves out (for withoutPaused()).
    std::set<std::string> pausedIds() const;
    // One line per paused exercise for the ready screen:
    // "Side plank is paused until you have asked your physiotherapist".
    std::vector<std::string> pausedLines() const;

    // U or the button: the first paused exercise goes back into the plan, in the store at
    // once. True when one was taken back (the caller rebuilds the plan).
    bool takeBack(HistoryStore* store);

private:
    std::string m_routineId;
    std::vector<PausedExercise> m_paused;
};

// "Side plank is paused until you have asked your physiotherapist".
std::string pausedLine(const std::string& exerciseName);

} // namespace matside

// The player's side of "paused until I have asked" (issue 14): which exercises the plan
// leaves out, the ready screen's words for them, and taking one back. No window, no GL here.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/feedback_rules.h"
#include "history/history_store.h"

#include <optional>

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

    // The prompts the routine's latest finished session raises (safetyPrompts()), less the
    // exercises already paused; each printed once on stderr for scripts. Read again on the
    // done screen whenever its pain rating changes (pain 7 or more raises one).
    void refreshPrompts(const HistoryStore* store);
    void follow(bool done, std::optional<int> painAfter, const HistoryStore* store);
    const SafetyPrompt* shownPrompt() const; // the first one not closed
    void closePrompt();
    // K or the button: the shown prompt's exercise is paused until the person has asked; the
    // plan leaves it out from the next ready screen on. True when it was stored.
    bool pausePrompted(HistoryStore* store);

private:
    std::string m_routineId;
    std::vector<PausedExercise> m_paused;
    std::vector<SafetyPrompt> m_prompts;
    std::vector<std::string> m_printed;           // "id: recorded" already on stderr
    std::size_t m_closed = 0;                     // prompts closed, from the front
    std::optional<std::optional<int>> m_followed; // the done screen's rating last read
};

// "Side plank is paused until you have asked your physiotherapist".
std::string pausedLine(const std::string& exerciseName);

} // namespace matside

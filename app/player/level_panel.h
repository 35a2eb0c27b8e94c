// The player's side of dose levels (issue 14): the levels in use when the plan is built, the
// ready screen's lines for them, and its "ready for 3 × 12? Yes / Not yet" question. The rule
// itself is core (suggestLevel); only a yes here changes a dose. No window, no GL here.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/level_rules.h"
#include "history/history_store.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace matside {

class LevelPanel {
public:
    // `declined`: exercise ids answered "Not yet" since the player started (it outlives the
    // panel, which is built again with every plan).
    LevelPanel(std::string routineId, std::map<std::string, int> inUse, std::set<std::string>& declined);

    // The stored levels by exercise id (for withLevels()).
    const std::map<std::string, int>& inUse() const { return m_inUse; }

    // Reads the routine's sessions and keeps the first suggestion the rule makes that was not
    // declined; `planned` is the routine with its levels applied (withLevels()).
    void refresh(const HistoryStore* store, const Routine& planned);
    const LevelSuggestion* suggestion() const { return m_suggestion ? &*m_suggestion : nullptr; }

    // Y or Yes: the suggested level is stored as the one in use; true when it was (the caller
    // builds the plan again). N or Not yet: the question goes until the next start.
    bool accept(HistoryStore* store);
    void decline();

private:
    std::string m_routineId;
    std::map<std::string, int> m_inUse;
    std::set<std::string>& m_declined;
    std::optional<LevelSuggestion> m_suggestion;
};

// "Squat with ball: level 2 of 3 (3 × 10)", one per levelled exercise of `planned`.
std::vector<std::string> levelLines(const Routine& planned);

} // namespace matside

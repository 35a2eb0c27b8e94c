// Dose levels in the player (see level_panel.h).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/level_panel.h"

#include "core/stderr_line.h"

namespace matside {

LevelPanel::LevelPanel(std::string routineId, std::map<std::string, int> inUse, std::set<std::string>& declined)
    : m_routineId(std::move(routineId)),
      m_inUse(std::move(inUse)),
      m_declined(declined) {}

void LevelPanel::refresh(const HistoryStore* store, const Routine& planned) {
    m_suggestion.reset();
    if (!store) return;
    try {
        for (const Exercise& ex : planned.exercises) {
            if (!ex.levels || m_declined.contains(ex.id)) continue;
            if (auto s = suggestLevel(ex, ex.level, levelSessions(*store, m_routineId, ex))) {
                printStderrLine("matside: levels: " + ex.id + " " + std::to_string(s->from) + " -> " +
                                std::to_string(s->to) + " suggested");
                m_suggestion = std::move(s);
                return;
            }
        }
    } catch (const HistoryError&) {
        m_suggestion.reset(); // an unreadable history suggests nothing
    }
}

bool LevelPanel::accept(HistoryStore* store) {
    if (!m_suggestion || !store) return false;
    try {
        store->setLevel(m_routineId, m_suggestion->exerciseId, m_suggestion->to);
    } catch (const HistoryError& e) {
        printStderrLine(std::string("matside: history: ") + e.what());
        return false;
    }
    printStderrLine("matside: levels: " + m_suggestion->exerciseId + " now at level " +
                    std::to_string(m_suggestion->to));
    m_inUse[m_suggestion->exerciseId] = m_suggestion->to;
    m_suggestion.reset();
    return true;
}

void LevelPanel::decline() {
    if (!m_suggestion) return;
    printStderrLine("matside: levels: " + m_suggestion->exerciseId + " not yet");
    m_declined.insert(m_suggestion->exerciseId);
    m_suggestion.reset();
}

std::vector<std::string> levelLines(const Routine& planned) {
    std::vector<std::string> lines;
    for (const Exercise& ex : planned.exercises) {
        if (!ex.levels || ex.level < 1) continue;
        lines.push_back(ex.name + ": level " + std::to_string(ex.level) + " of " +
                        std::to_string(ex.levels->doses.size()) + " (" +
                        shortDoseText(ex.levels->doses[static_cast<std::size_t>(ex.level - 1)]) + ")");
    }
    return lines;
}

} // namespace matside

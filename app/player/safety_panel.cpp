// Paused exercises in the player: the plan's leave-out set, the ready screen's lines, take back.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/safety_panel.h"

#include "core/stderr_line.h"

#include <algorithm>

namespace matside {

std::string pausedLine(const std::string& exerciseName) {
    return exerciseName + " is paused until you have asked your physiotherapist";
}

SafetyPanel::SafetyPanel(std::string routineId, std::vector<PausedExercise> paused)
    : m_routineId(std::move(routineId)),
      m_paused(std::move(paused)) {
    // Scripts and window tests read what the plan leaves out here.
    for (const PausedExercise& p : m_paused)
        printStderrLine("matside: history: " + p.exerciseId + " is paused; left out of the plan");
}

std::set<std::string> SafetyPanel::pausedIds() const {
    std::set<std::string> ids;
    for (const PausedExercise& p : m_paused) ids.insert(p.exerciseId);
    return ids;
}

std::vector<std::string> SafetyPanel::pausedLines() const {
    std::vector<std::string> lines;
    for (const PausedExercise& p : m_paused) lines.push_back(pausedLine(p.exerciseName));
    return lines;
}

bool SafetyPanel::takeBack(HistoryStore* store) {
    if (m_paused.empty() || !store) return false;
    const PausedExercise back = m_paused.front();
    try {
        store->setPaused(m_routineId, back.exerciseId, back.exerciseName, false);
    } catch (const HistoryError& e) {
        printStderrLine(std::string("matside: history: could not take ") + back.exerciseId + " back: " + e.what());
        return false;
    }
    m_paused.erase(m_paused.begin());
    printStderrLine("matside: history: " + back.exerciseId + " taken back into the plan");
    return true;
}

void SafetyPanel::refreshPrompts(const HistoryStore* store) {
    if (!store) return;
    try {
        m_prompts = safetyPrompts(ratedSessions(*store, m_routineId));
    } catch (const HistoryError&) {
        return; // the history notice says what is wrong with the store
    }
    std::erase_if(m_prompts, [&](const SafetyPrompt& p) { return pausedIds().contains(p.exerciseId); });
    m_closed = 0;
    for (const SafetyPrompt& p : m_prompts) {
        const std::string key = (p.exerciseId.empty() ? std::string("session") : p.exerciseId) + ": " + p.recorded;
        if (std::find(m_printed.begin(), m_printed.end(), key) != m_printed.end()) continue;
        printStderrLine("matside: history: safety prompt: " + key);
        m_printed.push_back(key);
    }
}

void SafetyPanel::follow(bool done, std::optional<int> painAfter, const HistoryStore* store) {
    if (!done || (m_followed && *m_followed == painAfter)) return;
    m_followed = painAfter;
    refreshPrompts(store);
}

const SafetyPrompt* SafetyPanel::shownPrompt() const {
    return m_closed < m_prompts.size() ? &m_prompts[m_closed] : nullptr;
}

void SafetyPanel::closePrompt() {
    if (m_closed < m_prompts.size()) ++m_closed;
}

bool SafetyPanel::pausePrompted(HistoryStore* store) {
    const SafetyPrompt* p = shownPrompt();
    if (!p || p->exerciseId.empty() || !store) return false;
    try {
        store->setPaused(m_routineId, p->exerciseId, p->exerciseName, true);
    } catch (const HistoryError& e) {
        printStderrLine(std::string("matside: history: could not pause ") + p->exerciseId + ": " + e.what());
        return false;
    }
    printStderrLine("matside: history: " + p->exerciseId + " paused until asked");
    m_paused.push_back({p->exerciseId, p->exerciseName, {}});
    closePrompt();
    return true;
}

} // namespace matside

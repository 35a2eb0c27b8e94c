// Paused exercises in the player: the plan's leave-out set, the ready screen's lines, take back.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/safety_panel.h"

#include "core/stderr_line.h"

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

} // namespace matside

// The history store's dose levels (schema version 4): the level in use per routine and
// exercise, the level each session played, and the sessions the level rule reads.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/history_store.h"
#include "history/sqlite_util.h"

#include <utility>

namespace matside {
namespace {

bool validLevel(int level) { return level >= 1 && level <= 20; }

// How many work steps the exercise has at `level`: its sets, on each side for "each".
int plannedSets(const Exercise& ex, int level) {
    const auto& doses = ex.levels->doses;
    const int sets = level >= 1 && level <= static_cast<int>(doses.size())
                         ? doses[static_cast<std::size_t>(level - 1)].sets
                         : ex.sets;
    return ex.sides == Sides::Each ? 2 * sets : sets;
}

} // namespace

void HistoryStore::insertSessionLevels(std::int64_t sessionId, const std::map<std::string, int>& levels) {
    for (const auto& [exerciseId, level] : levels) {
        if (!validLevel(level)) throw HistoryError("a dose level must be 1-20");
        sql::Stmt insert(m_db,
                         "INSERT OR REPLACE INTO session_levels (session_id, exercise_id, level) VALUES (?, ?, ?)");
        insert.bind(1, static_cast<sqlite3_int64>(sessionId)).bind(2, exerciseId);
        insert.bind(3, static_cast<sqlite3_int64>(level));
        insert.run();
    }
}

void HistoryStore::setLevel(const std::string& routineId, const std::string& exerciseId, int level,
                            std::chrono::system_clock::time_point at) {
    if (!validLevel(level)) throw HistoryError("a dose level must be 1-20");
    sql::Transaction tx(m_db);
    sql::Stmt insert(m_db, "INSERT OR REPLACE INTO exercise_levels (routine_id, exercise_id, level, changed_at)"
                           " VALUES (?, ?, ?, ?)");
    insert.bind(1, routineId).bind(2, exerciseId).bind(3, static_cast<sqlite3_int64>(level)).bind(4, toIsoUtc(at));
    insert.run();
    tx.commit();
}

std::map<std::string, int> HistoryStore::levels(const std::string& routineId) const {
    std::map<std::string, int> out;
    sql::Stmt query(m_db, "SELECT exercise_id, level FROM exercise_levels WHERE routine_id = ?");
    query.bind(1, routineId);
    while (query.step()) out[query.text(0)] = static_cast<int>(query.integer(1));
    return out;
}

std::map<std::string, int> HistoryStore::sessionLevels(std::int64_t sessionId) const {
    std::map<std::string, int> out;
    sql::Stmt query(m_db, "SELECT exercise_id, level FROM session_levels WHERE session_id = ?");
    query.bind(1, static_cast<sqlite3_int64>(sessionId));
    while (query.step()) out[query.text(0)] = static_cast<int>(query.integer(1));
    return out;
}

std::vector<LevelSession> levelSessions(const HistoryStore& store, const std::string& routineId,
                                        const Exercise& exercise) {
    std::vector<LevelSession> out;
    if (!exercise.levels) return out;
    for (const SessionRecord& s : store.listSessions()) {
        if (s.routineId != routineId || s.end == SessionEnd::Interrupted) continue;
        LevelSession level;
        level.painAfter = s.painAfter;
        const auto levels = store.sessionLevels(s.id);
        if (const auto it = levels.find(exercise.id); it != levels.end()) level.level = it->second;
        int done = 0;
        bool skipped = false;
        for (const StepRecord& step : store.steps(s.id)) {
            if (step.exerciseId != exercise.id) continue;
            if (step.result == StepResult::Completed) ++done;
            else skipped = true;
        }
        level.everySetDone = level.level && !skipped && done >= plannedSets(exercise, *level.level);
        for (const StoredFeedback& f : store.feedback(s.id))
            if (f.feedback.exerciseId == exercise.id) level.rating = f.feedback.rating;
        out.push_back(level);
    }
    return out;
}

namespace {

// One read-only open for what is read before a plan is built: the value `read` gives, or an
// empty one when there is no history yet or it cannot be read.
template <class Read>
auto readBeforePlan(const std::filesystem::path& historyFile, Read read)
    -> decltype(read(std::declval<HistoryStore&>())) {
    HistoryStore::Opened opened = HistoryStore::open(historyFile, HistoryStore::Access::ReadOnly);
    if (opened.status != HistoryStore::Status::Ok) return {};
    try {
        return read(*opened.store);
    } catch (const HistoryError&) {
        return {};
    }
}

} // namespace

std::map<std::string, int> readLevelsInUse(const std::filesystem::path& historyFile, const std::string& routineId) {
    return readBeforePlan(historyFile, [&](HistoryStore& store) { return store.levels(routineId); });
}

PlanInputs readPlanInputs(const std::filesystem::path& historyFile, const std::string& routineId) {
    return readBeforePlan(historyFile, [&](HistoryStore& store) {
        return PlanInputs{store.pausedExercises(routineId), store.levels(routineId)};
    });
}

} // namespace matside

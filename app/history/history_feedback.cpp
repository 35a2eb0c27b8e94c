// The history store's per-exercise ratings and paused exercises (schema version 3).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/history_store.h"
#include "history/sqlite_util.h"

#include <map>

namespace matside {
namespace {

constexpr const char* kFeedbackColumns =
    "SELECT session_id, exercise_id, exercise_name, rating, pain, rated_at FROM exercise_feedback ";

StoredFeedback readFeedback(const sql::Stmt& row) {
    StoredFeedback f;
    f.sessionId = row.integer(0);
    f.feedback.exerciseId = row.text(1);
    f.feedback.exerciseName = row.text(2);
    // The CHECK constraint keeps other words out; a hand-edited file reads as "just right"
    // rather than failing the whole history.
    f.feedback.rating = exerciseRatingFromString(row.text(3)).value_or(ExerciseRating::JustRight);
    f.feedback.pain = row.optInt(4);
    f.ratedAt = row.text(5);
    return f;
}

} // namespace

void HistoryStore::recordFeedback(std::int64_t sessionId, const ExerciseFeedback& feedback,
                                  std::chrono::system_clock::time_point ratedAt) {
    if (feedback.pain && (*feedback.pain < 0 || *feedback.pain > 10)) throw HistoryError("pain rating must be 0-10");
    if (feedback.pain && feedback.rating != ExerciseRating::Painful)
        throw HistoryError("a pain rating goes only with \"painful\"");
    sql::Transaction tx(m_db);
    sql::Stmt insert(m_db,
                     "INSERT OR REPLACE INTO exercise_feedback (session_id, exercise_id, exercise_name, rating, pain,"
                     " rated_at) VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, static_cast<sqlite3_int64>(sessionId)).bind(2, feedback.exerciseId).bind(3, feedback.exerciseName);
    insert.bind(4, std::string(toString(feedback.rating))).bind(5, feedback.pain).bind(6, toIsoUtc(ratedAt));
    insert.run();
    tx.commit();
}

std::vector<StoredFeedback> HistoryStore::feedback(std::int64_t sessionId) const {
    std::vector<StoredFeedback> out;
    sql::Stmt query(m_db, (std::string(kFeedbackColumns) + "WHERE session_id = ? ORDER BY exercise_id").c_str());
    query.bind(1, static_cast<sqlite3_int64>(sessionId));
    while (query.step()) out.push_back(readFeedback(query));
    return out;
}

std::vector<StoredFeedback> HistoryStore::allFeedback() const {
    std::vector<StoredFeedback> out;
    sql::Stmt query(m_db, (std::string(kFeedbackColumns) + "ORDER BY session_id, exercise_id").c_str());
    while (query.step()) out.push_back(readFeedback(query));
    return out;
}

void HistoryStore::setPaused(const std::string& routineId, const std::string& exerciseId,
                             const std::string& exerciseName, bool paused, std::chrono::system_clock::time_point at) {
    sql::Transaction tx(m_db);
    if (paused) {
        // OR IGNORE: pausing twice keeps the first date, when the question was first raised.
        sql::Stmt insert(m_db, "INSERT OR IGNORE INTO paused_exercises (routine_id, exercise_id, exercise_name,"
                               " paused_at) VALUES (?, ?, ?, ?)");
        insert.bind(1, routineId).bind(2, exerciseId).bind(3, exerciseName).bind(4, toIsoUtc(at));
        insert.run();
    } else {
        sql::Stmt remove(m_db, "DELETE FROM paused_exercises WHERE routine_id = ? AND exercise_id = ?");
        remove.bind(1, routineId).bind(2, exerciseId);
        remove.run();
    }
    tx.commit();
}

std::vector<PausedExercise> HistoryStore::pausedExercises(const std::string& routineId) const {
    std::vector<PausedExercise> out;
    sql::Stmt query(m_db, "SELECT exercise_id, exercise_name, paused_at FROM paused_exercises WHERE routine_id = ?"
                          " ORDER BY exercise_id");
    query.bind(1, routineId);
    while (query.step()) out.push_back({query.text(0), query.text(1), query.text(2)});
    return out;
}

std::vector<RatedSession> ratedSessions(const HistoryStore& store, const std::string& routineId) {
    std::vector<RatedSession> out;
    std::map<std::int64_t, std::vector<ExerciseFeedback>> ratings;
    for (StoredFeedback& f : store.allFeedback()) ratings[f.sessionId].push_back(std::move(f.feedback));
    for (const SessionRecord& s : store.listSessions()) {
        if (s.routineId != routineId || s.end == SessionEnd::Interrupted) continue;
        out.push_back({s.id, s.painAfter, std::move(ratings[s.id])});
    }
    return out;
}

} // namespace matside

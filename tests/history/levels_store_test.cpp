// Dose levels in the store (schema 4): the level in use per routine, the level each session
// played (written with the session's first row), and the sessions the level rule reads.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routine_json.h"
#include "history/history_store.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

using namespace matside;
using matside::test::TempDir;

namespace {

Routine levelsRoutine() {
    const LoadResult r = loadRoutineFile(std::string(MATSIDE_TEST_DATA_DIR) + "/levels.json", {});
    EXPECT_TRUE(r.ok());
    return r.ok() ? *r.routine : Routine{};
}

// One finished session of the levels test routine: the squat at `level` with `done` of its
// sets completed, a rating and pain after.
void playSession(HistoryStore& store, int level, int done, std::optional<ExerciseRating> rating, int painAfter) {
    SessionStart start;
    start.routineId = "levels_test";
    start.routineTitle = "Levels test";
    start.levels = {{"ball_squat", level}};
    const auto id = store.beginSession(start);
    for (int set = 1; set <= done; ++set) {
        StepRecord step;
        step.stepIndex = static_cast<std::size_t>(set);
        step.exerciseId = "ball_squat";
        step.exerciseName = "Squat with ball";
        step.set = set;
        store.recordStep(id, step);
    }
    if (rating) store.recordFeedback(id, {"ball_squat", "Squat with ball", *rating, std::nullopt});
    store.finishSession(id, SessionEnd::Completed, painAfter, "");
}

} // namespace

TEST(LevelsStore, TheLevelInUseIsKeptPerRoutineAndReplaced) {
    TempDir dir;
    auto opened = HistoryStore::open(dir / "history.sqlite3");
    ASSERT_EQ(opened.status, HistoryStore::Status::Ok) << opened.notice;
    auto& store = *opened.store;
    EXPECT_TRUE(store.levels("levels_test").empty());
    store.setLevel("levels_test", "ball_squat", 2);
    store.setLevel("other", "ball_squat", 1);
    store.setLevel("levels_test", "ball_squat", 1);
    EXPECT_EQ(store.levels("levels_test"), (std::map<std::string, int>{{"ball_squat", 1}}));
    EXPECT_THROW(store.setLevel("levels_test", "ball_squat", 0), HistoryError);
    EXPECT_EQ(readLevelsInUse(dir / "history.sqlite3", "other"), (std::map<std::string, int>{{"ball_squat", 1}}));
    EXPECT_TRUE(readLevelsInUse(dir / "missing" / "history.sqlite3", "other").empty());
}

TEST(LevelsStore, SessionsCarryTheirLevelSetsDoneRatingAndPainForTheRule) {
    TempDir dir;
    auto opened = HistoryStore::open(dir / "history.sqlite3");
    ASSERT_EQ(opened.status, HistoryStore::Status::Ok) << opened.notice;
    auto& store = *opened.store;
    const Routine routine = levelsRoutine();
    const Exercise& squat = routine.exercises.at(1);
    playSession(store, 1, 1, ExerciseRating::Easy, 2);
    EXPECT_FALSE(suggestLevel(squat, 1, levelSessions(store, "levels_test", squat))) << "one of two sessions";
    playSession(store, 1, 0, ExerciseRating::Easy, 2); // its one set not done
    EXPECT_FALSE(suggestLevel(squat, 1, levelSessions(store, "levels_test", squat)));
    playSession(store, 1, 1, ExerciseRating::JustRight, 3);
    playSession(store, 1, 1, ExerciseRating::Easy, 1);
    const auto sessions = levelSessions(store, "levels_test", squat);
    ASSERT_EQ(sessions.size(), 4u);
    EXPECT_EQ(sessions[1].everySetDone, false);
    EXPECT_EQ(sessions[3].level, 1);
    EXPECT_EQ(sessions[3].rating, ExerciseRating::Easy);
    EXPECT_EQ(sessions[3].painAfter, 1);
    const auto up = suggestLevel(squat, 1, sessions);
    ASSERT_TRUE(up);
    EXPECT_EQ(up->to, 2);
    EXPECT_EQ(up->question, "Squat with ball: ready for 2 \xC3\x97 3?");
    EXPECT_EQ(store.sessionLevels(4), (std::map<std::string, int>{{"ball_squat", 1}}));
}

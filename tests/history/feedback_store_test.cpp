// Per-exercise ratings and paused exercises in the history store.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/history_store.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

using namespace matside;
using matside::test::TempDir;

namespace {

std::int64_t newSession(HistoryStore& store) {
    SessionStart start;
    start.routineId = "si_joint";
    start.routineTitle = "SI joint";
    start.routineHash = "feed";
    return store.beginSession(start);
}

} // namespace

TEST(HistoryFeedback, RatingsAreStoredPerSessionAndExerciseAndARepeatReplaces) {
    TempDir dir;
    auto opened = HistoryStore::open(dir / "history.sqlite3");
    ASSERT_EQ(opened.status, HistoryStore::Status::Ok) << opened.notice;
    auto& store = *opened.store;
    const auto one = newSession(store);
    const auto two = newSession(store);
    store.recordFeedback(one, {"squat", "Squat with ball", ExerciseRating::Hard, std::nullopt});
    store.recordFeedback(one, {"plank", "Side plank", ExerciseRating::Easy, std::nullopt});
    store.recordFeedback(two, {"squat", "Squat with ball", ExerciseRating::Easy, std::nullopt});
    store.recordFeedback(two, {"squat", "Squat with ball", ExerciseRating::Painful, 7}); // changed mind

    const auto first = store.feedback(one);
    ASSERT_EQ(first.size(), 2u);
    EXPECT_EQ(first[0].feedback.exerciseId, "plank");
    EXPECT_EQ(first[0].feedback.rating, ExerciseRating::Easy);
    EXPECT_EQ(first[1].feedback.rating, ExerciseRating::Hard);
    EXPECT_EQ(first[1].feedback.pain, std::nullopt);
    const auto second = store.feedback(two);
    ASSERT_EQ(second.size(), 1u);
    EXPECT_EQ(second[0].feedback.rating, ExerciseRating::Painful);
    EXPECT_EQ(second[0].feedback.pain, 7);
    EXPECT_EQ(store.allFeedback().size(), 3u);
}

TEST(HistoryFeedback, ImpossibleRatingsAreRefusedAndWriteNothing) {
    TempDir dir;
    auto opened = HistoryStore::open(dir / "history.sqlite3");
    auto& store = *opened.store;
    const auto id = newSession(store);
    EXPECT_THROW(store.recordFeedback(id, {"squat", "Squat", ExerciseRating::Painful, 11}), HistoryError);
    EXPECT_THROW(store.recordFeedback(id, {"squat", "Squat", ExerciseRating::Easy, 2}), HistoryError);
    EXPECT_THROW(store.recordFeedback(999, {"squat", "Squat", ExerciseRating::Easy, std::nullopt}), HistoryError)
        << "no such session: the foreign key refuses it";
    EXPECT_TRUE(store.allFeedback().empty());
}

TEST(HistoryFeedback, PausedExercisesArePerRoutineAndTakenBack) {
    TempDir dir;
    const auto file = dir / "history.sqlite3";
    {
        auto opened = HistoryStore::open(file);
        auto& store = *opened.store;
        store.setPaused("si_joint", "squat", "Squat with ball", true);
        store.setPaused("si_joint", "squat", "Squat with ball", true); // twice is once
        store.setPaused("si_joint", "plank", "Side plank", true);
        store.setPaused("other", "squat", "Squat with ball", true);
        store.setPaused("si_joint", "plank", "Side plank", false);
    }
    auto opened = HistoryStore::open(file, HistoryStore::Access::ReadOnly);
    const auto paused = opened.store->pausedExercises("si_joint");
    ASSERT_EQ(paused.size(), 1u);
    EXPECT_EQ(paused[0].exerciseId, "squat");
    EXPECT_EQ(paused[0].exerciseName, "Squat with ball");
    EXPECT_FALSE(paused[0].pausedAt.empty());
    EXPECT_EQ(opened.store->pausedExercises("other").size(), 1u);
    EXPECT_TRUE(opened.store->pausedExercises("nobody").empty());
}

TEST(HistoryFeedback, APainfulPairInTheStoreRaisesTheSafetyPrompt) {
    TempDir dir;
    auto opened = HistoryStore::open(dir / "history.sqlite3");
    auto& store = *opened.store;
    const auto one = newSession(store);
    store.recordFeedback(one, {"squat", "Squat with ball", ExerciseRating::Painful, 5});
    store.finishSession(one, SessionEnd::Completed, 3, "");
    const auto interrupted = newSession(store); // not finished: not a session the rules read
    store.recordFeedback(interrupted, {"squat", "Squat with ball", ExerciseRating::Easy, std::nullopt});
    EXPECT_TRUE(safetyPrompts(ratedSessions(store, "si_joint")).empty());
    const auto two = newSession(store);
    store.recordFeedback(two, {"squat", "Squat with ball", ExerciseRating::Painful, 6});
    store.finishSession(two, SessionEnd::Completed, 4, "");

    const auto sessions = ratedSessions(store, "si_joint");
    ASSERT_EQ(sessions.size(), 2u);
    EXPECT_EQ(sessions[1].id, two);
    const auto prompts = safetyPrompts(sessions);
    ASSERT_EQ(prompts.size(), 1u);
    EXPECT_EQ(prompts[0].exerciseName, "Squat with ball");
    EXPECT_EQ(prompts[0].recorded, "Painful in two sessions in a row (pain 5, then pain 6)");
    EXPECT_TRUE(ratedSessions(store, "other").empty());
}

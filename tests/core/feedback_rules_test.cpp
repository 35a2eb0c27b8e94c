// The safety rules on scripted histories, and the plan without a paused exercise.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/feedback_rules.h"
#include "core/plan.h"
#include "test_routines.h"

#include <gtest/gtest.h>

using namespace matside;

namespace {

ExerciseFeedback rated(const std::string& id, ExerciseRating r, std::optional<int> pain = {}) {
    return {id, "Name " + id, r, pain};
}

} // namespace

TEST(SafetyRules, NothingRecordedRaisesNothing) {
    EXPECT_TRUE(safetyPrompts({}).empty());
    EXPECT_TRUE(safetyPrompts({{1, std::nullopt, {}}, {2, 6, {}}}).empty());
}

TEST(SafetyRules, PainSevenOrMoreAfterASessionRaisesAPromptForTheSession) {
    const auto six = safetyPrompts({{1, 6, {}}});
    EXPECT_TRUE(six.empty());
    const auto seven = safetyPrompts({{1, 7, {rated("squat", ExerciseRating::Hard)}}});
    ASSERT_EQ(seven.size(), 1u);
    EXPECT_EQ(seven[0].exerciseId, "");
    EXPECT_EQ(seven[0].exerciseName, "this session");
    EXPECT_EQ(seven[0].recorded, "Pain 7 of 10 after the session");
}

TEST(SafetyRules, PainAfterNamesTheExercisesRatedPainfulInThatSession) {
    const auto p =
        safetyPrompts({{1, 9, {rated("squat", ExerciseRating::Painful, 8), rated("plank", ExerciseRating::Easy)}}});
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].exerciseId, "squat");
    EXPECT_EQ(p[0].exerciseName, "Name squat");
    EXPECT_EQ(p[0].recorded, "Pain 9 of 10 after the session, rated painful (pain 8)");
}

TEST(SafetyRules, PainfulTwiceInARowRaisesAPromptForThatExercise) {
    const auto p =
        safetyPrompts({{1, 2, {rated("squat", ExerciseRating::Painful, 5)}},
                       {2, 3, {rated("squat", ExerciseRating::Painful), rated("plank", ExerciseRating::Painful, 4)}}});
    ASSERT_EQ(p.size(), 1u) << "plank was painful only once";
    EXPECT_EQ(p[0].exerciseId, "squat");
    EXPECT_EQ(p[0].recorded, "Painful in two sessions in a row (pain 5, then no pain number)");
}

TEST(SafetyRules, ARatingInBetweenBreaksTheRunAndNoAnswerDoesNot) {
    // painful, hard, painful: not in a row.
    EXPECT_TRUE(safetyPrompts({{1, {}, {rated("squat", ExerciseRating::Painful)}},
                               {2, {}, {rated("squat", ExerciseRating::Hard)}},
                               {3, {}, {rated("squat", ExerciseRating::Painful)}}})
                    .empty());
    // painful, (not rated), painful: the unanswered session is no news.
    EXPECT_EQ(safetyPrompts({{1, {}, {rated("squat", ExerciseRating::Painful)}},
                             {2, {}, {}},
                             {3, {}, {rated("squat", ExerciseRating::Painful)}}})
                  .size(),
              1u);
}

TEST(SafetyRules, OnlyTheLatestSessionRaisesPrompts) {
    // The pair was two sessions ago; the latest session was fine: the prompt is gone.
    EXPECT_TRUE(safetyPrompts({{1, 8, {rated("squat", ExerciseRating::Painful)}},
                               {2, 8, {rated("squat", ExerciseRating::Painful)}},
                               {3, 2, {rated("squat", ExerciseRating::JustRight)}}})
                    .empty());
}

TEST(SafetyRules, BothRulesOnOneExerciseMakeOnePrompt) {
    const auto p = safetyPrompts(
        {{1, {}, {rated("squat", ExerciseRating::Painful, 6)}}, {2, 8, {rated("squat", ExerciseRating::Painful, 7)}}});
    ASSERT_EQ(p.size(), 1u);
    EXPECT_EQ(p[0].recorded, "Painful in two sessions in a row (pain 6, then pain 7); "
                             "Pain 8 of 10 after the session, rated painful (pain 7)");
}

TEST(PausedExercises, ThePlanLeavesAPausedExerciseOut) {
    const Routine routine =
        test::routineOf({test::stretch("a", 1, 30), test::reps("b", 2, 5, 3), test::stretch("c", 1, 20)});
    const Routine kept = withoutPaused(routine, {"b"});
    ASSERT_EQ(kept.exercises.size(), 2u);
    EXPECT_EQ(kept.exercises[0].id, "a");
    EXPECT_EQ(kept.exercises[1].id, "c");
    const Plan plan = expandPlan(kept);
    for (const PlanStep& step : plan.steps) EXPECT_NE(plan.exerciseOf(step).id, "b");
    EXPECT_LT(plan.totalSeconds(), expandPlan(routine).totalSeconds());
    EXPECT_EQ(withoutPaused(routine, {"nope"}).exercises.size(), 3u);
}

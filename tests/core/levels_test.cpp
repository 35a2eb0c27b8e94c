// Dose levels (issue 14): the "levels" field checked with exact places, the level in use
// applied to the plan, and the suggestion rule on scripted histories.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/level_rules.h"
#include "core/plan.h"
#include "routine_json_fixture.h"

using namespace matside;
using namespace matside::test;
using nlohmann::json;

namespace {

// The fixture's squat (2 × 10) with three levels; its own dose is level 2.
json withSquatLevels() {
    json j = RoutineJsonTest::base();
    j["exercises"][1]["levels"] = json::parse(R"({
      "doses": [{"sets": 2, "reps": 8}, {"sets": 2, "reps": 10}, {"sets": 3, "reps": 12, "rep_tempo_seconds": 4}],
      "next_after": {"sessions": 3, "every_set_done": true, "rated": ["easy", "just_right"], "pain_at_most": 3},
      "back_on_painful": true})");
    return j;
}

using R = ExerciseRating;
LevelSession at(int level, std::optional<R> rating, std::optional<int> pain = 2, bool all = true) {
    return {level, all, rating, pain};
}

class LevelRules : public RoutineJsonTest {
protected:
    Exercise squat() {
        const LoadResult r = load(withSquatLevels());
        EXPECT_TRUE(r.ok()) << listed(r);
        return r.ok() ? r.routine->exercises[1] : Exercise{};
    }
};

} // namespace

TEST_F(RoutineJsonTest, LevelsAreReadWithTheExercisesOwnDoseAsTheStart) {
    const LoadResult r = load(withSquatLevels());
    ASSERT_TRUE(r.ok()) << listed(r);
    const Exercise& squat = r.routine->exercises[1];
    ASSERT_TRUE(squat.levels);
    ASSERT_EQ(squat.levels->doses.size(), 3u);
    EXPECT_EQ(squat.levels->start, 2);
    EXPECT_EQ(squat.level, 2);
    EXPECT_EQ(squat.levels->doses[2].repTempoSeconds, 4);
    EXPECT_EQ(squat.levels->rule.sessions, 3);
    EXPECT_EQ(squat.levels->rule.painAtMost, 3);
    EXPECT_FALSE(r.routine->exercises[0].levels);
    EXPECT_EQ(r.routine->exercises[0].level, 0);
}

TEST_F(RoutineJsonTest, LevelsWithoutTheExercisesOwnDoseNameIt) {
    json j = withSquatLevels();
    j["exercises"][1]["reps"] = 9;
    expectOnly(load(j), "/exercises/1/levels/doses (Squat)",
               "none of the levels is the exercise's own dose (2 \xC3\x97 9)");
}

TEST_F(RoutineJsonTest, ALevelOfAnotherKindOfDoseIsRefusedAtItsPlace) {
    json j = withSquatLevels();
    j["exercises"][1]["levels"]["doses"][0] = json{{"sets", 2}, {"hold_seconds", 30}};
    const LoadResult r = load(j);
    ASSERT_EQ(r.errors.size(), 2u) << listed(r);
    EXPECT_EQ(r.errors[0].where, "/exercises/1/levels/doses/0 (Squat)");
    EXPECT_NE(r.errors[0].what.find("missing \"reps\""), std::string::npos);
    EXPECT_EQ(r.errors[1].where, "/exercises/1/levels/doses/0/hold_seconds (Squat)");
}

TEST_F(RoutineJsonTest, LevelFieldsAreBoundedAndTyped) {
    json j = withSquatLevels();
    j["exercises"][1]["levels"]["doses"][2]["sets"] = 21;
    expectOnly(load(j), "/exercises/1/levels/doses/2/sets (Squat)", "21");
    j = withSquatLevels();
    j["exercises"][1]["levels"]["next_after"]["every_set_done"] = "yes";
    expectOnly(load(j), "/exercises/1/levels/next_after/every_set_done (Squat)", "expected true or false");
    j = withSquatLevels();
    j["exercises"][1]["levels"]["next_after"]["pain_at_most"] = 11;
    expectOnly(load(j), "/exercises/1/levels/next_after/pain_at_most (Squat)", "11");
    j = withSquatLevels();
    j["exercises"][1]["levels"]["next_after"].erase("sessions");
    expectOnly(load(j), "/exercises/1/levels/next_after/sessions (Squat)", "missing required field 'sessions'");
    j = withSquatLevels();
    j["exercises"][1]["levels"]["doses"] = json::array({json{{"sets", 2}, {"reps", 10}}});
    expectOnly(load(j), "/exercises/1/levels/doses (Squat)", "expected 2 to 20 doses");
}

TEST_F(RoutineJsonTest, PainfulNeverLeadsUpAndTyposAreNamed) {
    json j = withSquatLevels();
    j["exercises"][1]["levels"]["next_after"]["rated"] = json::array({"easy", "painful"});
    expectOnly(load(j), "/exercises/1/levels/next_after/rated/1 (Squat)", "never leads to a bigger dose");
    j = withSquatLevels();
    j["exercises"][1]["levels"]["next_afterr"] = j["exercises"][1]["levels"]["next_after"];
    j["exercises"][1]["levels"].erase("next_after");
    expectOnly(load(j), "/exercises/1/levels/next_afterr (Squat)", "did you mean 'next_after'?");
}

TEST_F(RoutineJsonTest, TwoLevelsWithTheSameDoseAreRefused) {
    json j = withSquatLevels();
    j["exercises"][1]["levels"]["doses"][0] = json{{"sets", 2}, {"reps", 10}};
    expectOnly(load(j), "/exercises/1/levels/doses/1 (Squat)", "the same dose as level 1");
}

TEST_F(LevelRules, TheLevelInUseSetsTheDoseAndEveryStepCarriesIt) {
    const LoadResult r = load(withSquatLevels());
    ASSERT_TRUE(r.ok()) << listed(r);
    const Routine three = withLevels(*r.routine, {{"squat", 3}});
    EXPECT_EQ(three.exercises[1].sets, 3);
    EXPECT_EQ(three.exercises[1].reps, 12);
    EXPECT_EQ(three.exercises[1].timings.repTempoSeconds, 4);
    const Plan plan = expandPlan(three);
    int squatWork = 0;
    for (const PlanStep& s : plan.steps) {
        if (s.exerciseIndex == 1) EXPECT_EQ(s.level, 3);
        else EXPECT_FALSE(s.level);
        if (s.exerciseIndex == 1 && s.kind == StepKind::Work) {
            ++squatWork;
            EXPECT_EQ(s.reps, 12);
            EXPECT_EQ(s.seconds, 12 * 4);
        }
    }
    EXPECT_EQ(squatWork, 3);
    // A stored level past the file's levels (the routine was edited) is its last one.
    EXPECT_EQ(withLevels(*r.routine, {{"squat", 9}}).exercises[1].level, 3);
    EXPECT_EQ(withLevels(*r.routine, {}).exercises[1].level, 2);
}

TEST_F(LevelRules, ThreeGoodSessionsAtTheLevelSuggestTheNext) {
    const Exercise ex = squat();
    const auto s = suggestLevel(ex, 2, {at(2, R::Easy), at(2, R::JustRight, 3), at(2, R::Easy, 0)});
    ASSERT_TRUE(s);
    EXPECT_EQ(s->from, 2);
    EXPECT_EQ(s->to, 3);
    EXPECT_EQ(s->question, "Squat: ready for 3 \xC3\x97 12?");
}

TEST_F(LevelRules, TheRuleIsNotMetByTooFewOrNotGoodEnoughSessions) {
    const Exercise ex = squat();
    EXPECT_FALSE(suggestLevel(ex, 2, {at(2, R::Easy), at(2, R::Easy)}));                           // two of three
    EXPECT_FALSE(suggestLevel(ex, 2, {at(2, R::Easy), at(2, R::Hard), at(2, R::Easy)}));           // rated hard
    EXPECT_FALSE(suggestLevel(ex, 2, {at(2, R::Easy), at(2, R::Easy, 4), at(2, R::Easy)}));        // pain 4
    EXPECT_FALSE(suggestLevel(ex, 2, {at(2, R::Easy), at(2, R::Easy, {}), at(2, R::Easy)}));       // pain unknown
    EXPECT_FALSE(suggestLevel(ex, 2, {at(2, R::Easy), at(2, {}), at(2, R::Easy)}));                // not rated
    EXPECT_FALSE(suggestLevel(ex, 2, {at(2, R::Easy), at(2, R::Easy, 1, false), at(2, R::Easy)})); // a set skipped
    // Sessions at another level do not count; ones where it was not played are skipped.
    EXPECT_FALSE(suggestLevel(ex, 2, {at(1, R::Easy), at(2, R::Easy), at(2, R::Easy)}));
    EXPECT_TRUE(suggestLevel(ex, 2, {at(2, R::Easy), {}, at(2, R::Easy), {}, at(2, R::Easy)}));
    // The last level has no next.
    EXPECT_FALSE(suggestLevel(ex, 3, {at(3, R::Easy), at(3, R::Easy), at(3, R::Easy)}));
}

TEST_F(LevelRules, APainfulRatingBreaksTheRunAndSuggestsTheLevelBefore) {
    const Exercise ex = squat();
    const std::vector<LevelSession> painful{at(2, R::Easy), at(2, R::Easy), at(2, R::Easy), at(2, R::Painful, 6)};
    const auto down = suggestLevel(ex, 2, painful);
    ASSERT_TRUE(down);
    EXPECT_EQ(down->to, 1);
    EXPECT_EQ(down->question, "Squat was painful: back to 2 \xC3\x97 8?");
    // Painful earlier in the run: no down (it was not the latest), and no up (it broke the run).
    EXPECT_FALSE(suggestLevel(ex, 2, {at(2, R::Painful, 6), at(2, R::Easy), at(2, R::Easy)}));
    // Level 1 has no level before it.
    EXPECT_FALSE(suggestLevel(ex, 1, {at(1, R::Painful, 5)}));
}

TEST_F(LevelRules, BackOnPainfulFalseSuggestsNothingDown) {
    json j = withSquatLevels();
    j["exercises"][1]["levels"]["back_on_painful"] = false;
    const LoadResult r = load(j);
    ASSERT_TRUE(r.ok()) << listed(r);
    EXPECT_FALSE(suggestLevel(r.routine->exercises[1], 2, {at(2, R::Painful, 6)}));
}

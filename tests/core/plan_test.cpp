// Plan expansion: step order, per-side order, doses and totals, including the shipped SI routine.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/paths.h"
#include "core/plan.h"
#include "core/routine_json.h"
#include "test_routines.h"

#include <gtest/gtest.h>

using namespace matside;
using namespace matside::test;

namespace {

std::string shape(const Plan& plan) {
    std::string s;
    for (const auto& step : plan.steps) {
        if (!s.empty()) s += ' ';
        switch (step.kind) {
        case StepKind::Prepare: s += "P"; break;
        case StepKind::Rest:
            s += step.purpose == RestPurpose::SwitchSides ? "S" : step.purpose == RestPurpose::NextExercise ? "N" : "R";
            break;
        case StepKind::Work:
            s += step.side ? (step.side == Side::Left ? "L" : "R") : "B";
            s += std::to_string(*step.set);
            break;
        }
    }
    return s;
}

} // namespace

TEST(Plan, AlternatingSidesSwitchEverySetAndRestBetweenSets) {
    const Routine r = routineOf({stretch("a", 3, 30)});
    const Plan plan = expandPlan(r);
    EXPECT_EQ(shape(plan), "P L1 S R1 R L2 S R2 R L3 S R3");
    EXPECT_EQ(plan.totalSeconds(), 10 + 6 * 30 + 3 * 5 + 2 * 15);
}

TEST(Plan, AllSetsPerSideSwitchOnceInTheMiddle) {
    const Routine r = routineOf({stretch("a", 3, 30, SideOrder::AllSetsPerSide)});
    EXPECT_EQ(shape(expandPlan(r)), "P L1 R L2 R L3 S R1 R R2 R R3");
}

TEST(Plan, FirstSideRightStartsOnTheRight) {
    Routine r = routineOf({stretch("a", 1, 30)});
    r.exercises[0].timings.firstSide = Side::Right;
    EXPECT_EQ(shape(expandPlan(r)), "P R1 S L1");
}

TEST(Plan, BothSidesRepSetsAndRestBeforeNextExercise) {
    const Routine r = routineOf({stretch("a", 1, 20), reps("b", 3, 10, 4)});
    const Plan plan = expandPlan(r);
    EXPECT_EQ(shape(plan), "P L1 S R1 N P B1 R B2 R B3");
    const PlanStep& work = plan.steps[6];
    EXPECT_EQ(work.kind, StepKind::Work);
    EXPECT_EQ(work.reps, 10);
    EXPECT_EQ(work.repSeconds, 4);
    EXPECT_EQ(work.seconds, 40);
    EXPECT_FALSE(work.holdSeconds.has_value());
    // A rest leads into the exercise after it: its exercise is the next one.
    EXPECT_EQ(plan.steps[4].exerciseIndex, 1u);
    EXPECT_EQ(plan.steps[4].seconds, 20);
}

TEST(Plan, RepHoldsAddTheirHoldToTheTempo) {
    const Routine r = routineOf({reps("plank", 1, 5, 3, 5)});
    const Plan plan = expandPlan(r);
    ASSERT_EQ(plan.steps.size(), 2u);
    EXPECT_EQ(plan.steps[1].holdSeconds, 5);
    EXPECT_EQ(plan.steps[1].repSeconds, 8);
    EXPECT_EQ(plan.steps[1].seconds, 40);
    EXPECT_EQ(describeDose(plan.steps[1]), "5 reps of 5 s");
}

TEST(Plan, ZeroRestsAndCountdownsAreLeftOut) {
    Routine r = routineOf({stretch("a", 2, 30)});
    r.exercises[0].timings.prepareSeconds = 0;
    r.exercises[0].timings.switchSidesSeconds = 0;
    EXPECT_EQ(shape(expandPlan(r)), "L1 R1 R L2 R2");
}

TEST(Plan, IndexesAreConsecutive) {
    const Plan plan = expandPlan(routineOf({stretch("a", 3, 30), reps("b", 2, 5, 3)}));
    for (std::size_t i = 0; i < plan.steps.size(); ++i) EXPECT_EQ(plan.steps[i].index, i);
}

TEST(Plan, FormatDuration) {
    EXPECT_EQ(formatDuration(0), "00:00");
    EXPECT_EQ(formatDuration(1390), "23:10");
    EXPECT_EQ(formatDuration(3725), "1:02:05");
}

// The shipped SI-joint routine: seven exercises with exactly the doses of routine-facts.md.
TEST(Plan, ShippedSiJointRoutineHasExactlyThePrescribedDoses) {
    const auto loaded = loadRoutineFile(defaultRoutinePath(), {assetsDir()});
    ASSERT_TRUE(loaded.ok()) << (loaded.errors.empty() ? "" : loaded.errors[0].where + ": " + loaded.errors[0].what);
    const Plan plan = expandPlan(*loaded.routine);

    struct Dose {
        const char* name;
        int workSteps;  // sets x sides
        std::optional<int> reps, hold;
        bool perSide;
    };
    const Dose expected[] = {
        {"Hamstring stretch", 6, {}, 30, true},
        {"Standing thigh stretch", 6, {}, 30, true},
        {"Adductor strengthening with band", 6, 10, {}, true},
        {"Lying glute stretch", 6, {}, 30, true},
        {"Pelvic lift", 2, 5, {}, true},
        {"Side plank", 2, 5, 5, true},
        {"Squat with ball", 3, 10, {}, false},
    };
    ASSERT_EQ(loaded.routine->exercises.size(), 7u);
    for (std::size_t ex = 0; ex < 7; ++ex) {
        SCOPED_TRACE(expected[ex].name);
        EXPECT_EQ(loaded.routine->exercises[ex].name, expected[ex].name);
        int work = 0, left = 0, right = 0;
        for (const auto& s : plan.steps) {
            if (s.exerciseIndex != ex || s.kind != StepKind::Work) continue;
            ++work;
            EXPECT_EQ(s.reps, expected[ex].reps);
            EXPECT_EQ(s.holdSeconds, expected[ex].hold);
            EXPECT_EQ(s.side.has_value(), expected[ex].perSide);
            left += s.side == Side::Left;
            right += s.side == Side::Right;
        }
        EXPECT_EQ(work, expected[ex].workSteps);
        EXPECT_EQ(left, right);
    }
    EXPECT_EQ(plan.workStepCount(), 31u);
    EXPECT_EQ(plan.steps.size(), 68u);
    EXPECT_EQ(plan.totalSeconds(), 1390);
}

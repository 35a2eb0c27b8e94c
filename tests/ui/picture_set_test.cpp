// Picture timing and sizing: holds show the end pose, rep sets alternate at the tempo,
// and big pictures are shrunk for the panel.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/picture_set.h"

#include <gtest/gtest.h>

namespace matside {
namespace {

using namespace std::chrono_literals;

Snapshot at(const PlanStep& step, Millis elapsed, SessionState state = SessionState::Work) {
    Snapshot s;
    s.state = state;
    s.step = &step;
    s.stepDuration = Millis{step.seconds * 1000};
    s.stepRemaining = s.stepDuration - elapsed;
    return s;
}

TEST(PictureSet, HoldsShowTheEndPoseAndNeverAnimate) {
    PlanStep hold;
    hold.kind = StepKind::Work;
    hold.seconds = 30;
    hold.holdSeconds = 30;
    const PoseChoice c = choosePose(at(hold, 5s));
    EXPECT_EQ(c.pose, Pose::End);
    EXPECT_FALSE(c.changesIn.has_value());
}

TEST(PictureSet, RepSetsAlternateAtTheTempo) {
    PlanStep reps;
    reps.kind = StepKind::Work;
    reps.reps = 10;
    reps.repSeconds = 3;
    reps.seconds = 30;
    EXPECT_EQ(choosePose(at(reps, 0ms)).pose, Pose::Start);
    EXPECT_EQ(choosePose(at(reps, 0ms)).changesIn, Millis{1500});
    EXPECT_EQ(choosePose(at(reps, 1600ms)).pose, Pose::End);
    EXPECT_EQ(choosePose(at(reps, 1600ms)).changesIn, Millis{1400});
    EXPECT_EQ(choosePose(at(reps, 3100ms)).pose, Pose::Start);
    EXPECT_FALSE(choosePose(at(reps, 1600ms, SessionState::Paused)).changesIn.has_value()) << "paused: still";
}

TEST(PictureSet, HeldRepsStayInTheEndPoseForTheHold) {
    PlanStep plank;
    plank.kind = StepKind::Work;
    plank.reps = 5;
    plank.holdSeconds = 5;
    plank.repSeconds = 8; // 5 s hold + 3 s to move
    plank.seconds = 40;
    EXPECT_EQ(choosePose(at(plank, 1000ms)).pose, Pose::Start);
    EXPECT_EQ(choosePose(at(plank, 2000ms)).pose, Pose::End);
    EXPECT_EQ(choosePose(at(plank, 6000ms)).pose, Pose::End);
    EXPECT_EQ(choosePose(at(plank, 7000ms)).pose, Pose::Start);
}

TEST(PictureSet, RestsShowTheStartPose) {
    PlanStep rest;
    rest.kind = StepKind::Rest;
    rest.seconds = 15;
    EXPECT_EQ(choosePose(at(rest, 1s, SessionState::Rest)).pose, Pose::Start);
}

} // namespace
} // namespace matside

// The loop's rules: a few frames after input, one per visible change, and otherwise a sleep
// that lasts until the next change; never a zero sleep while nothing is pending.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/frame_scheduler.h"

#include <gtest/gtest.h>

namespace matside {
namespace {

using namespace std::chrono_literals;

TEST(FrameScheduler, DrawsTheFirstFrameThenSleepsUntilTheNextChange) {
    FrameScheduler s;
    EXPECT_TRUE(s.shouldDraw(0ms, true));
    s.frameDrawn(0ms);
    s.setNextVisibleChange(1000ms);
    EXPECT_FALSE(s.shouldDraw(10ms, true));
    EXPECT_EQ(s.sleepFor(10ms, true, std::nullopt), Millis{990});
    EXPECT_TRUE(s.shouldDraw(1000ms, true));
    s.frameDrawn(1000ms);
    EXPECT_FALSE(s.shouldDraw(1000ms, true));
}

TEST(FrameScheduler, InputDrawsExactlyThreeFramesThenSleeps) {
    FrameScheduler s;
    s.frameDrawn(0ms);
    s.noteInput();
    int frames = 0;
    Millis t = 5ms;
    while (s.shouldDraw(t, true)) {
        EXPECT_EQ(s.sleepFor(t, true, std::nullopt), Millis{0});
        s.frameDrawn(t);
        ++frames;
        t += 1ms;
        ASSERT_LT(frames, 10);
    }
    EXPECT_EQ(frames, FrameScheduler::kFramesAfterInput);
    EXPECT_EQ(s.sleepFor(t, true, std::nullopt), std::nullopt) << "nothing due: wait for events";
}

TEST(FrameScheduler, NothingIsDrawnWhileMinimisedAndTheSleepIsNotZero) {
    FrameScheduler s;
    s.noteInput();
    s.setNextVisibleChange(100ms);
    EXPECT_FALSE(s.shouldDraw(200ms, false));
    // A passed visible change must not make a hidden window spin: only logic deadlines count.
    EXPECT_EQ(s.sleepFor(200ms, false, std::nullopt), std::nullopt);
    EXPECT_EQ(s.sleepFor(200ms, false, Millis{1200}), Millis{1000});
}

TEST(FrameScheduler, LogicDeadlinesShortenTheSleep) {
    FrameScheduler s;
    s.frameDrawn(0ms);
    s.setNextVisibleChange(1000ms);
    EXPECT_EQ(s.sleepFor(0ms, true, Millis{400}), Millis{400});
    EXPECT_EQ(s.sleepFor(0ms, true, Millis{4000}), Millis{1000});
    EXPECT_EQ(earliest(std::nullopt, Millis{3}), Millis{3});
    EXPECT_EQ(earliest(Millis{2}, Millis{3}), Millis{2});
}

TEST(FrameScheduler, ASessionChangeDrawsOneFrameAndAPassedChangeIsNotDrawnTwice) {
    FrameScheduler s;
    s.frameDrawn(0ms);
    s.noteChange();
    EXPECT_TRUE(s.shouldDraw(5ms, true));
    s.frameDrawn(5ms);
    EXPECT_FALSE(s.shouldDraw(6ms, true)) << "one frame per change, not three";
    // The timer's next second at 1000 ms: drawn once, then the sleep waits for the next one.
    s.setNextVisibleChange(1000ms);
    EXPECT_EQ(s.sleepFor(6ms, true, std::nullopt), Millis{994});
    s.frameDrawn(1000ms);
    EXPECT_FALSE(s.shouldDraw(1001ms, true));
    EXPECT_EQ(s.sleepFor(1001ms, true, std::nullopt), std::nullopt) << "until told the next change";
    s.setNextVisibleChange(2000ms);
    EXPECT_EQ(s.sleepFor(1001ms, true, std::nullopt), Millis{999});
}

TEST(FrameScheduler, ALateWakeDrawsAtOnceAndNeverSleepsANegativeTime) {
    FrameScheduler s;
    s.frameDrawn(0ms);
    s.setNextVisibleChange(1000ms);
    EXPECT_EQ(s.sleepFor(1250ms, true, std::nullopt), Millis{0}) << "woken late: draw now";
    EXPECT_TRUE(s.shouldDraw(1250ms, true));
    EXPECT_EQ(s.sleepFor(1250ms, true, Millis{900}), Millis{0}) << "a passed deadline: no wait, not negative";
}

TEST(FrameScheduler, InputWhileFramesArePendingDoesNotAddMoreThanThree) {
    FrameScheduler s;
    s.frameDrawn(0ms);
    s.noteInput();
    s.frameDrawn(1ms);
    s.noteInput(); // a second key within the settle frames
    EXPECT_EQ(s.pendingFrames(), FrameScheduler::kFramesAfterInput);
    s.noteChange();
    EXPECT_EQ(s.pendingFrames(), FrameScheduler::kFramesAfterInput) << "a change inside them costs nothing more";
}

} // namespace
} // namespace matside

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

} // namespace
} // namespace matside

// Sizes: the timer's digits are at least a quarter of the window height at 1280x800, fit
// their column at every supported size, and the regions never overlap.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/layout.h"
#include "ui/theme.h"

#include <gtest/gtest.h>

namespace matside::ui {
namespace {

// DejaVu Sans Bold digits are 0.729 em tall; ImGui's pixel size is ascent+descent = 1.164 em.
constexpr float kDigitInkPerPixelSize = 0.729f / 1.164f;

TEST(Layout, TimerDigitsAreAQuarterOfTheHeightAt1280x800) {
    const TypeScale t = typeScaleFor(1280, 800, 1.0f);
    EXPECT_GE(t.digits * kDigitInkPerPixelSize, 0.25f * 800);
}

TEST(Layout, RegionsFitAndDoNotOverlapFrom800x600To4K) {
    const std::pair<int, int> sizes[] = {{800, 600}, {1280, 800}, {1920, 1080}, {3840, 2160}, {1024, 768}};
    for (auto [w, h] : sizes) {
        const TypeScale t = typeScaleFor(w, h, 1.0f);
        const PlayerLayout l = computePlayerLayout(ImVec2(float(w), float(h)), t.body, t.digits);
        SCOPED_TRACE(std::to_string(w) + "x" + std::to_string(h));
        EXPECT_LE(timerWidthFor(t.digits), l.timer.width()) << "mm:ss must fit its column";
        EXPECT_GE(l.timer.height(), t.digits * kDigitInkPerPixelSize);
        EXPECT_LE(l.picture.max.x, l.timer.min.x);
        EXPECT_LE(l.header.max.y, l.timer.min.y);
        EXPECT_LE(l.details.max.y, l.footer.min.y);
        EXPECT_LE(l.notes.max.y, l.footer.min.y);
        EXPECT_GE(l.footer.height(), 3.0f * t.body) << "buttons at least 3 em tall";
        EXPECT_GT(l.picture.height(), 0);
        EXPECT_LE(l.footer.max.y, float(h));
    }
}

// The picture is copied from the mat: it gets about 40 % of the width, not what the timer leaves.
TEST(Layout, ThePictureGetsAtLeastFortyPercentOfTheWidth) {
    const std::pair<int, int> sizes[] = {{800, 600}, {1280, 800}, {1920, 1080}, {3840, 2160}};
    for (auto [w, h] : sizes) {
        const TypeScale t = typeScaleFor(w, h, 1.0f);
        const PlayerLayout l = computePlayerLayout(ImVec2(float(w), float(h)), t.body, t.digits);
        SCOPED_TRACE(std::to_string(w) + "x" + std::to_string(h));
        EXPECT_GE(l.picture.width(), 0.39f * float(w));
        EXPECT_GE(l.picture.height(), 0.3f * float(h));
    }
    const TypeScale t = typeScaleFor(1280, 800, 1.0f);
    EXPECT_GE(computePlayerLayout(ImVec2(1280, 800), t.body, t.digits).picture.width(), 400.0f);
}

TEST(Layout, TimerTextKeepsOneMinuteDigitUnderTenMinutes) {
    EXPECT_EQ(timerText(30), "0:30");
    EXPECT_EQ(timerText(5), "0:05");
    EXPECT_EQ(timerText(599), "9:59");
    EXPECT_EQ(timerText(600), "10:00");
    EXPECT_EQ(timerText(-3), "0:00");
}

TEST(Layout, HiDpiRaisesTheFloorOfSmallText) {
    EXPECT_GE(typeScaleFor(800, 600, 2.0f).body, 28.0f);
    EXPECT_LT(typeScaleFor(800, 600, 1.0f).body, 28.0f);
}

TEST(Layout, SecondsRoundUpSoTheLastSecondShowsOne) {
    EXPECT_EQ(displaySeconds(Millis{30000}), 30);
    EXPECT_EQ(displaySeconds(Millis{29001}), 30);
    EXPECT_EQ(displaySeconds(Millis{29000}), 29);
    EXPECT_EQ(displaySeconds(Millis{1}), 1);
    EXPECT_EQ(displaySeconds(Millis{0}), 0);
    EXPECT_EQ(displaySeconds(Millis{-5}), 0);
}

TEST(Layout, DoseTextForTheReadyList) {
    Exercise hold;
    hold.sets = 3;
    hold.holdSeconds = 30;
    hold.sides = Sides::Each;
    hold.sideLabel = "leg";
    EXPECT_EQ(exerciseDoseText(hold), "3 sets of 30 s hold, each leg");
    Exercise plank;
    plank.reps = 5;
    plank.repHoldSeconds = 5;
    plank.sides = Sides::Each;
    EXPECT_EQ(exerciseDoseText(plank), "5 reps, 5 s hold each, each side");
    Exercise squat;
    squat.sets = 3;
    squat.reps = 10;
    EXPECT_EQ(exerciseDoseText(squat), "3 sets of 10 reps");
}

} // namespace
} // namespace matside::ui

// Colours: WCAG contrast of at least 4.5:1 for every text colour in every phase, and phases
// that differ enough to be told apart from across the room.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/theme.h"

#include <gtest/gtest.h>

#include <cstdlib>

namespace matside::ui {
namespace {

const Phase kAll[] = {Phase::Neutral, Phase::Prepare, Phase::Work, Phase::Rest, Phase::Paused};
const ThemeId kThemes[] = {ThemeId::Dark, ThemeId::Light, ThemeId::HighContrast};

TEST(Theme, ContrastFormulaMatchesWcagReferencePoints) {
    EXPECT_NEAR(contrastRatio({0, 0, 0}, {255, 255, 255}), 21.0, 1e-9);
    EXPECT_NEAR(contrastRatio({119, 119, 119}, {255, 255, 255}), 4.48, 0.01); // #777 on white
    EXPECT_NEAR(contrastRatio({10, 20, 30}, {10, 20, 30}), 1.0, 1e-9);
}

TEST(Theme, EveryTextColourReadsInEveryPhaseOfEveryTheme) {
    for (ThemeId theme : kThemes)
        for (Phase phase : kAll) {
            const Palette& p = paletteFor(phase, theme);
            for (Rgb surface : {p.background, p.panel}) {
                EXPECT_GE(contrastRatio(p.text, surface), 4.5) << p.name << " text";
                EXPECT_GE(contrastRatio(p.muted, surface), 4.5) << p.name << " muted";
                EXPECT_GE(contrastRatio(p.accent, surface), 4.5) << p.name << " accent (phase word, side)";
                EXPECT_GE(contrastRatio(p.warning, surface), 4.5) << p.name << " warning (red flags, broken routine)";
            }
            EXPECT_GE(contrastRatio(p.onAccent, p.accent), 4.5) << p.name << " button text";
            EXPECT_GE(contrastRatio(p.onWarning, p.warning), 4.5) << p.name << " It hurts button text";
        }
}

TEST(Theme, PhasesHaveDistinctBackgroundsInEveryTheme) {
    for (ThemeId theme : kThemes)
        for (Phase a : kAll)
            for (Phase b : kAll) {
                if (a == b) continue;
                const Rgb x = paletteFor(a, theme).background, y = paletteFor(b, theme).background;
                const int d = std::abs(x.r - y.r) + std::abs(x.g - y.g) + std::abs(x.b - y.b);
                EXPECT_GE(d, 24) << paletteFor(a, theme).name << " vs " << paletteFor(b, theme).name;
            }
}

TEST(Theme, ActiveThemeChoosesThePalettes) {
    setActiveTheme(ThemeId::Light);
    EXPECT_EQ(&paletteFor(Phase::Work), &paletteFor(Phase::Work, ThemeId::Light));
    EXPECT_GT(relativeLuminance(paletteFor(Phase::Neutral).background), 0.8);
    setActiveTheme(ThemeId::HighContrast);
    EXPECT_LT(relativeLuminance(paletteFor(Phase::Neutral).background), 0.01);
    setActiveTheme(ThemeId::Dark);
    EXPECT_STREQ(paletteFor(Phase::Work).name, "work");
}

TEST(Theme, TextSizeScalesTextButNotTheTimer) {
    const TypeScale normal = typeScaleFor(1280, 800, 1.0f);
    const TypeScale xl = typeScaleFor(1280, 800, 1.0f, textScaleFactor(TextScale::XLarge));
    const TypeScale small = typeScaleFor(1280, 800, 1.0f, textScaleFactor(TextScale::Small));
    EXPECT_GT(xl.body, normal.body * 1.3f);
    EXPECT_LT(small.body, normal.body);
    EXPECT_GT(xl.title, normal.title);
    EXPECT_EQ(xl.digits, normal.digits);
    EXPECT_EQ(small.digits, normal.digits);
}

TEST(Theme, SnapshotStatesMapToPhases) {
    Snapshot s;
    s.state = SessionState::Work;
    EXPECT_EQ(phaseOf(s), Phase::Work);
    EXPECT_STREQ(phaseWord(s), "WORK");
    s.state = SessionState::Paused;
    EXPECT_EQ(phaseOf(s), Phase::Paused);
    s.state = SessionState::Ready;
    EXPECT_EQ(phaseOf(s), Phase::Neutral);
}

} // namespace
} // namespace matside::ui

// Colours: WCAG contrast of at least 4.5:1 for every text colour in every phase, and phases
// that differ enough to be told apart from across the room.
#include "ui/theme.h"

#include <gtest/gtest.h>

#include <cstdlib>

namespace matside::ui {
namespace {

const Phase kAll[] = {Phase::Neutral, Phase::Prepare, Phase::Work, Phase::Rest, Phase::Paused};

TEST(Theme, ContrastFormulaMatchesWcagReferencePoints) {
    EXPECT_NEAR(contrastRatio({0, 0, 0}, {255, 255, 255}), 21.0, 1e-9);
    EXPECT_NEAR(contrastRatio({119, 119, 119}, {255, 255, 255}), 4.48, 0.01); // #777 on white
    EXPECT_NEAR(contrastRatio({10, 20, 30}, {10, 20, 30}), 1.0, 1e-9);
}

TEST(Theme, EveryTextColourReadsInEveryPhase) {
    for (Phase phase : kAll) {
        const Palette& p = paletteFor(phase);
        for (Rgb surface : {p.background, p.panel}) {
            EXPECT_GE(contrastRatio(p.text, surface), 4.5) << p.name << " text";
            EXPECT_GE(contrastRatio(p.muted, surface), 4.5) << p.name << " muted";
            EXPECT_GE(contrastRatio(p.accent, surface), 4.5) << p.name << " accent (phase word, side)";
        }
        EXPECT_GE(contrastRatio(p.onAccent, p.accent), 4.5) << p.name << " button text";
    }
}

TEST(Theme, PhasesHaveDistinctBackgrounds) {
    for (Phase a : kAll)
        for (Phase b : kAll) {
            if (a == b) continue;
            const Rgb x = paletteFor(a).background, y = paletteFor(b).background;
            const int d = std::abs(x.r - y.r) + std::abs(x.g - y.g) + std::abs(x.b - y.b);
            EXPECT_GE(d, 24) << paletteFor(a).name << " vs " << paletteFor(b).name;
        }
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

// The cue table: every cue kind has a row, and the rows say what the issue asks for.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/cue_sounds.h"

#include "core/plan.h"
#include "core/routine_json.h"
#include "core/session.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>

namespace matside {
namespace {

TEST(CueSounds, TableCoversEveryCueKind) {
    // kAllCueKinds lists the enum from 0 to its last member, with no gaps.
    ASSERT_EQ(kAllCueKinds.size(), static_cast<std::size_t>(CueKind::SessionDone) + 1);
    std::set<CueKind> seen(kAllCueKinds.begin(), kAllCueKinds.end());
    EXPECT_EQ(seen.size(), kAllCueKinds.size());
    for (int k = 0; k <= static_cast<int>(CueKind::SessionDone); ++k) {
        const auto cue = static_cast<CueKind>(k);
        EXPECT_NE(findCueSound(cue), nullptr) << toString(cue) << " has no row";
    }
}

TEST(CueSounds, EveryCueIsAudible) {
    for (CueKind cue : kAllCueKinds) {
        const CueSound& s = cueSound(cue);
        EXPECT_TRUE(s.tone || s.voice != VoicePolicy::Silent) << toString(cue);
    }
}

TEST(CueSounds, RowsMatchTheIssue) {
    EXPECT_EQ(cueSound(CueKind::Countdown).tone, Tone::CountdownPip);
    EXPECT_EQ(cueSound(CueKind::Countdown).voice, VoicePolicy::Silent);
    EXPECT_EQ(cueSound(CueKind::WorkStart).tone, Tone::WorkStart);
    EXPECT_EQ(cueSound(CueKind::WorkEnd).tone, Tone::WorkEnd);
    EXPECT_EQ(cueSound(CueKind::RepCount).tone, Tone::RepTick);
    EXPECT_EQ(cueSound(CueKind::RepCount).voice, VoicePolicy::Queue);
    EXPECT_EQ(cueSound(CueKind::SwitchSides).tone, Tone::SwitchSides);
    EXPECT_EQ(cueSound(CueKind::SessionDone).tone, Tone::SessionDone);
    EXPECT_EQ(cueSound(CueKind::Halfway).voice, VoicePolicy::Queue);
    // A new phase cuts speech short, so a skip is heard at once.
    for (CueKind c : {CueKind::GetReady, CueKind::WorkStart, CueKind::Rest, CueKind::SwitchSides,
                      CueKind::NextExercise, CueKind::SessionDone})
        EXPECT_EQ(cueSound(c).voice, VoicePolicy::Interrupt) << toString(c);
}

// The whole default routine on virtual time: every cue kind the core emits is in the table
// and every cue that is spoken carries a sentence.
TEST(CueSounds, DefaultRoutineCuesAllHaveSound) {
    const std::filesystem::path source(MATSIDE_SOURCE_DIR);
    const auto loaded = loadRoutineFile(source / "data/si_joint.json", {source / "assets"});
    ASSERT_TRUE(loaded.ok()) << (loaded.errors.empty() ? "" : loaded.errors[0].where + ": " + loaded.errors[0].what);
    const Plan plan = expandPlan(*loaded.routine);
    Session session(plan);
    std::map<CueKind, int> counts;
    auto take = [&](const std::vector<SessionEvent>& events) {
        for (const SessionEvent& e : events) {
            const auto* cue = std::get_if<CueEvent>(&e.what);
            if (!cue) continue;
            ++counts[cue->cue];
            ASSERT_NE(findCueSound(cue->cue), nullptr) << toString(cue->cue);
            if (cueSound(cue->cue).voice != VoicePolicy::Silent) {
                EXPECT_FALSE(cue->text.empty()) << toString(cue->cue);
            }
        }
    };
    take(session.apply(Command::Start, Millis{0}));
    for (Millis t{0}; session.state() != SessionState::Done && t < Millis{4 * 3600 * 1000}; t += Millis{500})
        take(session.advance(t));
    EXPECT_EQ(session.state(), SessionState::Done);
    for (CueKind c : {CueKind::GetReady, CueKind::WorkStart, CueKind::WorkEnd, CueKind::Halfway, CueKind::Countdown,
                      CueKind::RepCount, CueKind::Rest, CueKind::SwitchSides, CueKind::NextExercise,
                      CueKind::SessionDone})
        EXPECT_GT(counts[c], 0) << toString(c) << " never emitted by the default routine";
}

} // namespace
} // namespace matside

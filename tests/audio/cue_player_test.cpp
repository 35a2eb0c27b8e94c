// The cue player's policy on fakes: timing from the event, interruption, mute and voice toggles.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/cue_player.h"
#include "core/plan.h"

#include <gtest/gtest.h>

#include <chrono>

namespace matside {
namespace {

using namespace std::chrono_literals;

struct FakeOutput final : SoundOutput {
    struct ToneCall {
        Tone tone;
        SteadyTime at;
    };
    std::vector<ToneCall> tones;
    std::vector<std::uint64_t> flushes;
    std::vector<SteadyTime> expected;
    bool mutedFlag = false;
    void expectSoundAt(SteadyTime at) override { expected.push_back(at); }
    float vol = -1;
    void playTone(Tone tone, SteadyTime at) override { tones.push_back({tone, at}); }
    void pushSpeech(std::uint64_t, std::vector<std::int16_t>, int, SteadyTime) override {}
    void flushSpeech(std::uint64_t gen) override { flushes.push_back(gen); }
    void setMuted(bool m) override { mutedFlag = m; }
    void setVolume(float v) override { vol = v; }
    bool silent() const override { return false; }
};

struct FakeVoice final : VoiceEngine {
    struct Said {
        std::string text;
        std::uint64_t gen;
        SteadyTime notBefore;
    };
    std::vector<Said> said;
    std::vector<std::uint64_t> cancels;
    void say(std::string text, std::uint64_t gen, SteadyTime notBefore) override {
        said.push_back({std::move(text), gen, notBefore});
    }
    void cancel(std::uint64_t gen) override { cancels.push_back(gen); }
    bool available() const override { return true; }
};

struct CuePlayerTest : ::testing::Test {
    FakeOutput out;
    FakeVoice voice;
    VirtualClock clock{Millis{100000}};
    CuePlayer player{out, &voice, clock};
    Snapshot snap;

    SessionEvent cue(CueKind kind, std::string text, Millis t) { return {t, CueEvent{kind, std::move(text)}}; }
    static long long ms(SteadyTime::duration d) { return std::chrono::duration_cast<std::chrono::milliseconds>(d).count(); }
};

// A pip is scheduled at its event's own time, not when onEvents noticed it.
TEST_F(CuePlayerTest, ToneIsScheduledAtTheEventTime) {
    clock.set(Millis{100015}); // noticed 15 ms late
    const SteadyTime before = std::chrono::steady_clock::now();
    player.onEvents({cue(CueKind::Countdown, "3", Millis{100000})}, snap);
    const SteadyTime after = std::chrono::steady_clock::now();
    ASSERT_EQ(out.tones.size(), 1u);
    EXPECT_EQ(out.tones[0].tone, Tone::CountdownPip);
    EXPECT_GE(out.tones[0].at, before - 15ms);
    EXPECT_LE(out.tones[0].at, after - 15ms);
    EXPECT_TRUE(voice.said.empty()) << "countdown pips are not spoken";
}

TEST_F(CuePlayerTest, StaleToneIsDroppedButTheSentenceIsStillSaid) {
    clock.set(Millis{101000}); // a one-second stall
    player.onEvents({cue(CueKind::WorkStart, "Bridge.", Millis{100000})}, snap);
    EXPECT_TRUE(out.tones.empty());
    ASSERT_EQ(voice.said.size(), 1u);
    EXPECT_EQ(voice.said[0].text, "Bridge.");
}

TEST_F(CuePlayerTest, VoiceWaitsForItsTone) {
    clock.set(Millis{100000});
    player.onEvents({cue(CueKind::WorkStart, "Bridge. 10 reps.", Millis{100000})}, snap);
    ASSERT_EQ(out.tones.size(), 1u);
    ASSERT_EQ(voice.said.size(), 1u);
    EXPECT_GE(ms(voice.said[0].notBefore - out.tones[0].at), long(toneDurationMs(Tone::WorkStart)));
    EXPECT_LE(ms(voice.said[0].notBefore - out.tones[0].at), long(toneDurationMs(Tone::WorkStart)) + 60);
}

// The last rep, the end of work and the next phase happen at one instant: their tones queue up.
TEST_F(CuePlayerTest, TonesOfOneMomentPlayOneAfterAnother) {
    clock.set(Millis{100000});
    player.onEvents({cue(CueKind::RepCount, "10", Millis{100000}), cue(CueKind::WorkEnd, "Set complete.", Millis{100000}),
                     cue(CueKind::SwitchSides, "Switch sides.", Millis{100000})},
                    snap);
    ASSERT_EQ(out.tones.size(), 3u);
    EXPECT_EQ(ms(out.tones[1].at - out.tones[0].at), long(toneDurationMs(Tone::RepTick)));
    EXPECT_EQ(ms(out.tones[2].at - out.tones[1].at), long(toneDurationMs(Tone::WorkEnd)));
}

TEST_F(CuePlayerTest, NewPhaseCutsSpeechShort) {
    clock.set(Millis{100000});
    player.onEvents({cue(CueKind::RepCount, "3", Millis{100000})}, snap);
    ASSERT_EQ(voice.said.size(), 1u);
    const std::uint64_t oldGen = voice.said[0].gen;
    player.onEvents({cue(CueKind::Halfway, "Halfway.", Millis{100000})}, snap);
    EXPECT_EQ(voice.said.back().gen, oldGen) << "a queued line does not interrupt";
    EXPECT_TRUE(voice.cancels.empty());

    player.onEvents({{Millis{100000}, CommandEvent{Command::Next}}, cue(CueKind::GetReady, "Get ready.", Millis{100000})},
                    snap);
    ASSERT_FALSE(voice.cancels.empty());
    EXPECT_GT(voice.cancels.back(), oldGen);
    ASSERT_FALSE(out.flushes.empty());
    EXPECT_EQ(out.flushes.back(), voice.cancels.back());
    EXPECT_EQ(voice.said.back().text, "Get ready.");
    EXPECT_EQ(voice.said.back().gen, voice.cancels.back()) << "the new line survives its own cancel";
}

TEST_F(CuePlayerTest, OnlyTheLastOfSeveralPhaseLinesInOneBatchIsSaid) {
    clock.set(Millis{100000});
    player.onEvents({cue(CueKind::Rest, "Rest 20 seconds.", Millis{99000}), cue(CueKind::GetReady, "Get ready.", Millis{99500}),
                     cue(CueKind::WorkStart, "Bridge.", Millis{100000})},
                    snap);
    ASSERT_EQ(voice.said.size(), 1u);
    EXPECT_EQ(voice.said[0].text, "Bridge.");
}

TEST_F(CuePlayerTest, MuteSilencesEverything) {
    player.setMuted(true);
    EXPECT_TRUE(out.mutedFlag);
    EXPECT_FALSE(out.flushes.empty()) << "muting stops speech in progress";
    player.onEvents({cue(CueKind::WorkStart, "Bridge.", clock.now()), cue(CueKind::Countdown, "1", clock.now())}, snap);
    EXPECT_TRUE(out.tones.empty());
    EXPECT_TRUE(voice.said.empty());
    player.toggleMute();
    EXPECT_FALSE(player.muted());
    EXPECT_FALSE(out.mutedFlag);
    player.onEvents({cue(CueKind::Countdown, "1", clock.now())}, snap);
    EXPECT_EQ(out.tones.size(), 1u);
}

TEST_F(CuePlayerTest, VoiceOffKeepsTones) {
    player.toggleVoice();
    EXPECT_FALSE(player.voiceEnabled());
    player.onEvents({cue(CueKind::WorkStart, "Bridge.", clock.now())}, snap);
    EXPECT_EQ(out.tones.size(), 1u);
    EXPECT_TRUE(voice.said.empty());
    player.toggleVoice();
    player.onEvents({cue(CueKind::WorkStart, "Bridge.", clock.now())}, snap);
    EXPECT_EQ(voice.said.size(), 1u);
}

TEST_F(CuePlayerTest, QuitStopsSpeech) {
    player.onEvents({cue(CueKind::GetReady, "Get ready: a long sentence.", clock.now())}, snap);
    const std::size_t flushes = out.flushes.size();
    player.onEvents({{clock.now(), CommandEvent{Command::Quit}}, {clock.now(), StateEvent{SessionState::Done, std::nullopt}}},
                    snap);
    EXPECT_GT(out.flushes.size(), flushes);
}

TEST_F(CuePlayerTest, VolumeIsClampedAndPassedOn) {
    player.setVolume(1.7f);
    EXPECT_FLOAT_EQ(out.vol, 1.0f);
    player.setVolume(0.25f);
    EXPECT_FLOAT_EQ(out.vol, 0.25f);
    EXPECT_FLOAT_EQ(player.volume(), 0.25f);
}

// An idle device is woken just before the next likely sound, which the snapshot predicts.
TEST_F(CuePlayerTest, HintsTheNextPipAndTheNextRep) {
    PlanStep hold;
    hold.kind = StepKind::Work;
    hold.holdSeconds = 30;
    hold.seconds = 30;
    Snapshot s;
    s.state = SessionState::Work;
    s.step = &hold;
    s.stepDuration = Millis{30000};
    s.stepRemaining = Millis{20000};
    SteadyTime now = std::chrono::steady_clock::now();
    player.onEvents({}, s);
    ASSERT_EQ(out.expected.size(), 1u);
    EXPECT_NEAR(ms(out.expected[0] - now), 17000, 20) << "the first pip is 3 s before the end";

    PlanStep reps;
    reps.kind = StepKind::Work;
    reps.reps = 10;
    reps.repSeconds = 3;
    reps.seconds = 30;
    s.step = &reps;
    s.stepRemaining = Millis{26000}; // 4 s in: the next rep is at 6 s
    now = std::chrono::steady_clock::now();
    player.onEvents({}, s);
    ASSERT_EQ(out.expected.size(), 2u);
    EXPECT_NEAR(ms(out.expected[1] - now), 2000, 20);

    s.state = SessionState::Paused; // nothing is coming while paused
    player.onEvents({}, s);
    EXPECT_EQ(out.expected.size(), 2u);
}

TEST_F(CuePlayerTest, WorksWithoutAVoice) {
    CuePlayer tonesOnly(out, nullptr, clock);
    tonesOnly.onEvents({cue(CueKind::SessionDone, "Well done.", clock.now())}, snap);
    EXPECT_EQ(out.tones.size(), 1u);
    EXPECT_FALSE(tonesOnly.voiceAvailable());
}

} // namespace
} // namespace matside

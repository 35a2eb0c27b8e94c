// A scripted session rendered through OpenAL Soft's wave backend: every tone at its time and
// pitch, speech where a voice cue was due, silence where nothing was. Plus a lost device.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/audio_system.h"
#include "support/alsoft_env.h"
#include "support/scripted_session.h"
#include "support/wav_analysis.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iostream>

namespace matside {
namespace {

using namespace std::chrono_literals;

// Mono int16 with a ~10 ms mixing period, written to out.wav in the temp dir. The rate is
// left to AlDevice, which asks for 22050 Hz.
const auto* const g_env = ::testing::AddGlobalTestEnvironment(new test::AlsoftEnvironment(
    "drivers=wave\nchannels=mono\nsample-type=int16\nperiod_size=220\nperiods=2",
    "[wave]\nfile=@DIR@/out.wav"));

SteadyTime steadyAt(Millis t) {
    return SteadyTime(std::chrono::duration_cast<SteadyTime::duration>(t));
}

struct ExpectedTone {
    Tone tone;
    double at; // seconds, session time
};
struct ExpectedVoice {
    std::string text;
    double from; // seconds, session time, when the line may begin
};

// What the cue player promises (see cue_player.cpp): tones at their event's time, tones of
// one moment one after another (pips excepted), a line after its tone; an interrupting
// cue cuts the lines before it.
void expectations(const std::vector<SessionEvent>& events, Millis start, std::vector<ExpectedTone>& tones,
                  std::vector<ExpectedVoice>& voices) {
    double toneEnd = -1;
    std::vector<double> interrupts;
    for (const SessionEvent& e : events) {
        const auto* cue = std::get_if<CueEvent>(&e.what);
        if (!cue) continue;
        const double t = (e.t - start).count() / 1000.0;
        const CueSound& sound = cueSound(cue->cue);
        double voiceFrom = t;
        if (sound.tone) {
            const double at = *sound.tone == Tone::CountdownPip ? t : std::max(t, toneEnd);
            tones.push_back({*sound.tone, at});
            toneEnd = std::max(toneEnd, at + toneDurationMs(*sound.tone) / 1000.0);
            voiceFrom = std::max(t, toneEnd + 0.040);
        }
        if (sound.voice == VoicePolicy::Interrupt) interrupts.push_back(t);
        if (sound.voice != VoicePolicy::Silent) voices.push_back({cue->text, voiceFrom});
    }
    // Keep the lines that have at least half a second before the next interruption.
    std::erase_if(voices, [&](const ExpectedVoice& v) {
        return std::any_of(interrupts.begin(), interrupts.end(), [&](double i) { return i > v.from - 1.0 && i < v.from + 0.5 && i != v.from; });
    });
}

TEST(WaveRender, ScriptedSessionCuesAreHeardOnTime) {
    SteadyClock clock;
    const Routine routine = test::bridgeRoutine();
    const Plan plan = expandPlan(routine);
    Session session(plan);
    Millis markerAt{0}, start{0};
    std::vector<SessionEvent> events;
    {
        AudioSettings settings;
        settings.volume = 1.0f;
        AudioSystem audio(clock, settings);
        ASSERT_TRUE(audio.output().waitUntilOpen(5s)) << audio.output().failure();
        ASSERT_TRUE(audio.speech().waitUntilReady(5s)) << audio.speech().failure();
        // A lone pip as a time marker ties the WAV's sample clock to the steady clock.
        markerAt = clock.now() + Millis{400};
        audio.output().playTone(Tone::CountdownPip, steadyAt(markerAt));
        start = markerAt + Millis{1000};
        events = test::playInRealTime(session, audio.cues(), clock, start);
        for (int i = 0; i < 400 && (audio.speech().busy() || audio.output().speaking()); ++i)
            std::this_thread::sleep_for(20ms);
        std::this_thread::sleep_for(300ms);
    } // closing the device completes the WAV header
    ASSERT_EQ(session.state(), SessionState::Done);

    std::string error;
    const auto wav = test::readWav(test::AlsoftEnvironment::dir() / "out.wav", error);
    ASSERT_TRUE(wav) << error;
    const int rate = wav->sampleRate;
    EXPECT_EQ(rate, 22050) << "the device should mix at the rate AlDevice asks for";

    // The marker: the first 880 Hz onset in the file, at the full pip's level.
    const double pipAmp = test::renderedAmplitude(Tone::CountdownPip, rate);
    const auto marker = test::findToneOnset(*wav, 880, 0, wav->seconds(), 0.5 * pipAmp);
    ASSERT_TRUE(marker) << "no marker pip in " << wav->seconds() << " s of WAV";
    const double sessionAt = *marker + (start - markerAt).count() / 1000.0; // session t=0 in the WAV

    // Nothing is heard before the marker or between it and the session's start.
    EXPECT_LT(test::rmsBetween(*wav, 0.02, *marker - 0.05), 0.003);
    EXPECT_LT(test::rmsBetween(*wav, *marker + 0.15, sessionAt - 0.05), 0.003);

    std::vector<ExpectedTone> tones;
    std::vector<ExpectedVoice> voices;
    expectations(events, start, tones, voices);
    // The script must really contain what is being tested.
    auto count = [&](Tone t) { return std::count_if(tones.begin(), tones.end(), [&](auto& e) { return e.tone == t; }); };
    EXPECT_EQ(count(Tone::CountdownPip), 3);
    EXPECT_EQ(count(Tone::WorkStart), 1);
    EXPECT_EQ(count(Tone::RepTick), 2);
    EXPECT_EQ(count(Tone::WorkEnd), 1);
    EXPECT_EQ(count(Tone::SessionDone), 1);

    double worstMs = 0;
    for (const ExpectedTone& e : tones) {
        const double want = sessionAt + e.at;
        for (const ToneNote& note : toneNotes(e.tone)) {
            if (e.tone == Tone::SessionDone && note.startMs > 0) break; // overlapping bells: first only
            const double noteAt = want + note.startMs / 1000.0;
            const double expectedAmp = test::renderedAmplitude(e.tone, rate) * note.amplitude / toneNotes(e.tone).front().amplitude;
            const auto onset = test::findToneOnset(*wav, note.frequencyHz, noteAt - 0.15, noteAt + 0.15, 0.5 * expectedAmp);
            ASSERT_TRUE(onset) << toString(e.tone) << " " << note.frequencyHz << " Hz missing near t=" << e.at << " s";
            EXPECT_NEAR(*onset, noteAt, 0.050) << toString(e.tone) << " " << note.frequencyHz << " Hz at t=" << e.at;
            worstMs = std::max(worstMs, std::abs(*onset - noteAt) * 1000);
            if (std::getenv("MATSIDE_AUDIO_VERBOSE"))
                std::cout << "  " << toString(e.tone) << " " << note.frequencyHz << " Hz at " << e.at << " s: "
                          << (*onset - noteAt) * 1000 << " ms\n";
        }
    }
    std::cout << "[ figures  ] worst tone onset error vs its event: " << worstMs << " ms over " << tones.size()
              << " tones\n";

    // Pitch tells the tones apart: at the work-start tone, 660 Hz is there and the pip's 880 is not.
    const double workStart = sessionAt + std::find_if(tones.begin(), tones.end(), [](auto& e) { return e.tone == Tone::WorkStart; })->at;
    const auto from = static_cast<std::size_t>((workStart + 0.02) * rate);
    const std::size_t window = rate * 8 / 100; // 80 ms
    const double a660 = test::goertzelAmplitude(wav->samples, from, window, 660, rate);
    EXPECT_GT(a660, 4 * test::goertzelAmplitude(wav->samples, from, window, 880, rate));
    EXPECT_GT(a660, 4 * test::goertzelAmplitude(wav->samples, from, window, 784, rate));

    ASSERT_GE(voices.size(), 3u) << "get ready, work start, a rep and well done should be spoken";
    for (const ExpectedVoice& v : voices) {
        const double at = sessionAt + v.from;
        EXPECT_GT(test::rmsBetween(*wav, at + 0.08, at + 0.40), 0.02) << "no speech for \"" << v.text << "\" at t=" << v.from;
    }
}

// After 3 s of silence the mixer pauses (no CPU while idle); a tone or a hint wakes it.
TEST(WaveRender, IdleDevicePausesAndWakesForSound) {
    AudioOutput out;
    ASSERT_TRUE(out.waitUntilOpen(5s)) << out.failure();
    auto waitFor = [&](bool paused, std::chrono::milliseconds limit) {
        const auto until = std::chrono::steady_clock::now() + limit;
        while (out.devicePaused() != paused && std::chrono::steady_clock::now() < until)
            std::this_thread::sleep_for(5ms);
        return out.devicePaused() == paused;
    };
    EXPECT_FALSE(out.devicePaused());
    ASSERT_TRUE(waitFor(true, 4500ms)) << "an idle device should pause";
    out.playTone(Tone::RepTick, std::chrono::steady_clock::now());
    EXPECT_TRUE(waitFor(false, 300ms)) << "a tone should wake it at once";
    ASSERT_TRUE(waitFor(true, 4500ms));
    out.expectSoundAt(std::chrono::steady_clock::now() + 1000ms);
    std::this_thread::sleep_for(400ms);
    EXPECT_TRUE(out.devicePaused()) << "not yet: the warm-up is 300 ms before the sound";
    EXPECT_TRUE(waitFor(false, 600ms)) << "woken ahead of the expected sound";
}

// Waiting for a tone due later, or for the next warm-up, is a sleep, not a poll.
TEST(WaveRender, AudioThreadSleepsUntilItHasWork) {
    AudioOutput out;
    ASSERT_TRUE(out.waitUntilOpen(5s)) << out.failure();
    const unsigned before = out.wakeUps();
    const SteadyTime now = std::chrono::steady_clock::now();
    out.playTone(Tone::CountdownPip, now + 1000ms);
    out.expectSoundAt(now + 2000ms);
    std::this_thread::sleep_for(2500ms);
    // The requests, warm-ups, the tone, its end, and a connection check every 500 ms.
    EXPECT_LT(out.wakeUps() - before, 25u);
}

TEST(WaveRender, LostDeviceGoesSilentOnceAndNeverBlocks) {
    testing::internal::CaptureStderr();
    {
        AudioOutput out;
        ASSERT_TRUE(out.waitUntilOpen(5s)) << out.failure();
        out.simulateDeviceLoss();
        for (int i = 0; i < 100 && !out.silent(); ++i) std::this_thread::sleep_for(10ms);
        EXPECT_TRUE(out.silent());
        EXPECT_EQ(out.failure(), "sound device lost");
        out.simulateDeviceLoss();
        const auto t0 = std::chrono::steady_clock::now();
        for (int i = 0; i < 1000; ++i) {
            out.playTone(Tone::CountdownPip, std::chrono::steady_clock::now());
            out.pushSpeech(1, std::vector<std::int16_t>(2205, 1000), 22050, std::chrono::steady_clock::now());
            out.flushSpeech(2);
        }
        EXPECT_LT(std::chrono::steady_clock::now() - t0, 200ms);
        EXPECT_FALSE(out.speaking());
    }
    const std::string err = testing::internal::GetCapturedStderr();
    EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1) << err;
    EXPECT_NE(err.find("sound device lost; running silently"), std::string::npos) << err;
}

} // namespace
} // namespace matside

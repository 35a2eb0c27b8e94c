// espeak-ng speech on its worker: sentences become PCM, a cancel cuts a line short, rate matters.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/speech.h"
#include "support/wav_analysis.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <condition_variable>
#include <mutex>

namespace matside {
namespace {

using namespace std::chrono_literals;

// Collects PCM; optionally holds the worker at the first chunk until released.
struct CollectingSink final : SpeechSink {
    std::mutex mutex;
    std::condition_variable cv;
    std::vector<std::int16_t> pcm;
    std::vector<std::uint64_t> gens;
    int rate = 0;
    int chunks = 0;
    bool holdFirst = false;
    bool released = false;

    void pushSpeech(std::uint64_t gen, std::vector<std::int16_t> chunk, int sampleRate, SteadyTime) override {
        std::unique_lock lock(mutex);
        ++chunks;
        rate = sampleRate;
        gens.push_back(gen);
        pcm.insert(pcm.end(), chunk.begin(), chunk.end());
        cv.notify_all();
        if (holdFirst) cv.wait(lock, [&] { return released; });
    }
    void waitForChunks(int n) {
        std::unique_lock lock(mutex);
        cv.wait_for(lock, 5s, [&] { return chunks >= n; });
    }
    void release() {
        std::lock_guard lock(mutex);
        released = true;
        cv.notify_all();
    }
};

bool waitIdle(const Speech& speech) {
    for (int i = 0; i < 500 && speech.busy(); ++i) std::this_thread::sleep_for(10ms);
    return !speech.busy();
}

std::size_t samplesFor(const std::string& text, int rate) {
    CollectingSink sink;
    SpeechOptions options;
    options.rateWpm = rate;
    Speech speech(sink, options);
    EXPECT_TRUE(speech.waitUntilReady(5s));
    speech.say(text, 1, SteadyTime{});
    EXPECT_TRUE(waitIdle(speech));
    std::lock_guard lock(sink.mutex);
    return sink.pcm.size();
}

TEST(Speech, SentenceBecomesAudiblePcm) {
    CollectingSink sink;
    Speech speech(sink);
    ASSERT_TRUE(speech.waitUntilReady(5s)) << speech.failure();
    EXPECT_TRUE(speech.available());
    speech.say("Switch sides. Right leg next.", 7, SteadyTime{});
    ASSERT_TRUE(waitIdle(speech));
    std::lock_guard lock(sink.mutex);
    ASSERT_GT(sink.rate, 8000);
    const double seconds = double(sink.pcm.size()) / sink.rate;
    EXPECT_GT(seconds, 0.8);
    EXPECT_LT(seconds, 5.0);
    const std::vector<float> f = test::toFloat(sink.pcm);
    EXPECT_GT(test::rms(f, 0, f.size()), 0.02) << "speech should carry real energy";
    for (std::uint64_t g : sink.gens) EXPECT_EQ(g, 7u);
}

// The worker is held inside espeak's first chunk; a cancel then aborts the rest of the line.
TEST(Speech, CancelCutsALineShort) {
    const std::string text = "Adductor strengthening with exercise band. Left leg. Set one of three. Ten reps. "
                             "Keep the pelvis and the trunk still while the leg moves in and out.";
    const std::size_t full = samplesFor(text, 160);
    CollectingSink sink;
    sink.holdFirst = true;
    Speech speech(sink);
    ASSERT_TRUE(speech.waitUntilReady(5s));
    speech.say(text, 1, SteadyTime{});
    speech.say("This queued line is dropped too.", 1, SteadyTime{});
    sink.waitForChunks(1);
    speech.cancel(2);
    sink.release();
    ASSERT_TRUE(waitIdle(speech));
    std::lock_guard lock(sink.mutex);
    EXPECT_EQ(sink.chunks, 1);
    EXPECT_LT(sink.pcm.size(), full / 4) << "full line: " << full << " samples";
}

TEST(Speech, FasterRateGivesShorterSpeech) {
    const std::string text = "Lying glute stretch. Right leg. Hold for 30 seconds.";
    const std::size_t slow = samplesFor(text, 120);
    const std::size_t fast = samplesFor(text, 300);
    EXPECT_LT(double(fast), 0.7 * double(slow));
}

TEST(Speech, UnknownVoiceFallsBackToEnglish) {
    CollectingSink sink;
    SpeechOptions options;
    options.voice = "no-such-voice";
    testing::internal::CaptureStderr();
    Speech speech(sink, options);
    ASSERT_TRUE(speech.waitUntilReady(5s));
    speech.say("Well done.", 1, SteadyTime{});
    const bool idle = waitIdle(speech);
    EXPECT_EQ(testing::internal::GetCapturedStderr(), "matside: voice \"no-such-voice\" not found; using \"en\"\n");
    ASSERT_TRUE(idle);
    std::lock_guard lock(sink.mutex);
    EXPECT_GT(sink.pcm.size(), 2000u);
}

// The settings file's default voice name is "": espeak-ng's English, without complaint.
TEST(Speech, EmptyVoiceNameMeansEnglish) {
    CollectingSink sink;
    SpeechOptions options;
    options.voice = "";
    testing::internal::CaptureStderr();
    Speech speech(sink, options);
    ASSERT_TRUE(speech.waitUntilReady(5s));
    speech.say("Halfway.", 1, SteadyTime{});
    const bool idle = waitIdle(speech);
    EXPECT_EQ(testing::internal::GetCapturedStderr(), "");
    ASSERT_TRUE(idle);
    std::lock_guard lock(sink.mutex);
    EXPECT_GT(sink.pcm.size(), 2000u);
}

TEST(Speech, ListsVoicesForTheSettings) {
    CollectingSink sink;
    Speech speech(sink);
    ASSERT_TRUE(speech.waitUntilReady(5s));
    const std::vector<VoiceInfo> voices = speech.voices();
    EXPECT_GT(voices.size(), 20u);
    const auto gb = std::find_if(voices.begin(), voices.end(), [](const VoiceInfo& v) { return v.language == "en-gb"; });
    ASSERT_NE(gb, voices.end());
    EXPECT_EQ(gb->name, "English (Great Britain)");
    // A listed language code works as a voice name (an unknown one would say "not found").
    testing::internal::CaptureStderr();
    speech.setVoice("de");
    speech.say("Gut gemacht.", 1, SteadyTime{});
    const bool idle = waitIdle(speech);
    const std::string err = testing::internal::GetCapturedStderr();
    ASSERT_TRUE(idle);
    EXPECT_EQ(err, "");
    std::lock_guard lock(sink.mutex);
    EXPECT_GT(sink.pcm.size(), 2000u);
}

TEST(Speech, SecondEngineAtOnceIsUnavailableNotBroken) {
    CollectingSink a, b;
    Speech first(a);
    ASSERT_TRUE(first.waitUntilReady(5s));
    SpeechOptions quiet;
    quiet.reportToStderr = false;
    Speech second(b, quiet);
    EXPECT_FALSE(second.waitUntilReady(5s));
    EXPECT_FALSE(second.available());
    second.say("ignored", 1, SteadyTime{}); // must not crash or block
}

} // namespace
} // namespace matside

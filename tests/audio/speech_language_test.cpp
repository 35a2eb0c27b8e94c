// The voice speaks the interface language: espeak-ng's voice picked by language, and
// English (said once on stderr) when espeak-ng has no voice for it.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/speech.h"
#include "core/cue_text.h"
#include "core/paths.h"
#include "core/plan.h"
#include "core/routine_json.h"
#include "i18n/language.h"
#include "support/wav_analysis.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <thread>

namespace matside {
namespace {

using namespace std::chrono_literals;

struct PcmSink final : SpeechSink {
    std::mutex mutex;
    std::vector<std::int16_t> pcm;
    void pushSpeech(std::uint64_t, std::vector<std::int16_t> chunk, int, SteadyTime) override {
        std::lock_guard lock(mutex);
        pcm.insert(pcm.end(), chunk.begin(), chunk.end());
    }
};

bool waitIdle(const Speech& speech) {
    for (int i = 0; i < 500 && speech.busy(); ++i) std::this_thread::sleep_for(10ms);
    return !speech.busy();
}

class SpeechLanguage : public ::testing::Test {
protected:
    void SetUp() override {
        const auto locale = std::filesystem::path(MATSIDE_BINARY).parent_path() / "locale";
        ::setenv("MATSIDE_LOCALE_DIR", locale.c_str(), 1);
    }
    void TearDown() override { i18n::setLanguage("en"); }
};

TEST_F(SpeechLanguage, AGermanSessionsFirstCueIsSpokenWithAGermanVoice) {
    ASSERT_EQ(i18n::setLanguage("de"), "de");
    const LoadResult loaded =
        loadRoutineFile(std::filesystem::path(MATSIDE_SOURCE_DIR) / "data" / "si_joint.json", {assetsDir()});
    ASSERT_TRUE(loaded.ok());
    const Plan plan = expandPlan(*loaded.routine);
    const std::string cue = entrySentence(plan, plan.steps[0]);
    ASSERT_EQ(cue, "Bereit machen: Dehnung der hinteren Oberschenkel. Linkes Bein. 30 Sekunden halten.");

    PcmSink sink;
    Speech speech(sink); // default options: no voice named, so the language's
    ASSERT_TRUE(speech.waitUntilReady(5s)) << speech.failure();
    speech.say(cue, 1, SteadyTime{});
    ASSERT_TRUE(waitIdle(speech));
    EXPECT_EQ(speech.voiceId(), "gmw/de"); // espeak-ng's own id of its German voice
    std::lock_guard lock(sink.mutex);
    const double seconds = double(sink.pcm.size()) / speech.sampleRate();
    EXPECT_GT(seconds, 2.0) << "a whole German sentence";
    const std::vector<float> f = test::toFloat(sink.pcm);
    EXPECT_GT(test::rms(f, 0, f.size()), 0.02);
}

TEST_F(SpeechLanguage, FrenchAndSpanishGetTheirOwnVoices) {
    for (const auto& [language, voice] : {std::pair{"fr", "roa/fr"}, std::pair{"es", "roa/es"}}) {
        PcmSink sink;
        SpeechOptions options;
        options.language = language;
        Speech speech(sink, options);
        ASSERT_TRUE(speech.waitUntilReady(5s));
        speech.say("Bonjour. Hola.", 1, SteadyTime{});
        ASSERT_TRUE(waitIdle(speech));
        EXPECT_EQ(speech.voiceId(), voice) << language;
        std::lock_guard lock(sink.mutex);
        EXPECT_GT(sink.pcm.size(), 5000u) << language << ": the voice really spoke";
    }
}

TEST_F(SpeechLanguage, ALanguageWithoutAVoiceFallsBackToEnglishAndSaysSo) {
    PcmSink sink;
    SpeechOptions options;
    options.language = "tlh"; // no espeak-ng voice speaks Klingon
    testing::internal::CaptureStderr();
    Speech speech(sink, options);
    ASSERT_TRUE(speech.waitUntilReady(5s));
    speech.say("Well done.", 1, SteadyTime{});
    const bool idle = waitIdle(speech);
    EXPECT_EQ(testing::internal::GetCapturedStderr(),
              "matside: no espeak-ng voice for language \"tlh\"; using English\n");
    ASSERT_TRUE(idle);
    EXPECT_EQ(speech.voiceId(), "en");
    std::lock_guard lock(sink.mutex);
    EXPECT_GT(sink.pcm.size(), 1000u);
}

} // namespace
} // namespace matside

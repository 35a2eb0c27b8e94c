// Sound in the real player (issue 5), under xvfb-run: with no sound device a session runs to
// its end and says so once; M and V are remembered in settings.json; with OpenAL Soft's
// `wave` backend the player's countdown pips land in the WAV at their seconds.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/tone_synth.h"
#include "support/player_run.h"
#include "support/screenshot.h"
#include "support/text_files.h"
#include "support/wav_analysis.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <unistd.h>

namespace matside {
namespace {

namespace fs = std::filesystem;

// A 9 s routine: 4 s get-ready with three pips, a 5 s hold with three pips, then done.
const char* const kShortRoutine = R"({"format": 1, "id": "sound_check", "title": "Sound check",
 "defaults": {"prepare_seconds": 4},
 "exercises": [{"id": "side_plank", "name": "Side plank", "sides": "both", "sets": 1, "hold_seconds": 5,
   "illustrations": {"start": "illustrations/side_plank_start.png", "end": "illustrations/side_plank_end.png"}}]})";

using test::jsonLines;
using test::readText;

int countOf(const std::string& text, const std::string& needle) {
    int n = 0;
    for (std::size_t at = 0; (at = text.find(needle, at)) != std::string::npos; at += needle.size()) ++n;
    return n;
}

class SoundWindow : public test::PlayerTestDir {
protected:
    void SetUp() override {
        PlayerTestDir::SetUp();
        fs::create_directories(dir / "config" / "matside");
    }

    // An OpenAL Soft config: `body` is its [general] section and anything after.
    fs::path alsoftConf(const std::string& body) {
        const fs::path conf = dir / "alsoft.conf";
        std::ofstream(conf) << "[general]\n" << body << "\n";
        return conf;
    }

    test::ProcessResult play(const std::vector<std::string>& args, const fs::path& conf) {
        // ALSOFT_LOGLEVEL unset: matside itself must keep OpenAL Soft's log lines quiet.
        return test::playUnderXvfb(args,
                                   {{"XDG_CONFIG_HOME", (dir / "config").string()},
                                    {"XDG_DATA_HOME", (dir / "data").string()},
                                    {"MATSIDE_NO_INTRO", "1"},
                                    {"ALSOFT_CONF", conf.string()}},
                                   60, "1280x800x24");
    }

    nlohmann::json settings() {
        const std::string text = readText(dir / "config" / "matside" / "settings.json");
        return text.empty() ? nlohmann::json() : nlohmann::json::parse(text);
    }
};

// An invalid driver list: OpenAL Soft opens no device at all, as on a CI machine.
const char* const kNoDevice = "drivers=no-such-driver";

TEST_F(SoundWindow, NoDeviceSessionRunsToTheEndAndSaysSoOnce) {
    const fs::path log = dir / "events.jsonl", shot = dir / "done.png";
    const auto r = play({"--size", "800x600", "--events", "0.2:start,0.5:next,0.8:next,1.1:next,1.4:next",
                         "--exit-after", "3", "--log-events", log.string(), "--screenshot", shot.string(),
                         MATSIDE_TEST_DATA_DIR "/minimal.json"},
                        alsoftConf(kNoDevice));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto lines = jsonLines(readText(log));
    ASSERT_FALSE(lines.empty());
    bool done = false;
    for (const auto& line : lines) done = done || (line["event"] == "state" && line["state"] == "done");
    EXPECT_TRUE(done) << "the session never reached its end:\n" << readText(log);
    EXPECT_EQ(lines.back()["event"], "summary");
    // Exactly one line on stderr about the sound (without a session bus the screen-saver
    // inhibit says so in a line of its own, tested in tests/desktop).
    const int busLines = countOf(r.err, "matside: screen saver:");
    EXPECT_LE(busLines, 1) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n') - busLines, 1) << r.err;
    EXPECT_EQ(countOf(r.err, "matside: no sound device; running silently"), 1) << r.err;

    // The badge ("No sound", with a crossed speaker) sits in the done screen's top-right
    // corner; without it that corner is plain background.
    const test::Screenshot frame = test::readScreenshot(shot);
    ASSERT_FALSE(frame.rgb.empty());
    const ui::Rgb bg = frame.at(0, 0); // the top-left pixel is background
    int ink = 0;
    for (int y = 0; y < frame.h / 15; ++y)
        for (int x = frame.w * 4 / 5; x < frame.w; ++x) ink += !test::near(frame.at(x, y), bg, 20);
    EXPECT_GT(ink, 40) << "no sound badge in the top-right corner";
}

// M and V toggle; settings.json keeps them (and the volume from [ and ]) for the next launch.
TEST_F(SoundWindow, MuteVoiceAndVolumeKeysAreRemembered) {
    const fs::path conf = alsoftConf(kNoDevice);
    // No --events or --exit-after: a scripted run would not save the person's settings.
    auto r = play({"--size", "800x600", "--keys", "0.4:m,0.6:v,0.8:[,1.0:[,1.2:q", MATSIDE_TEST_DATA_DIR "/minimal.json"},
                  conf);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto s = settings();
    EXPECT_EQ(s.value("mute", false), true) << s.dump();
    EXPECT_EQ(s.value("voice", true), false) << s.dump();
    EXPECT_DOUBLE_EQ(s.value("volume", 0.0), 0.6) << s.dump();

    // The next launch starts from the saved state: M and V turn both back on, ] goes up.
    r = play({"--size", "800x600", "--keys", "0.4:m,0.6:v,0.8:],1.0:q", MATSIDE_TEST_DATA_DIR "/minimal.json"}, conf);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    s = settings();
    EXPECT_EQ(s.value("mute", true), false) << s.dump();
    EXPECT_EQ(s.value("voice", false), true) << s.dump();
    EXPECT_DOUBLE_EQ(s.value("volume", 0.0), 0.7) << s.dump();
}

TEST_F(SoundWindow, WaveBackendHearsThePipsOnTime) {
    const fs::path wavFile = dir / "out.wav", log = dir / "events.jsonl", routine = dir / "sound_check.json";
    std::ofstream(routine) << kShortRoutine;
    std::ofstream(dir / "config" / "matside" / "settings.json") << R"({"volume": 1.0})";
    // As tests/audio: mono int16 with a ~10 ms mixing period.
    const fs::path conf = alsoftConf("drivers=wave\nchannels=mono\nsample-type=int16\nperiod_size=220\nperiods=2\n"
                                     "[wave]\nfile=" + wavFile.string());
    const auto r = play({"--size", "800x600", "--events", "0.5:start", "--exit-after", "11.5", "--log-events",
                         log.string(), routine.string()},
                        conf);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err.find("running silently"), std::string::npos) << r.err;

    // When each pip, the work-start tone and the get-ready line were due, in session time.
    std::vector<double> pips;
    double workStart = -1, getReady = -1;
    for (const auto& e : jsonLines(readText(log))) {
        if (e["event"] != "cue") continue;
        if (e["cue"] == "countdown") pips.push_back(e["t"].get<double>());
        if (e["cue"] == "work_start") workStart = e["t"].get<double>();
        if (e["cue"] == "get_ready") getReady = e["t"].get<double>();
    }
    ASSERT_EQ(pips.size(), 6u) << readText(log);
    ASSERT_GT(workStart, 0);

    std::string error;
    const auto wav = test::readWav(wavFile, error);
    ASSERT_TRUE(wav) << error;
    const int rate = wav->sampleRate;
    EXPECT_GT(test::rmsBetween(*wav, 0, wav->seconds()), 0.005) << "the WAV is silent";

    // The WAV starts when the device opened, not at launch: the first pip ties its time line
    // to the session's; every other sound must then be where the session said.
    const double pipAmp = test::renderedAmplitude(Tone::CountdownPip, rate);
    const auto first = test::findToneOnset(*wav, 880, 0, wav->seconds(), 0.5 * pipAmp);
    ASSERT_TRUE(first) << "no 880 Hz pip in " << wav->seconds() << " s of WAV";
    const double offset = *first - pips.front();
    double worstMs = 0;
    for (double t : pips) {
        const auto onset = test::findToneOnset(*wav, 880, t + offset - 0.15, t + offset + 0.15, 0.5 * pipAmp);
        ASSERT_TRUE(onset) << "no pip near session t=" << t;
        EXPECT_NEAR(*onset, t + offset, 0.050) << "pip due at session t=" << t;
        worstMs = std::max(worstMs, std::abs(*onset - t - offset) * 1000);
    }
    std::cout << "[ figures  ] player pips vs the first pip: worst " << worstMs << " ms over " << pips.size() << " pips\n";
    const double goAmp = test::renderedAmplitude(Tone::WorkStart, rate);
    const auto go = test::findToneOnset(*wav, 660, workStart + offset - 0.15, workStart + offset + 0.15, 0.5 * goAmp);
    ASSERT_TRUE(go) << "no work-start tone near session t=" << workStart;
    EXPECT_NEAR(*go, workStart + offset, 0.050);
    // The get-ready line is spoken between the start and the first pip.
    EXPECT_GT(test::rmsBetween(*wav, getReady + offset + 0.1, pips.front() + offset - 0.05), 0.02)
        << "no speech after \"get ready\"";
}

// M silences the output itself, V only the voice: the WAV says so, not just the settings.
TEST_F(SoundWindow, MuteSilencesAndVoiceOffKeepsOnlyTones) {
    const fs::path routine = dir / "sound_check.json";
    std::ofstream(routine) << kShortRoutine;
    std::ofstream(dir / "config" / "matside" / "settings.json") << R"({"volume": 1.0})";
    for (const std::string key : {"m", "v"}) {
        SCOPED_TRACE("key " + key);
        const fs::path wavFile = dir / ("out-" + key + ".wav");
        const fs::path conf = alsoftConf("drivers=wave\nchannels=mono\nsample-type=int16\n[wave]\nfile=" + wavFile.string());
        // The session starts at 0.5 s: get ready (spoken) at 0.5, pips at 1.5, 2.5 and 3.5.
        const auto r = play({"--size", "800x600", "--keys", "0.2:" + key, "--events", "0.5:start", "--exit-after", "4.2",
                             routine.string()},
                            conf);
        ASSERT_EQ(r.exitCode, 0) << r.err;
        std::string error;
        const auto wav = test::readWav(wavFile, error);
        ASSERT_TRUE(wav) << error;
        const double pipAmp = test::renderedAmplitude(Tone::CountdownPip, wav->sampleRate);
        const double loudestPip = test::peakToneAmplitude(*wav, 880, 0, wav->seconds());
        if (key == "m") {
            EXPECT_LT(test::rmsBetween(*wav, 0, wav->seconds()), 0.001) << "muted, yet something was heard";
            continue;
        }
        ASSERT_GT(loudestPip, 0.5 * pipAmp) << "voice off must keep the pips";
        const auto first = test::findToneOnset(*wav, 880, 0, wav->seconds(), 0.5 * pipAmp);
        ASSERT_TRUE(first);
        // From the start (1 s before the first pip) to just before that pip: the get-ready line
        // would be speaking here; with the voice off it is silence.
        EXPECT_LT(test::rmsBetween(*wav, *first - 0.9, *first - 0.05), 0.003) << "speech with the voice off";
    }
}

} // namespace
} // namespace matside

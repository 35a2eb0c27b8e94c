// settings.json: defaults, round trip, field-by-field tolerance, corrupt -> .bad, atomic save.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/settings.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <random>
#include <thread>

using namespace matside;
using matside::test::TempDir;

namespace {

Settings customSettings() {
    Settings s;
    s.mute = true;
    s.voice = false;
    s.volume = 0.35;
    s.voiceName = "en-gb";
    s.speechRate = 120;
    s.theme = Theme::HighContrast;
    s.textSize = TextSize::XLarge;
    s.window = WindowGeometry{40, -20, 1600, 900, true, false};
    s.routineOverrides["si_joint"] = RoutineOverride{15, 30, std::nullopt};
    s.introAcknowledged = true;
    return s;
}

void expectSame(const Settings& a, const Settings& b) {
    EXPECT_EQ(settingsToJson(a), settingsToJson(b));
}

} // namespace

TEST(Settings, AMissingFileGivesDefaultsSilently) {
    TempDir dir;
    const auto loaded = loadSettings(dir / "settings.json");
    EXPECT_EQ(loaded.notice, "");
    expectSame(loaded.settings, Settings{});
    EXPECT_FALSE(loaded.settings.mute);
    EXPECT_DOUBLE_EQ(loaded.settings.volume, 0.8);
    EXPECT_EQ(loaded.settings.theme, Theme::Dark);
    EXPECT_EQ(loaded.settings.window.width, 1280);
    EXPECT_FALSE(loaded.settings.introAcknowledged);
}

TEST(Settings, EveryFieldRoundTripsThroughTheFile) {
    TempDir dir;
    const auto file = dir / "cfg" / "matside" / "settings.json";
    ASSERT_EQ(saveSettings(customSettings(), file), "");
    const auto loaded = loadSettings(file);
    EXPECT_EQ(loaded.notice, "");
    const Settings& s = loaded.settings;
    EXPECT_TRUE(s.mute);
    EXPECT_FALSE(s.voice);
    EXPECT_DOUBLE_EQ(s.volume, 0.35);
    EXPECT_EQ(s.voiceName, "en-gb");
    EXPECT_EQ(s.speechRate, 120);
    EXPECT_EQ(s.theme, Theme::HighContrast);
    EXPECT_EQ(s.textSize, TextSize::XLarge);
    EXPECT_EQ(s.window.x, 40);
    EXPECT_EQ(s.window.y, -20);
    EXPECT_EQ(s.window.width, 1600);
    EXPECT_EQ(s.window.height, 900);
    EXPECT_TRUE(s.window.maximized);
    ASSERT_EQ(s.routineOverrides.count("si_joint"), 1u);
    EXPECT_EQ(s.routineOverrides.at("si_joint").prepareSeconds, 15);
    EXPECT_EQ(s.routineOverrides.at("si_joint").restBetweenSetsSeconds, 30);
    EXPECT_EQ(s.routineOverrides.at("si_joint").restBetweenExercisesSeconds, std::nullopt);
    EXPECT_TRUE(s.introAcknowledged);
    // No temp files are left behind after a successful save.
    int files = 0;
    for ([[maybe_unused]] auto& e : std::filesystem::directory_iterator(file.parent_path())) ++files;
    EXPECT_EQ(files, 1);
}

TEST(Settings, ACorruptFileIsMovedAsideWithANoticeAndDefaultsAreUsed) {
    TempDir dir;
    const auto file = dir / "settings.json";
    const std::string junk = "{\"mute\": true, \"volume\": ";
    test::writeBytes(file, junk);
    const auto loaded = loadSettings(file);
    expectSame(loaded.settings, Settings{});
    EXPECT_NE(loaded.notice.find("settings.json.bad"), std::string::npos) << loaded.notice;
    EXPECT_FALSE(std::filesystem::exists(file));
    EXPECT_EQ(test::readBytes(dir / "settings.json.bad"), junk);
}

TEST(Settings, AFileThatIsNotAnObjectCountsAsCorrupt) {
    TempDir dir;
    test::writeBytes(dir / "settings.json", "[1, 2, 3]");
    const auto loaded = loadSettings(dir / "settings.json");
    EXPECT_NE(loaded.notice, "");
    EXPECT_TRUE(std::filesystem::exists(dir / "settings.json.bad"));
}

TEST(Settings, BadValuesFallBackPerFieldAndUnknownFieldsAreIgnored) {
    TempDir dir;
    test::writeBytes(dir / "settings.json", R"({
      "mute": true, "volume": 7, "theme": "purple", "speech_rate": "fast", "text_size": "large",
      "window": {"width": 100, "height": 700, "fullscreen": true},
      "routine_overrides": {"si_joint": {"prepare_seconds": -5, "rest_between_sets_seconds": 25}, "x": 3},
      "from_the_future": {"anything": 1}
    })");
    const auto loaded = loadSettings(dir / "settings.json");
    const Settings& s = loaded.settings;
    EXPECT_TRUE(s.mute);                         // good value kept
    EXPECT_DOUBLE_EQ(s.volume, 0.8);              // out of range -> default
    EXPECT_EQ(s.theme, Theme::Dark);              // unknown choice -> default
    EXPECT_EQ(s.speechRate, 150);                 // wrong type -> default
    EXPECT_EQ(s.textSize, TextSize::Large);
    EXPECT_EQ(s.window.width, 1280);
    EXPECT_EQ(s.window.height, 700);
    EXPECT_TRUE(s.window.fullscreen);
    EXPECT_EQ(s.routineOverrides.at("si_joint").prepareSeconds, std::nullopt);
    EXPECT_EQ(s.routineOverrides.at("si_joint").restBetweenSetsSeconds, 25);
    EXPECT_EQ(s.routineOverrides.count("x"), 0u);
    for (const char* field : {"volume", "theme", "speech_rate", "width", "prepare_seconds", "routine_overrides.x"})
        EXPECT_NE(loaded.notice.find(field), std::string::npos) << field << " in: " << loaded.notice;
    EXPECT_EQ(loaded.notice.find("from_the_future"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(dir / "settings.json.bad")); // readable: not moved aside
}

TEST(Settings, SavingIntoAFolderThatCannotExistReportsAnError) {
    TempDir dir;
    test::writeBytes(dir / "file", "x");
    const std::string error = saveSettings(Settings{}, dir / "file" / "sub" / "settings.json");
    EXPECT_NE(error, "");
}

TEST(Settings, OverridesReplaceTheRoutinesTimingsForEveryExercise) {
    Routine r;
    r.exercises.resize(2);
    r.exercises[1].timings.restBetweenSetsSeconds = 45;
    applyOverride(r, RoutineOverride{5, 12, std::nullopt});
    for (const auto& e : r.exercises) {
        EXPECT_EQ(e.timings.prepareSeconds, 5);
        EXPECT_EQ(e.timings.restBetweenSetsSeconds, 12);
        EXPECT_EQ(e.timings.restBetweenExercisesSeconds, 20); // untouched default
    }
    EXPECT_EQ(r.defaults.prepareSeconds, 5);
}

// A child process saves two different versions in a loop and is SIGKILLed at varying
// moments; whatever instant the kill lands, settings.json must be exactly one of them.
TEST(Settings, AKillDuringSaveLeavesTheOldOrTheNewFile) {
    TempDir dir;
    const auto file = dir / "settings.json";
    Settings a = customSettings();
    Settings b;
    // Big enough that a write takes more than one system call's worth of time.
    for (int i = 0; i < 2000; ++i) b.routineOverrides["routine_" + std::to_string(i)] = RoutineOverride{i % 600, 1, 2};
    const std::string textA = settingsToJson(a), textB = settingsToJson(b);
    ASSERT_EQ(saveSettings(a, file), "");

    int sawB = 0;
    for (int round = 0; round < 25; ++round) {
        // The child says when its first save (of B) is complete; the kill then lands at a
        // varying moment after it. Waiting for that word, not for a fixed time, keeps the
        // test meaningful on a loaded machine where one fsync'd save can take 50 ms.
        int ready[2];
        ASSERT_EQ(pipe(ready), 0);
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            close(ready[0]);
            for (int i = 0;; ++i) {
                saveSettings(i % 2 ? a : b, file);
                if (i == 0) {
                    [[maybe_unused]] auto n = write(ready[1], "x", 1);
                    close(ready[1]);
                }
            }
        }
        close(ready[1]);
        char byte = 0;
        ASSERT_EQ(read(ready[0], &byte, 1), 1);
        close(ready[0]);
        std::this_thread::sleep_for(std::chrono::microseconds(700 * round));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        ASSERT_TRUE(WIFSIGNALED(status));
        const std::string now = test::readBytes(file);
        ASSERT_TRUE(now == textA || now == textB) << "round " << round << ": torn file of " << now.size() << " bytes";
        sawB += now == textB;
        const auto loaded = loadSettings(file);
        ASSERT_EQ(loaded.notice, "");
    }
    EXPECT_GT(sawB, 0) << "the child never finished a save: the test proved nothing";
}

TEST(Settings, HugeAndNegativeNumbersAreRejectedNotWrappedAround) {
    TempDir dir;
    test::writeBytes(dir / "settings.json",
                     R"({"speech_rate": 18446744073709551615, "window": {"x": 18446744073709551615, "y": -5, "width": 4294968576}})");
    const auto loaded = loadSettings(dir / "settings.json");
    EXPECT_EQ(loaded.settings.speechRate, 150);
    EXPECT_EQ(loaded.settings.window.x, std::nullopt);
    EXPECT_EQ(loaded.settings.window.y, -5);
    EXPECT_EQ(loaded.settings.window.width, 1280);
}

TEST(Settings, AVoiceNameThatIsNotUtf8StillSaves) {
    TempDir dir;
    Settings s;
    s.voiceName = "caf\xe9";
    EXPECT_EQ(saveSettings(s, dir / "settings.json"), "");
    EXPECT_EQ(loadSettings(dir / "settings.json").notice, "");
}

// Mangled copies of a real settings file (bytes flipped, cut, duplicated) never crash the
// loader: each gives settings within their documented ranges, with or without a notice.
TEST(Settings, MangledFilesAlwaysLoadToValidSettings) {
    TempDir dir;
    const std::string good = settingsToJson(customSettings());
    std::mt19937 rng(7);
    for (int i = 0; i < 400; ++i) {
        std::string text = good;
        const int edits = 1 + static_cast<int>(rng() % 4);
        for (int e = 0; e < edits; ++e) {
            const std::size_t at = rng() % text.size();
            switch (rng() % 3) {
            case 0: text[at] = static_cast<char>(rng()); break;
            case 1: text.erase(at, 1 + rng() % 8); break;
            default: text.insert(at, text.substr(rng() % text.size(), 1 + rng() % 12)); break;
            }
            if (text.empty()) text = "{";
        }
        test::writeBytes(dir / "settings.json", text);
        const auto loaded = loadSettings(dir / "settings.json");
        const Settings& s = loaded.settings;
        ASSERT_GE(s.volume, 0.0);
        ASSERT_LE(s.volume, 1.0);
        ASSERT_GE(s.speechRate, 80);
        ASSERT_LE(s.speechRate, 450);
        ASSERT_GE(s.window.width, 320);
        ASSERT_LE(s.voiceName.size(), 64u);
        for (const auto& [id, ov] : s.routineOverrides) {
            ASSERT_LE(ov.prepareSeconds.value_or(0), 600);
        }
        std::filesystem::remove(dir / "settings.json.bad");
    }
}

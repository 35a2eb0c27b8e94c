// The `language` setting: kept, checked, written back, and readable on its own without
// side effects (every command reads it before it says anything).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/settings.h"
#include "temp_dir.h"

#include <gtest/gtest.h>

#include <fstream>

namespace matside {
namespace {

using test::TempDir;

void write(const std::filesystem::path& file, const std::string& text) { std::ofstream(file) << text; }

TEST(SettingsLanguage, AChosenLanguageIsKeptAndWrittenBack) {
    TempDir dir;
    const auto file = dir / "settings.json";
    write(file, R"({"language": "de", "theme": "light"})");
    LoadedSettings loaded = loadSettings(file);
    EXPECT_TRUE(loaded.notice.empty()) << loaded.notice;
    EXPECT_EQ(loaded.settings.language, "de");
    loaded.settings.language = "pt_BR";
    ASSERT_EQ(saveSettings(loaded.settings, file), "");
    const LoadedSettings again = loadSettings(file);
    EXPECT_EQ(again.settings.language, "pt_BR");
    EXPECT_EQ(again.settings.theme, Theme::Light);
}

TEST(SettingsLanguage, AnOlderFileWithoutItKeepsEverythingAndFollowsTheEnvironment) {
    TempDir dir;
    const auto file = dir / "settings.json";
    write(file, R"({"mute": true, "speech_rate": 120, "intro_acknowledged": true})");
    const LoadedSettings loaded = loadSettings(file);
    EXPECT_TRUE(loaded.notice.empty()) << loaded.notice;
    EXPECT_EQ(loaded.settings.language, "");
    EXPECT_TRUE(loaded.settings.mute);
    EXPECT_EQ(loaded.settings.speechRate, 120);
    EXPECT_TRUE(loaded.settings.introAcknowledged);
    EXPECT_NE(settingsToJson(loaded.settings).find("\"language\": \"\""), std::string::npos);
}

TEST(SettingsLanguage, ABadValueGetsTheDefaultAndIsNamed) {
    TempDir dir;
    const auto file = dir / "settings.json";
    for (const char* bad : {R"({"language": "../../etc"})", R"({"language": 7})",
                            R"({"language": "a-very-long-language-name-that-is-not-one"})"}) {
        write(file, bad);
        const LoadedSettings loaded = loadSettings(file);
        EXPECT_EQ(loaded.settings.language, "") << bad;
        EXPECT_NE(loaded.notice.find("language"), std::string::npos) << bad << ": " << loaded.notice;
    }
}

TEST(SettingsLanguage, ReadingOnlyTheLanguageLeavesABadFileAlone) {
    TempDir dir;
    const auto file = dir / "settings.json";
    write(file, R"({"language": "fr", "volume": 9})");
    EXPECT_EQ(languageSetting(file), "fr");
    write(file, "not json");
    EXPECT_EQ(languageSetting(file), "");
    EXPECT_TRUE(std::filesystem::exists(file)); // loadSettings moves it aside; this must not
    EXPECT_EQ(languageSetting(dir / "missing.json"), "");
}

} // namespace
} // namespace matside

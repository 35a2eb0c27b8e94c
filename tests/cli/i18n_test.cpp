// The command line in the person's language: chosen by LANGUAGE/LC_ALL/LC_MESSAGES/LANG or
// --lang, with or without that locale installed; JSON output the same in every language.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/run_process.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using matside::test::ProcessResult;
using matside::test::runMatside;
using matside::test::runProcess;

namespace {

const std::string kStretches = std::string(MATSIDE_SOURCE_DIR) + "/data/si_joint_stretches.json";
const std::string kFull = std::string(MATSIDE_SOURCE_DIR) + "/data/si_joint.json";

// A clean environment: only what is given (no LANG, no LC_*, so glibc's locale is "C").
ProcessResult runClean(const std::vector<std::string>& env, const std::vector<std::string>& args) {
    std::vector<std::string> argv{"/usr/bin/env", "-i", "HOME=/nonexistent", "XDG_CONFIG_HOME=/nonexistent"};
    argv.insert(argv.end(), env.begin(), env.end());
    argv.push_back(MATSIDE_BINARY);
    argv.insert(argv.end(), args.begin(), args.end());
    return runProcess(argv);
}

TEST(CliLanguage, LanguageIsHonouredEvenUnderTheCLocale) {
    // glibc alone ignores LANGUAGE while the locale is C: matside must not.
    const auto r = runClean({"LANGUAGE=de"}, {"simulate", kStretches});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Bereit machen: Dehnung der hinteren Oberschenkel. Linkes Bein. 30 Sekunden halten."),
              std::string::npos)
        << r.out;
}

TEST(CliLanguage, ALocaleThatIsNotInstalledStillGetsItsTranslation) {
    // fr_FR.UTF-8 is not generated on a minimal Debian: the catalogue is used all the same.
    const auto r = runClean({"LANG=fr_FR.UTF-8"}, {"simulate", kStretches});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Préparez-vous : Étirement des ischio-jambiers. Jambe gauche. Tenez 30 secondes."),
              std::string::npos)
        << r.out;
}

TEST(CliLanguage, LcAllBeatsLangAndLanguageBeatsLcAll) {
    auto r = runClean({"LANG=de_DE.UTF-8", "LC_ALL=es_ES.UTF-8"}, {"simulate", kStretches});
    EXPECT_NE(r.out.find("Prepárese: Estiramiento de isquiotibiales."), std::string::npos) << r.out;
    r = runClean({"LANGUAGE=fr", "LC_ALL=es_ES.UTF-8"}, {"simulate", kStretches});
    EXPECT_NE(r.out.find("Préparez-vous"), std::string::npos) << r.out;
}

TEST(CliLanguage, TheLangFlagWinsBeforeOrAfterTheSubcommand) {
    auto r = runClean({"LANGUAGE=de"}, {"--lang", "es", "simulate", kStretches});
    EXPECT_NE(r.out.find("Prepárese"), std::string::npos) << r.out;
    r = runClean({"LANGUAGE=de"}, {"simulate", kStretches, "--lang=fr"});
    EXPECT_NE(r.out.find("Préparez-vous"), std::string::npos) << r.out;
}

TEST(CliLanguage, AnUnknownLanguageSaysSoAndFallsBackToEnglish) {
    const auto r = runClean({}, {"--lang", "xx", "simulate", kStretches});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("no translation for 'xx'; using English"), std::string::npos) << r.err;
    EXPECT_NE(r.out.find("Get ready: Hamstring stretch. Left leg. Hold for 30 seconds."), std::string::npos) << r.out;
}

TEST(CliLanguage, JsonOutputIsTheSameInEveryLanguage) {
    const auto english = runClean({}, {"plan", kFull, "--json"});
    const auto german = runClean({"LANGUAGE=de"}, {"plan", kFull, "--json"});
    ASSERT_EQ(english.exitCode, 0) << english.err;
    EXPECT_EQ(english.out, german.out);
    const auto simEnglish = runClean({}, {"simulate", kStretches, "--json"});
    const auto simFrench = runClean({"LANGUAGE=fr"}, {"--lang", "fr", "simulate", kStretches, "--json"});
    EXPECT_EQ(simEnglish.out, simFrench.out);
}

TEST(CliLanguage, PlainValidateOutputCountsInTheLanguage) {
    const auto r = runClean({"LANGUAGE=de"}, {"validate", kFull});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find(": ok (7 Übungen, "), std::string::npos) << r.out;
}

TEST(CliLanguage, AOneSecondHoldIsOneSecondNotOneSeconds) {
    const auto dir = std::filesystem::temp_directory_path() / ("matside-i18n-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto file = dir / "one_second.json";
    std::ofstream(file) << R"({"format": 1, "id": "one_second", "title": "One second",
        "exercises": [{"id": "hold", "name": "Short hold", "hold_seconds": 1, "illustrations": {
        "start": "illustrations/side_plank_start.png", "end": "illustrations/side_plank_end.png"}}]})";
    const auto english = runClean({}, {"simulate", file.string()});
    EXPECT_NE(english.out.find("Hold for 1 second."), std::string::npos) << english.out << english.err;
    EXPECT_EQ(english.out.find("1 seconds"), std::string::npos) << english.out;
    const auto german = runClean({"LANGUAGE=de"}, {"simulate", file.string()});
    EXPECT_NE(german.out.find("1 Sekunde halten."), std::string::npos) << german.out;
    std::filesystem::remove_all(dir);
}

TEST(CliLanguage, TheLanguageSettingIsUsedWhenNoFlagIsGiven) {
    const auto dir = std::filesystem::temp_directory_path() / ("matside-i18n-cfg-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir / "matside");
    std::ofstream(dir / "matside" / "settings.json") << R"({"voice": true, "language": "es"})";
    const std::string config = "XDG_CONFIG_HOME=" + dir.string();
    auto r = runProcess({"/usr/bin/env", "-i", config, "LANGUAGE=de", MATSIDE_BINARY, "simulate", kStretches});
    EXPECT_NE(r.out.find("Prepárese"), std::string::npos) << r.out;
    r = runProcess({"/usr/bin/env", "-i", config, MATSIDE_BINARY, "--lang", "fr", "simulate", kStretches});
    EXPECT_NE(r.out.find("Préparez-vous"), std::string::npos) << r.out;
    std::filesystem::remove_all(dir);
}

} // namespace

namespace {

TEST(CliValidate, TextTheFontsCannotShowIsAWarningNamingTheFieldAndCharacters) {
    const auto dir = std::filesystem::temp_directory_path() / ("matside-glyphs-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto file = dir / "glyphs.json";
    std::ofstream(file) << R"({"format": 1, "id": "glyphs", "title": "Glyphs",
        "exercises": [{"id": "hold", "name": "Short hold", "hold_seconds": 10,
        "key_points": ["Stand on one 足.", "Smile 😀", "Plain words."], "cautions": ["שלום"],
        "illustrations": {"start": "illustrations/side_plank_start.png", "end": "illustrations/side_plank_end.png"}}]})";
    const auto r = runClean({}, {"validate", file.string()});
    EXPECT_EQ(r.exitCode, 0) << r.err; // a warning, not a failure
    EXPECT_NE(r.out.find(": ok (1 exercise, "), std::string::npos) << r.out;
    const std::string where = file.string() + ": warning: /exercises/0/";
    EXPECT_NE(r.err.find(where + "key_points/0: characters the fonts cannot show (drawn as \"?\"): \"足\" (U+8DB3)"),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find(where + "key_points/1: characters the fonts cannot show (drawn as \"?\"): \"😀\" (U+1F600)"),
              std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find(where + "cautions/0: "), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("key_points/2"), std::string::npos) << r.err;
    std::filesystem::remove_all(dir);
}

TEST(CliValidate, TheShippedRoutinesHaveNoTextTheFontsCannotShow) {
    for (const char* name : {"si_joint.json", "si_joint_strength.json", "si_joint_stretches.json"}) {
        const auto r = runClean({}, {"validate", std::string(MATSIDE_SOURCE_DIR) + "/data/" + name});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        EXPECT_EQ(r.err, "") << name;
    }
}

} // namespace

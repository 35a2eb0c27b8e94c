// Which language the environment asks for, in gettext's order, and which choice wins.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/language.h"

#include <gtest/gtest.h>

#include <map>

namespace matside::i18n {
namespace {

std::string fromEnv(std::map<std::string, std::string> env) {
    return languageFromEnvironment([&env](const char* name) -> const char* {
        const auto it = env.find(name);
        return it == env.end() ? nullptr : it->second.c_str();
    });
}

TEST(Language, NormalisingDropsTheCodesetAndKeepsTheModifier) {
    EXPECT_EQ(normaliseLanguage("de_DE.UTF-8"), "de_DE");
    EXPECT_EQ(normaliseLanguage("sr_RS.UTF-8@latin"), "sr_RS@latin");
    EXPECT_EQ(normaliseLanguage("C.UTF-8"), "");
    EXPECT_EQ(normaliseLanguage("POSIX"), "");
}

TEST(Language, LanguageComesFirstThenLcAllLcMessagesLang) {
    EXPECT_EQ(fromEnv({{"LANGUAGE", "fr:de"}, {"LC_ALL", "es_ES.UTF-8"}, {"LANG", "de_DE.UTF-8"}}), "fr:de");
    EXPECT_EQ(fromEnv({{"LC_ALL", "es_ES.UTF-8"}, {"LC_MESSAGES", "fr_FR.UTF-8"}, {"LANG", "de_DE"}}), "es_ES");
    EXPECT_EQ(fromEnv({{"LC_MESSAGES", "fr_FR.UTF-8"}, {"LANG", "de_DE"}}), "fr_FR");
    EXPECT_EQ(fromEnv({{"LANG", "de_DE.UTF-8"}}), "de_DE");
    EXPECT_EQ(fromEnv({}), "");
}

TEST(Language, AnEmptyLanguageIsSkippedButLcAllCStopsTheSearch) {
    EXPECT_EQ(fromEnv({{"LANGUAGE", ""}, {"LANG", "de_DE.UTF-8"}}), "de_DE");
    EXPECT_EQ(fromEnv({{"LC_ALL", "C"}, {"LANG", "de_DE.UTF-8"}}), "");
}

TEST(Language, TheFlagBeatsTheSettingWhichBeatsTheEnvironment) {
    EXPECT_EQ(chooseLanguage("fr", "de", "es"), "fr");
    EXPECT_EQ(chooseLanguage("", "de", "es"), "de");
    EXPECT_EQ(chooseLanguage("", "", "es"), "es");
}

TEST(Language, ResolvingRejectsNamesThatCouldLeaveTheLocaleFolder) {
    EXPECT_EQ(resolveLanguage("../../etc", MATSIDE_LOCALE_BUILD_DIR), "en");
    EXPECT_EQ(resolveLanguage("de", MATSIDE_LOCALE_BUILD_DIR), "de");
    EXPECT_EQ(resolveLanguage("en:de", MATSIDE_LOCALE_BUILD_DIR), "en");
}

} // namespace
} // namespace matside::i18n

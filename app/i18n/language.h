// Choosing the language: --lang, then the `language` setting, then LANGUAGE, LC_ALL,
// LC_MESSAGES and LANG; and making gettext use it even where that locale is not installed.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace matside::i18n {

inline constexpr const char* kDomain = "matside";

// "de_DE.UTF-8@euro" -> "de_DE@euro", "fr" -> "fr"; "C", "POSIX" and "" -> "" (no choice).
std::string normaliseLanguage(std::string_view value);

// The environment's choice, as a colon list ("de:fr"): the first set of LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG that names a language; "" when none does (or it says C).
using GetEnv = std::function<const char*(const char*)>;
std::string languageFromEnvironment(const GetEnv& getEnv);

// --lang beats the setting, which beats the environment; each "" means "no choice".
std::string chooseLanguage(const std::string& flag, const std::string& setting, const std::string& environment);

// Where the compiled catalogues are: $MATSIDE_LOCALE_DIR, else the installed share/locale
// beside the binary, else the build tree's.
std::filesystem::path localeDir();

// The language of `choice` (a colon list) that has a catalogue in `dir`, trying "de_AT"
// then "de"; "en" when English comes first or nothing matches.
std::string resolveLanguage(const std::string& choice, const std::filesystem::path& dir);

// Makes tr() answer in `choice` (see resolveLanguage) and returns the language used. Call
// before threads start (it sets LANGUAGE in the environment, which gettext reads).
std::string setLanguage(const std::string& choice);

// The language in use: "en" until setLanguage() picks another.
std::string currentLanguage();
bool isEnglish();

// The languages with a catalogue in localeDir(), "en" first: for a Language choice.
std::vector<std::string> availableLanguages();

} // namespace matside::i18n

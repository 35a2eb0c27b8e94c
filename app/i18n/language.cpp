// Language choice and gettext set-up. glibc ignores LANGUAGE while LC_MESSAGES is "C", and
// the person's locale may not be installed at all, so we pick the catalogue ourselves, run
// messages under the always-present C.UTF-8 and ask for UTF-8 text whatever LC_CTYPE says.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/language.h"

#include <libintl.h>

#include <algorithm>
#include <atomic>
#include <clocale>
#include <cstdlib>
#include <mutex>
#include <system_error>

namespace matside::i18n {
namespace {

std::mutex g_mutex;
std::string g_language = "en";
std::atomic<bool> g_english{true};

std::vector<std::string> splitList(const std::string& list) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t end = std::min(list.find(':', start), list.size());
        if (end > start) out.push_back(list.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

bool hasCatalogue(const std::filesystem::path& dir, const std::string& language) {
    std::error_code ec;
    return std::filesystem::is_regular_file(dir / language / "LC_MESSAGES" / (std::string(kDomain) + ".mo"), ec);
}

bool safeName(const std::string& s) {
    return !s.empty() && s.size() <= 32 && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '@' ||
               c == '-';
    });
}

} // namespace

std::string normaliseLanguage(std::string_view value) {
    std::string s(value);
    std::string modifier;
    if (const auto at = s.find('@'); at != std::string::npos) {
        modifier = s.substr(at);
        s.erase(at);
    }
    if (const auto dot = s.find('.'); dot != std::string::npos) s.erase(dot);
    if (s.empty() || s == "C" || s == "POSIX") return {};
    return s + modifier;
}

std::string languageFromEnvironment(const GetEnv& getEnv) {
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = getEnv(name);
        if (!value || !*value) continue;
        std::string list;
        for (const auto& item : splitList(value)) {
            const std::string language = normaliseLanguage(item);
            if (language.empty()) continue;
            if (!list.empty()) list += ':';
            list += language;
        }
        if (!list.empty()) return list;
        // LC_ALL=C says "no translation": stop here rather than fall through to LANG.
        if (std::string_view(name) != "LANGUAGE") return {};
    }
    return {};
}

std::string chooseLanguage(const std::string& flag, const std::string& setting, const std::string& environment) {
    if (!flag.empty()) return flag;
    if (!setting.empty()) return setting;
    return environment;
}

std::filesystem::path localeDir() {
    if (const char* env = std::getenv("MATSIDE_LOCALE_DIR"); env && *env) return env;
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        // An installed binary (share/matside beside it) reads the installed catalogues only.
        const auto share = exe.parent_path() / ".." / "share";
        if (std::filesystem::is_directory(share / "matside", ec)) return (share / "locale").lexically_normal();
    }
    return MATSIDE_BUILD_LOCALE_DIR;
}

std::string resolveLanguage(const std::string& choice, const std::filesystem::path& dir) {
    for (const auto& raw : splitList(choice)) {
        const std::string language = normaliseLanguage(raw);
        if (!safeName(language)) continue;
        const std::string base = language.substr(0, language.find_first_of("_@-"));
        if (base == "en") return "en"; // the English source text is complete
        if (hasCatalogue(dir, language)) return language;
        if (base != language && hasCatalogue(dir, base)) return base;
    }
    return "en";
}

std::string setLanguage(const std::string& choice) {
    const auto dir = localeDir();
    const std::string language = resolveLanguage(choice, dir);
    std::lock_guard lock(g_mutex);
    g_language = language;
    g_english = language == "en";
    if (g_english) return language;
    // Messages only: numbers in tables and JSON stay in the C locale (main sets LC_ALL=C).
    if (!std::setlocale(LC_MESSAGES, "C.UTF-8")) std::setlocale(LC_MESSAGES, "C.utf8");
    ::setenv("LANGUAGE", language.c_str(), 1);
    for (const char* domain : {kDomain, "matside-routines"}) {
        bindtextdomain(domain, dir.c_str());
        bind_textdomain_codeset(domain, "UTF-8");
    }
    textdomain(kDomain); // also drops gettext's cache of earlier answers
    return language;
}

std::string currentLanguage() {
    std::lock_guard lock(g_mutex);
    return g_language;
}

bool isEnglish() { return g_english.load(std::memory_order_relaxed); }

std::vector<std::string> availableLanguages() {
    std::vector<std::string> out{"en"};
    const auto dir = localeDir();
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (safeName(name) && hasCatalogue(dir, name)) out.push_back(name);
    }
    std::sort(out.begin() + 1, out.end());
    return out;
}

} // namespace matside::i18n

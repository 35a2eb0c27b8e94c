// Resolves the data and config folders from flags, the environment and the XDG rules.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/data_dir.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>

namespace matside {
namespace {

// An environment variable that is set, non-empty and (for XDG variables) absolute: the
// XDG base directory spec says relative values must be ignored.
std::filesystem::path envPath(const char* name, bool mustBeAbsolute) {
    const char* value = std::getenv(name);
    if (!value || !*value) return {};
    std::filesystem::path path{value};
    if (mustBeAbsolute && !path.is_absolute()) return {};
    return path;
}

// $HOME, else the password database (services and sandboxes may run without HOME).
std::filesystem::path homeDir() {
    if (auto home = envPath("HOME", false); !home.empty()) return home;
    if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_dir && *pw->pw_dir) return pw->pw_dir;
    return std::filesystem::current_path();
}

} // namespace

std::filesystem::path resolveDataDir(const std::filesystem::path& explicitDir) {
    if (!explicitDir.empty()) return explicitDir;
    if (auto dir = envPath("MATSIDE_DATA_DIR", false); !dir.empty()) return dir;
    if (auto xdg = envPath("XDG_DATA_HOME", true); !xdg.empty()) return xdg / "matside";
    return homeDir() / ".local" / "share" / "matside";
}

std::filesystem::path resolveConfigDir() {
    if (auto xdg = envPath("XDG_CONFIG_HOME", true); !xdg.empty()) return xdg / "matside";
    return homeDir() / ".config" / "matside";
}

std::filesystem::path historyDbPath(const std::filesystem::path& dataDir) {
    return dataDir / "history.sqlite3";
}

std::filesystem::path settingsPath(const std::filesystem::path& configDir) {
    return configDir / "settings.json";
}

} // namespace matside

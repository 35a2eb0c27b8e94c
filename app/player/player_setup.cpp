// Settings, library and guide texts for the player.
#include "player/player_setup.h"

#include "core/paths.h"
#include "core/plan.h"
#include "core/routine_json.h"
#include "core/stderr_line.h"
#include "history/data_dir.h"

#include <cstdlib>
#include <cstring>
#include <iostream>

namespace matside {

namespace {
std::filesystem::path settingsFile() { return settingsPath(resolveConfigDir()); }
} // namespace

Settings loadPlayerSettings() {
    LoadedSettings loaded = loadSettings(settingsFile());
    if (!loaded.notice.empty()) printStderrLine("matside: " + loaded.notice);
    return loaded.settings;
}

void savePlayerSettings(const Settings& settings) {
    // The schedule fields belong to the file: Plan my week and `matside schedule set` write
    // them there at once, so the player's copy from start-up must not overwrite them.
    Settings merged = settings;
    const Settings onDisk = loadSettings(settingsFile()).settings;
    merged.schedule = onDisk.schedule;
    merged.quietHours = onDisk.quietHours;
    merged.scheduleOffered = onDisk.scheduleOffered;
    if (const std::string err = saveSettings(merged, settingsFile()); !err.empty())
        printStderrLine("matside: settings not saved: " + err);
}

std::optional<ui::ThemeId> themeFromName(const std::string& name) {
    if (name == "dark") return ui::ThemeId::Dark;
    if (name == "light") return ui::ThemeId::Light;
    if (name == "high-contrast") return ui::ThemeId::HighContrast;
    return std::nullopt;
}

std::optional<ui::TextScale> textScaleFromName(const std::string& name) {
    if (name == "small") return ui::TextScale::Small;
    if (name == "normal") return ui::TextScale::Normal;
    if (name == "large") return ui::TextScale::Large;
    if (name == "xlarge") return ui::TextScale::XLarge;
    return std::nullopt;
}

// Settings' enums and the UI's are in the same order (dark, light, high contrast; small..xlarge).
ui::ThemeId themeOf(const Settings& s) { return static_cast<ui::ThemeId>(static_cast<int>(s.theme)); }
ui::TextScale textScaleOf(const Settings& s) { return static_cast<ui::TextScale>(static_cast<int>(s.textSize)); }
void setTheme(Settings& s, ui::ThemeId t) { s.theme = static_cast<Theme>(static_cast<int>(t)); }
void setTextScale(Settings& s, ui::TextScale t) { s.textSize = static_cast<TextSize>(static_cast<int>(t)); }
ui::ThemeId nextTheme(ui::ThemeId t) { return static_cast<ui::ThemeId>((static_cast<int>(t) + 1) % 3); }
ui::TextScale nextTextScale(ui::TextScale t) { return static_cast<ui::TextScale>((static_cast<int>(t) + 1) % 4); }

bool showFirstRunIntro(const Settings& settings) {
    const char* skip = std::getenv("MATSIDE_NO_INTRO");
    if (skip && std::strcmp(skip, "1") == 0) return false;
    return !settings.introAcknowledged;
}

std::vector<LibraryEntry> scanLibraryReporting(const std::vector<std::filesystem::path>& assetDirs) {
    std::vector<LibraryEntry> entries = scanRoutineLibrary(shippedDataDir(), userRoutinesDir(), assetDirs);
    // MATSIDE_REPORT_LIBRARY=1: every entry on stderr too, for tests and scripts.
    const char* report = std::getenv("MATSIDE_REPORT_LIBRARY");
    const bool all = report && std::strcmp(report, "1") == 0;
    for (const LibraryEntry& e : entries) {
        if (all && e.valid())
            std::cerr << "matside: routine library: " << e.title << " | " << formatDuration(e.totalSeconds) << " | "
                      << e.exerciseCount << " exercises | " << e.file.filename().string() << "\n";
        for (const Diagnostic& d : e.errors)
            std::cerr << "matside: routine library: " << formatDiagnostic(e.file, d) << "\n";
    }
    return entries;
}

std::optional<Routine> guideTextsFor(const Routine& playing, const std::vector<std::filesystem::path>& assetDirs) {
    if (!playing.about.empty() && !playing.redFlags.empty()) return playing;
    LoadResult shipped = loadRoutineFile(defaultRoutinePath(), assetDirs);
    if (shipped.ok()) return std::move(shipped.routine);
    return playing;
}

} // namespace matside

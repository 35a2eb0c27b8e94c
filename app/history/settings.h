// The person's settings: a plain struct saved as $XDG_CONFIG_HOME/matside/settings.json.
// Every field has its default beside it; a missing or bad field in the file means that default.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routine.h"
#include "core/schedule.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace matside {

enum class Theme { Dark, Light, HighContrast };
enum class TextSize { Small, Normal, Large, XLarge };

struct WindowGeometry {
    std::optional<int> x;    // unset: let the window manager place it
    std::optional<int> y;    // unset: let the window manager place it
    int width = 1280;        // 320..16384
    int height = 800;        // 240..16384
    bool maximized = false;  // false
    bool fullscreen = false; // false
};

// The person's own timings for one routine, replacing the routine file's (and each exercise's).
struct RoutineOverride {
    std::optional<int> prepareSeconds;              // unset: the routine's; 0..600
    std::optional<int> restBetweenSetsSeconds;      // unset: the routine's; 0..600
    std::optional<int> restBetweenExercisesSeconds; // unset: the routine's; 0..600
};

struct Settings {
    bool mute = false;                    // false: sounds and voice on (unless `voice` is off)
    bool voice = true;                    // true: spoken cues
    double volume = 0.8;                  // 0.8, range 0..1
    std::string voiceName;                // "": the speech engine's default voice; at most 64 characters
    int speechRate = 150;                 // 150 words per minute, range 80..450
    Theme theme = Theme::Dark;            // dark | light | high_contrast
    TextSize textSize = TextSize::Normal; // small | normal | large | xlarge
    WindowGeometry window;                // see WindowGeometry
    std::map<std::string, RoutineOverride> routineOverrides; // routine id -> timings; empty
    bool introAcknowledged = false;                          // false: show the first-run screen (about, red flags)
    Schedule schedule;                    // routine id -> weekly plan (days, 1..6 times); empty: nothing planned
    std::optional<QuietHours> quietHours; // unset: no quiet hours; else no reminder from start to end
    bool scheduleOffered = false;         // false: offer a weekly plan once, after the first finished session
    std::string language;                 // "": follow LANGUAGE/LC_ALL/LC_MESSAGES/LANG; else "de", "fr", ...
};

struct LoadedSettings {
    Settings settings;
    std::string notice; // one line for the person when the file was bad; empty otherwise
};

// Missing file: defaults, no notice. Unreadable or not a JSON object: the file is moved to
// settings.json.bad and defaults are used, with a notice. Unknown fields are ignored; a field
// with a bad value gets its default (and is named in the notice).
LoadedSettings loadSettings(const std::filesystem::path& file);

// Writes atomically: a temp file in the same folder, fsync, rename over `file`, fsync of the
// folder, so a kill at any instant leaves the old or the new file. Creates the folder.
// Returns an error message, empty on success.
std::string saveSettings(const Settings& settings, const std::filesystem::path& file);

std::string settingsToJson(const Settings& settings); // the exact text saveSettings writes

// Only the `language` field, without touching the file (a bad file is left for
// loadSettings to report): what every command reads before it says anything.
std::string languageSetting(const std::filesystem::path& file);

// Applies the person's timings to every exercise of `routine` (and its defaults).
void applyOverride(Routine& routine, const RoutineOverride& timings);

const char* toString(Theme theme);
const char* toString(TextSize size);

} // namespace matside

// What the player reads before the first frame and writes when the person changes it:
// settings (theme, text size, first-run acknowledgement), the routine library, and the
// texts the About and Tips screens show.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routine.h"
#include "core/routine_library.h"
#include "history/settings.h"
#include "ui/theme.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace matside {

// The settings file ($XDG_CONFIG_HOME/matside/settings.json). A bad file is reported on stderr.
Settings loadPlayerSettings();
// Saves atomically; a failure is one line on stderr (the session goes on).
void savePlayerSettings(const Settings& settings);

// "dark" | "light" | "high-contrast"; "small" | "normal" | "large" | "xlarge".
std::optional<ui::ThemeId> themeFromName(const std::string& name);
std::optional<ui::TextScale> textScaleFromName(const std::string& name);
ui::ThemeId themeOf(const Settings& settings);
ui::TextScale textScaleOf(const Settings& settings);
void setTheme(Settings& settings, ui::ThemeId theme);
void setTextScale(Settings& settings, ui::TextScale scale);
ui::ThemeId nextTheme(ui::ThemeId theme);
ui::TextScale nextTextScale(ui::TextScale scale);

// First run: the intro was never acknowledged, unless MATSIDE_NO_INTRO=1 (scripts, benches).
bool showFirstRunIntro(const Settings& settings);

// The library, with every broken routine's problems printed on stderr (one line each, the
// `matside validate` format) so a script sees them too.
std::vector<LibraryEntry> scanLibraryReporting(const std::vector<std::filesystem::path>& assetDirs);

// The routine whose about / tips / red flags the guide shows: `playing` when it has them,
// else the shipped SI-joint routine (a person's own routine may carry none).
std::optional<Routine> guideTextsFor(const Routine& playing, const std::vector<std::filesystem::path>& assetDirs);

} // namespace matside

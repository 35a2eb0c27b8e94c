// The player window's remembered placement (see window_placement.h).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/window_placement.h"

#include "core/atomic_write.h"
#include "core/small_file.h"
#include "core/stderr_line.h"
#include "platform/settings_dir.h"
#include "player/player_setup.h"

#include <imgui.h>

namespace matside {

namespace {
// ImGui's own ini, kept out of the working folder. The window placement and mute live in
// settings.json (history/settings.h), the one file of the person's settings.
std::filesystem::path iniPath() { return platform::settingsDir() / "imgui.ini"; }
} // namespace

platform::WindowOptions windowOptions(const PlayOptions& o, const std::string& routineTitle, const Settings& settings) {
    platform::WindowOptions w;
    w.title = routineTitle + " - matside";
    w.fullscreen = o.fullscreen || settings.window.fullscreen;
    if (o.width && o.height) {
        w.width = *o.width;
        w.height = *o.height;
    } else {
        w.width = settings.window.width;
        w.height = settings.window.height;
        w.x = settings.window.x;
        w.y = settings.window.y;
    }
    return w;
}

bool remembersSettings(const PlayOptions& o) { return !o.exitAfterSeconds && o.events.empty(); }

constexpr std::uintmax_t kMaxImGuiIniBytes = 64 * 1024; // a layout is a few hundred bytes

void loadImGuiIni() {
    ImGui::GetIO().IniFilename = nullptr; // written by us, atomically, under $XDG_CONFIG_HOME/matside
    if (auto ini = readSmallFile(iniPath(), kMaxImGuiIniBytes)) ImGui::LoadIniSettingsFromMemory(ini->data(), ini->size());
}

void saveWindowPlacement(const platform::Window& window, Settings& settings) {
    if (platform::settingsDir().empty()) return;
    std::size_t size = 0;
    const char* ini = ImGui::SaveIniSettingsToMemory(&size);
    if (auto err = replaceFileAtomically(iniPath(), std::string_view(ini, size), 0600); !err.empty())
        printStderrLine("matside: " + err);
    const platform::WindowGeometry g = window.geometry();
    settings.window.x = g.x;
    settings.window.y = g.y;
    settings.window.width = g.width;
    settings.window.height = g.height;
    settings.window.fullscreen = g.fullscreen;
    savePlayerSettings(settings);
}

} // namespace matside

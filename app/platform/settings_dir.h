// The per-user settings folder ($XDG_CONFIG_HOME/matside) and the remembered window placement.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace matside::platform {

// $XDG_CONFIG_HOME/matside, else $HOME/.config/matside; empty when neither is set.
// Not created here: writers create it on demand.
std::filesystem::path settingsDir();

// The remembered window placement.
struct WindowGeometry {
    int x = 0, y = 0;          // top-left corner in screen coordinates
    int width = 1280;          // client area size in screen coordinates
    int height = 800;
    bool fullscreen = false;   // was it fullscreen when closed
};

std::optional<WindowGeometry> parseWindowGeometry(const std::string& text);
std::string formatWindowGeometry(const WindowGeometry& geometry);

} // namespace matside::platform

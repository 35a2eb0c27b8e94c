// The settings folder and the remembered window placement (reading and writing files is the core's).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/settings_dir.h"

#include <cstdlib>
#include <sstream>

namespace matside::platform {

std::filesystem::path settingsDir() {
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg == '/')
        return std::filesystem::path(xdg) / "matside";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".config" / "matside";
    return {};
}

std::optional<WindowGeometry> parseWindowGeometry(const std::string& text) {
    // One line: "x y width height fullscreen"; anything odd means "not remembered".
    std::istringstream in(text);
    WindowGeometry g;
    int fullscreen = 0;
    if (!(in >> g.x >> g.y >> g.width >> g.height >> fullscreen)) return std::nullopt;
    if (g.width < 320 || g.height < 240 || g.width > 16384 || g.height > 16384) return std::nullopt;
    if (g.x < -16384 || g.y < -16384 || g.x > 32768 || g.y > 32768) return std::nullopt;
    g.fullscreen = fullscreen != 0;
    return g;
}

std::string formatWindowGeometry(const WindowGeometry& g) {
    std::ostringstream out;
    out << g.x << ' ' << g.y << ' ' << g.width << ' ' << g.height << ' ' << (g.fullscreen ? 1 : 0) << '\n';
    return out.str();
}

} // namespace matside::platform

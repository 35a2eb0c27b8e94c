// The autostart entry (Desktop Entry Specification 1.5; XDG Autostart). Exec quotes the path
// so a folder with spaces works; X-GNOME-Autostart-enabled is what GNOME's own toggle writes.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remind/autostart.h"

#include "core/atomic_write.h"

#include <cstdlib>

namespace matside::remind {

namespace {

// Exec's quoting rules: inside double quotes, `"`, `` ` ``, `$` and `\` are escaped with a
// backslash, and the .desktop format then doubles every backslash.
std::string quotedExec(const std::string& path) {
    std::string quoted = "\"";
    for (char c : path) {
        if (c == '"' || c == '`' || c == '$' || c == '\\') quoted += '\\';
        quoted += c == '%' ? std::string("%%") : std::string(1, c);
    }
    quoted += '"';
    std::string out; // the string-value level: every backslash doubled
    for (char c : quoted) out += c == '\\' ? std::string("\\\\") : std::string(1, c);
    return out;
}

} // namespace

std::filesystem::path autostartEntryPath() {
    const char* config = std::getenv("XDG_CONFIG_HOME");
    std::filesystem::path base;
    if (config && *config == '/') {
        base = config;
    } else {
        const char* home = std::getenv("HOME");
        base = std::filesystem::path(home && *home ? home : "/") / ".config";
    }
    return base / "autostart" / "matside-remind.desktop";
}

std::string autostartEntry(const std::filesystem::path& exe) {
    return "[Desktop Entry]\n"
           "Type=Application\n"
           "Name=matside reminders\n"
           "Comment=Reminds you of your planned exercise sessions\n"
           "Exec=" +
           quotedExec(exe.string()) +
           " remind\n"
           "Icon=matside\n"
           "Terminal=false\n"
           "NoDisplay=true\n"
           "X-GNOME-Autostart-enabled=true\n";
}

std::string writeAutostartEntry(const std::filesystem::path& exe) {
    return replaceFileAtomically(autostartEntryPath(), autostartEntry(exe));
}

std::string removeAutostartEntry() {
    std::error_code ec;
    std::filesystem::remove(autostartEntryPath(), ec);
    return ec ? "cannot remove " + autostartEntryPath().string() + ": " + ec.message() : "";
}

} // namespace matside::remind

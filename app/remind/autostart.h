// The XDG autostart entry that starts `matside remind` with the desktop session.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>

namespace matside::remind {

// $XDG_CONFIG_HOME/autostart/matside-remind.desktop (else ~/.config/autostart/...).
std::filesystem::path autostartEntryPath();
// The entry's text; `exe` is the matside binary to run.
std::string autostartEntry(const std::filesystem::path& exe);
// Writes it atomically; returns an error line, empty on success.
std::string writeAutostartEntry(const std::filesystem::path& exe);
// Removes it; returns an error line, empty on success (also when there was none).
std::string removeAutostartEntry();

} // namespace matside::remind

// Where matside keeps what it writes: the data folder (history) and the config folder (settings).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>

namespace matside {

// The data folder, first match wins: `explicitDir` (from --data-dir) > $MATSIDE_DATA_DIR >
// $XDG_DATA_HOME/matside > ~/.local/share/matside. Not created here.
std::filesystem::path resolveDataDir(const std::filesystem::path& explicitDir = {});

// The config folder: $XDG_CONFIG_HOME/matside, else ~/.config/matside. Not created here.
std::filesystem::path resolveConfigDir();

// <data>/history.sqlite3
std::filesystem::path historyDbPath(const std::filesystem::path& dataDir);

// <config>/settings.json
std::filesystem::path settingsPath(const std::filesystem::path& configDir);

} // namespace matside

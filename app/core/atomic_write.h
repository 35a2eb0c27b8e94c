// Replacing a small file so that a kill at any instant leaves the old or the new version:
// temporary file in the same folder, fsync, rename, fsync of the folder. The one writer of
// every file matside replaces: settings, routines and drafts, reminder state, window place.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace matside {

// Creates the folder when missing. Returns an error line naming the file, empty on success.
// `mode`: 0644 for what others may read (routines, the autostart entry), 0600 for the
// person's own settings and state.
std::string replaceFileAtomically(const std::filesystem::path& file, std::string_view contents, unsigned mode = 0644);

} // namespace matside

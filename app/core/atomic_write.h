// Replacing a small file so that a kill at any instant leaves the old or the new version:
// temporary file in the same folder, fsync, rename, fsync of the folder. The one writer of
// every file matside replaces: settings, routines and drafts, reminder state, window place.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace matside {

// Creates the folder when missing. Returns an error line naming the file, empty on success.
// `mode`: 0644 for what others may read (routines, the autostart entry), 0600 for the
// person's own settings and state.
std::string replaceFileAtomically(const std::filesystem::path& file, std::string_view contents, unsigned mode = 0644);

// Copies `source` over `dest` the same way, so a kill mid-copy never leaves half a picture
// in a routine the person made. The source is read whole first (core/small_file.h), so one
// over `maxBytes` is refused rather than read.
inline constexpr std::uintmax_t kMaxCopiedFileBytes = std::uintmax_t{64} * 1024 * 1024;
std::string copyFileAtomically(const std::filesystem::path& source, const std::filesystem::path& dest,
                               unsigned mode = 0644, std::uintmax_t maxBytes = kMaxCopiedFileBytes);

} // namespace matside

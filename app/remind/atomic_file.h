// Files `matside remind` writes (its state, the autostart entry): temp file + fsync + rename,
// so a kill at any instant leaves the old or the new version.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>

namespace matside::remind {

// Creates the folder. Returns an error line naming the file, empty on success.
std::string writeFileAtomically(const std::filesystem::path& file, const std::string& contents);

// At most `maxBytes` of `file`; false when it cannot be read or is larger.
bool readSmallFile(const std::filesystem::path& file, std::size_t maxBytes, std::string& out);

} // namespace matside::remind

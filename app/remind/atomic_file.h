// Reading the files `matside remind` keeps (its state, the autostart entry), with a size cap;
// they are written with replaceFileAtomically (core/atomic_write.h).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>

namespace matside::remind {

// At most `maxBytes` of `file`; false when it cannot be read or is larger.
bool readSmallFile(const std::filesystem::path& file, std::size_t maxBytes, std::string& out);

} // namespace matside::remind

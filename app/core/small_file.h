// Reading a small file matside keeps or copies (settings, state, the ImGui layout, a picture
// copied into a routine) with a size cap; writing them is core/atomic_write.h's.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace matside {

// The whole of `file`, or nothing when it is missing, unreadable, not a regular file (a
// FIFO is refused, never waited on) or larger than `maxBytes` (also when it grows past
// that while being read).
std::optional<std::string> readSmallFile(const std::filesystem::path& file, std::uintmax_t maxBytes);

} // namespace matside

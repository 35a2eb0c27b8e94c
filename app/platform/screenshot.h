// Writes what the window shows (the back buffer just rendered) to a PNG file.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace matside::platform {

// Reads `width` x `height` pixels of the frame just drawn (call after rendering, before
// swapping buffers) and writes them as an RGB PNG. Returns an error message on failure.
std::optional<std::string> saveScreenshot(const std::filesystem::path& file, int width, int height);

} // namespace matside::platform

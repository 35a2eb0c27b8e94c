// Structural checks for PNGs that are valid enough for stb_image to accept but make Debian's
// stb_image 2.27 misbehave (memcpy from null, a 2 GiB allocation), found by fuzzing. JPEGs
// no longer reach stb: libjpeg-turbo decodes them (jpeg_decode.h).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace matside {

// A reason to refuse the PNG before stb_image parses it, or nothing: every chunk up to IEND
// must fit in what is left of the file, and the first IDAT chunk must not be empty.
std::optional<std::string> pngChunkProblem(std::span<const std::uint8_t> bytes);

} // namespace matside

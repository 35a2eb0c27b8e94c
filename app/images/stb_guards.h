// Structural checks for inputs that are valid enough for stb_image to accept but make
// Debian's stb_image 2.27 misbehave (out-of-bounds write, memcpy from null), found by fuzzing.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace matside {

// A reason to refuse the JPEG before stb_image parses it, or nothing: every Huffman table
// (DHT) must define at most 256 codes and fit inside its segment.
std::optional<std::string> jpegHuffmanProblem(std::span<const std::uint8_t> bytes);

// A reason to refuse the PNG before stb_image parses it, or nothing: every chunk up to IEND
// must fit in what is left of the file, and the first IDAT chunk must not be empty.
std::optional<std::string> pngChunkProblem(std::span<const std::uint8_t> bytes);

} // namespace matside

// Decodes JPEG pictures with libjpeg-turbo's TurboJPEG API, for the guarded loader.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <variant>

#include "images/image_decode.h"

namespace matside {

// The size a JPEG's frame header claims, or a reason (without the file's name) when the
// header cannot be read.
struct JpegSize {
    int width = 0;
    int height = 0;
};
std::variant<JpegSize, std::string> readJpegSize(std::span<const std::uint8_t> bytes);

// 8-bit RGBA pixels (alpha 255), or a reason without the file's name. Call only after the
// size has been checked against the limits: the decoder allocates what the header claims.
// Progressive files with an unreasonable number of scans are refused (TJFLAG_LIMITSCANS),
// as is every fatal decoder error; recoverable damage inside the data (a warning) still
// gives a picture, as other viewers show it.
std::variant<Image, std::string> decodeJpeg(std::span<const std::uint8_t> bytes);

} // namespace matside

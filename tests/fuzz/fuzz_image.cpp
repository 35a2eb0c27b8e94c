// libFuzzer target: untrusted bytes through the PNG/JPEG decoder (no GL, no files).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "images/image_decode.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto result = matside::decodeImageMemory(std::span<const std::uint8_t>(data, size), "fuzz.png");
    if (const auto* image = std::get_if<matside::Image>(&result)) {
        // The documented shape: positive sides within the limit and exactly w*h*4 bytes.
        if (image->width <= 0 || image->height <= 0 || image->width > matside::kMaxImageSide ||
            image->height > matside::kMaxImageSide)
            std::abort();
        if (image->rgba.size() != static_cast<std::size_t>(image->width) * image->height * 4) std::abort();
    } else if (std::get<std::string>(result).empty()) {
        std::abort(); // a refusal must say why
    }
    return 0;
}

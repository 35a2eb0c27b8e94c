// Picture sizing rules and the one stb_image_resize implementation in the program.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "images/picture_size.h"

#include <algorithm>
#include <cmath>

// Static like stb_image's (image_decode.cpp): no clash with another copy of the header.
#define STB_IMAGE_RESIZE_IMPLEMENTATION
#define STB_IMAGE_RESIZE_STATIC
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wdouble-promotion"
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wcast-qual"
#pragma GCC diagnostic ignored "-Wuseless-cast"
#endif
#include <stb_image_resize.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

namespace matside {

namespace {
constexpr int kMinSide = 16;
}

PixelSize panelPixels(float width, float height, float contentScale) {
    const float scale = contentScale > 0 ? contentScale : 1.0f;
    return {static_cast<int>(std::lround(std::max(width, 0.0f) * scale)),
            static_cast<int>(std::lround(std::max(height, 0.0f) * scale))};
}

PixelSize decodeSizeFor(PixelSize source, PixelSize panel) {
    if (source.empty() || panel.empty()) return {};
    const double fit =
        std::min(static_cast<double>(panel.width) / source.width, static_cast<double>(panel.height) / source.height);
    const double scale = std::min(fit, 1.0);
    PixelSize out{static_cast<int>(std::lround(source.width * scale)),
                  static_cast<int>(std::lround(source.height * scale))};
    out.width = std::clamp(out.width, std::min(kMinSide, source.width), source.width);
    out.height = std::clamp(out.height, std::min(kMinSide, source.height), source.height);
    return out;
}

bool needsRedecode(PixelSize decoded, PixelSize wanted) {
    if (wanted.empty()) return false;
    if (decoded.empty()) return true;
    const bool grew = wanted.width * 10 > decoded.width * 11 || wanted.height * 10 > decoded.height * 11;
    const bool shrank = wanted.width * 2 < decoded.width && wanted.height * 2 < decoded.height;
    return grew || shrank;
}

Image resizeImage(const Image& image, PixelSize size) {
    if (size.empty() || (size.width == image.width && size.height == image.height)) return image;
    if (image.width <= 0 || image.height <= 0 ||
        image.rgba.size() < static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4)
        return image;
    Image out{
        size.width, size.height,
        std::vector<std::uint8_t>(static_cast<std::size_t>(size.width) * static_cast<std::size_t>(size.height) * 4)};
    // A box filter is the area average (no ringing round the drawings' dark outlines); colour
    // is averaged in linear light and weighted by alpha (channel 3).
    if (!stbir_resize_uint8_generic(image.rgba.data(), image.width, image.height, 0, out.rgba.data(), size.width,
                                    size.height, 0, 4, 3, 0, STBIR_EDGE_CLAMP, STBIR_FILTER_BOX, STBIR_COLORSPACE_SRGB,
                                    nullptr))
        return image;
    return out;
}

} // namespace matside

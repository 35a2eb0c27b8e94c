// PNG/JPEG fixture bytes via stb_image_write, and scratch folders for file tests.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include <fstream>
#include <random>
#include <stdexcept>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STB_IMAGE_WRITE_STATIC
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wunused-function"
#endif
#include <stb_image_write.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

namespace matside::test {
namespace {
void appendBytes(void* context, void* data, int size) {
    auto* out = static_cast<Bytes*>(context);
    const auto* p = static_cast<const std::uint8_t*>(data);
    out->insert(out->end(), p, p + size);
}
} // namespace

Bytes patternPixels(int w, int h) {
    Bytes px(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            std::uint8_t* p = &px[(static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x)) * 4];
            p[0] = static_cast<std::uint8_t>(x * 8);
            p[1] = static_cast<std::uint8_t>(y * 8);
            p[2] = 128;
            p[3] = 255;
        }
    return px;
}

Bytes makePng(int w, int h) {
    Bytes out;
    const Bytes px = patternPixels(w, h);
    if (!stbi_write_png_to_func(appendBytes, &out, w, h, 4, px.data(), w * 4)) throw std::runtime_error("png");
    return out;
}

Bytes makeJpeg(int w, int h) {
    Bytes out;
    const Bytes px = patternPixels(w, h);
    if (!stbi_write_jpg_to_func(appendBytes, &out, w, h, 4, px.data(), 90)) throw std::runtime_error("jpeg");
    return out;
}

ScratchDir::ScratchDir() {
    std::random_device rd;
    m_path = std::filesystem::temp_directory_path() / ("matside-images-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(m_path);
}

ScratchDir::~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

std::filesystem::path ScratchDir::write(const std::string& name, const Bytes& bytes) const {
    const auto file = m_path / name;
    std::ofstream out(file, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw std::runtime_error("cannot write " + file.string());
    return file;
}

} // namespace matside::test

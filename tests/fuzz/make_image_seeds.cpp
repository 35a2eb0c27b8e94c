// Writes the image fuzzer's seed corpus (tests/fuzz/corpus_image): small PNGs and JPEGs of
// each kind stb_image_write makes, one over the size limit, and truncated copies.
// Build and run once by hand:  c++ -std=c++20 -I/usr/include/stb make_image_seeds.cpp -o /tmp/seeds && /tmp/seeds corpus_image
// SPDX-License-Identifier: GPL-3.0-or-later
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image_write.h>

#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

namespace {

std::vector<std::uint8_t> g_bytes;
void collect(void*, void* data, int size) {
    auto* p = static_cast<std::uint8_t*>(data);
    g_bytes.insert(g_bytes.end(), p, p + size);
}

std::vector<std::uint8_t> pixels(int w, int h, int channels) {
    std::vector<std::uint8_t> px(static_cast<std::size_t>(w) * h * channels);
    for (std::size_t i = 0; i < px.size(); ++i) px[i] = static_cast<std::uint8_t>(i * 37 + i / 7);
    return px;
}

void save(const std::string& dir, const std::string& name, std::size_t keep = 0) {
    std::ofstream out(dir + "/" + name, std::ios::binary);
    const std::size_t n = keep ? std::min(keep, g_bytes.size()) : g_bytes.size();
    out.write(reinterpret_cast<const char*>(g_bytes.data()), static_cast<std::streamsize>(n));
}

} // namespace

int main(int argc, char** argv) {
    const std::string dir = argc > 1 ? argv[1] : "corpus_image";
    for (int channels : {1, 2, 3, 4}) {
        g_bytes.clear();
        auto px = pixels(8, 8, channels);
        stbi_write_png_to_func(collect, nullptr, 8, 8, channels, px.data(), 8 * channels);
        save(dir, "png_8x8_c" + std::to_string(channels) + ".png");
        if (channels == 4) save(dir, "png_truncated.png", g_bytes.size() / 2);
    }
    for (int channels : {1, 3}) {
        g_bytes.clear();
        auto px = pixels(16, 16, channels);
        stbi_write_jpg_to_func(collect, nullptr, 16, 16, channels, px.data(), 50);
        save(dir, "jpeg_16x16_c" + std::to_string(channels) + ".jpg");
        if (channels == 3) save(dir, "jpeg_truncated.jpg", g_bytes.size() / 2);
    }
    g_bytes.clear();
    auto wide = pixels(4097, 1, 1);
    stbi_write_png_to_func(collect, nullptr, 4097, 1, 1, wide.data(), 4097);
    save(dir, "png_4097x1_over_limit.png");
    return 0;
}

// The inputs the image fuzzer found to trip Debian's stb_image are refused before stb sees
// them, with a reason, while every good picture still passes the same checks.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "images/image_decode.h"
#include "images/stb_guards.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace fs = std::filesystem;
using namespace matside;

namespace {

std::vector<std::uint8_t> bytesOf(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

const fs::path kRegressions = fs::path(MATSIDE_SOURCE_DIR) / "tests/fuzz/regressions_image";

} // namespace

TEST(StbGuards, JpegWithMoreThan256HuffmanCodesIsRefusedWithAReason) {
    for (const char* name : {"stb_jpeg_huffman_257_codes.jpg", "stb_jpeg_huffman_257_codes_ac.jpg"}) {
        SCOPED_TRACE(name);
        const auto bytes = bytesOf(kRegressions / name);
        ASSERT_FALSE(bytes.empty());
        const auto problem = jpegHuffmanProblem(bytes);
        ASSERT_TRUE(problem.has_value());
        EXPECT_NE(problem->find("Huffman"), std::string::npos) << *problem;
        const auto decoded = decodeImageMemory(bytes, name);
        ASSERT_TRUE(std::holds_alternative<std::string>(decoded));
        EXPECT_NE(std::get<std::string>(decoded).find("Huffman table"), std::string::npos);
    }
}

TEST(StbGuards, PngWithAnEmptyFirstIdatIsRefusedWithAReason) {
    const auto bytes = bytesOf(kRegressions / "stb_png_getn_null_memcpy.png");
    ASSERT_FALSE(bytes.empty());
    const auto decoded = decodeImageMemory(bytes, "empty_idat.png");
    ASSERT_TRUE(std::holds_alternative<std::string>(decoded));
    EXPECT_EQ(std::get<std::string>(decoded), "empty_idat.png: corrupt PNG data (empty first IDAT chunk)");
}

TEST(StbGuards, ShippedIllustrationsAndSeedPicturesPassTheGuards) {
    int checked = 0;
    for (const fs::path& dir : {fs::path(MATSIDE_SOURCE_DIR) / "assets/illustrations",
                               fs::path(MATSIDE_SOURCE_DIR) / "tests/fuzz/corpus_image"}) {
        for (const auto& entry : fs::directory_iterator(dir)) {
            const auto ext = entry.path().extension();
            if (ext != ".png" && ext != ".jpg") continue;
            const auto bytes = bytesOf(entry.path());
            const bool png = ext == ".png";
            const auto problem = png ? pngChunkProblem(bytes) : jpegHuffmanProblem(bytes);
            EXPECT_FALSE(problem.has_value()) << entry.path() << ": " << *problem;
            ++checked;
        }
    }
    EXPECT_GE(checked, 14);
}

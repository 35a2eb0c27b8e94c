// The inputs the image fuzzer found to trip Debian's stb_image are refused with a reason
// (PNGs before stb sees them, JPEGs by libjpeg-turbo), while every good picture passes.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "images/image_decode.h"
#include "images/stb_guards.h"

#include <gtest/gtest.h>

#include <chrono>
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

TEST(StbGuards, JpegsThatTrippedStbAreRefusedByLibjpegTurboWithAReason) {
    // The JPEGs fuzzing found to break stb_image 2.27: three Huffman tables that made it
    // write past h->size[256] (issue 18), and damaged scan data that made it shift a 32-bit
    // value by 32 (undefined behaviour, 2026-12-02). libjpeg-turbo decodes JPEGs now; each
    // must come back as a refusal naming the file and the fault, never as pixels.
    for (const char* name : {"stb_jpeg_huffman_257_codes.jpg", "stb_jpeg_huffman_257_codes_ac.jpg",
                             "stb_jpeg_huffman_counts_past_short_dht.jpg", "stb_jpeg_code_bits_shift_32.jpg"}) {
        SCOPED_TRACE(name);
        const auto bytes = bytesOf(kRegressions / name);
        ASSERT_FALSE(bytes.empty());
        const auto decoded = decodeImageMemory(bytes, name);
        ASSERT_TRUE(std::holds_alternative<std::string>(decoded));
        const std::string& reason = std::get<std::string>(decoded);
        EXPECT_EQ(reason.rfind(std::string(name) + ": corrupt JPEG ", 0), 0u) << reason;
        EXPECT_GT(reason.size(), std::string(name).size() + 22) << "no fault named: " << reason;
    }
    // The bad table that comes after the last scan: libjpeg-turbo stops at that scan's end and
    // never reads it, so the picture is whole and has the documented shape.
    const auto decoded = decodeImageMemory(bytesOf(kRegressions / "stb_jpeg_huffman_dht_after_scan.jpg"));
    ASSERT_TRUE(std::holds_alternative<Image>(decoded)) << std::get<std::string>(decoded);
    const Image& image = std::get<Image>(decoded);
    EXPECT_GT(image.width, 0);
    EXPECT_EQ(image.rgba.size(), static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4u);
}

TEST(StbGuards, PngWithAnEmptyFirstIdatIsRefusedWithAReason) {
    const auto bytes = bytesOf(kRegressions / "stb_png_getn_null_memcpy.png");
    ASSERT_FALSE(bytes.empty());
    const auto decoded = decodeImageMemory(bytes, "empty_idat.png");
    ASSERT_TRUE(std::holds_alternative<std::string>(decoded));
    EXPECT_EQ(std::get<std::string>(decoded), "empty_idat.png: corrupt PNG data (empty first IDAT chunk)");
}

TEST(StbGuards, PngChunkClaimingMoreThanTheFileHoldsIsRefusedBeforeStbAllocates) {
    // fuzz_image's find (issue 18): a 162-byte PNG whose second IDAT claims about 1 GiB;
    // stb_image summed the claim and asked for 2 GiB. The guard must refuse it by name,
    // from the chunk walk alone, so stb never parses it and nothing big is allocated.
    const auto bytes = bytesOf(kRegressions / "stb_png_idat_claims_1gib.png");
    ASSERT_EQ(bytes.size(), 162u);
    const auto problem = pngChunkProblem(bytes);
    ASSERT_TRUE(problem.has_value());
    EXPECT_EQ(*problem, "truncated PNG (chunk \"IDAT\" at byte 88 claims 1073745963 bytes, only 66 follow its header)");
    const auto start = std::chrono::steady_clock::now();
    const auto decoded = decodeImageMemory(bytes, "huge_idat.png");
    const auto took = std::chrono::steady_clock::now() - start;
    ASSERT_TRUE(std::holds_alternative<std::string>(decoded));
    EXPECT_EQ(std::get<std::string>(decoded), "huge_idat.png: " + *problem);
    // Touching 2 GiB takes seconds; the walk over six chunks takes microseconds.
    EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(took).count(), 100);
}

TEST(StbGuards, PngCutInsideAChunkNamesTheChunkAndWhatIsLeft) {
    // A file cut one byte short of its first IDAT's CRC: the same refusal, naming that chunk.
    auto bytes = bytesOf(kRegressions / "stb_png_idat_claims_1gib.png");
    ASSERT_FALSE(bytes.empty());
    bytes.resize(33 + 8 + 43 + 3); // the first IDAT (at byte 33, 43 bytes) with 3 of its 4 CRC bytes
    const auto problem = pngChunkProblem(bytes);
    ASSERT_TRUE(problem.has_value());
    EXPECT_EQ(*problem, "truncated PNG (chunk \"IDAT\" at byte 33 claims 43 bytes, only 46 follow its header)");
}

TEST(StbGuards, ShippedIllustrationsAndWholeSeedPicturesPassTheGuards) {
    int checked = 0;
    for (const fs::path& dir : {fs::path(MATSIDE_SOURCE_DIR) / "assets/illustrations",
                                fs::path(MATSIDE_SOURCE_DIR) / "tests/fuzz/corpus_image"}) {
        for (const auto& entry : fs::directory_iterator(dir)) {
            const auto ext = entry.path().extension();
            if (ext != ".png" && ext != ".jpg") continue;
            const auto bytes = bytesOf(entry.path());
            if (ext == ".jpg") { // no guard: libjpeg-turbo decodes these
                const auto decoded = decodeImageMemory(bytes, "seed.jpg");
                if (entry.path().filename() == "jpeg_truncated.jpg") // cut inside a table
                    EXPECT_EQ(std::get<std::string>(decoded),
                              "seed.jpg: corrupt JPEG header (Bogus Huffman table definition)");
                else
                    EXPECT_TRUE(std::holds_alternative<Image>(decoded)) << entry.path();
                ++checked;
                continue;
            }
            const auto problem = pngChunkProblem(bytes);
            // The seed PNG cut in half is meant to be refused, and the chunk walk is now
            // what refuses it; every whole picture must pass.
            if (entry.path().filename() == "png_truncated.png") {
                ASSERT_TRUE(problem.has_value());
                EXPECT_EQ(problem->rfind("truncated PNG (chunk \"IDAT\"", 0), 0u) << *problem;
            } else {
                EXPECT_FALSE(problem.has_value()) << entry.path() << ": " << *problem;
            }
            ++checked;
        }
    }
    EXPECT_GE(checked, 14);
}

// Every file of tests/fuzz/corpus_image and tests/fuzz/regressions_image through the picture
// decoder: pixels of the documented shape, or a refusal that says why. The sanitized test
// pass is what turns a silent out-of-bounds write in the decoder into a failure here.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "images/image_decode.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> filesIn(const fs::path& dir) {
    std::vector<fs::path> files;
    if (!fs::is_directory(dir)) return files;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

void replayAll(const std::vector<fs::path>& files) {
    for (const auto& file : files) {
        SCOPED_TRACE(file.string());
        std::ifstream in(file, std::ios::binary);
        const std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        const auto result = matside::decodeImageMemory(bytes, file.filename().string());
        if (const auto* image = std::get_if<matside::Image>(&result)) {
            EXPECT_GT(image->width, 0);
            EXPECT_GT(image->height, 0);
            EXPECT_LE(image->width, matside::kMaxImageSide);
            EXPECT_LE(image->height, matside::kMaxImageSide);
            EXPECT_EQ(image->rgba.size(), static_cast<std::size_t>(image->width) * image->height * 4);
        } else {
            const auto& reason = std::get<std::string>(result);
            EXPECT_NE(reason.find(file.filename().string()), std::string::npos) << reason;
        }
    }
}

} // namespace

TEST(FuzzReplayImage, SeedCorpusDecodesOrIsRefusedWithAReason) {
    const auto files = filesIn(fs::path(MATSIDE_FUZZ_DIR) / "corpus_image");
    ASSERT_GE(files.size(), 5u) << "the image seed corpus went missing";
    replayAll(files);
}

TEST(FuzzReplayImage, CrashRegressionsAreRefusedOrDecodedSafely) {
    replayAll(filesIn(fs::path(MATSIDE_FUZZ_DIR) / "regressions_image"));
}

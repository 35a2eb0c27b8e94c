// The 14 shipped exercise frames: every picture the default routine names exists, decodes and follows the style rules.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "images/image_decode.h"

#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace matside {
namespace {

const std::filesystem::path kSource = MATSIDE_SOURCE_DIR;

// The "illustrations/....png" paths the default routine refers to.
std::set<std::string> routinePictures() {
    std::ifstream in(kSource / "data" / "si_joint.json");
    std::stringstream text;
    text << in.rdbuf();
    const std::string s = text.str();
    std::set<std::string> out;
    const std::regex re("\"(illustrations/[a-z_]+\\.png)\"");
    for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it) out.insert((*it)[1]);
    return out;
}

TEST(ShippedIllustrations, TheRoutineNamesTwoFramesForEachOfSevenExercises) {
    const auto pictures = routinePictures();
    EXPECT_EQ(pictures.size(), 14u);
    for (const auto& p : pictures) {
        const bool frame = p.ends_with("_start.png") || p.ends_with("_end.png");
        EXPECT_TRUE(frame) << p;
    }
}

TEST(ShippedIllustrations, EveryFrameDecodesAtTheDrawnSizeAndStaysSmall) {
    for (const auto& rel : routinePictures()) {
        const auto file = kSource / "assets" / rel;
        ASSERT_TRUE(std::filesystem::is_regular_file(file)) << file;
        EXPECT_LT(std::filesystem::file_size(file), 150u * 1024u) << file;
        const DecodeResult r = decodeImageFile(file);
        ASSERT_TRUE(std::holds_alternative<Image>(r)) << std::get<std::string>(r);
        const Image& img = std::get<Image>(r);
        EXPECT_EQ(img.width, 960) << rel;
        EXPECT_EQ(img.height, 720) << rel;
    }
}

TEST(ShippedIllustrations, FramesHaveATransparentBackgroundAndAHighlightedWorkingPart) {
    // Transparent so the player's dark panel shows through; the warm accent (#FFB347)
    // marks the working limb, so it must be present in every frame.
    for (const auto& rel : routinePictures()) {
        const DecodeResult r = decodeImageFile(kSource / "assets" / rel);
        ASSERT_TRUE(std::holds_alternative<Image>(r)) << rel;
        const Image& img = std::get<Image>(r);
        EXPECT_EQ(img.rgba[3], 0) << rel << ": top-left corner should be transparent";
        std::size_t accent = 0;
        for (std::size_t i = 0; i + 3 < img.rgba.size(); i += 4)
            if (img.rgba[i] == 0xFF && img.rgba[i + 1] == 0xB3 && img.rgba[i + 2] == 0x47 && img.rgba[i + 3] == 255) ++accent;
        EXPECT_GT(accent, 2000u) << rel << ": the working part is not highlighted";
    }
}

} // namespace
} // namespace matside

// The picture-sizing rules (issue 18): what size a picture is decoded to for a panel and a
// content scale, when it is decoded again, and the resize that makes it so.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "images/picture_loader.h"
#include "images/picture_size.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

namespace matside {
namespace {

using namespace std::chrono_literals;

TEST(PictureSize, PanelPixelsAreWindowUnitsTimesTheContentScale) {
    EXPECT_EQ(panelPixels(500, 375, 1.0f), (PixelSize{500, 375}));
    EXPECT_EQ(panelPixels(500, 375, 2.0f), (PixelSize{1000, 750})) << "HiDPI: twice the pixels";
    EXPECT_EQ(panelPixels(333.4f, 250.6f, 1.5f), (PixelSize{500, 376}));
    EXPECT_EQ(panelPixels(500, 375, 0.0f), (PixelSize{500, 375})) << "no scale reported: 1";
    EXPECT_TRUE(panelPixels(-5, 10, 1.0f).empty());
}

TEST(PictureSize, APictureIsDecodedToFitItsPanelKeepingItsAspect) {
    const PixelSize drawing{960, 720};
    // The 1280x800 work screen's panel (about 514x304 inside its inset): height-bound.
    EXPECT_EQ(decodeSizeFor(drawing, {514, 304}), (PixelSize{405, 304}));
    // Width-bound: a tall panel.
    EXPECT_EQ(decodeSizeFor(drawing, {480, 900}), (PixelSize{480, 360}));
    // The same panel on a HiDPI screen holds twice the pixels each way.
    EXPECT_EQ(decodeSizeFor(drawing, panelPixels(257, 152, 2.0f)), (PixelSize{405, 304}));
}

TEST(PictureSize, NeverLargerThanTheFileAndNeverVanishing) {
    EXPECT_EQ(decodeSizeFor({960, 720}, {3840, 2160}), (PixelSize{960, 720})) << "no upscaling";
    EXPECT_EQ(decodeSizeFor({960, 720}, {4, 3}), (PixelSize{16, 16})) << "at least 16 px a side";
    EXPECT_EQ(decodeSizeFor({8, 8}, {4, 4}), (PixelSize{8, 8})) << "a tiny file stays itself";
    EXPECT_TRUE(decodeSizeFor({960, 720}, {0, 300}).empty());
    EXPECT_TRUE(decodeSizeFor({}, {500, 300}).empty());
}

TEST(PictureSize, DecodedAgainWhenThePanelGrowsPastTenPercentOrShrinksBelowHalf) {
    const PixelSize decoded{400, 300};
    EXPECT_TRUE(needsRedecode({}, decoded)) << "never decoded";
    EXPECT_FALSE(needsRedecode(decoded, {400, 300}));
    EXPECT_FALSE(needsRedecode(decoded, {440, 330})) << "10 % larger: still sharp enough";
    EXPECT_TRUE(needsRedecode(decoded, {441, 331})) << "more than 10 % larger: it would blur";
    EXPECT_TRUE(needsRedecode(decoded, {960, 720})) << "the window was maximised";
    EXPECT_FALSE(needsRedecode(decoded, {200, 150})) << "half: keep it";
    EXPECT_TRUE(needsRedecode(decoded, {199, 149})) << "less than half: twice the bytes it shows";
    EXPECT_FALSE(needsRedecode(decoded, {})) << "no panel (minimised): keep what there is";
}

TEST(PictureSize, ResizeAveragesTheArea) {
    // 4x2: left half black, right half white, opaque; halved to 2x1.
    Image img{4, 2, {}};
    for (int y = 0; y < 2; ++y)
        for (int x = 0; x < 4; ++x)
            for (std::uint8_t c : {std::uint8_t(x < 2 ? 0 : 255), std::uint8_t(x < 2 ? 0 : 255),
                                   std::uint8_t(x < 2 ? 0 : 255), std::uint8_t(255)})
                img.rgba.push_back(c);
    const Image half = resizeImage(img, {2, 1});
    ASSERT_EQ(half.width, 2);
    ASSERT_EQ(half.height, 1);
    ASSERT_EQ(half.rgba.size(), 8u);
    EXPECT_LT(half.rgba[0], 40) << "the black half stays dark";
    EXPECT_GT(half.rgba[4], 215) << "the white half stays light";
    EXPECT_EQ(half.rgba[3], 255);
    EXPECT_EQ(resizeImage(img, {4, 2}).rgba, img.rgba) << "the same size: unchanged";
}

TEST(PictureSize, TheLoaderFitsEachPictureToThePanelItWasAskedFor) {
    test::ScratchDir dir;
    const auto a = dir.write("a.png", test::makePng(96, 72));
    PictureLoader loader({}, PictureLoaderLimits{0, 0});
    loader.request({a}, PixelSize{48, 48});
    std::optional<LoadedPicture> got;
    for (int i = 0; i < 500 && !got; ++i) {
        got = loader.poll();
        if (!got) std::this_thread::sleep_for(10ms);
    }
    ASSERT_TRUE(got && got->ok()) << (got ? got->error : "no result in 5 s");
    EXPECT_EQ(got->source, (PixelSize{96, 72}));
    EXPECT_EQ(got->panel, (PixelSize{48, 48}));
    EXPECT_EQ(got->image->width, 48);
    EXPECT_EQ(got->image->height, 36);
    EXPECT_EQ(got->image->rgba.size(), 48u * 36 * 4);
}

} // namespace
} // namespace matside

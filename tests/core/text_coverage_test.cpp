// Which characters the player can draw: Latin with its accents yes; CJK, emoji, Hebrew no.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text_coverage.h"

#include <gtest/gtest.h>

namespace matside {
namespace {

TEST(TextCoverage, GermanSpanishFrenchAndPolishAreShown) {
    EXPECT_TRUE(unshownCharacters("Übungsband, Kniebeuge mit Ball, ¿Prepárese?").empty());
    EXPECT_TRUE(unshownCharacters("Côté gauche, cœur, l’épaule « ici »").empty());
    EXPECT_TRUE(unshownCharacters("Łódź – „dobrze“…\n\t").empty());
}

TEST(TextCoverage, CjkEmojiAndHebrewAreNamedOnceEachInOrder) {
    const auto missing = unshownCharacters("足 up 😀 and 足 שלום");
    ASSERT_EQ(missing.size(), 6u);
    EXPECT_EQ(missing[0], U'足');
    EXPECT_EQ(missing[1], U'😀');
    EXPECT_EQ(missing[2], U'ש');
    EXPECT_EQ(describeCharacters({U'足', U'😀'}), "\"足\" (U+8DB3), \"😀\" (U+1F600)");
}

TEST(TextCoverage, BrokenUtf8AndControlCharactersAreNotShown) {
    EXPECT_EQ(unshownCharacters("a\xC3"), std::vector<char32_t>{0xFFFD});
    EXPECT_EQ(unshownCharacters("bell\x07"), std::vector<char32_t>{0x07});
    EXPECT_EQ(describeCharacters({0x07}), "\"\" (U+0007)");
}

} // namespace
} // namespace matside

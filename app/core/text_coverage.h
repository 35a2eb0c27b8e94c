// Which characters the player can draw: the glyph ranges its text faces bake (Latin with
// accents, dashes, quotes, arrows), so `validate` can warn about text drawn as "?".
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace matside {

struct GlyphRange {
    char32_t first;
    char32_t last; // inclusive
};

// The ranges app/platform/fonts.cpp loads into the atlas for body, heading and title text.
std::span<const GlyphRange> shownGlyphRanges();

// The distinct characters of `utf8` outside those ranges, in order of first use (control
// characters other than newline and tab included; invalid UTF-8 counts as U+FFFD).
std::vector<char32_t> unshownCharacters(std::string_view utf8);

// "足" (U+8DB3), "😀" (U+1F600): for a warning line.
std::string describeCharacters(const std::vector<char32_t>& characters);

} // namespace matside

// The atlas's glyph ranges and a UTF-8 scan against them.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text_coverage.h"

#include <algorithm>
#include <cstdio>

namespace matside {
namespace {

// Latin-1 and Latin Extended-A (German, Spanish, French and most of Europe's Latin
// scripts), general punctuation (dashes, quotes, bullet, ellipsis), arrows, minus sign.
constexpr GlyphRange kShown[] = {
    {0x0020, 0x00FF}, {0x0100, 0x017F}, {0x2010, 0x2027}, {0x2190, 0x2193}, {0x2212, 0x2212},
};

// One code point from `s` at `i` (advanced); U+FFFD for a malformed sequence.
char32_t nextCodePoint(std::string_view s, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char lead = byte(i);
    const int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + static_cast<std::size_t>(length) > s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t c = length == 1 ? lead : lead & (0x7F >> length);
    for (int k = 1; k < length; ++k) {
        if ((byte(i + static_cast<std::size_t>(k)) & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        c = (c << 6) | (byte(i + static_cast<std::size_t>(k)) & 0x3F);
    }
    i += static_cast<std::size_t>(length);
    return c;
}

bool shown(char32_t c) {
    if (c == '\n' || c == '\t') return true;
    return std::any_of(std::begin(kShown), std::end(kShown),
                       [c](const GlyphRange& r) { return c >= r.first && c <= r.last; });
}

void appendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) out += static_cast<char>(c);
    else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

} // namespace

std::span<const GlyphRange> shownGlyphRanges() { return kShown; }

std::vector<char32_t> unshownCharacters(std::string_view utf8) {
    std::vector<char32_t> out;
    for (std::size_t i = 0; i < utf8.size();) {
        const char32_t c = nextCodePoint(utf8, i);
        if (!shown(c) && std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
    }
    return out;
}

std::string describeCharacters(const std::vector<char32_t>& characters) {
    std::string out;
    for (char32_t c : characters) {
        if (!out.empty()) out += ", ";
        char code[16];
        std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
        out += '"';
        if (c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0)) appendUtf8(out, c);
        out += "\" (";
        out += code;
        out += ')';
    }
    return out;
}

} // namespace matside

// Walks PNG chunks just far enough to rule out the stb_image defects fuzzing found.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "images/stb_guards.h"

#include <algorithm>
#include <string_view>

namespace matside {
namespace {

std::uint32_t be16(std::span<const std::uint8_t> b, std::size_t at) { return (std::uint32_t{b[at]} << 8) | b[at + 1]; }

std::uint32_t be32(std::span<const std::uint8_t> b, std::size_t at) { return (be16(b, at) << 16) | be16(b, at + 2); }

} // namespace

std::optional<std::string> pngChunkProblem(std::span<const std::uint8_t> b) {
    // Every chunk up to IEND, not only the first IDAT: stb_image sums the IDAT lengths and
    // allocates that much before it reads a byte, so one chunk that claims a gibibyte in a
    // 162-byte file made it ask for 2 GiB. A chunk longer than the rest of the file is a
    // cut-off or forged file either way.
    // stb refuses a file whose first chunk is not IHDR ("corrupt PNG header") before it
    // reads further; leave that message to it rather than describe junk as chunks.
    if (b.size() < 16 || !std::equal(b.begin() + 12, b.begin() + 16, std::string_view("IHDR").begin()))
        return std::nullopt;
    std::size_t at = 8; // after the signature
    bool seenIdat = false;
    while (at + 8 <= b.size()) {
        const std::uint32_t length = be32(b, at);
        const std::string type(b.begin() + static_cast<std::ptrdiff_t>(at + 4),
                               b.begin() + static_cast<std::ptrdiff_t>(at + 8));
        const std::size_t left = b.size() - at - 8; // the data and its 4-byte CRC must fit
        if (std::size_t{length} + 4 > left) {
            std::string printable;
            for (const char c : type) printable += (c >= 0x20 && c < 0x7f) ? c : '?';
            return "truncated PNG (chunk \"" + printable + "\" at byte " + std::to_string(at) + " claims " +
                   std::to_string(length) + " bytes, only " + std::to_string(left) + " follow its header)";
        }
        if (type == "IDAT" && !seenIdat) {
            if (length == 0) return std::string("corrupt PNG data (empty first IDAT chunk)");
            seenIdat = true;
        }
        if (type == "IEND") return std::nullopt;
        at += 12 + std::size_t{length};
    }
    return std::nullopt; // no IEND: refused as truncated by the end-marker check
}

} // namespace matside

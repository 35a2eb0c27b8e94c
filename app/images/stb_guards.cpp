// Walks JPEG segments and PNG chunks just far enough to rule out the stb_image defects fuzzing found.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "images/stb_guards.h"

#include <algorithm>
#include <string_view>

namespace matside {
namespace {

std::uint32_t be16(std::span<const std::uint8_t> b, std::size_t at) { return (std::uint32_t{b[at]} << 8) | b[at + 1]; }

std::uint32_t be32(std::span<const std::uint8_t> b, std::size_t at) { return (be16(b, at) << 16) | be16(b, at + 2); }

// One DHT segment: a sequence of [class/id][16 counts][symbols] in `declared` bytes. stb
// reads each table's 16 counts from the stream whatever the segment's length says (past its
// end, and as zeros past the end of the file), so the counts come from `rest`, the file from
// the segment's payload on.
std::optional<std::string> checkDht(std::span<const std::uint8_t> rest, std::size_t declared) {
    std::size_t at = 0;
    while (at < declared) {
        std::size_t codes = 0;
        for (std::size_t i = 1; i <= 16 && at + i < rest.size(); ++i) codes += rest[at + i];
        if (codes > 256) return "corrupt JPEG Huffman table (" + std::to_string(codes) + " codes, at most 256)";
        at += 17 + codes;
    }
    return std::nullopt;
}

} // namespace

std::optional<std::string> jpegHuffmanProblem(std::span<const std::uint8_t> b) {
    // Where stb picks up the marker after a scan depends on its entropy decoder, which a walk
    // cannot follow exactly; but FF C4 cannot occur inside entropy-coded data (an FF there is
    // followed by 00), so every FF C4 in the file is a table stb may read: check them all.
    for (std::size_t at = 0; at + 4 <= b.size(); ++at) {
        if (b[at] != 0xff || b[at + 1] != 0xc4) continue;
        const std::size_t length = be16(b, at + 2);
        if (length < 2) continue;
        if (auto problem = checkDht(b.subspan(at + 4), length - 2)) return problem;
    }
    // Markers before the first start-of-scan: FFxx followed by a 16-bit length that
    // includes itself. Tables that come later (between scans) are checked the same way.
    std::size_t at = 2; // after SOI
    while (at + 4 <= b.size()) {
        if (b[at] != 0xff) { // padding between segments: stb scans past it, so do we
            ++at;
            continue;
        }
        const std::uint8_t marker = b[at + 1];
        if (marker == 0xff) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker == 0x01) {
            at += 2;
            continue;
        }
        if (marker == 0xd9) return std::nullopt;
        const std::size_t length = be16(b, at + 2);
        if (length < 2) return std::nullopt;
        if (marker == 0xc4) {
            // Checked even when the segment is truncated or shorter than its tables.
            if (auto problem = checkDht(b.subspan(std::min(at + 4, b.size())), length - 2)) return problem;
        }
        if (at + 2 + length > b.size()) return std::nullopt; // truncated: refused elsewhere
        at += 2 + length;
        if (marker == 0xda) {
            // Skip the scan's entropy-coded data up to the next marker that is not a stuffed
            // zero or a restart marker, then carry on (progressive JPEGs have more tables).
            while (at + 1 < b.size() &&
                   !(b[at] == 0xff && b[at + 1] != 0x00 && !(b[at + 1] >= 0xd0 && b[at + 1] <= 0xd7)))
                ++at;
        }
    }
    return std::nullopt;
}

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

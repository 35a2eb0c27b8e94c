// Walks JPEG segments and PNG chunks just far enough to rule out the two stb_image defects.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "images/stb_guards.h"

#include <algorithm>

namespace matside {
namespace {

std::uint32_t be16(std::span<const std::uint8_t> b, std::size_t at) {
    return (std::uint32_t{b[at]} << 8) | b[at + 1];
}

std::uint32_t be32(std::span<const std::uint8_t> b, std::size_t at) {
    return (be16(b, at) << 16) | be16(b, at + 2);
}

// One DHT segment's payload: a sequence of [class/id][16 counts][symbols].
std::optional<std::string> checkDht(std::span<const std::uint8_t> payload) {
    std::size_t at = 0;
    while (at < payload.size()) {
        std::size_t codes = 0;
        for (std::size_t i = 1; i <= 16 && at + i < payload.size(); ++i) codes += payload[at + i];
        if (codes > 256)
            return "corrupt JPEG Huffman table (" + std::to_string(codes) + " codes, at most 256)";
        at += 17 + codes;
    }
    return std::nullopt;
}

} // namespace

std::optional<std::string> jpegHuffmanProblem(std::span<const std::uint8_t> b) {
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
            // stb reads a segment cut off by the end of the file as zeros, so the counts it
            // sees are the ones present: check them even when the segment is truncated.
            const std::size_t available = std::min(length - 2, b.size() - (at + 4));
            if (auto problem = checkDht(b.subspan(at + 4, available))) return problem;
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
    std::size_t at = 8; // after the signature
    while (at + 12 <= b.size()) {
        const std::uint32_t length = be32(b, at);
        if (length > b.size() - at - 12) return std::nullopt; // truncated: refused elsewhere
        const bool idat = b[at + 4] == 'I' && b[at + 5] == 'D' && b[at + 6] == 'A' && b[at + 7] == 'T';
        if (idat) {
            if (length == 0) return std::string("corrupt PNG data (empty first IDAT chunk)");
            return std::nullopt; // only the first IDAT matters
        }
        at += 12 + length;
    }
    return std::nullopt;
}

} // namespace matside
